/**
 * English own imminent risk told by going quiet, by others not knowing, and by affairs closed for after (branch t-en61; notation
 * in ../../patterns.ts, joined to the other own-risk files by ../en.ts). Each is a hint, everyday alone, that composes with
 * another by ../../hint-weights.ts:
 * - the writer unreachable on purpose (absence): "phone goes off in 10 min", "phone stays in the car", "dont bother calling";
 *   alone a digital detox or a meeting ("phone goes off at 10, early night"), beside goodbye texts or a cliff it is urgent;
 * - others who do not know what the preparations are for (`unknowing-hint`, weighed as an absence; its subject is the other
 *   person by nature, so read-sentence.ts never reads it as theirs): "he thinks im just being organized", "she agreed without
 *   asking why", "saying goodbye without them knowing its goodbye", "nobody knows its the last time"; alone a surprise party or a
 *   favour ("she thinks we're just going to dinner", "took the kids without asking why"), beside passwords shared, kids placed or
 *   goodbyes it is urgent. "thinks im just being dramatic" is not one: the X is a reading of tidy preparations;
 * - the writer's own funeral paid, a will signed, beneficiaries changed (preparation-hint, settling): "funeral is prepaid",
 *   "my wills done, notarized yesterday", "updated my beneficiaries"; estate planning, a living will or an advance directive is
 *   life admin (frames.ts `leaving`), and one alone is never urgent;
 * - a date chosen with no occasion named (plan-hint): "picked my date. the 14th", "my date is set"; "picked my date for the
 *   wedding" has its purpose after it (frames.ts `purpose`), "we set a date" is not the writer's alone and is not read;
 * - a time set by a family occasion or a day of the month (timing): "after my daughters recital", "once her graduation is over",
 *   "on the 14th", urgent only beside an act ("the 3rd floor" is no date: a day needs "on the", "by the", "until the").
 * test/unit/domain/crisis/imminent-gone-quiet-and-unknowing.test.ts holds each family beside its look-alikes.
 */
const ordinals = Array.from({ length: 31 }, (_, i) => i + 1)
  .map((day) => `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`)
  .join('|');

export const imminentGoneQuietAndUnknowing: Record<string, string[]> = {
  absence: [
    // The phone put out of reach on purpose, with a when: "phone goes off in 10 min", "my phone is going off for good tonight".
    'phone|cell|fone|mobile _ goes|going|is+going|will+go|gets+turned|will+be|is+getting _ off|dark _ in|after|at|for+good|tonight|forever|permanently|now',
    // The phone left behind where the writer goes: "phone stays in the car", "leaving my phone at home on the counter".
    'phone|cell|fone|mobile _ stays|staying|is+staying|will+stay|stay _ in+the+car|at+home|behind|in+the+drawer|on+the+counter|in+the+truck',
    // Nobody to try: "dont bother calling", "no point texting me after tonight".
    'do+not|dont|no+need+to|no+point _ bother|bothering|try|trying _ calling|texting|looking|to+call|to+reach|to+find|to+text|to+look',
    'no+point|no+use _ calling|texting|looking+for _ me',
  ],
  'unknowing-hint': [
    // Others who do not know it is a goodbye: "without them knowing its goodbye", "nobody knows its the last time".
    'without _ them|him|her|anyone|anybody|people|everyone|my+family|my+kids _ knowing|realizing|realising _ it+is|its|it+was|that|this+is|this+was _ goodbye|a+goodbye|the+last',
    'nobody|no+one|noone|none+of+them|they|he|she _ knows|know|realizes|realize|has+no+idea|have+no+idea|had+no+idea _ it+is|its|it+was|this+is|that+this+is|that+it+is _ goodbye|a+goodbye|the+last',
    // Others who read the preparations as tidiness: "he thinks im just being organized lol".
    'thinks|think|thought|assumes|assumed _ i+am|im|i+was _ just|only|simply _ being _ organized|organised|responsible|prepared|tidy|careful|an+adult|grown+up|practical|thorough|extra',
    'thinks|think|thought|assumes|assumed _ i+am|im|i+was _ just|only|simply _ adulting|decluttering|spring+cleaning|getting+organized|getting+organised',
    // Someone who took on the writer's kids or pet without asking why: "she agreed without asking why".
    'agreed|said+yes|took+them|took+him|took+her|took+it _ without _ asking _ why|questions|any+questions',
  ],
  'preparation-hint': [
    // The writer's own funeral paid ahead: "funeral is prepaid too", "cremation's already paid for".
    'funeral|cremation|burial|plot _ is|s|are|all|already|too? _ prepaid|pre+paid|pre-paid|paid+for|arranged|booked|sorted',
    'prepaid|pre-paid _ my _ own? _ funeral|cremation|burial',
    // A will made: "my wills done, notarized yesterday", "got my will signed and witnessed".
    'my|last _ will|wills _ is|s? _ done|notarized|notarised|signed|finalized|finalised|finished|written|witnessed|sorted',
    'got|had _ my _ will _ notarized|notarised|signed|witnessed|done|finalized|finalised',
    // Beneficiaries changed: "updated my beneficiaries at work".
    'updated|changed|named|added|switched _ my _ beneficiary|beneficiaries',
  ],
  // A date chosen with no occasion named: "picked my date", "my date is set" ("picked my date for prom" has its purpose after it).
  // Only the when left open between two near times (weak: urgent beside affairs settled or a means): "just deciding between
  // tonight and tomorrow", "just choosing between friday or saturday". Only
  // tonight or tomorrow after "now just" is the when of something done ("now just deciding between friday and saturday to leave" is a trip).
  'plan-talk': ['deciding|decide|choosing|choose|picking|pick _ between _ tonight|tomorrow|today|friday|saturday|sunday _ and|or _ tonight|tomorrow|friday|saturday|sunday'],
  'plan-hint': [
    // All that is left after something done is the when: "after that its just deciding between tonight and tomorrow".
    'after+that|then|now|left+is _ just|only deciding|picking|choosing between tonight|tomorrow|today and|or tonight|tomorrow',
    'after+that|then|now|left+is _ just|only deciding|picking|choosing when|which+night|which+day',
    'picked|chose|chosen|settled+on|decided+on|locked+in _ my _ date|day',
    'my date|day _ is _ set|picked|chosen|decided|locked+in',
  ],
  timing: [
    // A family occasion waited for: "after my daughters recital", "once his graduation is over".
    'after|once|until|till|before _ my|her|his|their|the+kids _ __ recital|graduation|birthday|wedding|christening|baptism|communion|bar+mitzvah|bat+mitzvah|quinceanera|concert|play|recital',
    // A day of the month said as a date: "on the 14th", "by the 3rd".
    `on+the|by+the|until+the|till+the|before+the|after+the ${ordinals}`,
  ],
};
