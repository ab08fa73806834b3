import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "coach said i'm gonna kill it at my meet", "he says he'll end it with me this weekend", "told me i'd crush it in my review":
 * a harm read across a harm verb whose object, right after it, is a thing ("it") names no one hurt; the writer's words after
 * that object ("my meet", "with me") are the setting, not the one threatened. Only the lexicon's harm verbs count, so "made it
 * clear he'd kill me" and "said it would hurt me" keep their threat, and so do "said he'd kill me" and "said he'd smash my phone".
 */
export function harmDoneToAThing(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const onThings = lexicon.harmOnThings;
  if (onThings === undefined) return false;
  for (let i = hit.start; i < hit.end - 1; i++) {
    const verb = sentence[i]!;
    if ((onThings.verbs.has(verb.norm) || onThings.verbs.has(verb.lemma)) && onThings.things.has(sentence[i + 1]!.norm)) return true;
  }
  return false;
}
