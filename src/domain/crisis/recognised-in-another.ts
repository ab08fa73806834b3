import { frameId, isFrame, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * The writer recognising themself in someone else's crisis: "wrote client reports passive ideation in my notes today and
 * thought huh. same", "she told me she cuts when it gets bad. same tbh". Said after a crisis the reading kept as someone
 * else's (in `found`), the writer's own "same" is their own risk of that kind: self-harm after self-harm, a wish to be dead
 * after any other (possible; a plan of their own is never implied). "same" counts only as the whole of a short sentence or
 * right after "thought", "think", "like" ("i was like, same"); "same as last week", a "same" before the crisis, or one about
 * paperwork with no crisis read ("supervisor said the notes are a nightmare. same") add nothing. After a blow dealt to someone
 * else ("my partner kicked her. and me too honestly"), the writer's "me too" is the same blow dealt to them: harm from others.
 */
export function recognisedInAnother(sentences: readonly Sentence[], perSentence: readonly Hit[][], found: ReadonlySet<string>): string | undefined {
  const theirs = othersConcepts.find((concept) => found.has(concept));
  if (theirs === undefined) return undefined;
  // A sign must come before the "same" (the reading turned the other's sign into theirs; its raw hit may be a wish's).
  let signSeen = false;
  let harmDone = false;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    for (const hit of perSentence[index]!) {
      if (hit.concept === SAME_HERE && signSeen && (wholeSentence(sentence, hit) || afterThought(sentence, hit) || saidToSelf(sentence, hit))) {
        if (harmDone) return 'partner-violence';
        return theirs === 'other-self-harm' ? 'self-harm' : 'wish-dead';
      }
      if (isFrame(hit.concept)) continue;
      signSeen = true;
      harmDone = hit.concept === 'other-disclosure' && blowDealt(sentence, hit);
    }
  }
  return undefined;
}

const SAME_HERE = frameId('sameHere');

/** Someone else's crisis, as the reading keeps it (a death is grief, not a crisis to recognise oneself in). */
const othersConcepts = ['other-self-harm', 'other-disclosure', 'other-attempt', 'other-overdose', 'other-observed'];

/** Words that may stand before the "same" in a sentence that is only it: "honestly same", "huh. same", "lol same". */
const openers: ReadonlySet<string> = new Set(['honestly', 'lol', 'lmao', 'huh', 'hm', 'hmm', 'and', 'like', 'ngl', 'tbh', 'also', 'lowkey', 'i', 'mean']);

function wholeSentence(sentence: Sentence, hit: Hit): boolean {
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (token.punct || (i >= hit.start && i < hit.end)) continue;
    if (i >= hit.end || !openers.has(token.norm)) return false;
  }
  return true;
}

/**
 * "ive typed that to myself like 10 times", "i've thought the same myself": the frame's own clause, the writer its subject,
 * opening its sentence (an opener such as "honestly" may stand first).
 */
function saidToSelf(sentence: Sentence, hit: Hit): boolean {
  if (sentence[hit.start]?.norm !== 'i') return false;
  for (let i = 0; i < hit.start; i++) if (!sentence[i]!.punct && !openers.has(sentence[i]!.norm)) return false;
  return true;
}

/**
 * "and thought, same", "i was like same", "i wanted to say take me with u": the "same" right after a thought or a saying, a comma
 * or a colon between, ending its sentence.
 */
function afterThought(sentence: Sentence, hit: Hit): boolean {
  let i = hit.start - 1;
  while (i >= 0 && sentence[i]!.punct) i--;
  const before = sentence[i];
  return before !== undefined && (before.lemma === 'think' || before.lemma === 'say' || before.norm === 'thought' || before.norm === 'like') && sentence.slice(hit.end).every((token) => token.punct);
}

/** Verbs of a blow or an assault: "my partner kicked her", "he choked her" (the writer's "me too" after it is harm to them). */
const blows: ReadonlySet<string> = new Set(['hit', 'kick', 'punch', 'slap', 'beat', 'choke', 'strangle', 'shove', 'push', 'hurt', 'stab', 'assault', 'grab', 'smack', 'rape', 'abuse', 'threaten', 'attack', 'molest']);

function blowDealt(sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (blows.has(sentence[i]!.lemma) || blows.has(sentence[i]!.norm)) return true;
  return false;
}
