/**
 * Everyday readings beside the readiness families (branch t-imm55; joined to the frames by frames.ts): a player killed within
 * a match (`media`: "got unalived in the first 30 seconds of the match"), and a membership or an app quit with "never going
 * back" said of it (`leaving`: "cancelled my gym membership, never going back lol"), which explains the ending it names; rest
 * after a shift (`idiom`: "if i'm not on the call it's bc i'm finally resting after the night shift").
 */

/**
 * A death timed within a match or a round of a game: the death is the game's. A match named alone explains nothing ("logging
 * off forever after this match", "the inside matches the outside"), nor does a lobby (a clinic's).
 */
export const matchesPlayed: string[] = ['seconds|secs|minutes|mins _ of|into|in _ the|a|my|that|this _ match|round|game'];

/** A membership, a subscription or an app quit, and never going back to it. */
export const thingsQuitForGood: string[] = [
  'gym|membership|subscription|app|apps|account|club|class|classes|program ,? _ never|not _ going|coming|signing _ back',
];

/** Rest or sleep after a night's work, read right after the sign: the rest is a day's. */
export const restAfterWork: string[] = ['resting|rest|sleeping|sleep|asleep|crashing _ after|from _ the|my|a _ night+shift|shift|double|long+shift|overnight|nights|night|12'];
