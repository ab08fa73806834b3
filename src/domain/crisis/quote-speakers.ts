import type { Sentence } from './tokens.js';

/**
 * People the quotation reading (quotes.ts) names as a speaker besides its person words: "D from tuesday group said '…'", "K
 * texted '…'" (an initial, as peer workers write a name they keep private), "one of the girls wrote '…'" (a plural the person
 * words hold only in the singular: the lemma), "one of our regulars said '…'" ("one of" a group). Only as the speaker of a
 * quotation still to come: the writer named after them ("one of the reasons i said 'no'") takes their words back as before.
 */
export function vagueSpeakerAt(sentence: Sentence, at: number, thirdPerson: ReadonlySet<string>): boolean {
  const token = sentence[at]!;
  if (thirdPerson.has(token.lemma) && token.norm !== token.lemma) return true;
  if (token.norm === 'one' && sentence[at + 1]?.norm === 'of' && groupOpeners.has(sentence[at + 2]?.norm ?? '')) return true;
  return titledNameAt(sentence, at) || initialAt(sentence, at);
}

/** "D from group said", "K said", "and J texted": one letter, the sentence's or clause's first word, before a verb of saying or "from". */
function initialAt(sentence: Sentence, at: number): boolean {
  const token = sentence[at]!;
  if (!/^[b-hj-tv-z]$/.test(token.norm)) return false;
  const before = sentence[at - 1];
  if (before !== undefined && !before.punct && before.norm !== 'and') return false;
  return afterInitial.has(sentence[at + 1]?.norm ?? '') || afterInitial.has(sentence[at + 1]?.lemma ?? '');
}

/**
 * "Mr. Jones told me '…'", "Ms. R in group said '…'", "la sra. Pérez dijo '…'": a title before a name names someone else, as
 * older members and clinical notes write it. ("miss" and "don" are left out: "i miss him", "don" for "don't".)
 */
function titledNameAt(sentence: Sentence, at: number): boolean {
  // The model keeps the title's full stop on it ("mr."); split apart, the stop is a token of its own.
  if (!titles.has(sentence[at]!.norm.replace(/\.$/, ''))) return false;
  const name = sentence[at + 1]?.norm === '.' ? sentence[at + 2] : sentence[at + 1];
  return name !== undefined && !name.punct && /^\p{L}/u.test(name.norm);
}

const titles: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'dra', 'sr', 'sra', 'srta']);

const groupOpeners: ReadonlySet<string> = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'those', 'these']);
const afterInitial: ReadonlySet<string> = new Set(['from', 'in', 'at', 'on', 'said', 'say', 'says', 'told', 'texted', 'wrote', 'posted', 'messaged', 'dmed', 'called', 'yelled', 'whispered', 'keeps', 'kept', 'just', 'literally', 'last']);
