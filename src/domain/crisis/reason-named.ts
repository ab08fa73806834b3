import { has, inAny } from './hit-queries.js';
import type { Lexicon } from './lexicon.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

const RETURNING = frameId('returning');
const TIRING_STRETCH = frameId('tiringStretch');
const HABIT_QUIT = frameId('habitQuit');
/** Life itself named beside a habit quit ("dejo de fumar y de vivir"): no habit's end. */
const LIVING = new Set(['vivir', 'existir', 'respirar', 'despertar', 'estar', 'sufrir']);
const ABSENCE = 'absence';

/**
 * A message whose own words give the everyday reason for what could sound like a going or a weariness: not being back,
 * with the return named in the same sentence ("i won't be back until tuesday"), or, in Spanish, the work that tired the writer
 * ("estoy cansado del trabajo, mano"). read.ts asks it only when the patterns found nothing, and tells the learned opinion, which reads
 * "won't be back" or "cansado" as the goodbyes and weariness it was trained on (the nineteenth session's retraining added
 * both). A return named beside other words ("i see her tomorrow but im worried about tonight", "nobody would even notice if i was gone
 * till monday") stays the opinion's: wider rules lost 13, then 4, development lines it had caught.
 */
export function everydayReasonNamed(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  // Spanish only: in English a tiring stretch is often the opening of a long message that turns ("been a weird week. worked
  // doubles… ive got the date set"), which the opinion reads rightly.
  if (lexicon.language === 'es' && inAny(perSentence, TIRING_STRETCH)) return true;
  // "mañana dejo de fumar, ya tengo el plan y los parches": the plan is a habit's end, not the writer's (Spanish, fresh batch 101).
  if (inAny(perSentence, HABIT_QUIT) && !sentences.some((sentence) => sentence.some((token) => LIVING.has(token.norm)))) return true;
  // "won't be back until tuesday": an absence said as not being back, with its return in the same sentence (not "i'm not going
  // to be here for the holidays", nor "i see her tomorrow" after a client's words, which the opinion reads rightly).
  if (sentences.some(reasonToAttendDenied)) return true;
  return perSentence.some((hits, at) => has(hits, RETURNING) && hits.some((hit) => hit.concept === ABSENCE && sentences[at]!.slice(hit.start, hit.end).some((token) => token.norm === 'back')));
}

/** Going somewhere to attend something. */
const attendVerbs: ReadonlySet<string> = new Set(['go', 'attend', 'come', 'show', 'head', 'drive']);
/** Gatherings and errands a reason to go may be seen for ("a reason to go to the party", "to attend the meeting"). */
const gatherings: ReadonlySet<string> = new Set(['party', 'parties', 'gym', 'class', 'classes', 'lecture', 'meeting', 'meetings', 'wedding', 'practice', 'game', 'concert', 'dinner', 'lunch', 'brunch', 'church', 'store', 'mall', 'event', 'reunion', 'shower', 'club', 'bar', 'office', 'prom', 'dance', 'show', 'movies', 'movie', 'festival', 'fair', 'barbecue', 'bbq', 'cookout', 'rehearsal', 'seminar', 'conference', 'training', 'orientation', 'recital', 'graduation', 'match', 'tournament', 'fiesta', 'reunion', 'boda', 'clase', 'junta']);
/** Words that turn a reason to attend into a reason for anything at all ("to go to work anymore"). */
const widening: ReadonlySet<string> = new Set(['anymore', 'any', 'ever', 'living', 'life', 'on']);
/** How far after "reason" its gathering may stand ("reason to go to the office christmas party"). */
const GATHERING_WITHIN = 7;

/**
 * "cant see a reason to go to the party", "dont see any reason to go to the gym today": no reason seen to attend a gathering named
 * after "reason to go/attend" is a shrug at the gathering. The learned opinion reads "cant see a reason to" as hopelessness, so it is
 * told (read.ts asks only when the patterns found nothing). "a reason to get up anymore", "to go on" name no gathering and stay its own.
 */
function reasonToAttendDenied(sentence: Sentence): boolean {
  const reason = sentence.findIndex((token, i) => (token.norm === 'reason' || token.norm === 'point') && sentence[i + 1]?.norm === 'to' && attendVerbs.has(sentence[i + 2]?.lemma ?? ''));
  if (reason < 0) return false;
  const after = sentence.slice(reason + 3);
  if (after.some((token) => widening.has(token.norm))) return false;
  return after.slice(0, GATHERING_WITHIN).some((token) => gatherings.has(token.norm));
}
