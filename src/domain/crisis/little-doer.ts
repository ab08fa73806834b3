import { routeOfConcept } from './concepts.js';
import { frameId, type Hit } from './match.js';

/**
 * "my toddler locked me out on the balcony lol", "mi hijo de dos años me dejó encerrada afuera": harm whose doer, named right
 * before it, is a small child or a pet (frame `littleDoer`) is a household mishap, not harm from others. Only a doer standing
 * right before the act counts ("shot my dog and told me i'd be next" stays harm), and "baby" is no such doer ("my baby father").
 */
const LITTLE_DOER = frameId('littleDoer');

export function doneByLittleOne(hits: readonly Hit[], hit: Hit): boolean {
  if (routeOfConcept(hit.concept) !== 'harm-from-others') return false;
  return hits.some((other) => other.concept === LITTLE_DOER && other.end === hit.start);
}

const HARMLESS_DEED = frameId('harmlessDeed');

/**
 * "el gallo del vecino no me deja dormir", "mi abuelo me pega cada susto": harm whose doer, named right before it, is an animal, or
 * whose object, right after its verb, is a fright (frame `harmlessDeed`) is no one's harm. Unlike a little one (a "mis nenes" may
 * end "el papá de mis nenes"), these name no person, so read-sentence.ts tells the learned opinion, which adds no harm of its own.
 */
export function harmlessDeed(hits: readonly Hit[], hit: Hit): boolean {
  if (routeOfConcept(hit.concept) !== 'harm-from-others') return false;
  return hits.some((other) => other.concept === HARMLESS_DEED && (other.end === hit.start || other.start === hit.end - 1 || other.start === hit.end));
}

/** Animals kept at home, as written or as lemmas: the only doers that clear a coming into the writer's bed. */
const pets: ReadonlySet<string> = new Set(['perro', 'perra', 'perrito', 'perrita', 'perritos', 'perritas', 'gato', 'gata', 'gatito', 'gatita', 'gatitos', 'michi', 'michis', 'mascota', 'cachorro', 'cachorra', 'cachorrito', 'cachorrita', 'lomito', 'dog', 'dogs', 'puppy', 'pup', 'doggo', 'cat', 'cats', 'kitten', 'kitty']);

/** How many words before the act its doer may stand ("la perrita siempre se mete en mi cama"). */
const PET_REACH = 3;

/**
 * "la perrita se mete en mi cama", "el gato se mete a mi cuarto cada noche": coming into the writer's bed or room, said of a pet
 * standing just before it with no mark between, is the pet's habit. Sexual assault is otherwise never cleared by a doer (a child
 * is no such doer here, nor "mi tío", "mi padrastro"); only a pet.
 */
export function petComesIn(sentence: readonly { norm: string; lemma: string; punct: boolean }[], hit: Hit): boolean {
  if (hit.concept !== 'sexual-assault') return false;
  for (let i = hit.start - 1; i >= 0 && i >= hit.start - PET_REACH; i--) {
    const token = sentence[i]!;
    if (token.punct) return false;
    if (pets.has(token.norm) || pets.has(token.lemma)) return true;
  }
  return false;
}

/** Own-risk readings of a means taken or got into ("drank antifreeze", "swallowed my pills", "got into the bleach"). */
const takenSigns: ReadonlySet<string> = new Set(['method', 'means-hint', 'acting-now', 'other-attempt', 'other-overdose', 'other-disclosure']);
/** Words that may stand between a pet and what it took ("my dog just drank", "the cat must have gotten into"). */
const petSteps: ReadonlySet<string> = new Set(['just', 'somehow', 'accidentally', 'also', 'must', 'might', 'may', 'have', 'has', 'had', 'got', 'gotten', 'get', 'into', 'the', 'some', 'a', 'prob', 'probably', 'apparently', 'maybe', 'ha', 'se', 'le', 'me', 'lo', 'la',
  // the taking itself, before the means it took ("the puppy chewed up my pills", "se comió el veneno")
  'ate', 'eaten', 'drank', 'drunk', 'swallowed', 'licked', 'chewed', 'up', 'my', 'of', 'comio', 'tomo', 'bebio', 'trago', 'el', 'mis', 'unas', 'unos']);
/** How many words before the act its pet may stand. */
const PET_TAKES_REACH = 5;

/**
 * "my dog drank antifreeze", "the cat got into the bleach", "mi perro se comió mis pastillas": a means taken by a pet, named as the
 * subject just before the act, is the pet's poisoning, an emergency for a vet, not the writer's crisis ("i drank antifreeze" and "my
 * dog and i" stay the writer's). read-sentence.ts tells the learned opinion, which adds no route of its own.
 */
export function petTookIt(sentence: readonly { norm: string; lemma: string; punct: boolean }[], hit: Hit): boolean {
  if (!takenSigns.has(hit.concept)) return false;
  for (let i = hit.start - 1; i >= 0 && i >= hit.start - PET_TAKES_REACH; i--) {
    const token = sentence[i]!;
    if (pets.has(token.norm) || pets.has(token.lemma)) return sentence[i - 1]?.norm !== 'and' && sentence[i + 1]?.norm !== 'and';
    if (token.punct || !petSteps.has(token.norm)) return false;
  }
  return false;
}
