/**
 * Harm to the writer told flatly, added after the sixty-ninth fresh batch (notation in ../../patterns.ts; joined to the other
 * harm files by ../en.ts): a death wished on the writer by someone close, said again and again or said once, reported
 * without quotation marks ("my mom keeps telling me i should have died when i overdosed", "my brother says he wishes i hadn't
 * survived", "he told me i deserve to die"). The writer's own wish said beside it ("and honestly i agree") is
 * still read as theirs, and a report that names the writer's own words ("i said i should have died") is not someone's.
 */
const teller = '@agent _ keeps? _ tell|tells|telling|told|says|said|saying|yells|yelled|screams|screamed|reminds|reminded|texts|texted';
const wished = 'wishes|wished|wish|wishing';

export const harmToldFlatly: Record<string, string[]> = {
  threat: [
    // "keeps telling me i should have died", "told me i deserve to die", "says i should've stayed dead".
    `${teller} _ me? _ that? _ i _ should|shouldve|shoulda|ought|deserve|deserved|deserves _ to? _ have? _ died|die|be+dead|stayed+dead|overdosed|od|never+been+born|never+woken+up|never+came+back|never+come+home|never+came+home`,
    // "she wishes i had died", "he said he wished i never came home from rehab", "my dad wishes i was never born".
    `@agent _ ${wished} _ i _ was|were|had|d|would+have|had+never|was+never|never|hadnt|did+not|didnt _ dead|died|been+born|born|overdosed|od|woken+up|woke+up|survived|made+it|existed`,
  ],
};
