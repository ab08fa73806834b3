import { setQuoted, type Sentence, type Token } from './tokens.js';
import { vagueSpeakerAt } from './quote-speakers.js';

/** A quotation mark, as folding leaves every kind of one (normalize.ts turns curly marks straight). */
const isQuoteMark = (token: Token) => token.norm === '"' || token.norm === "'";

interface QuoteWords {
  firstPerson: ReadonlySet<string>;
  thirdPerson: ReadonlySet<string>;
  reportVerbs: ReadonlySet<string>;
  /** Report verbs whose form names someone else as the speaker ("dijo '...'" with nobody named before it); see Lexicon. */
  reportVerbsOfOthers?: ReadonlySet<string>;
  /** The writer's inner voice after "my"/"mi" ("mi cerebro", "my brain"); see Lexicon. */
  innerVoices?: ReadonlySet<string>;
  /** Words before such a verb that make the writer the one spoken to ("me escribió '...'"); see Lexicon. */
  spokenToWriter?: ReadonlySet<string>;
  /** "his last text was '...'", "her exact words were '...'": a message that carries someone's words. */
  messageNouns?: ReadonlySet<string>;
  /** Words a quotation opens after inside the writer's own clause ('unless i "stay late"'); a language without them reads none. */
  partialOpeners?: ReadonlySet<string>;
  /** "fwd: ...": a forwarded message's words are someone else's. */
  forwardMarks?: ReadonlySet<string>;
  /** "texting me stuff like ...": vague nouns that give the gist of someone's words; see Lexicon. */
  gistNouns?: ReadonlySet<string>;
  /** "she says stuff like i should have died": words after "i" that make it a report about the writer; see Lexicon. */
  saidAboutWriter?: ReadonlySet<string>;
  /** A quotation after someone else named, with no reporting verb, is theirs ('said he ... "and not wake up"'); see Lexicon. */
  quotesAfterNamed?: 'always' | 'notToWriter';
}

/** Where a quotation left off at the end of a sentence: a quote may run on into the next one. */
export interface QuoteState {
  inQuote: boolean;
  byOther: boolean;
}

export const newQuoteState = (): QuoteState => ({ inQuote: false, byOther: false });

/** How far before a colon the person who wrote the words after it may be named ("text from my sister an hour ago: ..."). */
const COLON_REACH = 5;
/** The same when a message is named between them ("client left this in the group chat then deleted it: ..."). */
const MESSAGE_COLON_REACH = 10;
/** Where words are left, besides the message nouns: "in the group chat", "on her story". */
const messagePlaces: ReadonlySet<string> = new Set(['chat', 'gc', 'groupchat', 'post', 'story', 'status', 'server', 'channel', 'thread', 'comments']);
/** How far into a message a forward mark opens someone else's words ("fwd: ...", "forwarded from the chat: ..."). */
const FORWARD_REACH = 6;
/** How far after a closing quotation mark the person who said it may be named ("... - my wife every night"). */
const ATTRIBUTION_REACH = 6;

/**
 * Marks someone else's words: text inside quotation marks, or after "said:", when the person who
 * said it is not the writer ("she said 'I want to die'", "my client texted: im done", "text from my
 * sister an hour ago: ..."), or when the person is named right after the quotation ("'...' - my wife",
 * "'...' is what my ex said"). Who said it is the last person named before the reporting verb. The
 * writer quoting themself stays their own. `state` carries a quotation on into the next sentence
 * ("tell mom im sorry. the kids are at jess's" is one text).
 */
export function markQuoted(sentence: Sentence, words: QuoteWords, state: QuoteState = newQuoteState()): void {
  let lastPerson: 'self' | 'other' | null = null;
  let lastPersonAt = -1;
  let reporter: 'self' | 'other' | null = null;
  let { inQuote, byOther } = state;
  // A quotation nobody was named for yet, from its first word: the person may be named after it.
  let unattributedFrom = -1;
  // The writer named so far in the sentence ("i sent her a text saying ..." is the writer's), and a reporter set by a message noun.
  let writerNamed = false;
  let carriedByMessage = false;
  let conditional = false;
  let saidByForm = false;
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (isQuoteMark(token)) {
      inQuote = !inQuote;
      if (inQuote && isPartial(sentence, i, words)) {
        // 'he has friends who'll "make my life hard"', 'unless i "stay late with him"': a few words quoted inside the
        // writer's own sentence keep the writer's "i" and "my"; 'he took "a bunch"', 'she "won't need it soon"' are theirs.
        byOther = lastPerson === 'other' && !writerInside(sentence, i + 1, words);
        unattributedFrom = -1;
      } else if (inQuote) {
        // 'said he had a gram and was gonna do it all at once "and not wake up this time"': with no reporting verb of its
        // own, a quotation after someone else named, and never the writer, is theirs.
        // A quotation in a case told as a condition ('if a member posts something like "..."') is no one's words yet.
        byOther = reporter === 'other' || (reporter === null && saidByForm) || (reporter === null && lastPerson === 'other' && !writerNamed && !conditional && quotedAfterNamed(sentence, lastPersonAt, i, words));
        unattributedFrom = reporter === null && !byOther ? i + 1 : -1;
      } else {
        if (unattributedFrom >= 0 && attributedAfter(sentence, i + 1, words)) for (let k = unattributedFrom; k < i; k++) setQuoted(sentence, k, true);
        unattributedFrom = -1;
        byOther = false;
      }
      continue;
    }
    if (inQuote || byOther) {
      setQuoted(sentence, i, byOther);
      continue;
    }
    // "participant: i'm done", "text from my sister an hour ago: ...": a person named shortly before the colon is the one speaking.
    if (token.norm === ':' && reporter !== 'self' && (reporter === 'other' || (lastPerson === 'other' && (i - lastPersonAt <= COLON_REACH || (i - lastPersonAt <= MESSAGE_COLON_REACH && messageBetween(sentence, lastPersonAt, i, words)))) || forwardedBefore(sentence, i, words))) {
      byOther = true;
      reporter = 'other';
      continue;
    }
    // "shes texting me stuff like im done, tell my kids i love them": the gist of someone else's words, with no quotation marks,
    // runs from "like" to the end of the sentence ("like" itself too, as patterns may open on it: "like i am done").
    if (token.norm === 'like' && reporter === 'other' && gistOpens(sentence, i, words)) {
      byOther = true;
      setQuoted(sentence, i, true);
      continue;
    }
    if (token.norm === 'if' || token.norm === 'when' || token.norm === 'whenever') conditional = true;
    // "for those who asked: the participant ... called my cell": asking reports a question, not the words after a colon (a
    // quotation after someone named is theirs all the same: 'she asked "are you ok"').
    if ((words.reportVerbs.has(token.norm) || words.reportVerbs.has(token.lemma)) && !askVerbs.has(token.norm)) {
      if (!carriedByMessage || lastPerson !== null) reporter = lastPerson;
      // "after jay said '...'", "user ghostmoth posted '...'": a name the person words do not hold, right before the verb.
      if (reporter === null && nameBefore(sentence, i, words)) reporter = 'other';
      // "dijo 'nadie me va a extrañar'": with nobody named yet, a verb whose form is someone else's names the speaker itself; only
      // for a quotation, and not for words said to the writer ("me escribió '...'" may be a threat at the writer).
      saidByForm = lastPerson === null && words.reportVerbsOfOthers?.has(token.norm) === true && words.spokenToWriter?.has(sentence[i - 1]?.norm ?? '') !== true;
    } else if (words.messageNouns?.has(token.norm) && !writerNamed && !ownedByWriter(sentence, i, words) && sentByOther(sentence, i, words)) {
      // "the text literally said '...'", "her last msg in the staff chat was '...'": a message the writer did not write.
      reporter = 'other';
      carriedByMessage = true;
      lastPerson = 'other';
      lastPersonAt = i;
    } else if (token.norm === 'i' && !writerNamed && lastPerson === 'other' && lastPersonAt === i - 1 && noVerbBefore(sentence, i - 1) && quotationAhead(sentence, i, words)) {
      // "guy i do outreach with ... last said '...'", "the woman i sponsor said": a relative clause right after the person who
      // opens the sentence names the writer only inside it; that person stays the one who speaks, in double or single quotation
      // marks ("guy i do outreach with last said 'i want to die'"; "told my mom i ..." is the
      // writer's: the person is an object there). Only before quotation marks: words reported without them ("the client i
      // discharged yelled that he knows my kids' names") may be a threat at the writer, which the harm reading weighs.
      continue;
    } else if (token.norm === 'i' || token.norm === 'yo' || innerVoiceAt(sentence, i - 1, words)) {
      lastPerson = 'self';
      lastPersonAt = i;
      writerNamed = true;
      if (carriedByMessage) reporter = null;
      carriedByMessage = false;
    } else if (isThirdPerson(words, token.norm) || vagueSpeakerAt(sentence, i, words.thirdPerson)) {
      lastPerson = 'other';
      lastPersonAt = i;
    }
  }
  // Only someone else's words run on into the next sentence; a stray mark of the writer's stops here.
  state.inQuote = inQuote && byOther;
  state.byOther = state.inQuote;
}

/**
 * "texting me stuff like", "says things like", "posted something like": a report verb (the writer as the one told may stand
 * after it) and a vague noun right before the "like" at `at`. Not a report about the writer in the writer's "i" ("says stuff like
 * i should have died", "tells me things like i was a mistake"): those are told to the writer, and the harm reading weighs them.
 */
function gistOpens(sentence: Sentence, at: number, words: QuoteWords): boolean {
  if (words.gistNouns?.has(sentence[at - 1]?.norm ?? '') !== true) return false;
  let verb = at - 2;
  if (verb >= 0 && (sentence[verb]!.norm === 'me' || sentence[verb]!.norm === 'us')) verb--;
  const said = sentence[verb];
  if (said === undefined || !(words.reportVerbs.has(said.norm) || words.reportVerbs.has(said.lemma) || reportLike.has(said.norm))) return false;
  return !(sentence[at + 1]?.norm === 'i' && words.saidAboutWriter?.has(sentence[at + 2]?.norm ?? '') === true);
}

/**
 * A noun right before a report verb that names no thing of the writer's ("jay said", "ghostmoth posted", not "my note said"),
 * read as someone's name: peer workers write people's first names and handles in lower case, which tags them nouns.
 */
function nameBefore(sentence: Sentence, verb: number, words: QuoteWords): boolean {
  // Only before a quotation that opens right after the verb ("incident reports: a participant spit on me" quotes no one).
  const next = sentence[verb + 1]?.norm === ':' ? sentence[verb + 2] : sentence[verb + 1];
  if (next === undefined || !isQuoteMark(next)) return false;
  const name = sentence[verb - 1];
  if (name === undefined || (name.pos !== 'NOUN' && name.pos !== 'PROPN') || words.firstPerson.has(name.norm)) return false;
  if (words.messageNouns?.has(name.norm) || words.innerVoices?.has(name.norm) || messagePlaces.has(name.norm)) return false;
  // The name opens its words ("after jay said", "user ghostmoth posted", "lil bro posted"): "plan b said" is a thing's name after a noun.
  const before = sentence[verb - 2];
  if (before !== undefined && !before.punct && before.pos !== 'ADJ' && !nameOpeners.has(before.norm) && !isThirdPerson(words, before.norm)) return false;
  return !thingWords.has(name.norm);
}

/** Words a name may follow in a sentence: a time or a linking word ("after jay said", "and then marcus posted"). */
const nameOpeners: ReadonlySet<string> = new Set(['lil', 'little', 'big', 'after', 'and', 'but', 'when', 'then', 'so', 'until', 'before', 'since', 'because', 'cuz', 'bc', 'lol', 'ok', 'okay', 'user', 'handle', 'y', 'pero', 'cuando', 'luego', 'despues']);

/** Things that "say" words: a sign, a shirt, a mug ("the sign said 'closed'"). */
const thingWords: ReadonlySet<string> = new Set(['sign', 'shirt', 'mug', 'poster', 'card', 'tattoo', 'screen', 'app', 'label', 'bottle', 'box', 'letter', 'note', 'book', 'song', 'headline', 'caption', 'bio', 'fortune', 'cookie', 'sticker', 'banner', 'board', 'email', 'voicemail', 'im']);

const askVerbs: ReadonlySet<string> = new Set(['ask', 'asked', 'asks', 'asking']);

/** A quotation with no reporting verb after someone else named: theirs, unless the language names the writer spoken to in between. */
function quotedAfterNamed(sentence: Sentence, personAt: number, quoteAt: number, words: QuoteWords): boolean {
  if (words.quotesAfterNamed === 'always') return true;
  if (words.quotesAfterNamed !== 'notToWriter') return false;
  for (let k = personAt + 1; k < quoteAt; k++) if (words.firstPerson.has(sentence[k]!.norm)) return false;
  return true;
}

/** A message named between a person and a colon: "left this in the group chat then deleted it:". */
function messageBetween(sentence: Sentence, from: number, to: number, words: QuoteWords): boolean {
  for (let k = from + 1; k < to; k++) if (words.messageNouns?.has(sentence[k]!.norm) || messagePlaces.has(sentence[k]!.norm)) return true;
  return false;
}

/** "fwd: ...", "forwarded from the group chat: ...": a forward mark near the message's start, and not the writer's own. */
function forwardedBefore(sentence: Sentence, colon: number, words: QuoteWords): boolean {
  if (words.forwardMarks === undefined || colon > FORWARD_REACH) return false;
  let mark = false;
  for (let k = 0; k < colon; k++) {
    const norm = sentence[k]!.norm;
    if (words.firstPerson.has(norm)) return false;
    if (words.forwardMarks.has(norm)) mark = true;
  }
  return mark;
}

/** A person, also with the possessive glued on ("dad's", as the tokenizer sometimes leaves it). */
function isThirdPerson(words: QuoteWords, norm: string): boolean {
  return words.thirdPerson.has(norm) || (norm.endsWith("'s") && words.thirdPerson.has(norm.slice(0, -2)));
}

/** "'...' - my wife every night", "'...' is an actual thing my ex said to me": someone named right after the quotation said it. */
function attributedAfter(sentence: Sentence, from: number, words: QuoteWords): boolean {
  // "'...' - my wife", "'...' from my participant, 20 min ago": a dash or "from" names the one who wrote it.
  const dash = sentence[from]?.norm === '-' || sentence[from]?.norm === '—' || sentence[from]?.norm === '–' || sentence[from]?.norm === 'from';
  let person = false;
  for (let k = from; k < Math.min(sentence.length, from + ATTRIBUTION_REACH); k++) {
    const token: Token = sentence[k]!;
    // Another quotation, or the writer as the subject ("'...' i told her"), ends the search.
    if (isQuoteMark(token) || token.norm === 'i') return false;
    // '"ya no quiero vivir" dijo mi mente', '"just give up" said my brain': the writer's inner voice is the writer.
    if (innerVoiceAt(sentence, k, words) || innerVoiceAt(sentence, k + 1, words)) return false;
    // "'si me sacan del programa me mato' me dijo hoy": a verb whose form is someone else's names the speaker itself.
    if (words.reportVerbsOfOthers?.has(token.norm) === true) return true;
    if (isThirdPerson(words, token.norm)) {
      if (dash) return true;
      person = true;
    } else if (person && (words.reportVerbs.has(token.norm) || words.reportVerbs.has(token.lemma))) return true;
  }
  return false;
}

/** No verb before `at`: the person there opens the sentence as its subject, not as an object ("told my mom"). */
function noVerbBefore(sentence: Sentence, at: number): boolean {
  for (let k = 0; k < at; k++) if (sentence[k]!.pos === 'VERB' || sentence[k]!.pos === 'AUX') return false;
  return true;
}

/**
 * A quotation opens after `from`: a double mark, or a single one right after a report verb or a colon ("said 'i want to die'");
 * a single mark after a noun is a possessive ("my kids' names").
 */
function quotationAhead(sentence: Sentence, from: number, words: QuoteWords): boolean {
  for (let k = from; k < sentence.length; k++) {
    const token = sentence[k]!;
    if (token.norm === '"') return true;
    const before = sentence[k - 1];
    if (token.norm === "'" && before !== undefined && (before.norm === ':' || words.reportVerbs.has(before.norm) || words.reportVerbs.has(before.lemma) || reportLike.has(before.norm))) return true;
  }
  return false;
}

/** "his last text", "her exact words", "text from my sponsee": a message someone else is named as sending. */
function sentByOther(sentence: Sentence, at: number, words: QuoteWords): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (isThirdPerson(words, sentence[k]!.norm)) return true;
  return sentence[at + 1]?.norm === 'from' || leftOnIt(sentence, at);
}

/**
 * "left on the lobby voicemail at 3am: ...", "left in the office vm: ...": a message found left, with nobody named, came from someone
 * else (the writer who left one names themself: "i left on his voicemail"; markQuoted checks the writer is not named first).
 */
function leftOnIt(sentence: Sentence, at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 4); k--) if (sentence[k - 1]!.norm === 'left' && (sentence[k]!.norm === 'on' || sentence[k]!.norm === 'in')) return true;
  return false;
}

/** "my text", "our chat", "message to my family:": a message of the writer's own. */
function ownedByWriter(sentence: Sentence, at: number, words: QuoteWords): boolean {
  if (sentence[at + 1]?.norm === 'to') return true;
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) if (words.firstPerson.has(sentence[k]!.norm) || sentence[k]!.norm === 'our') return true;
  return false;
}

/** The writer named inside the quotation that opens at `from` ("make my life hard"). */
function writerInside(sentence: Sentence, from: number, words: QuoteWords): boolean {
  for (let k = from; k < sentence.length && !isQuoteMark(sentence[k]!); k++) if (words.firstPerson.has(sentence[k]!.norm)) return true;
  return false;
}

/** A quotation opening mid-clause: after a subject, a modal, or a verb that reports no words ("taken", "keep", "handle"). */
function isPartial(sentence: Sentence, at: number, words: QuoteWords): boolean {
  const before = sentence[at - 1];
  if (words.partialOpeners === undefined || before === undefined || before.punct) return false;
  if (words.reportVerbs.has(before.norm) || words.reportVerbs.has(before.lemma)) return false;
  return words.partialOpeners.has(before.norm) || (before.pos === 'VERB' && !reportLike.has(before.norm));
}

/**
 * Verbs that open someone's whole words though no report verb: 'she goes "..."', 'yelling "..."', and a screenshot's caption
 * 'client writing "..."', 'him texting "..."' (a message's words, branch t-en86).
 */
const reportLike: ReadonlySet<string> = new Set(['goes', 'went', 'saying', 'asking', 'yelling', 'screaming', 'crying', 'reads', 'read', 'like', 'writing', 'texting', 'typing', 'posting']);

/** A closing quotation mark stands right before `at` or one word before it ("the 'i want to die' tweet was about"). */
export function quoteMarkBefore(sentence: Sentence, at: number): boolean {
  for (let i = Math.max(0, at - 2); i < at; i++) if (isQuoteMark(sentence[i]!)) return true;
  return false;
}

/**
 * "my brain", "mi mente", "mi depre" at `at`: the writer's inner voice, whose quoted words are the writer's own ("mi mente dijo
 * 'ya no quiero vivir'"); someone else's brain ("her brain", "la mente de él") is no inner voice of the writer's.
 */
function innerVoiceAt(sentence: Sentence, at: number, words: QuoteWords): boolean {
  const owner = sentence[at]?.norm;
  return (owner === 'my' || owner === 'mi') && words.innerVoices?.has(sentence[at + 1]?.norm ?? '') === true;
}
