/**
 * The writer's own risk told right after a report of someone else (branch t-en86, supervision chats and debriefs), joined by
 * en.ts (notation in ../../patterns.ts; macros in ../en.ts). A debrief turns to the writer in a sentence of its own, and the
 * urgency is said in work words rather than in the words of dying:
 * - a time set by the end of the writer's shift: "im going to drive off the overpass after i clock out", "once i get off";
 * - a leaving cut short to act: "leaving work early to do it", "going home early to get it done" (a plan said sideways,
 *   weak: it counts only beside a means or another sign);
 * - letters left where they will be found: "wrote the letters, they're in the glovebox" (settling, urgent beside the letters);
 * - things given to a named person: "he can have my records" (settling; "you can have my fries" has no other sign beside it);
 * - a list of who gets the writer's things: "made a list of who gets my stuff" (preparation: a will in other words; "who gets
 *   my shifts" names no belongings);
 * - belongings given to whoever needs them: "give my bike to someone who needs it" (settling, a hint beside another sign).
 * Words a report quotes, read as risk wherever they are said (quoted, they are the client's: someone else's crisis):
 * - the voices naming an act other than dying: "the voices say i should jump", "voices keep telling me to cut";
 * - death as deserved: "i deserve to die for what i did", "i deserved to be dead" ("deserve to die laughing" is no use here);
 * - tired of the world itself: "i'm tired of this world", "done with this planet" (hopelessness, weak);
 * - the writer scoring themself on the screener they give clients: "i'd answer yes to every question on that SI screener",
 *   "i would flag high risk on our own suicide screen" (thoughts of suicide, the screener's own topic; "i'd answer no" is none).
 * test/unit/domain/crisis/own-turned-from-a-report.test.ts holds each beside its look-alikes.
 */
export const ownTurnedFromAReport: Record<string, string[]> = {
  'suicidal-thoughts': [
    'i _ would|d|could|will|ll _ answer|answered|say|check|tick|circle _ yes _ to|on _ every|all|each|most _ question|questions|item|items|box|boxes _ on _ the|that|this|our|a? _ si|suicide|suicidality|c-ssrs|cssrs|columbia|phq|phq-9|safety|risk _ screener|screen|screening|scale|assessment|form',
    'i _ would|d|will|ll _ flag|score|screen|come+out|rate _ as? _ high+risk|high|positive|imminent _ on _ the|that|this|our|a? _ si|suicide|c-ssrs|cssrs|columbia|phq|phq-9|risk _ screener|screen|screening|scale|assessment',
    'voice|voices _ say|says|said|tell|tells|telling|keep|keeps|saying _ telling? _ me|i? _ should|to|gotta|need+to|have+to _ jump|hang|drown|cut|burn _ myself?',
  ],
  'wish-dead': [
    'i|me _ deserve|deserved|deserves _ to _ die|be+dead|rot|not+exist|not+be+alive|not+live|not+wake+up',
  ],
  hopelessness: [
    'tired|done|sick _ of|with _ this _ world|planet|earth',
  ],
  timing: [
    'after|once|when|as+soon+as _ i _ clock+out|clock+off|get+off|get+off+work|punch+out|sign+off|finish+my+shift|leave+work|get+off+shift',
  ],
  'plan-talk': [
    'leaving|leave|left|going|go|heading|head|cutting+out|clocking+out|sneaking+out _ work|home|out? _ early _ to _ do|finish|get _ it|this _ done?',
  ],
  preparation: [
    'list|lists|wrote+down|writing+down|decided|deciding|figured+out|figuring+out _ __ who _ gets|get|takes|should+get|will+get|can+have _ my _ stuff|things|belongings|books|clothes|records|tools|jewelry|jewellery|car|truck|cat|dog|pets|plants|guitar|savings',
  ],
  'preparation-hint': [
    'give|giving _ my _ __ to _ someone|somebody|anyone|whoever _ who|that? _ needs|need|will+use|can+use _ it|them?',
    'my|the|those|these _ letters|letter|notes|note _ __ ,? they|it|theyre|its|they+are|it+is _ in|inside _ the|my _ glovebox|glove+box|glove+compartment|nightstand|dresser|desk+drawer|top+drawer|safe|lockbox',
    '@other _ can+have|gets|get|can+keep _ my _ __ books|clothes|stuff|things|jewelry|jewellery|records|collection|chips|coins|medallions|shoes|boots|journals|art|paintings|tools',
  ],
};
