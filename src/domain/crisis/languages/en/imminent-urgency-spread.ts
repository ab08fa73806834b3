/**
 * English urgency said indirectly and spread across sentences (branch t-urgent, 2026-12-02), joined by en.ts (notation in
 * ../../patterns.ts; macros in ../en.ts). Every entry is a hint: quiet alone, urgent only beside another sign as hint-weights.ts
 * composes them (a means or a place beside the present moment, two different acts, an act beside a goodbye or a time, an
 * absence or a finality beside another sign). The families: the means watched or held now ("just holding it", "keep checking
 * its still there", "writing this with the pills in my other hand"), the place seen from where the writer is ("cars look so
 * small", "one more step", "going further", "been sitting here an hour"), a means got by stealth or deceit ("lied to my doctor
 * to get more", "opened his safe", "took it out of the case", "he doesnt know i took it"), the amount saved up ("been saving my
 * meds", "almost enough"), a place scouted ("checked what time the parking garage closes", "know exactly where the bridge is"),
 * a dose taken past the label on purpose, affairs settled (debts, loose ends, amends, a flat packed so no one has to, a caseload
 * handed off), things given back or passed on ("gave my sponsor back my chip", "i want my boots to go to andre"), an absence
 * made total ("i wont be anywhere", "like at all", "because after tomorrow") and a plan said as set ("plans in place",
 * "dont make me say it"). test/unit/domain/crisis/urgency-said-indirectly.test.ts holds each family beside its look-alikes.
 */
export const imminentUrgencySpread: Record<string, string[]> = {
  // The present moment with the means or at the place: counts only beside one (concepts.ts `present`).
  present: [
    'just _ holding|staring+at|looking+at _ it|them|the+gun|the+pills|the+bottle',
    'can+not|cannot _ stop _ looking+at|staring+at|holding _ it|them',
    'check|checking _ it+is|its|they+are|theyre _ still _ there',
    'in _ my _ other _ hand',
    'writing|typing _ this _ with|from|while',
    'up+here|from+here|from+up+here',
    'look|looks _ so? _ small|tiny',
    'one|1 _ more _ step',
    'keep|keeps _ walking|swimming',
    'going|go|walking|wading|swimming _ further|farther|deeper',
    'been _ sitting|standing|parked _ here|there _ __ hour|hours|minutes|mins|while',
    'sitting|lying|laying|sat _ in|on _ the _ __ with _ it',
    'gun|rifle|pistol|shotgun|@pills _ is|are _ in _ my _ room|car|truck|bag|hand|lap _ now|rn',
    'nobody|no+one|noone _ home|here _ til|until|till',
    'have|got _ them|it _ now',
    'keep|kept|been _ rewriting|redoing _ the|my _ letter|note|goodbye',
  ],
  place: [
    'going|go|heading|head|went _ up+top|to+the+top|to+the+roof|to+the+top+floor|to+the+top+level',
    '5th|6th|7th|8th|9th|10th|11th|12th|13th|14th|15th|16th|17th|18th|19th|20th|21st|22nd|23rd|24th|25th|30th floor _ window|windows|balcony _ opens|open|unlocks',
    'walked|walking|waded|wading _ out _ to|into _ the _ lake|river|ocean|sea|water|surf',
    'where _ the _ bridge|overpass|cliff|cliffs|tracks|dam|gorge _ is|are',
  ],
  'means-hint': [
    'saving|savin|saved|hoarding|stockpiling|stashing|stashed|collecting _ up? _ my|his|her|the|all+my _ @pills',
    'blister _ packs|pack _ from|out+of',
    'took|take|taking|got _ it|the+gun|the+rifle|the+pistol _ out _ of _ the|its|his|my _ case|safe|box|holster|drawer|cabinet',
    'opened|unlocked|got+into|cracked|broke+into _ his|her|the|my _ __ safe|lockbox|gun+cabinet|gun+case',
    'gun|rifle|pistol|shotgun|revolver _ is _ still? _ at|in _ my _ place|room|car|truck|apartment',
    'everything|all _ in _ the|my _ medicine? _ cabinet',
    'lied _ __ to _ get _ more? _ @pills|them|it',
    '@pills _ i _ lied _ to _ get',
    'hardware+store|gun+store|gun+shop|pharmacy _ __ getting|buying|to+get|to+buy _ what|everything _ i _ need',
  ],
  'taken-hint': [
    'mixing|mix|mixed _ everything|all|it+all|them _ __ with _ the? _ vodka|alcohol|booze|liquor|whiskey|wine|gin|rum|tequila',
    'i+am|im _ doing|using|shooting|taking|snorting _ the _ whole|entire _ bag|bundle|stash|supply|bottle',
    'used|took|shot|snorted _ everything|all _ i _ had|i+got',
    'took|taken|swallowed|had _ more _ than _ the|my _ bottle|label|box|script|prescription|doctor _ says|said|allows',
    'bought|took|doing|using|used|overdid|mixed|mixing|shot|snorted _ __ on+purpose',
  ],
  'plan-hint': [
    'what+time|when|how+late _ the _ @spot _ __ closes|close|locks|opens',
    'know|kno _ exactly _ where _ the _ @spot',
    'so|so+that _ nobody|no+one|noone _ __ finds|find|walks+in+on|interrupts _ me',
    'does+not|doesnt|do+not|nobody|no+one _ knows|know _ i _ took|have|got|grabbed _ it|them',
    // "have" only with the gathering said: "i've had enough" (read by its lemma, "have") is weariness, not a supply (branch t-en57).
    'got|almost|nearly|finally _ enough|enuf',
    'have enough|enuf saved|stashed|put+away|put+by|to+do+it|for+it|for+tonight',
    'have _ saved|collected|stockpiled|stashed|hoarded|saved+up _ enough|enuf',
  ],
  'plan-talk': [
    'plans|plan|everything _ in+place|are+set|is+set|all+set',
    'it+is|its _ planned|decided',
    'do+not|dont _ make _ me _ say _ it',
    'waiting _ for|til|until|till _ everyone|everybody|the+house|my+roommate|my+parents _ __ asleep|fall+asleep|to+sleep|go+to+sleep',
  ],
  'preparation-hint': [
    'settled|paid+off|cleared _ my _ debts|debt|loans|tab',
    'tying|tie|tied _ up _ loose+ends|all+the+loose+ends|my+loose+ends',
    'finished|made|completed _ my _ amends _ list?',
    'got|have|put _ my _ affairs|afairs _ sorted|settled|handled',
    'packed|boxed _ up _ my _ whole? _ apartment|room|place|stuff|things|life',
    'its|it+is|everything+is|everythings _ all _ labeled|labelled',
    'take+over|taking+over|cover _ my _ caseload|clients|participants|cases _ from',
    'handing|handed|hand|transferring|reassigning _ my _ clients|caseload|participants|cases _ off|over|to',
    'key|keys|spare+key _ is|are|under _ __ mat|doormat|mailbox|flowerpot',
    'cancelled|canceled|cancelling _ the|all _ rest _ of _ the|my _ sessions|appointments',
    'want|wants _ my _ __ to _ go _ to',
  ],
  'farewell-hint': [
    'gave|give|giving|handed _ __ back _ my _ chip|coin|medallion|keys|key|badge',
    'wrote|writing|write|finished my|my+own obit|obituary|eulogy',
    'goodbye|farewell _ msg|message|text|texts|note|video',
    'open|read _ it|them|the+package|the+letter _ after|once',
  ],
  'goodbye-hint': [
    'the|my _ cat|dog|bird|birds|fish|pets|kitten|puppy|rabbit _ is|are|goes|will+be _ with|w',
    'yall|you _ have|were _ been? _ good _ to _ me',
    'yall|you+all|you+guys _ were|have+been _ fam|family',
  ],
  finality: [
    'only|just _ one _ thing _ left',
    'not+the|and+not+the _ hotel|vacation|travel _ kind|type',
    'wanted|want|meant _ it|this|tonight _ to _ be _ the|my _ last',
    'will+not|wont _ be _ anywhere',
    'because|bc|cause _ after _ tomorrow|tmrw|tonight|friday|today',
    'this _ is _ the _ last _ piece|step',
    'gone _ before|by|b4 _ sunrise|dawn|morning|midnight',
    'leave|vacation|trip|new+job ,? sure|right',
  ],
  absence: [
    'so _ my _ __ will+not|wont|does+not|doesnt|do+not|dont _ have+to',
    'if i do+not|dont answer|reply|respond|log+on',
    'if i go|leave tonight|tonite|tomorrow|tmrw',
    'do+not|dont _ need _ them|it _ where _ i+am|im _ going',
  ],
  timing: [
    'after _ this|the|my _ meeting|client|session|class|appointment',
    'before|b4 _ anyone|everyone|the+kids _ wakes|wake|gets+up|get+up',
  ],
};
