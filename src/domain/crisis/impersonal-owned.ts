import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * A thought of dying asked about or told of "uno", then owned by the writer: "¿tú crees que sea normal pensar en matarse
 * cuando uno está en la regadera? porque me pasa seguido", "uno piensa en morirse a veces, a mí me pasa". The thought told
 * in the impersonal (an infinitive "pensar", or "uno" as its subject) reads as nobody's, or as "uno"'s idiom; the writer's
 * own "me pasa seguido" after it, in the same sentence or one of the next two, makes it theirs: suicidal thoughts.
 * The owning must be a clause of its own, with only marks after it ("me pasa que no sé qué decir" is no owning), and
 * not denied before it ("a mí nunca me pasa").
 */
export function impersonalThoughtOwned(sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    for (const hit of perSentence[index]!) {
      if (!THOUGHTS.has(hit.concept) || !toldImpersonally(sentence, hit)) continue;
      for (let later = index; later < Math.min(sentences.length, index + OWNING_REACH + 1); later++) {
        const from = later === index ? hit.end : 0;
        if (perSentence[later]!.some((frame) => frame.concept === SAME_HERE && frame.start >= from && owns(sentences[later]!, frame))) return true;
      }
    }
  }
  return false;
}

const SAME_HERE = frameId('sameHere');

/** Sentences after the thought in which the writer may still own it. */
const OWNING_REACH = 2;

const THOUGHTS: ReadonlySet<string> = new Set(['suicidal-thoughts', 'wish-dead']);

const negators: ReadonlySet<string> = new Set(['no', 'nunca', 'jamas', 'ni']);

/** "pensar en matarse" (the infinitive opens the thought), or "uno" just before it ("uno piensa en morirse"). */
function toldImpersonally(sentence: Sentence, hit: Hit): boolean {
  const first = sentence[hit.start]?.norm;
  if (first === 'pensar' || first === 'pensarlo') return true;
  for (let i = Math.max(0, hit.start - 2); i < hit.start; i++) if (sentence[i]!.norm === 'uno') return true;
  return false;
}

function owns(sentence: Sentence, frame: Hit): boolean {
  if (!sentence.slice(frame.end).every((token) => token.punct)) return false;
  return !sentence.slice(0, frame.start).some((token) => negators.has(token.norm));
}
