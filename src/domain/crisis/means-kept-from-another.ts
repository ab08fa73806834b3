import type { Hit } from './match.js';
import { routeOfConcept } from './concepts.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

/** Things kept from someone at risk so they cannot use them: keys, guns, pills, blades, cords. English and Spanish alike. */
const means: ReadonlySet<string> = new Set(['keys', 'key', 'gun', 'guns', 'rifle', 'rifles', 'firearms', 'pistol', 'pills', 'meds', 'medication', 'medications', 'knife', 'knives', 'razor', 'razors', 'blades', 'belts', 'rope', 'cords', 'llaves', 'pistola', 'armas', 'pastillas', 'cuchillos']);

/**
 * "his wife says he's been talking about ending things and she hid the car keys", "his mom took his guns after he said he wants
 * to die": a means hidden or taken in the same sentence as someone else's crisis is kept from them to keep them safe, not
 * control of the writer. Read only when nothing from the hidden thing to the sentence's end names the writer ("he hid the car
 * keys so i couldn't leave" stays harm) and the sentence tells someone else's crisis.
 */
export function meansKeptFromAnother(lexicon: Lexicon, sentence: Sentence, all: readonly Hit[], hit: Hit): boolean {
  if (hit.concept !== 'control') return false;
  if (!all.some((other) => routeOfConcept(other.concept) === 'someone-else')) return false;
  let named = false;
  for (let i = hit.start; i < hit.end; i++) if (means.has(sentence[i]!.norm)) named = true;
  if (!named) return false;
  for (let i = hit.start; i < sentence.length; i++) if (lexicon.firstPerson.has(sentence[i]!.norm)) return false;
  return true;
}
