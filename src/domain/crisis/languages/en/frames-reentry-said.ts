/**
 * Everyday reentry and peer-work talk that looks like a sign (notation in ../../patterns.ts), joined by ./frames.ts:
 * - `nicknamesCalled` (frame `idiom`): a nickname given right after a calling ("keep calling me the warden", "call me the
 *   sarge"), which is no phone ringing the writer down;
 * - `recordsLost` (frame `thingLost`, read by ../../thing-lost.ts): a client's or a member's papers lost by an office ("lost my
 *   client's application"), which names no death; and `servedLostElsewhere`, a person served who went to another program or
 *   school ("we lost a client to another agency", "lost a student to the charter school"): a move, no death;
 * - `itCameBack` (frame `resumed`): an old thought said to be back now ("and its back now", "it came back this week"), an act
 *   done now the way it was talked of back then ("like we used to talk about in the box");
 * - `wordGettingBack` (frame `idiom`): word of the writer's trouble reaching a parole or probation officer ("who to tell without
 *   it getting back to my PO"), which is no hand-over of things "to" someone;
 * - `heirloomAtAMilestone` (frame `donation`): a keepsake promised to a child when they come of age ("grandma's ring goes to my
 *   daughter when she turns 18"), which explains the writing down in its sentence as a donation explains the giving.
 */
export const nicknamesCalled: string[] = [
  'calling|call|called|calls me|us the|a|an? warden|boss|sarge|sergeant|captain|chief|sheriff|principal|teacher|coach|mom|mum|dad|mama|papa|pops|unc|og|old+head|grandpa|grandma|auntie|doc|professor|preacher|pastor|drill+sergeant|mother+hen|guard|co|judge|pig|cop',
];

export const recordsLost: string[] = [
  "lost|lose|losing _ a|one|another|our|my _ participant|client|member|peer|patient|resident|guys|clients|participants|members 's|s? '? application|applications|file|files|paperwork|papers|voucher|id|ids|documents|forms|form|referral|packet|case+file|chart|records|birth+certificate",
];

export const servedLostElsewhere: string[] = [
  'lost|lose|losing _ a|one|another|our|my|two|three|four _ participant|client|member|peer|patient|resident|student|clients|participants|members|patients|residents|students to _ another|a+different|the+other|a+new|a+charter|the+charter|a+private|private _ agency|program|programme|provider|clinic|school|college|county|district|team|center|centre|house|caseload|peer',
];

export const itCameBack: string[] = [
  'it|they|that|those+thoughts|the+thoughts _ is|s|are|re|came|come|coming _ back _ now|again|lately|this+week|tonight|today',
  'and _ it|they _ is|s|are _ back',
  // "tied the sheet up like we used to talk about in the box": the old talk is where the act was learned, the act is now.
  'like|how|the+way|just+like _ we|i|they|you|us _ used+to _ talk|talked|say|said|plan|planned|joke|joked|do|did|show|showed',
];

export const wordGettingBack: string[] = [
  'to my|the|his|her po|p+o|pos|parole+officer|probation+officer|parole|probation|caseworker|case+manager|judge|drug+court|counselor',
];

export const heirloomAtAMilestone: string[] = [
  'goes|go|going|passes|pass|passing _ to _ my|her|his|our _ daughter|son|kids|granddaughter|grandson|niece|nephew _ when|once _ she|he|they _ turns|turn|graduates|graduate|gets+married|is+older|are+older|grows+up|is+grown',
];
