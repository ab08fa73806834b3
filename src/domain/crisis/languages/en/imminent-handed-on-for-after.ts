/**
 * English imminent risk told by what the writer hands on and why (branch t-en57; notation in ../../patterns.ts, joined to the
 * other own-risk files by ../en.ts). Each is a hint, everyday alone, that composes by ../../hint-weights.ts: a thing given to
 * kin with the writer's absence as its reason ("gave my lil cousin my ps5... dont need em where im going"); a phone or laptop
 * unlocked for someone ("took the passcode off my phone"); every shift or client put up for others beside an absence with no
 * end ("someone take all my shifts, i wont be around to cover"); the writer unreachable foretold ("if my phone goes straight to
 * voicemail tomorrow") beside a goodbye. A move, a trip, a flight or a festival named in the message explains them all
 * (frames.ts `leaving`); one shift swapped, a passcode shared with a partner, a voicemail with its reason stay quiet.
 * test/unit/domain/crisis/imminent-handed-on-for-after.test.ts holds each family beside its look-alikes.
 */
export const imminentHandedOnForAfter: Record<string, string[]> = {
  'goodbye-hint': [
    // A thing given to kin named with a word before them: "gave my lil cousin my jordans", "giving my baby sister all my makeup".
    'gave|given|giving|handed _ my lil|little|baby|big|younger|older|kid|best cousin|brother|sister|nephew|niece|friend|bro|sis my|all+my',
    'gave|given|giving|handed my cousin|cousins|bestie|godson|goddaughter|grandson|granddaughter my|all+my',
  ],
  absence: [
    // Things for kin to get off the writer's phone after: "so my brother can get the photos off it after".
    'so|that _ __ can|could _ get|access|have|keep|save|find _ the|my|all+the? _ photos|pictures|pics|videos|files|contacts|passwords|accounts _ __ after|afterwards',
    // Things not needed where the writer is going or after: "dont need em where im goin" ("dont need em anymore" is an upgrade).
    'not _ need|needing _ em|those|these|none+of+it|any+of+it|any+of+them _ where|after',
    // The writer unreachable foretold: "if my phone goes straight to voicemail tomorrow", "if my phone's off tmrw".
    'if _ my _ phone|cell|mobile|fone _ goes|go|going|is|s|will+be _ straight? _ to+voicemail|off|dead',
  ],
  'preparation-hint': [
    // A phone or laptop unlocked for whoever comes after: "took the passcode off my phone", "turned off the lock on my laptop".
    'took|taken|turned|switched|removed|disabled _ the|my? _ passcode|password|pin|lock|lock+screen|face+id _ off _ my? _ phone|laptop|computer|ipad|tablet',
    'left|leaving|leave _ my _ phone|laptop _ unlocked',
    // Every shift or client put up for others: "put all my on-call shifts up for grabs", "someone take all my clients".
    'put|putting|posted|posting|offered|offering|handed|handing|gave|giving _ all+my|all+of+my|every+one+of+my|every _ shifts|clients|caseload|groups|rota _ up+for+grabs|up|away|out|over|to',
    'put|putting|posted|posting|offered|offering|handed|handing|gave|giving _ all+my|all+of+my|every+one+of+my|every on -? call|calls _ shifts? _ up+for+grabs|up|away|out|over|to',
    'someone|somebody|anyone|anybody|whoever _ take|grab|cover|have|pick+up _ all+my|all+of+my|every+one+of+my|every _ shifts|clients|caseload|groups|rota',
  ],
};
