/**
 * Harm to the writer told flatly, added after the sixty-ninth fresh batch (notation in ../../patterns.ts; joined to the other
 * harm files by ../en.ts): a death wished on the writer by someone close, said again and again or said once, reported
 * without quotation marks ("my mom keeps telling me i should have died when i overdosed", "my brother says he wishes i hadn't
 * survived", "he told me i deserve to die"). The writer's own wish said beside it ("and honestly i agree") is
 * still read as theirs, and a report that names the writer's own words ("i said i should have died") is not someone's.
 * Things thrown or broken in anger, told as a habit or shrugged off ("its whatever, she's thrown stuff before", "he throws
 * things when he gets mad", "he chucked a glass at my head, missed tho"); things broken for work or fun, a party thrown, a
 * toddler's tantrum stay quiet (a toddler is no @agent).
 */
const thrown = 'throws|threw|thrown|throwing|breaks|broke|broken|breaking|smashes|smashed|smashing|hurls|hurled|chucks|chucked';
const things = 'stuff|things|shit|plates|dishes|glasses|bottles|furniture|a+plate|a+glass|a+bottle|a+chair|my+stuff|my+things';
const anger = 'mad|angry|pissed|upset|drunk|high|drinks|drinking|loses+it|lost+it|yells|yelling|fights|fight|argue|argues|arguing';
const teller = '@agent _ keeps? _ tell|tells|telling|told|says|said|saying|yells|yelled|screams|screamed|reminds|reminded|texts|texted';
const wished = 'wishes|wished|wish|wishing';

export const harmToldFlatly: Record<string, string[]> = {
  'partner-violence': [
    // "he throws things when he gets mad", "my dad breaks stuff when he's drunk", "she smashes plates every time we argue".
    `@agent _ ${thrown} _ ${things} _ when|whenever|if|every+time|anytime _ he|she|they|we _ is|s|are|gets|get|got|starts? _ ${anger}`,
    // "she's thrown stuff before", "he has broken things again", "he's thrown a chair near me".
    `@agent _ s|is|has|have|had|been _ ${thrown} _ ${things} _ before|again|at|near|around|toward|towards`,
    // "he chucked a glass at my head", "she hurled the remote at me" ("threw ... at me" is read by harm-from-others.ts).
    // Named by what is thrown, so a ball at practice stays a game.
    'chucked|chucks|chucking|hurled|hurls|hurling|flung|flings|lobbed|launched _ a|the|my|his|her|a+full? _ glass|plate|bottle|beer|mug|cup|bowl|pan|remote|phone|chair|shoe|boot|knife|fork|lamp|can|book|controller|laptop|keys|ashtray|vase|plates|dishes|glasses|bottles _ at _ me|my+head|my+face|my+body|us',
  ],
  threat: [
    // "keeps telling me i should have died", "told me i deserve to die", "says i should've stayed dead".
    `${teller} _ me? _ that? _ i _ should|shouldve|shoulda|ought|deserve|deserved|deserves _ to? _ have? _ died|die|be+dead|stayed+dead|overdosed|od|never+been+born|never+woken+up|never+came+back|never+come+home|never+came+home`,
    // "she wishes i had died", "he said he wished i never came home from rehab", "my dad wishes i was never born".
    `@agent _ ${wished} _ i _ was|were|had|d|would+have|had+never|was+never|never|hadnt|did+not|didnt _ dead|died|been+born|born|overdosed|od|woken+up|woke+up|survived|made+it|existed`,
  ],
};
