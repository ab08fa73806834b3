import { has } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import { namesThirdPerson, type Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';
import { topical } from './topic-talk.js';
import { insideLineReached } from './line-reached.js';

const TRAINING = frameId('training');

/**
 * Training talk in the sentence, leaving out a class, a training or a group named as where people are rather than as the
 * topic: "a kid in my class", "a peer in my training cohort", "una señora del grupo de duelo" (a person before the
 * preposition), "stopped going to class", "gave it to me after class", "the kit we got at training" ("after", "to" or "at"
 * right before it, with nothing said about it after). "in class we practiced asking about suicide" and "at the training on overdose" stay training.
 */
export function trainingTopical(lexicon: Lexicon, sentence: Sentence, hits: readonly Hit[], thanAt: number): boolean {
  // Most sentences hold no training words: no copy of their hits is made for them.
  if (!has(hits, TRAINING)) return false;
  return topical(hits.filter((hit) => hit.concept !== TRAINING || !(namedAsSetting(lexicon, sentence, hit) || insideLineReached(hits, hit) || insideGoodbye(hits, hit) || preamble(sentence, hit))), TRAINING, thanAt);
}

/**
 * A training word that a goodbye-hint names as its own object ("stop the refill reminders", "cancel my med reminders"): the
 * reminders switched off are the writer's, not a reminder handed out in training.
 */
function insideGoodbye(hits: readonly Hit[], word: Hit): boolean {
  return hits.some((hit) => hit.concept === 'goodbye-hint' && hit.start <= word.start && word.end <= hit.end);
}

/**
 * "idk how to say this at standup, the SI came back", "not sure how to put it but": a way of saying "this" or "it" sought
 * before the writer's own telling, not how to say something to a participant ("how to say this to a client" stays training).
 */
function preamble(sentence: Sentence, hit: Hit): boolean {
  const said = sentence[hit.end - 1]?.norm ?? '';
  const object = sentence[hit.end]?.norm ?? '';
  return (said === 'say' || said === 'put' || said === 'word' || said === 'phrase') && (object === 'this' || object === 'it') && sentence[hit.end + 1]?.norm !== 'to';
}

function namedAsSetting(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const words = lexicon.settingWords;
  if (words === undefined) return false;
  // Back over the group's own words ("my little brother 's", "the peer cert") to the preposition.
  let at = hit.start - 1;
  while (at >= 0 && hit.start - at <= 5 && !words.prepositions.has(sentence[at]!.norm)) {
    const token = sentence[at]!;
    if (token.punct || token.pos === 'VERB' || token.pos === 'AUX') return false;
    at--;
  }
  if (at < 0 || !words.prepositions.has(sentence[at]!.norm)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const token = sentence[k]!;
    if (token.punct) break;
    // "dijo en las noticias": a verb that names its speaker is no person standing in the group.
    if (token.pos !== 'VERB' && !lexicon.reportVerbs.has(token.norm) && namesThirdPerson(lexicon, token) && !lexicon.firstPerson.has(token.norm)) return true;
  }
  const after = sentence[hit.end];
  // Bare: right before the word, with no article ("to class", not "to the peer support conference").
  return words.bare.has(sentence[at]!.norm) && at === hit.start - 1 && hit.end - hit.start === 1 && !(after !== undefined && words.about.has(after.norm));
}

/**
 * Words spoken in a role, in a sentence of training talk: 'in the role play i said "im going to take all my pills tonight"
 * as the client' (the writer voicing a client is no risk of the writer's). A closing quotation mark shortly after the sign,
 * then "as" and a person ("as the client", "as a caller"); the quotation must be closed, so a role named before the words
 * ("as a client i said i want to die") is the writer's own.
 */
export function saidInRole(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  for (let at = hit.end; at < Math.min(sentence.length - 1, hit.end + ROLE_REACH); at++) {
    if (sentence[at]!.norm !== '"') continue;
    let person = at + 2;
    if (!roleMarkers.has(sentence[at + 1]!.norm)) return false;
    if (articles.has(sentence[person]?.norm ?? '')) person++;
    const named = sentence[person];
    return named !== undefined && namesThirdPerson(lexicon, named);
  }
  return false;
}

/** How far after a sign its quotation may close ("...all my pills tonight" as the client). */
const ROLE_REACH = 4;
/** "as" (English) and "como" (Spanish): the words that name a role after a quotation. */
const roleMarkers: ReadonlySet<string> = new Set(['as', 'como']);
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'el', 'la', 'un', 'una']);

const SERIOUS = frameId('serious');

/**
 * A turn from the training to the writer's own life between them and the sign: 'when the client said "kms" in the role play i
 * laughed but i actually have the pills in my bag' (the `serious` frame, "but i actually", "but honestly", stands after the
 * training words and before the means). The sign after the turn is the writer's, not the training's topic.
 */
export function turnedFromTraining(hits: readonly Hit[], hit: Hit): boolean {
  return hits.some((turn) => turn.concept === SERIOUS && turn.end <= hit.start && hits.some((talk) => talk.concept === TRAINING && talk.end <= turn.start));
}
