import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "so everyone knows where my passwords are", "my sister knows where my will is", "told him where my spare key is": knowing where
 * a thing the writer keeps is (papers, logins, keys) is a thing told, not a threat that someone knows where the writer lives or
 * where their children are. Read where a harm of knowing-where ends right before such a thing; "he knows where my kids go to
 * school" and "she knows where my car is parked" keep their threat (a car is where the writer can be found). English words.
 */
export function whereAThingIs(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  if (lexicon.language !== 'en') return false;
  let whereAt = -1;
  for (let i = hit.start; i < hit.end; i++) if (sentence[i]!.norm === 'where') whereAt = i;
  if (whereAt === -1) return false;
  // The thing after "where my" (the hit may end at "my" or take the thing in): "where my passwords are", "where my spare key is".
  for (let i = whereAt + 1; i < Math.min(sentence.length, whereAt + 4); i++) {
    const token = sentence[i]!;
    if (keptThings.has(token.norm) || keptThings.has(token.lemma)) return true;
    if (!(token.norm === 'my' || token.norm === 'all' || token.norm === 'the' || token.norm === 'spare' || token.norm === 'important')) return false;
  }
  return false;
}

/** Things kept and handed on: papers, logins, keys, money put by. Never a person, a home, a school or a car. */
const keptThings: ReadonlySet<string> = new Set(
  'password passwords passcode passcodes pin pins login logins will papers paperwork documents docs files file folder envelope envelopes key keys insurance policy savings stash letters letter notes note deed deeds title birth certificate certificates checkbook'.split(' '),
);
