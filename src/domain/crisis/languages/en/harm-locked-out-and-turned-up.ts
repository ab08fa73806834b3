import { inflect } from './inflect.js';

/**
 * Harm to the writer told by a peer worker, read after the forty-ninth fresh batch (notation in ../../patterns.ts; joined to the
 * other harm files by ../en.ts): locked out of home with the writer's things inside or thrown out at night with no shoes; an
 * ex or a relative turning up outside where the writer works or stays, or sat outside in a car at night; the writer's home
 * address left on the car, pictures of the front door sent; "snitch" scratched into the car; a client's relative who says
 * he will find the worker who reported; hands round the writer's neck; marks hidden under scarves or sleeves "because of
 * what he did"; "being controlled at home".
 * Look-alikes kept quiet (test/unit/domain/crisis/others-and-harm-told-at-work.test.ts): a toddler locking the writer out,
 * a landlord changing the locks at the end of a lease, a friend turning up with cake, a parcel note on the car, long
 * sleeves in the cold, a baby's hands round the writer's neck in a hug.
 */
const kin = 'ex|exes|abuser|uncle|dad|father|stepdad|stepfather|brother|cousin|husband|hubby|boyfriend|bf|partner|girlfriend|gf|wife|mum|mom|mother';
const belongings = 'stuff|things|clothes|meds|medication|papers|passport|id|documents|kids|dog|cat|phone|wallet|bags';

export const harmLockedOutAndTurnedUp: Record<string, string[]> = {
  'unsafe-home': [
    // Locked out with the writer's things inside: "changed the locks while i was at work", "locks were changed. all my stuff is inside".
    `${inflect('change')} _ the|my|all+the _ locks|lock|locks+on+me _ __ while|when _ i _ was|were _ at|out|on`,
    `locks|lock _ were|was|had+been|have+been _ changed __ my|all+my _ ${belongings} _ __ inside|in+there|still+in`,
    `${inflect('change')} _ the|my _ locks|lock __ my|all+my _ ${belongings} _ __ inside|in+there|still+in`,
    `got|came|come|coming _ home|back __ the|my _ locks|lock _ were|was|had+been|have+been _ changed`,
    // Put out at night without shoes or a coat: "got kicked out at midnight with no shoes".
    `kicked|thrown|threw|chucked|put|locked _ me? _ out _ at|in _ midnight|2am|3am|4am|1am|night|the+middle+of+the+night _ __ with+no|without|in+my _ shoes|coat|socks|phone|pyjamas|pajamas`,
  ],
  stalking: [
    // Turning up where the writer works or stays, again: "my ex turned up outside the drop-in again".
    `${kin} _ turned+up|turns+up|turning+up|keeps+turning+up|showed+up|keeps+showing+up|appeared|was+waiting|was+outside _ __ drunk|screaming|yelling|shouting|raging`,
    'ex|exes|abuser|stalker _ turned+up|turns+up|turning+up|keeps+turning+up|showed+up|keeps+showing+up|appeared|was+waiting|was+outside _ __ again|third+time|second+time',
    'ex|exes|abuser|stalker _ turned+up|turns+up|turning+up|keeps+turning+up|showed+up|keeps+showing+up|appeared _ outside|at _ the|my|our _ drop|dropin|work|job|office|clinic|centre|center|hostel|shelter|meeting|group|school|site',
    // Found and kept coming: "found my address and keeps leaving flowers".
    'found|got+hold+of|tracked+down _ my _ address|home+address|new+address __ keeps|kept _ leaving|sending|turning+up|showing+up|coming|knocking|driving',
    // Sat outside in a car: "the ex was sat outside me mams house in his car at 2am".
    `${kin} _ was|is|has+been|keeps _ sat|sitting|parked|waiting _ outside __ in+his+car|in+her+car|in+the+car|in+a+car|at+2am|at+3am|at+1am|at+midnight|for+hours|all+night|for+two+hours`,
    // Found where the writer is without being told: "my ex has my location somehow".
    'has|got|knows|found _ my _ location|address|new+address|number _ somehow',
    // The writer's address left on the car, pictures of the front door sent.
    'note|letter|card|message _ on|under|in _ my _ windscreen|windshield|wiper|wipers|car|door|mailbox|letterbox __ with _ my _ home|full|new? _ address|name|reg|plate|number',
    'texts|messages|dms _ __ of _ my _ front+door|house|flat|apartment|car|window|building|street',
    'from _ a|an|some _ number|account|unknown|private|random|blocked __ pics|photos|pictures|videos|pic|photo _ of _ my _ front+door|front|house|flat|apartment|car|window|building|street',
    // A word scratched into the car: "someone keyed snitch into my car".
    `${inflect('key scratch paint spray write:wrote:written')}|spray+painted _ snitch|grass|rat|grasser|whore|slut|bitch _ on|into|across _ my _ car|door|house|flat`,
  ],
  threat: [
    // A client's relative at work: "said hed find the peer worker who grassed", "knows where the peer worker lives".
    'find|get|sort|deal+with|hurt|kill _ the _ peer+worker|worker|support+worker|staff|counsellor|counselor|one|woman|lady|guy|person _ who|that _ grassed|snitched|reported|called|rang|told|ratted',
    'owe|owed|owes _ him|her|them|money|cash __ knows|know|found+out _ where|what|which _ school|nursery|daycare|i+live|my+kids|my+son|my+daughter|my+mum|my+mom',
    'knows|found+out|find+out _ where _ the _ peer+worker|worker|support+worker|staff|counsellor|counselor _ lives|live|parks|drives',
  ],
  'partner-violence': [
    // Hands round the neck: "had his hands round my neck last weekend".
    'his|her|their _ hands|hand _ round|around|on _ my _ neck|throat _ __ and|last|again|until|till|couldnt|could+not|still|hurt|hurts|swallow',
    // Marks hidden "because of what he did": "wearing long sleeves because of what my stepdad did".
    'wearing|wear|wore|wears _ scarves|a+scarf|long+sleeves|a+turtleneck|turtlenecks|concealer|sunglasses _ because|cause|bc|to+hide|to+cover _ of? _ what _ __ did|does|done',
    'marks|bruises|fingermarks|welts _ on _ my _ neck|arms|face|wrists|throat _ __ why _ i|ive|i+have _ __ wearing|wear|worn',
    // Injuries said not to be self-harm: "the bandages arent from me".
    'bandages|cuts|marks|bruises|stitches _ are+not|arent|aint|werent|were+not _ from _ me|myself|self+harm',
    // Hit next after someone else: "mums boyfriend hits her and now hes started on me".
    'hits|hitting|beats|beating|hurts|hurting|slaps|slapping _ her|him|them __ now _ he|she|hes|shes|they|theyre _ __ started|starting _ on _ me',
    'bandages|cuts|marks|bruises|stitches|cast _ are+not|arent|aint|is+not|isnt _ from _ me __ he|she|they _ got|gets _ angry|mad|drunk',
  ],
  control: [
    // "im the one being controlled at home".
    'being|bein|getting _ controlled|controled _ at+home|by+him|by+her|by+my+partner|by+my+husband|by+my+boyfriend|by+my+wife|by+my+girlfriend',
  ],
};
