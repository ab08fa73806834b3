import { inflect } from './inflect.js';

/**
 * Harm from others a peer worker or a tenant tells, added after the twenty-third fresh batch had gone unread (notation in
 * ../../patterns.ts; joined to the other harm files by ../en.ts): sex asked for rent, a couch or more hours, a drink and
 * no memory after, "no" said and not heard; a report that would cost the job or the cert, a debt that "tells my job
 * everything"; a participant leaving threatening voicemails or yelling the writer's name at the office; spyware or a
 * tracking app installed, someone coming into the unit while the writer is out; meds held "until i apologize". Each names
 * the act on the writer; the same told of her are in ./others-on-the-caseload.ts.
 */
export const harmAtWorkAndInHousing: Record<string, string[]> = {
  'sexual-assault': [
    'more _ hours|shifts|pay|money|tips _ if _ i|im|i+am _ __ nicer|nice|sweeter|friendlier|sleep|closer',
    'my _ landlord|super|manager|boss|sponsor _ __ sex|favors _ instead+of|for _ the? _ rent|room|couch',
    `expecting|expects|expected|wants _ stuff|things|sex|favors|something _ from _ me _ for _ the _ couch|room|place|rent|ride|bed`,
    `${inflect('give:gave:given buy:bought')} _ me _ a _ drink _ and _ i _ dont|do+not|cant|can+not|didnt|did+not _ remember`,
    'said _ no _ __ he|she|they _ kept+going|did+not+stop|didnt+stop|would+not+stop|wouldnt+stop',
    'happened _ at _ the|a|that _ party|work+party|staff+party|conference|hotel _ __ did+not|didnt|dont|do+not _ agree|want|consent|say+yes',
    `${inflect('try:tried')} _ to _ kiss|touch|grab _ me _ __ angry|mad|pulled+away|car|alone|office`,
  ],
  threat: [
    `${inflect('threaten')} _ me _ with _ a|an|his|her _ box+cutter|boxcutter|knife|gun|bat|hammer|razor|screwdriver|machete|bottle|pipe|needle`,
    'if _ i _ report|tell|say _ __ lose _ my _ job|cert|certification|housing|bed|spot|kids',
    'or _ he|she|they _ tells|tell|will+tell|ll+tell _ my _ job|boss|work|everyone|family|parents|po _ everything',
    `${inflect('send:sent leave:left')} _ me _ threatening _ voicemails|messages|texts|notes|letters`,
    'threatening _ voicemails|messages|texts|calls|notes _ at|to|on _ my _ personal|own|home|cell',
    '@agent _ __ showed+up|came|comes|shows+up _ __ yelling|screaming|shouting _ my _ name',
    // A note left among the writer's things that says it knows or watches: "found a note on my car saying we know where you
    // park", "someone slipped a note under my door, snitches get stitches" (a thank-you note in the locker names no knowing).
    'note|notes|letter|message _ in|on|under|taped+to _ my _ locker|car|door|windshield|windscreen|desk|mailbox|bag _ __ we+know+who|we+know+what|we+know+where|know+where+you|watching+you|snitch|snitches|rat|keep+quiet|keep+your+mouth|shut+your+mouth|you+will+regret|youll+regret|or+else',
  ],
  control: [
    `${inflect('install put')} _ something|an+app|a+tracker|spyware|stalkerware|a+tracking+app|an+app _ on _ my _ phone|laptop|tablet|car|computer`,
    'tracking|spy|spyware|location _ app _ on _ my|my+daughters|my+sons|my+kids _ phone|tablet|laptop _ __ ex|he|she|set+up|installed|using',
    'have|get|had _ them|it|my+phone|my+meds|my+keys|my+card _ back _ when|once|after|if _ i _ apologize|behave|say+sorry|beg',
    'new _ accounts _ to _ comment|message|follow|watch|dm _ __ my|me',
  ],
  stalking: ['coming|comes|came|keeps+coming _ in|into _ my _ unit|room|apartment|place _ when|while _ i _ am|m _ not _ there|home|out'],
};
