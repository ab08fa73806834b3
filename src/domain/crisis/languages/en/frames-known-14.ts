/**
 * English frames added for the known misreadings of the fourteenth session (notation in ../../patterns.ts), each read by
 * its own file: `tiringStretch` (../../rest-earned.ts), `pettyThreatStakes` (../../petty-threat.ts), `coped`
 * (../../coped-well.ts) and `agreed` (../../told-to-die.ts).
 */

// A stretch of work or study told as what wore the writer out: "been a brutal week", "after this marathon shift", "pulled a double".
export const tiringStretch: string[] = [
  'been|was|its+been|it+s+been|what _ a|such+a|one+hell+of+a? _ brutal|long|rough|hard|exhausting|crazy|hectic|insane|draining|busy|wild|killer|grueling|gruelling|nonstop|packed week|day|shift|month|semester|stretch|weekend|quarter|run',
  'after|from _ this|that|my|a|the|another _ marathon|double|long|12+hour|12hr|twelve+hour|16+hour|overnight|night|brutal|exhausting|closing _ shift|shifts|double|week|day|stretch',
  'pulled|worked|working|just+worked _ a|another? _ double|doubles|overtime|60+hours|70+hours|back+to+back|three+nights',
  'finals|exam|crunch|inventory|tax _ week|season|day',
  'what a week|day|shift|month|semester',
];

// What a relative threatens over small stakes: not to speak to the writer, to tell on them, to show old pictures, to take a
// phone or the wifi. Never a blow, a throwing out, a posting of private images, money or papers.
export const pettyThreatStakes: string[] = [
  'threatened|threatening|threatens|threaten _ to _ never? _ speak+to+me|talk+to+me|text+me|tell+mom|tell+dad|tell+our+mom|tell+our+dad|tell+grandma|tell+on+me|unfriend+me|unfollow+me|block+me|disown+me',
  'threatened|threatening|threatens|threaten _ to _ show|post _ my _ baby|middle+school|high+school|prom|yearbook|childhood _ pictures|pics|photos|picture|photo',
  'threatened|threatening|threatens|threaten _ to _ take|change|turn+off _ the|my _ wifi|phone|password|switch|xbox|playstation|remote|tv|netflix',
];

// A way of coping used instead of the harm, or a safety plan that held: "called her sister instead of using", "used his skills".
export const coped: string[] = [
  'instead _ of _ using|drinking|cutting|self+harming|harming|hurting+herself|hurting+himself|hurting+themself|hurting+themselves|picking+up|going+out|relapsing|acting+on+it',
  'safety+plan|crisis+plan|coping+plan|coping+skills|skills _ worked|held|helped|did+its+job',
  'used|using|uses _ her|his|their _ coping|safety _ skills|plan|tools',
  // A way out of harm taken (branch t-en72): "was in the dv shelter last spring", "she left him for good", "he's locked up".
  'was|were|stayed|been _ in|at _ the|a _ dv|domestic+violence|womens _ shelter',
  'left|escaped|got+away+from|got+out+from _ him|her|them|the+abuser|that+relationship _ for+good|last|in|and|,|.',
  'he|she|they|abuser _ is|s|are|got _ locked+up|in+jail|in+prison|behind+bars',
];

// The writer agreeing with cruel words said to them: "maybe he's right", "honestly she might be right", "part of me agrees".
export const agreed: string[] = [
  'maybe|probably|prob|honestly|tbh|think|guess|kinda|kind+of|might+be|bet _ he|she|they|hes|shes|theyre|he+s|she+s|they+re _ is|are|might+be|could+be? _ right',
  // Never "i believe him": after a threat that is the writer believing the threat.
  'part+of+me|i+kind+of|i+kinda|i+sort+of|honestly+i|i _ agree|agrees|think+so+too',
  'and|so i _ might|will|should|could _ just? do+it|listen|do+what+they+say|do+what+he+says|do+what+she+says',
  'i+think|i+guess|i+probably|maybe+i|i+might+just _ will|should|might|could|am+gonna|gonna|am+going+to',
  'might|will|gonna|should|could _ actually|really|finally|just? listen|do+it|take+their+advice|take+his+advice|take+her+advice',
  // Giving the teller the death they said they want (batch 98): "so im gonna give her what she wants tonight".
  'so|guess|then|fine i+am|im|i|i+will|ill _ gonna|going+to|will|might|just? give|giving _ her|him|them|everyone _ what _ she|he|they _ want|wants|wanted|asked+for',
];
