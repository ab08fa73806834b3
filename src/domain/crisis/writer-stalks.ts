import type { Lexicon } from './lexicon.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';
import { subjectOf } from './whose.js';

/**
 * "stalking my own case notes from 2022 to find that list", "i stalked her linkedin before the interview", "been stalking
 * the menu all day": the bare verb of stalking done by the writer, to a thing or to someone else's page, is looking something
 * up. It is harm to the writer only when someone else does it or the writer is its object ("he's stalking me", "someone keeps
 * stalking my insta"); with nobody named, "stalking my page" stays harm, "stalking my own notes" and "stalking his insta" do not.
 */
export function writerStalks(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  if (hit.concept !== 'stalking' || hit.end - hit.start !== 1) return false;
  const word = sentence[hit.start]!.norm;
  if (!/^stalk(?:s|ed|ing|in)?$/.test(word)) return false;
  const next = sentence[hit.end];
  if (next === undefined || next.norm === 'me' || next.norm === 'us') return false;
  const subject = subjectOf(lexicon, sentence, hit);
  if (subject === 'other') return false;
  if (subject === 'self') return true;
  // Nobody named: the object says whose the looking is ("my own", "his", "her", "the").
  const after = sentence[hit.end + 1]?.norm;
  return (next.norm === 'my' && after === 'own') || othersThings.has(next.norm);
}

const othersThings: ReadonlySet<string> = new Set(['his', 'her', 'their', 'the', 'this', 'that', 'your']);
