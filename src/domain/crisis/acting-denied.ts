import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';
import type { Lexicon } from './lexicon.js';
import { writersThought } from './others-words.js';
import { subjectOf } from './whose.js';

const ACTING_DENIED = frameId('actingDenied');

/**
 * Whether the writer says, in their own words, that they are not acting on their thoughts ("not acting on it. just needed to
 * say it somewhere", "im not in danger this second but im not ok"). read.ts then lets only acts (a means, a place, a thing
 * taken, letters) raise the message: an absence or a goodbye read in the wish's own words ("the wanting to not be here is
 * back") or a time stays a hint, so the wish told with the denial stays possible. The corpus reads such messages so, and
 * asking the writer is the next step, not an emergency. A denial in quotation marks is someone else's.
 */
export function actingDeniedIn(sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  return perSentence.some((hits, index) => hits.some((hit) => hit.concept === ACTING_DENIED && !sentences[index]![hit.start]!.quoted));
}

/**
 * With acting denied, an act hint that only stands inside the words of a thought ("thought about driving off the road on the way
 * to work. didnt, obviously, but the thought was there") is what the thought was about, not a means at hand: it raises nothing.
 * A means told in its own words beside the thought ("not acting on it but the rope is in my trunk") still does.
 */
export function actOnlyThought(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][], hint: string): boolean {
  let seen = false;
  for (let index = 0; index < perSentence.length; index++) {
    const hits = perSentence[index]!;
    for (const hit of hits) {
      if (hit.concept !== hint) continue;
      seen = true;
      if (hits.some((thought) => thought.concept === THOUGHTS && thought.start <= hit.start && thought.end >= hit.end)) continue;
      // "thinking about jumping off the": the hint opens on the writer's verb of thinking.
      const sentence = sentences[index]!;
      if (lexicon.thoughtVerbs?.has(sentence[hit.start]!.norm) && subjectOf(lexicon, sentence, hit) !== 'other') continue;
      if (writersThought(lexicon, sentence, hit)) continue;
      return false;
    }
  }
  return seen;
}

const THOUGHTS = 'suicidal-thoughts';

/** An act the writer only thinks of ("thinking about jumping off the roof") in a message that denies acting on it. */
export function thoughtOfWithActingDenied(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][], sentence: Sentence, hit: Hit): boolean {
  if (hit.concept !== 'method' && hit.concept !== 'intent') return false;
  return writersThought(lexicon, sentence, hit) && actingDeniedIn(sentences, perSentence);
}
