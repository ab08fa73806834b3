import { has } from './hit-queries.js';
import { english } from './languages/en.js';
import { namesThirdPerson, type Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import { wordCount, type Sentence, type Token } from './tokens.js';

/** At most this many words make a bare cause ("suicide.", "overdose."). */
const CAUSE_WORDS = 2;

/**
 * "...died last week. suicide.", "alumni passed. suicide.", "one of our alumni passed last night. suicide.", "falleció un exalumno.
 * suicidio.": a bare cause after a sentence telling someone else's death is how they died. Someone else's death is a death the
 * patterns name as such ('other-death'), or one told plainly: a word of dying and a person named, the writer not its subject
 * ("passed my exam. suicide." and "the printer is dead. suicide." name no one; "i almost died. suicide." is the writer's own).
 */
export function bareCauseOfDeath(lexicon: Lexicon, sentence: Sentence, before: Sentence | undefined, hitsBefore: readonly Hit[] | undefined): boolean {
  // "this one was a suicide", "it was an overdose": the words that only point back at the death are no more than the bare cause.
  const words = sentence.filter((token) => !token.punct && !pointingBack.has(token.norm)).length;
  if (words > CAUSE_WORDS || before === undefined) return false;
  return deathTold(lexicon, before, hitsBefore);
}

/** Someone else's death told in `words`: one the patterns name ('other-death'), or a word of dying and a person named. */
function deathTold(lexicon: Lexicon, words: Sentence, hits: readonly Hit[] | undefined): boolean {
  if (has(hits, 'other-death')) return true;
  const death = words.findIndex((token) => dyingWords.has(token.norm) || lossWords.has(token.norm));
  if (death < 0) return false;
  // "lost a client last night. suicide.", "we lost my cousin. overdose.": a loss is the writer's by telling, the person lost comes after it.
  const loss = lossWords.has(words[death]!.norm);
  // "the participant we've all been worried about passed away", "the girl i used to room with died": the writer inside a
  // clause about someone named first is not the one who died.
  if (!loss) for (let i = 0; i < death; i++) if (writerSubjects.has(words[i]!.norm) && !words.slice(0, i).some((token) => namesPerson(lexicon, token))) return false;
  const people = loss ? words.slice(death + 1, death + 1 + LOST_WITHIN) : words;
  return people.some((token) => (!loss && token.pos === 'PROPN') || namesPerson(lexicon, token));
}

const namesPerson = (lexicon: Lexicon, token: Token) => groupMembers.has(token.norm) || namesThirdPerson(lexicon, token) || namesEnglishPerson(token);

/**
 * "client from the shelter, suicide", "un señor del albergue, suicidio": a bare cause after a comma, where the words before it
 * tell someone else's death or only name someone else (no verb, not the writer), is how that person died. "me, suicidal?
 * never" names the writer; "my client called, suicidal" has a verb and is read as a disclosure.
 */
export function causeAfterPerson(lexicon: Lexicon, sentence: Sentence, hit: Hit, hits: readonly Hit[]): boolean {
  let comma = -1;
  for (let i = hit.start - 1; i >= 0; i--) if (sentence[i]!.norm === ',') { comma = i; break; }
  if (comma < 1 || wordCount(sentence.slice(comma + 1)) > CAUSE_WORDS) return false;
  const before = sentence.slice(0, comma);
  // "coworker found dead, suicide", "se nos murió un compañero el mes pasado, suicidio": after a death told, as after a sentence.
  if (deathTold(lexicon, before, hits.filter((other) => other.end <= comma))) return true;
  if (before.some((token) => token.pos === 'VERB' || token.pos === 'AUX' || lexicon.firstPerson.has(token.norm) || writerSubjects.has(token.norm))) return false;
  return before.some((token) => namesPerson(lexicon, token));
}

/** Words that point back at a death just told ("this one was a suicide", "fue un suicidio"). */
const pointingBack: ReadonlySet<string> = new Set(['this', 'that', 'it', 'one', 'was', 'is', 's', 'a', 'an', 'fue', 'un', 'una', 'esta', 'este', 'eso', 'ruled', 'officially']);

/** Words of dying, English and Spanish (a message may be read in both). */
const dyingWords: ReadonlySet<string> = new Set(['died', 'passed', 'dead', 'murio', 'fallecio', 'murieron', 'fallecieron', 'fallecido', 'fallecida']);
/** Words of losing someone, said by the one who lost them ("lost my brother", "perdimos a un compañero"). */
const lossWords: ReadonlySet<string> = new Set(['lost', 'perdimos', 'perdi']);
/** The person lost stands this close after the loss ("lost one of our guys"). */
const LOST_WITHIN = 4;
const writerSubjects: ReadonlySet<string> = new Set(['i', 'we', 'im', 'yo']);
/** People named by the group they belong to, which the lexicons' person words leave out. */
const groupMembers: ReadonlySet<string> = new Set(['alumni', 'alum', 'alums', 'alumnus', 'alumna', 'grad', 'exalumno', 'exalumna', 'alumno', 'alumna', 'egresado', 'egresada']);

/**
 * A person named in English inside a message also read as Spanish ("lost a client last night. suicide."): the English lexicon's
 * third persons, without its pronouns ("he" is also Spanish: "perdí el trabajo y he...").
 */
function namesEnglishPerson(token: Token): boolean {
  return token.forms.some((form) => english.thirdPerson.has(form) && !english.subjectPronouns.has(form) && !english.thirdPossessive.has(form) && !(english.harmObjects?.has(form) ?? false));
}
