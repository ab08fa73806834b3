/**
 * English own risk said obliquely (branch t-oblique, 2026-12-03; notation in ../../patterns.ts, macros in ../en.ts, joined to
 * the other own-risk files by ../en.ts): a passive wish said as a sleep that would last ("go to sleep and have it be
 * permanent", "ready for the long sleep"), a tomorrow hoped away, a life one is not built for, tiredness of surviving,
 * death as the fix, a world that would spin on, grief that would pass and free the others, waking disappointed to be still
 * here, death welcomed at the door, a grave preferred, self-harm urges with their substitutes ("an ice cube instead of a
 * blade") and cuts told by the body part. Hints: an out-of-office or a door left so "whoever" finds the writer (finality),
 * a question asked because the writer already did it (plan talk), therapy cancelled (settling), waiting for dark (a time).
 * Each needs the writer's own ending beside the oblique words: "could sleep forever after this shift", "the office will
 * be fine without me for a week", "woke up disappointed it was monday" stay everyday.
 * test/unit/domain/crisis/own-risk-said-obliquely.test.ts holds each family beside its look-alikes.
 */
export const ownRiskSaidObliquely: Record<string, string[]> = {
  'wish-dead': [
    // Sleep that would last: "wish i could go to sleep for like forever", "go to sleep and have it be permanent".
    'want|wanna|wish|wishing|ready|rather|praying|hope|hoping _ __ sleep|asleep|nap _ __ forever|permanently|permanent|for+good|and+not+wake|and+never+wake',
    // "ready for the long sleep" ("ready for a long nap after this shift" stays tiredness).
    'ready|readier|want|wanna|wish|hoping|longing|looking+forward _ for|to? _ the+long+sleep|the+big+sleep|eternal+sleep|the+final+sleep|forever+sleep|eternal+rest|a+dirt+nap|the+dirt+nap',
    'want|wanna|wish|ready|rather _ __ fade|fade+out|fade+away|disappear|vanish _ __ permanently|forever|for+good|for+real',
    // Not sure one wants to get through: "not sure i want to make it through tomorrow" ("make it to the party" stays).
    'not+sure|do+not+know+if|doubt|do+not+think _ i _ want|wanna _ to? _ make+it+through|get+through|survive|wake+up|see _ tomorrow|the+night|another|this+one|the+week',
    // A life one is not made for: "i don't think i'm built for being alive", "wasn't made for this world".
    'not _ built|made|meant|cut+out _ for _ being+alive|living|life|this+world|this+life|existing',
    'i _ should+not|shouldnt _ exist|be+alive|have+been+born|still+be+here|be+here+anymore',
    // Tired of staying alive: "so tired of surviving", "sick of existing".
    'tired|sick|exhausted _ of _ surviving|existing|breathing|staying+alive|being+here',
    // Death as the fix: "i've been thinking that dying would fix everything".
    'dying|death|being+dead|me+dying|if+i+died|if+i+was+gone|if+i+were+gone _ would|will|could|might _ fix|solve _ everything|it+all|all+of+it|so+much|my+problems|everyones+problems',
    // Still alive, regretted: "still alive, unfortunately", "unfortunately still breathing".
    'still _ alive|breathing|kicking ,? unfortunately|sadly|regrettably|somehow',
    'unfortunately|sadly|regrettably _ still _ alive|breathing|kicking',
    // Being alive at all told as the misfortune, still or not: "how am i? alive, unfortunately", "im alive sadly" ("alive and
    // well, unfortunately the car isnt" names another misfortune after a pause, so only the adverb right after counts).
    'i|im|me _ alive ,? unfortunately|sadly|regrettably|unfortunatly',
    // Not being born rated like a product: "10/10 would recommend not being born", "would not recommend existing".
    'would|wd|highly _ recommend _ not _ being+born|existing|having+been+born|waking+up',
    'would+not|wouldnt|do+not|dont|not _ recommend _ existing|being+alive|being+born|living|life',
    // Waking disappointed to be still here: "every morning i wake up disappointed the lights are still on".
    'wake|woke|waking|wakes _ up? _ disappointed|upset|annoyed|mad|bummed|pissed|angry _ __ still _ alive|here|breathing|on|around|going',
    // Death welcomed at the door: "if the grim reaper knocked id offer him coffee and go with him".
    'reaper|death _ __ knocked|knocks|came|comes|showed|shows|knocking|came+for+me|comes+for+me _ __ go+with+him|leave+with+him|let+him+in|welcome|hug+him|go+willingly|go+quietly|thank+him',
    // A grave preferred: "most days id genuinely rather be six feet under".
    'rather|prefer|wish|want|wanna|ready _ __ six+feet+under|6+feet+under|in+the+ground|in+a+grave|pushing+up+daisies|taking+a+dirt+nap',
    // Nobody to bring the writer back: "don't want anyone to save me".
    'do+not|dont _ want _ anyone|anybody|nobody|you|them _ to _ save|rescue|revive|resuscitate|relight _ me',
    // "why does everyone want me to keep living when i don't".
    'want|wants|expect|expects|need|needs _ me _ to _ keep+living|stay+alive|keep+going|keep+breathing _ __ when|but _ i _ do+not|dont',
    // Looking forward to one's own end: "kinda looking forward to my funeral".
    'looking+forward|look+forward _ to _ my _ own? _ funeral|death|eulogy|end|dying',
  ],
  'suicidal-thoughts': [
    // "if a bus clipped me on the way home i dont think id be upset about it" (understated-wishes.ts reads "fine if a bus hit me").
    'if _ a|the _ bus|car|truck|train|semi _ hit|hits|clipped|clips|took|takes|ran|runs _ me _ __ not|never _ __ upset|mind|sad|care|mad|complain|fight',
    // Grief that would pass and free them: "my partner would grieve for a bit and then be free".
    'grieve|cry|be+sad|miss+me|mourn _ for? _ a _ bit|while|week|little _ __ and|then _ __ be+free|move+on|be+fine|be+better|get+over+it|forget',
    // The world that would spin on: "thinking the world would keep spinning fine without me".
    'world|earth|everyone|everybody _ would|d _ keep+spinning|go+on|keep+turning|be+fine|be+better _ __ without _ me',
  ],
  'self-harm': [
    // Substitutes for the blade (harm-reduction skills): "holding an ice cube instead of a blade", "rubber band instead of cutting".
    'ice|ice+cube|ice+cubes|rubber+band|red+marker|marker|red+pen _ __ instead+of _ a|the|my? _ blade|razor|cutting|knife|cut|burning',
    // Cuts told by the body part: "sliced my arm up last nite".
    'sliced|slashed|carved|carving|slicing|slashing _ my|up+my _ arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach',
  ],
  hopelessness: [
    // "cant do life anymore", "i don't have it in me to keep going".
    'can+not|cant do|handle|manage life|living anymore|any+more|no+more',
    'do+not|dont _ have _ it _ in _ me _ to _ keep+going|go+on|keep+living|keep+trying|keep+fighting',
    // Drowning and no longer fighting it: "drowning in slow motion and tbh i stopped kicking".
    'drowning _ __ stopped|quit|done|stop|stopping _ kicking|swimming|fighting|treading',
    // A future that cannot be pictured: "i can't picture a future" (present only: "when i first got clean i couldn't imagine a future" is told as over).
    'can+not|cant _ picture|see|imagine _ a|any|my _ future',
  ],
  finality: [
    // An out-of-office set to forever: "set my out of office to 'permanently'".
    'out+of+office|ooo|away+message|auto+reply|autoreply|voicemail _ __ permanently|forever|for+good|indefinitely|permanent',
    // A door left so someone finds the writer: "door unlocked so it's easy for whoever".
    'door|doors _ unlocked|open|left+open|left+unlocked _ __ whoever|the+police|the+cops|they+can+get+in|to+find',
    // "this is the last weekend", "this will be my last shift".
    'this _ is|will+be _ the|my _ last _ weekend|week|day|night|shift|sunday|morning',
    // "i wont be around after tonight".
    'will+not|wont|not+going+to _ be _ around|here|alive _ after|past|beyond _ tonight|today|this+weekend',
  ],
  'plan-talk': [
    // A question asked because it is done, referring back (weak: urgent beside a means): "how long does it take after a whole
    // bottle? asking bc i already did" ("asking because i already took the exam" names what was taken).
    'asking _ because|bc|cause|since _ i _ already|just _ did|did+it|took+them|took+it|took+em|swallowed+them|swallowed+it',
  ],
  'acting-now': [
    // Cutting under way, told by its blood or by not stopping: "been cutting for the last hour and theres alot of blood",
    // "in the bathroom with a razor and i cant stop".
    'cutting|cut|sliced|slicing _ __ lot+of+blood|so+much+blood|blood+everywhere|too+much+blood',
    'razor|blade|blades _ and _ i _ can+not|cant _ stop',
  ],
  'preparation-hint': [
    // A pet left with someone, beside other signs: "dog at neighbors. door unlocked so it's easy for whoever".
    'dog|cat|dogs|cats|pets|puppy|kitty _ at|with|is+at|is+with|over+at _ the|my? _ neighbors|neighbours|neighbor|neighbour',
    // Therapy cancelled beside other signs: "cancelled therapy. bought the rope".
    'canceled|cancelled|cancel|cancelling|canceling _ my? _ therapy|therapist|counseling|appointments',
  ],
  timing: [
    // "got the stuff, just waiting for dark".
    'waiting|wait _ for _ dark|nightfall|sundown|it+to+get+dark|everyone+to+sleep|everyone+to+go+to+sleep',
  ],
};
