import { inflect } from './inflect.js';

/**
 * Harm from others an older or disabled writer tells, added after the thirty-first fresh batch had gone unread (notation in
 * ../../patterns.ts; joined to the other harm files by ../en.ts): papers signed that put the house in someone else's name,
 * checks signed over or insulin held back until they are, the bank kept from the writer, a walker broken, a wet bed left for
 * hours, a carer stealing or sedating, a scam that threatens arrest or a visit, a gun pointed over rent or the property.
 * Each names the writer's money, body or aids beside the act: "my daughter helps me sign my checks" stays quiet.
 * Since batch 97 (branch t-en9497): the writer's cards taken ("takes my social security card"), being left wet for hours, a
 * threat to "put me down like the dog", a threat to put the writer in a home unless they sign.
 */
const aids = 'insulin|meds|medication|medicine|pills|food|groceries|hearing+aid|hearing+aids|walker|cane|wheelchair|oxygen|glasses';

export const harmToOlderAdults: Record<string, string[]> = {
  control: [
    'not+allowed+to|will+not+let+me|wont+let+me|never+lets+me _ call|see|talk+to|go+to|visit _ the|my _ bank|doctor|lawyer|senior+center|church',
    `${inflect('have:had make:made')} _ me _ sign _ papers|things|documents|checks|the+deed|forms|a+deed _ __ understand|every|now|bank|says|over|taxes`,
    'now _ the|my _ house|farm|land|property|truck|car|account|trailer _ is _ in _ his|her|their _ name',
    `${inflect('sign')} _ my|the _ checks|check|house|farm|deed|truck|car|land|property _ over _ to _ him|her|them`,
    `${inflect('hold:held keep:kept withhold:withheld')}|holds+back|held+back|holding+back _ my _ ${aids} _ if|unless|until`,
    `stop|stops _ bringing|buying|getting _ my _ ${aids} _ if|unless`,
    `${inflect('steal:stole:stolen take:took:taken')} _ from _ my _ purse|wallet|account|room|house|pocketbook`,
    `${inflect('take:took:taken')} _ my _ social+security|pension|checks|ssi|disability|disability+checks _ and|when|then|every`,
    'manages|handles|controls|keeps|cashes _ my _ disability|ssi|social+security|checks|pension|disability+checks _ __ i _ get|only+get',
    `${inflect('break:broke:broken take:took:taken hide:hid:hidden')} _ my _ walker|cane|wheelchair|hearing+aid|hearing+aids|oxygen`,
    `${inflect('give:gave:given')} _ me _ extra _ sleeping+pills|pills|meds|sleeping|sedatives _ so`,
    `${inflect('leave:left')} _ me _ in _ a|my _ wet|dirty|soiled _ bed|diaper|chair _ for`,
    `${inflect('leave:left')} _ me _ wet|soiled|dirty|in+my+own+mess|sitting+in+it|lying+in+it _ for|all _ hours|days|all+day|all+night|the+whole`,
    `${inflect('take:took:taken steal:stole:stolen keep:kept hide:hid:hidden')} _ my _ social+security+card|ss+card|medicare+card|id|bank+card|debit+card|checkbook|pension+card|oxygen+money|oxygen+tank+money|medicine+money`,
  ],
  threat: [
    'nobody|no+one _ will|would|is+going+to _ believe _ an? _ old _ lady|man|woman|person',
    'gift+cards|giftcards|gift+card _ __ arrest|jail|police|warrant|deported',
    'come|coming _ to _ my _ house|home|door|farm _ if _ i _ stop|dont|do+not|tell',
    'if _ i _ dont|do+not _ sign _ __ he|she|they|hell|shell|theyll _ __ burn|hurt|kill|stop|leave|take|shoot|put+me+in+a+home|put+me+in+a+nursing+home|lock+me',
    "put _ me _ down _ like _ a|the|his|her|our|my _ dog|cat|horse|animal|old+dog",
    'if _ i _ tell _ anyone|anybody|someone _ __ god _ will _ punish|curse',
    'get _ off _ the|my|his _ property|land|farm _ or _ __ gun|kill|shoot|hurt|rifle',
    `${inflect('point aim')} _ his|her|a|the _ rifle|gun|shotgun|pistol|knife _ at _ me|us`,
    `${inflect('leave:left')} _ a _ dead _ __ on _ my _ porch|doorstep|step|car|steps`,
  ],
  stalking: [
    'keeps|kept _ driving|driving+by|driving+past _ __ my|the _ house|farm|place|work|trailer _ at _ night',
    'comes|came|coming _ in|into _ my _ trailer|house|room|apartment|place _ without _ knocking|asking|permission',
    'comes+in|gets+in|came+in|lets+himself+in _ while _ i _ am|m _ asleep|sleeping|in+the+shower',
  ],
  'unsafe-home': [
    'scared|afraid|terrified _ of _ my|your _ own _ grandson|son|daughter|husband|nephew|kids|granddaughter|wife|children',
    'screams|yells|screaming|yelling _ at _ me _ all _ day|night|the+time',
  ],
};
