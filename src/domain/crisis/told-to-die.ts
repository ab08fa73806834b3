import { hints } from './concepts.js';
import { inAny } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const THREAT = 'threat';
const AGREED = frameId('agreed');

/** Own-risk words that, inside another's telling, are what they said to the writer. */
const cruelWords: ReadonlySet<string> = new Set(['suicidal-thoughts', 'wish-dead', 'burden', 'intent']);

/** Verbs of telling, as written or as lemmas: the threat that holds the words must be said, not done. */
const tellingVerbs: ReadonlySet<string> = new Set(['say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'telling', 'text', 'texted', 'texts', 'message', 'messaged', 'messaging', 'messages', 'texting', 'dmd', 'dming', 'dms', 'write', 'wrote', 'writes', 'commenting', 'yell', 'yelled', 'scream', 'screamed', 'shout', 'shouted', 'comment', 'commented', 'call', 'called', 'calls', 'calling',
  // Spanish (./languages/es/harm-told-to-die.ts): "me sigue diciendo que ojalá me hubiera muerto".
  'dice', 'dijo', 'dicen', 'dijeron', 'decia', 'decian', 'diciendo', 'dicho', 'grita', 'grito', 'gritaba', 'gritando', 'escribe', 'escribio', 'escribieron', 'manda', 'mando', 'repite', 'repitiendo', 'texteo', 'textea', 'echa', 'echo']);

/**
 * "he said i should kill myself", "my ex keeps telling me to go die", "mom said i'm a burden": the words of dying or of being a
 * burden inside someone else's telling (a `threat` that opens before them on a verb of telling, ./languages/en/harm-told-to-die.ts)
 * are what was said to the writer. 'theirs': harm from others, not the writer's own wish. 'taken-up': the writer takes the words
 * up somewhere in the message (frame `agreed`: "maybe he's right", "tonight i might actually listen") or a means, a place or a
 * goodbye stands beside them, so they are the writer's own too, whoever a reported "i" would otherwise be read as. null: no
 * telling holds the hit.
 */
export function crueltyTold(sentence: Sentence, all: readonly Hit[], perSentence: readonly Hit[][], hit: Hit): 'theirs' | 'taken-up' | null {
  if (!cruelWords.has(hit.concept)) return null;
  for (const telling of all) {
    if (telling.concept !== THREAT || telling.start >= hit.start || telling.end < hit.end) continue;
    let told = false;
    for (let i = telling.start; i < hit.start && !told; i++) told = tellingVerbs.has(sentence[i]!.norm) || tellingVerbs.has(sentence[i]!.lemma);
    if (!told) continue;
    return takenUp(perSentence) ? 'taken-up' : 'theirs';
  }
  return null;
}

/** Words of dying a telling may hold ("told me to go die", "said i should kms"). */
const dyingWords: ReadonlySet<string> = new Set(['die', 'kill', 'kms', 'kys', 'unalive', 'dead']);

/** "dead" only as the child preferred dead ("said she'd rather have a dead son", harm-told-to-die.ts), never "told me i'm dead". */
const childPreferredDead: ReadonlySet<string> = new Set(['son', 'daughter', 'kid', 'child', 'boy', 'girl', 'grandson', 'granddaughter', 'brother', 'sister', 'sibling', 'nephew', 'niece']);

/**
 * "she told me to go die and tonight i might actually listen": a telling to die (a `threat` holding a verb of telling and a word
 * of dying) that the writer takes up is the writer's own thought as well as the teller's harm, even where no own-risk pattern
 * reads the bare "go die". Taken up as in `crueltyTold`. "he said he'd kill me" holds no word of dying said of the writer.
 */
export function dyingToldTakenUp(sentence: Sentence, perSentence: readonly Hit[][], hit: Hit): boolean {
  if (hit.concept !== THREAT) return false;
  let told = false;
  let dying = false;
  for (let i = hit.start; i < hit.end; i++) {
    const token = sentence[i]!;
    if (tellingVerbs.has(token.norm) || tellingVerbs.has(token.lemma)) told = true;
    // "kill" only of oneself: "said he'd kill me" is a threat of the teller's own act, never words to take up.
    else if (told && (dyingWords.has(token.norm) || dyingWords.has(token.lemma)) && (token.lemma !== 'kill' || sentence[i + 1]?.norm === 'myself') && (token.norm !== 'dead' || childPreferredDead.has(sentence[i + 1]?.lemma ?? ''))) dying = true;
  }
  return told && dying && takenUp(perSentence);
}

/**
 * The writer takes the words up: agrees with them (frame `agreed`), or a means, a place, a goodbye or settled affairs stand
 * beside them. A time alone does not ("keep telling me to kys. i dont want to go to school tmrw" is the harm and its day).
 */
function takenUp(perSentence: readonly Hit[][]): boolean {
  return inAny(perSentence, AGREED) || perSentence.some((hits) => hits.some((sign) => { const kind = hints[sign.concept]?.kind; return kind !== undefined && kind !== 'time' && kind !== 'weak'; }));
}
