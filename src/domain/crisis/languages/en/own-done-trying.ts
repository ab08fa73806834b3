/**
 * Giving up said as being done with trying (notation in ../../patterns.ts), joined by ../en.ts: "im done trying", "finished with
 * hoping", "done trying to stay alive". A trying with its everyday object right after ("done trying to fix the printer", "done trying
 * with him", "done trying new diets") is the `idiom` frame's `triedAtAThing` below, so only a trying left bare, or a trying at
 * living, stays hopelessness.
 */
export const ownDoneTrying: Record<string, string[]> = {
  hopelessness: [
    'done|finished|through _ with? _ trying|hoping',
    // The trying named as living: the sign ends after "to", so the everyday frame that opens at "trying" does not reach it.
    'done|finished|through _ with? _ trying _ to _ live|survive|stay+alive|be+alive|get+better|be+okay|be+ok|keep+going|hold+on|feel+better|be+here',
  ],
};

/** A trying at a thing, a chore or a person, opening at "trying" itself: "trying to reach him", "trying new meds", "trying so hard". */
export const triedAtAThing: string[] = ['trying|hoping to|with|on|for|at|so|that|it|her|him|them|new|out|again'];
