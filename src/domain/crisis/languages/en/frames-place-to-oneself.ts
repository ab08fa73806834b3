/**
 * A home to oneself, which reads like a place picked (branch t-en106; notation in ../../patterns.ts): an idiom of frames.ts,
 * read right after the sign it explains (read-sentence.ts clears a sign when an idiom opens at its last word or just after).
 * "finna have the whole place to myself" is a roommate moving out, not a place picked for an act: the idiom opens at the
 * place, the plan hint's last word ("have the … place"). A place named for the act ("have the spot picked out") has no
 * "to myself" after it and stays; so does a means or an act said beside the home to oneself.
 */
export const placeToOneself: string[] = ['place|house|apartment|apt|crib|spot|room|home|condo|trailer _ to _ myself|ourselves|my+self'];
