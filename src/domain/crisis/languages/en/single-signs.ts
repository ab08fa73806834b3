/**
 * English imminent risk carried by one short sign and no words of suicide (branch t-imminent, 2026-12-01), joined by
 * en.ts (notation in ../../patterns.ts; macros in ../en.ts): a means already against the body, an act under way said by
 * referring back ("swallowing them one by one"), the writer going in or over at a place, a resolve set to a time ("i
 * picked sunday", "tonight is it"), an end said as peace or checking out. Strong ones are concepts; the ones with
 * everyday uses are hints (concepts.ts), which count only beside own risk or another sign, so "the bottle is open" or
 * "i picked sunday" alone stay quiet. test/unit/domain/crisis/single-signs.test.ts holds each beside its look-alikes.
 */
export const singleSignConcepts: Record<string, string[]> = {
  'acting-now': [
    // A means against the body now: "with it around my neck", "the barrel in my mouth".
    'rope|cord|noose|belt|cable|it _ is? _ around|round _ my _ neck',
    'gun|rifle|pistol|shotgun|revolver|barrel|muzzle _ is? _ in|against|to|under _ my _ mouth|head|temple|chin',
    'standing|stood|up _ on _ the|a|my _ chair|stool|bucket|ladder _ with _ it|the+rope|the+cord|the+belt|the+noose',
    // Swallowed while writing: "swallowing them one by one while i type this".
    'swallowing|downing _ them|em|it|these|the+rest|all _ one+by+one|one+at+a+time|while+i+type|as+i+type|while+i+write',
    // Into traffic or in front of a train, said as now: "walking into traffic on the highway rn".
    'walking|stepping|running|standing _ into|in+front+of|in _ traffic|oncoming|the+highway|the+freeway _ rn|now|right+now|atm',
  ],
  // Relapse meant to be fatal, said plainly: "do all of it till my heart quits", "not carrying narcan on purpose".
  intent: [
    'use|do|take|shoot|snort|smoke|drink|using|doing|taking _ __ till|until|til _ my _ heart|breathing|lungs _ quits|quit|stops|stop|gives+out|give+out',
    'going+to|gonna|will|ill _ use|shoot|take to be+done|die|not+wake+up|be+gone|end+it',
    'not|without _ carrying|bringing|taking|packing _ my|any|the? _ narcan|naloxone _ on+purpose|this+time',
    'do+not|not _ want _ anyone|anybody|nobody|you|them _ to _ bring|narcan|revive _ me',
    'this time _ i+am|im|i+will|ill|i _ using|use|going+to+use|taking|bringing _ the|a|my|dads|his _ @means',
    // "it" with nothing named, set for when nobody is there to stop it: "im going to do it after the kids are asleep" (an errand names itself).
    'do|doing _ it _ @timing|tn? _ after|when|once|till _ the|my|everyone|everybody|kids|house _ __ asleep|sleep|sleeps|sleeping|gone|leaves|leave|empty',
  ],
  // Catch the bus, the forums' shorthand for ending one's life.
  'suicidal-thoughts': ['ctb|c.t.b'],
  method: [
    // Medication hoarded, counted in time: "saved up 3 months of my seroquel", "been stockpiling my lithium".
    'saved|stashed|hoarded|stockpiled|saving|hoarding|stockpiling _ up? _ __ months|weeks|bottles|refills _ of _ my _ @pills',
    'been _ saving|stashing|hoarding|stockpiling _ up? _ my _ @pills',
    // Alone so that help comes too late: "doing it alone in the motel so nobody finds me in time".
    'so|make+sure _ nobody|no+one|noone _ finds|find _ me _ in+time|too+soon',
  ],
};

export const singleSignHints: Record<string, string[]> = {
  // Taken already, by referring back: "pills are down", "bottle's empty", "already mixed them", "on purpose".
  'taken-hint': [
    // Only a word of time or "all" between the verb and the state: "they would be relieved if i was gone" is no pill taken.
    '@pills|they|them|it+all|everything _ are|is|s? all|already|now|finally|just|both|allll? down|in+me|inside+me|gone',
    'bottle|bottles|pack|stash|blister|sleeve _ empty',
    'took+care+of|taken+care+of|handled _ that|it _ part? _ already',
    'took+care+of|taken+care+of _ that|it',
    'already _ mixed|crushed|dissolved|cooked _ them|it|everything|it+all',
    'mixed|took|used|did+the|did+a|did+all|did+everything|did+way|did+more|did+too|did+enough|shot|drank _ __ on _ purpose',
    'all _ of _ them|it _ just+now|already|ago',
    'swallowed|downed _ them|em|it _ all',
  ],
  // At hand and ready: "razor blade out", "rifle is chambered", "the bottle is open".
  'means-hint': [
    'razor|blade|blades|knife|rope|noose|gun|pistol|rifle _ is|are|s? _ out|ready|tied|chambered|cocked',
    'have|got _ my|the _ means',
    // The rope named bare or hung: "rope up", "tonight. the rope.".
    'rope|noose|cord _ is|s? _ up|hung|tied',
    'the|my rope|noose',
    'holding _ it|them|em _ right+now|now|rn',
  ],
  // The present at a means or a place: going in, over, closer; the door locked behind; drinking it now.
  present: [
    'i+am|im|am going|walking|wading|stepping|climbing|jumping in|into|over|off|closer|under',
    'stepping|leaning|climbing|climbed|inching _ closer|over|up|out _ to|on|onto _ the? edge|rail|railing|ledge|side|barrier',
    'door|doors|hatch _ is|are? _ locked|shut|barred _ behind _ me',
    'drinking|swallowing|downing|taking _ it|them|em _ now|rn|right+now',
    'starting|beginning _ to _ feel _ heavy|sleepy|numb|dizzy|woozy|drowsy|cold|floaty',
    'bottle|cap|lid _ is|s? _ open|off _ and _ in _ my _ hand|hands|lap',
    'chambered|cocked|safety+off',
    'train|freight _ comes|is+coming|passes|due _ at|in',
  ],
  // Not coming back from the place: "i wont swim back", "not climbing back over".
  absence: [
    'will+not|not|never _ swim|swimming|climb|climbing|walk|walking|drive|driving _ back|out|home|down',
    'will+not|not _ be _ a _ problem|burden|bother _ for|to _ anyone|anybody|nobody|you|everyone _ after|by|past',
  ],
  // The place, said bare: "at the bridge", "roof of my building", "on the tracks".
  place: [
    'at|on _ the _ bridge|overpass|ledge|tracks|rooftop|cliff|railing|dam|quarry _ walkway|rail|already',
    'roof|rooftop|top _ of _ my|the _ building|apartment|dorm|parking+garage',
    'in the bathtub|tub',
    'at the bridge|overpass|tracks',
    'on|at _ the _ subway|train|metro _ platform',
    'old|abandoned _ well|mine+shaft|quarry|trestle',
  ],
  // Ending said as peace or checking out: "ill be at peace by morning", "this is me checking out", "this is where my story ends".
  finality: [
    'ready|want _ to _ go+to|be+with|join _ him|her|them|my+husband|my+wife|my+son|my+daughter _ @timing|tn|now',
    'you|u know why|what+for',
    'this is me _ checking+out|signing+off|logging+off|out',
    'this is where _ my|it _ story|life|road|journey _ ends|stops',
    'will|i+will|ill _ be _ at+peace|free|gone _ by|before|after',
    'wont|will+not _ be _ an+accident|a+mistake|a+cry+for+help',
    'by+the+time _ you|yall|y+all|anyone|u|you+all|everyone _ read|reads|see|sees|find|finds _ this',
    'if _ you|u|anyone _ see|read|find _ this _ __ already|too+late',
    'get|getting|got _ off _ this _ ride|planet|rock|rollercoaster',
    'third|next _ time _ there _ will+not|wont _ be _ a _ hospital|ambulance|icu|er|next+time',
  ],
  // A resolve set to a time: "i picked sunday", "tonight is it", "ive decided and its tonight", "going to follow it".
  'plan-hint': [
    'picked|chose|chosen @timing',
    '@timing really|definitely|truly? is|s it',
    'decided _ and _ its|it+is|it+will+be _ @timing|tn',
    'going+to|gonna|will|i+will _ follow _ it|through|thru',
    'going+to|gonna|about+to _ do _ it _ now|rn',
    'finally _ do|doing _ it',
    'going+to|gonna|about+to|will _ step+off|jump+off|step+in+front|jump+in+front|walk+in|go+over|go+in',
    'i _ use|take|shoot|do _ all _ of _ it|them',
    'counting|banking|relying _ on _ that|it|my+tolerance',
    // An alarm set for the hour, not for the day's work: "3am. alarm set. not for work".
    'alarm _ set _ __ not _ for _ work|school|the+gym|my+shift',
  ],
  // Weak alone: "everything is in place", "im going tonight", "I will take the pills tonight".
  'plan-talk': [
    'everything|it+all _ is|s? _ in+place|ready|set|arranged',
    'i+am|im going @timing|tn',
    'take|swallow _ the|all+the|all+my _ pills|@pills _ @timing',
  ],
  // Affairs settled: "the house is paid", "grandchildren have their gifts".
  'preparation-hint': [
    'house|truck|car|mortgage|bills|funeral _ is|are|s? _ paid|paid+off|paid+for',
    'have|got _ their _ gifts|things|inheritance',
  ],
  // Letters left where they will be found: "letters are in the glovebox".
  'farewell-hint': [
    'letters|notes|letter|note _ are|is|s? _ in _ the|my _ glovebox|drawer|bible|envelope|dresser|nightstand|car',
  ],
  'goodbye-hint': [
    'sorry|love+you|love+u _ yall|y+all|everyone|all+of+you',
    'thank+you|thanks|thank+u _ for _ trying|everything _ with _ me',
  ],
  // A check-in answered no: "you asked if im ok earlier. im not".
  'low-mood': ['asked|ask|asking|asks _ if|whether _ i+am|im|i _ ok|okay|alright|good|fine __ i+am+not|im+not|no'],
  // Times of being alone, named from who is away: "kids are asleep", "once my wife leaves".
  timing: [
    'kids|everyone|everybody|house|wife|husband|parents|roommate|roommates|family is|are|r|s? asleep|gone|out|away|empty|sleeping',
    'once|when|after _ my _ wife|husband|partner|parents|roommate|mom|dad _ leaves|leave|is+gone|are+gone',
  ],
};
