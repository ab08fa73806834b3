import { inflect } from './inflect.js';

/**
 * Someone else's crisis told in a peer worker's case notes, added after the sixty-ninth fresh batch (notation in
 * ../../patterns.ts; joined to the other someone-else files by ../en.ts): the person named by the note's own words for
 * them ("intake", "new referral", "youth", "walk-in", "mentee") with a verb that reports ("mentioned", "disclosed", "c/o",
 * rewritten to "reports" by ../en.ts) and the note's words for the risk ("3 prior attempts, currently SI passive",
 * "youth disclosed cutting w/ a blade"); and ideation with its kind written after it, as notes do ("SI passive, no plan",
 * "SI active w/ plan"). The writer's own "si again today" is read by own-risk.ts; "my intake paperwork", "mentioned the
 * attempt at a group rule", "mentioned his attempt at the science fair" name no person or no risk.
 */
const noted = 'intake|new+intake|referral|new+referral|admit|admission|walk-in|walkin|youth|mentee|sponsee|guest|caller|consumer|ptcpt|pcpt|pt|client|participant|patient|resident|member';
// "an attempt at the science fair" is no risk: a single attempt needs its kind or its time.
const risk = 'si|sh|nssi|hi|ideation|suicidal|attempts|prior+attempt|recent+attempt|past+attempt|suicide+attempt|attempted|attempt+last|attempt+yesterday|attempt+on+his|attempt+on+her|ligature|od|ods|overdose|overdoses|cutting|burning|self+harm|intent|plan+to';

export const othersToldInCaseNotes: Record<string, string[]> = {
  'other-disclosure': [
    // "intake mentioned 3 prior attempts", "youth disclosed cutting", "walk-in reports SI".
    `${noted} _ ${inflect('mention disclose report endorse verbalize admit state note')}|c/o _ __ ${risk}`,
    // "SI passive, no plan", "SI active w/ plan": the kind of ideation written after it.
    'si|ideation passive|active|endorsed|reported|present|positive',
  ],
};
