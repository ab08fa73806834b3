/**
 * Risk said in the words of reentry and jail (notation in ../../patterns.ts), joined by ../en.ts:
 * - fatalism about the only two ends left, said of oneself ("im just gonna end up back in or dead anyway", "ill wind up locked up
 *   or dead"): hopelessness. Said of "us" or "guys like" a statistic it is a talk, so the pattern needs "i" before it;
 * - meds cheeked or pocketed at the med line and kept ("ive been cheeking mine for 2 weeks", "pocketing my seroquel"): a supply
 *   gathered, a method, like "saved up my pills". Someone else's cheeking ("caught him cheeking his") is not the writer's;
 * - an old beef that found the writer: the address posted up ("got my address up"), texts from number after number, a note left
 *   with the new room number of a sober living ("left a note on my window w my new room number"): stalking;
 * - someone else who lived through an attempt or an overdose ("he survived the attempt", "she survived the od"): their crisis.
 */
const ends = 'back+in|back+inside|locked+up|in+prison|in+jail|in+the+pen|inside|in+a+cell';
const meds = 'meds|pills|seroquel|trazodone|klonopin|my+meds|my+pills|my+seroquel|my+trazodone|my+klonopin';

export const reentryTold: Record<string, string[]> = {
  hopelessness: [
    `i __ end+up|wind+up|ending+up|winding+up ${ends} or dead|in+a+box|in+the+ground|in+a+grave`,
    `i __ end+up|wind+up|ending+up|winding+up dead|in+a+box|in+the+ground or ${ends}`,
  ],
  // Cheeking is med-line slang alone, so any "my" or "mine" after it; pocketing and hoarding need the meds named ("pocketing my tips").
  method: ['cheeking|cheekin|cheeked my|mine|meds|pills', `pocketing|palming|hoarding|stashing ${meds}`],
  stalking: [
    'got|put|posted|dropped|leaked|threw my address|addy|location|new+address up|on+blast',
    'texting|calling|hitting+me+up|messaging from _ different|burner|random|diff|fake numbers|accounts',
    'left|put|slid|taped a? note|letter on|under|in|at my window|door|car|windshield|mailbox __ my new? room+number|address|unit+number|apartment+number',
  ],
  'other-attempt': ['he|she|they|bro|cousin|brother|sister|son|daughter|cellie _ survived _ the|his|her|their attempt|od|overdose'],
};
