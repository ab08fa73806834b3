/**
 * Harm to the writer told flatly, added after the sixty-ninth fresh batch (notation in ../../patterns.ts; joined to the other
 * harm files by ../en.ts): a death wished on the writer by someone close, said again and again or said once, reported
 * without quotation marks ("my mom keeps telling me i should have died when i overdosed", "my brother says he wishes i hadn't
 * survived", "he told me i deserve to die"). The writer's own wish said beside it ("and honestly i agree") is
 * still read as theirs, and a report that names the writer's own words ("i said i should have died") is not someone's.
 * Things thrown or broken in anger, told as a habit or shrugged off ("its whatever, she's thrown stuff before", "he throws
 * things when he gets mad", "he chucked a glass at my head, missed tho"); things broken for work or fun, a party thrown, a
 * toddler's tantrum stay quiet (a toddler is no @agent). Control and fear told as a habit or a joke: the door blocked "when we
 * argue", asking before spending, driving fast "to scare me", a thing of the writer's broken "during the fight", and a denial
 * of being hit taken back in its own sentence ("he's never hit me except the one time").
 */
const thrown = 'throws|threw|thrown|throwing|breaks|broke|broken|breaking|smashes|smashed|smashing|hurls|hurled|chucks|chucked';
const things = 'stuff|things|shit|plates|dishes|glasses|bottles|furniture|a+plate|a+glass|a+bottle|a+chair|my+stuff|my+things';
const anger = 'mad|angry|pissed|upset|drunk|high|drinks|drinking|loses+it|lost+it|yells|yelling|fights|fight|argue|argues|arguing';
const teller = '@agent _ keeps? _ tell|tells|telling|told|says|said|saying|yells|yelled|screams|screamed|reminds|reminded|texts|texted';
const wished = 'wishes|wished|wish|wishing';

export const harmToldFlatly: Record<string, string[]> = {
  control: [
    // "he just blocks the door when we argue", "she stands in the doorway whenever i try to leave".
    '@agent _ block|blocks|blocked|blocking|stands+in|stood+in|stands+in+front+of|stood+in+front+of _ the|my _ door|doorway|exit|way+out|hallway _ when|whenever|if|every+time|anytime _ we|i _ argue|fight|try|tried|want|wanna|get+upset|start',
    // "makes me ask before i spend anything", "i have to run it by him before i buy groceries".
    '@agent _ makes|made|make _ me _ ask|check+with+him|check+with+her|run+it+by+him|run+it+by+her|get+approval|get+permission _ __ before _ i _ spend|buy|go|leave|see|eat|use|text|call',
  ],
  'partner-violence': [
    // "he throws things when he gets mad", "my dad breaks stuff when he's drunk", "she smashes plates every time we argue".
    `@agent _ ${thrown} _ ${things} _ when|whenever|if|every+time|anytime _ he|she|they|we _ is|s|are|gets|get|got|starts? _ ${anger}`,
    // "she's thrown stuff before", "he has broken things again", "he's thrown a chair near me".
    `@agent _ s|is|has|have|had|been _ ${thrown} _ ${things} _ before|again|at|near|around|toward|towards`,
    // "he chucked a glass at my head", "she hurled the remote at me" ("threw ... at me" is read by harm-from-others.ts).
    // "broke my glasses during the fight", "smashed my phone in an argument" (a phone dropped at practice is no fight).
    '@agent _ broke|smashed|snapped|cracked|ripped|tore|threw|stomped+on _ my _ glasses|phone|laptop|door|things|stuff|necklace|shirt|tablet|keys|charger|car+window|guitar _ __ during|in|mid _ the|a|our|an? _ fight|argument|row|blowup|blow+up',
    // "drove really fast with me in the car to scare me" (driving fast to make a flight scares nobody).
    '@agent _ drove|drives|driving|drive|sped|speeds|speeding|swerved|swerving|swerves _ __ to _ scare|frighten|punish|teach|intimidate _ me',
    // A denial of being hit taken back: "he's never hit me except the one time", "never laid a hand on me, well once".
    'never|not|hasnt|has+not|doesnt|does+not _ hit|hits|laid+a+hand|lay+a+hand|put+his+hands|put+her+hands|hurt|touched _ on? _ me ,? except|well|ok|okay|i+mean|besides|apart+from|other+than _ that|the|once|one|twice|when _ once|one+time|time|twice?',
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
