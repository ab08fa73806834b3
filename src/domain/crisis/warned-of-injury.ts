import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "my doctor said if i keep lifting like that i will get hurt", "my coach says ill get injured if i skip warmups": someone who
 * cares for the writer's body warning of an injury the writer's own habit will bring is advice, not a threat. Only when the
 * warner opens the threat and the harm is an injury the writer gets ("i will get hurt", "you'll tear something"); "he said if i
 * leave i will get hurt" has no such warner and stays a threat, and so does a carer who says they will do the hurting.
 */
export function injuryWarnedOf(sentence: Sentence, hit: Hit): boolean {
  if (hit.concept !== 'threat') return false;
  let warner = false;
  for (let i = Math.max(0, hit.start - 1); i <= hit.start + 1 && i < hit.end; i++) if (bodyCarers.has(sentence[i]!.norm)) warner = true;
  if (!warner) return false;
  for (let i = hit.start; i < Math.min(sentence.length, hit.end + 3); i++) {
    if (!gets.has(sentence[i]!.norm)) continue;
    const next = sentence[i + 1]?.norm ?? '';
    if (injuries.has(next) || (next === 'myself' && injuries.has(sentence[i + 2]?.norm ?? ''))) return true;
  }
  return false;
}

const bodyCarers: ReadonlySet<string> = new Set(['doctor', 'doc', 'dr', 'coach', 'trainer', 'physio', 'physiotherapist', 'chiro', 'chiropractor', 'pt', 'surgeon', 'ortho', 'dentist', 'instructor', 'nurse', 'podiatrist']);
const gets: ReadonlySet<string> = new Set(['get', 'end', 'wind', 'pull', 'tear', 'hurt', 'injure', 'strain', 'break', 'blow']);
const injuries: ReadonlySet<string> = new Set(['hurt', 'injured', 'up', 'something', 'my', 'myself', 'a', 'sore']);
