import { routeOfConcept } from './concepts.js';
import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "the participant they discharged was waiting by my car in the parking garage tonight", "my ex was parked at the overlook
 * where i walk the dog", "he showed up at my work with a gun": a place, a means or a thing taken that stands inside the words
 * of harm from others, done by someone named before it, is where that harm happens or what it is done with. The writer is the
 * one it lands on, not the one at the place or holding the means, so the hint is no sign of the writer's own risk (a parking
 * garage is a high place only when the writer goes up it). With nobody named as the doer ("sitting on the roof of my building
 * rn") or the writer as the subject between, the place stays the writer's; hints beside the harm but outside its words ("he hit
 * me again. im on the roof now") are read as ever.
 */
export function sceneOfHarm(lexicon: Lexicon, sentence: Sentence, hits: readonly Hit[], hint: Hit): boolean {
  // Only a place, a means or a note ("a voice note saying hed ruin my face"): a plan, a goodbye or a time overlapped by harm's words ("wanted somebody to know where i am") is
  // still the writer's own.
  // "he knows where i live": a plan's words with someone else right before them as their subject are that harm's words.
  const planOfDoer = hint.concept === 'plan-hint' && nameAt(lexicon, sentence[hint.start - 1]);
  if (!scenes.has(hint.concept) && !planOfDoer) return false;
  for (const other of hits) {
    if (other.start < hint.end && hint.start < other.end && routeOfConcept(other.concept) === 'harm-from-others' && (doerNamedBefore(lexicon, sentence, Math.min(other.start, hint.start)) || (other.start < hint.start && doerNamedBefore(lexicon, sentence, hint.start)))) return true;
  }
  return false;
}

/** Someone else named before `at`, with the writer not the subject after them: the one doing what follows. */
function doerNamedBefore(lexicon: Lexicon, sentence: Sentence, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const token = sentence[i]!;
    // "the client i discharged was waiting...": an "i" right after the one named opens a clause about them, who stays the doer.
    if (lexicon.writerSubjects.has(token.norm) && !nameAt(lexicon, sentence[i - 1])) return false;
    if ((lexicon.thirdPerson.has(token.norm) || lexicon.thirdPerson.has(token.lemma)) && !lexicon.ownerPossessives?.has(token.norm)) return true;
  }
  return false;
}

function nameAt(lexicon: Lexicon, token: Sentence[number] | undefined): boolean {
  return token !== undefined && (lexicon.thirdPerson.has(token.norm) || lexicon.thirdPerson.has(token.lemma)) && !lexicon.ownerPossessives?.has(token.norm);
}

const scenes: ReadonlySet<string> = new Set(['place', 'means-hint', 'farewell-hint']);
