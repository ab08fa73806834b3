import { inflect } from './inflect.js';

/**
 * Harm from others told sideways (notation in ../../patterns.ts; joined to harm-from-others.ts by ../en.ts).
 * People rarely name abuse: they tell what was taken or hidden, where they are kept, a threat in someone's own
 * euphemism, a pursuer who keeps finding them. Each family needs the leverage or the writer's body beside the
 * everyday act, so "he took the car to work" or "my boss checks the receipts" stay none.
 */

/** Things a person needs to live, move or leave: held by someone else they are leverage. */
const lifeline =
  'paycheck|paychek|pay|salary|wages|pension|ssi|disability|benefits|checkbook|card|cards|debit+card|bank+card|credit+card|insurance+card|id|passport|birth+certificate|papers|phone|keys|car+keys|car|truck|truck+battery|battery|wheelchair|walker|cane|crutches|hearing+aids|glasses|meds|pills|heart+pills|medication|insulin|inhaler|antabuse|suboxone|methadone|bupe|buprenorphine|subutex|sublocade|vivitrol|naltrexone|food|money|cash|stimulus';
/** What makes taking a lifeline leverage rather than an errand: a condition, a purpose against the writer, again. */
const leverage = 'unless|so+i+can+not|so+i+cant|so+i+could+not|so+i+couldnt|to+sell|when+we+fight|when+were+fighting|when+we+are+fighting|away+from+me';

export const harmToldSideways: Record<string, string[]> = {
  control: [
    // "took my paychek again and said i dont get money unless i behave", "hides my wheelchair when he leaves".
    `@agent _ ${inflect('take:took:taken hide:hid:hidden flush keep:kept withhold:withheld sell:sold pawn')} _ my|all+my|the|our _ ${lifeline} __ ${leverage}`,
    // A need hidden and handed out for obedience: "hides my buprenorphine and only gives me a dose when i behave".
    `@agent _ ${inflect('take:took:taken hide:hid:hidden keep:kept hold:held lock')} _ my|all+my|the _ ${lifeline} _ and _ only _ ${inflect('give:gave:given hand let')}|hands+out|doles+out _ me|it|them|one _ __ when|if|after|once|unless _ i`,
    // Aids a body depends on are never an errand to take away.
    `@agent _ ${inflect('take:took:taken hide:hid:hidden')} _ my _ wheelchair|walker|cane|crutches|hearing+aids|antabuse|insulin|inhaler|insurance+card|checkbook|truck+battery`,
    `@agent _ ${inflect('take:took:taken')} _ the _ truck+battery|car+battery|battery|spark+plugs|distributor+cap`,
    // An allowance counted out: "give me only 20 dollar a week", "i get $20 a week and he checks the receipts".
    `${inflect('take:took:taken keep:kept')} _ my|all+my _ paychek|salary|checkbook`,
    'he|she|husband|wife|partner|boyfriend|girlfriend|bf|gf|son|daughter|nephew _ give|gives|gave _ me _ only|just _ __ dollar|dollars|bucks _ a|per|each _ week|day',
    'i _ get|am+given|am+allowed _ __ dollar|dollars|bucks _ a|per _ week|day _ and|but _ he|she|they',
    `@agent _ ${inflect('take:took:taken keep:kept hold:held')}|holds+back|held+back _ all|half|most _ my|our|of+my|of+our _ pay|salary|wages|paycheck|check|money|benefits|pension|ssi|disability`,
    `@agent _ ${inflect('make:made force')} _ me _ take+out|withdraw|sign+over|hand+over|cash _ cash|money|my|checks|the`,
    `@agent _ ${inflect('put')} _ all|the|every _ bills|debts|loans|cards|accounts _ in _ my _ name`,
    'not|never _ allowed _ to _ change _ it|my _ password|passwords|passcode|pin|number|locks',
    // Care or a need held back for obedience: "won't give me my food until i calm down", "won't drive me to my infusions unless".
    'will+not|wont|would+not|refuses+to|refused+to|does+not|never _ give|drive|take|let _ me _ __ food|meal|meals|dinner|water|meds|pills|medication|insulin|inhaler|money|paycheck|passport|id|infusions|appointments|doctor|hospital|dialysis|treatment _ __ unless|until+i|till+i',
    'refuses|refused|will+not|wont _ to? _ let _ me _ go _ to _ the? _ hospital|doctor|er|clinic|church|meetings|work|school',
    'not|never _ let|lets|allow|allows _ me _ eat|shower|sleep _ if|unless|until|when',
    // Watched at home: "installed cameras in every room and watches them", "has been hacking my email".
    `@agent _ ${inflect('install put hide:hid:hidden')} _ cameras|a+camera|camera|spyware|an+app|a+tracker|trackers _ in|on _ every|my|the|our _ room|rooms|phone|car|bedroom|house`,
    `@agent _ ${inflect('hack')}|hacking|hacked|still+has+access+to|still+have+access+to _ my _ email|icloud|accounts|account|phone|instagram|facebook|gmail|cloud|bank|messages`,
    'every+time|each+time|whenever _ i _ change|changed|get _ my|a _ number|phone|address|email _ he|she|they _ gets|get|finds|has|knows',
    // A carer or relative who decides for the writer: "keeps me in my room and says i'm too confused to use the phone".
    `@agent _ ${inflect('keep:kept')} _ me _ in _ my|the|her|his _ room|bedroom|house|basement|apartment`,
    'too|so _ confused|crazy|sick|stupid _ to _ use _ the|my|a _ phone|money|car|bank',
    'takes|took|take _ the|my _ car|card|phone|keys|checkbook _ the|my _ car|card|phone|keys|checkbook _ __ the|my _ car|card|phone|keys|checkbook|birth+certificates|passport',
  ],
  'unsafe-home': [
    // Home as a cage: "my house is a cage and he has the only key", "living with a bomb that goes off every few weeks".
    'has|holds|keeps|got _ the _ only _ key|keys',
    'home|house|apartment|place|room _ is|feels _ a|like|like+a|like+living+in+a _ cage|prison|jail|locked+box',
    'living _ with _ a _ bomb|landmine|minefield|grenade',
    `things|it _ at _ home _ are|is|got|get _ loud|scary|physical _ again`,
    `@agent _ ${inflect('block')}|stood+in|stands+in|standing+in _ the|my _ door|doorway|exit|way __ would+not|wouldnt|will+not|wont|could+not|couldnt|did+not _ let|get+out|leave`,
    `@agent _ ${inflect('block')} _ the|my _ door|doorway|exit _ and|so _ i`,
    `@agent _ ${inflect('come:came try:tried')} _ to|into? _ my _ room _ at _ night|nite _ and|to? _ try|tries|tried|open`,
    'came|comes|coming|keeps+coming|keps+coming _ into|in _ my _ room|bedroom _ at _ nite|night',
    // A night away because of him: "can i crash at yours tonight? he's been throwing stuff", "staying at the office late so i don't have to go back".
    'so _ i _ not|do+not|dont _ have _ to _ go _ back|home _ while|when|until|till _ he|she|they',
    'i _ cannot|can+not|cant _ go _ home _ tonight|now|yet __ he|she|they',
    'someone|somebody _ i _ live _ with _ is|keeps _ hurting|hitting|threatening|touching',
  ],
  threat: [
    // Death in a euphemism: "put me in the ground", "you won't live to regret it", "i'd be next", "shut your mouth for you".
    `${inflect('put')} _ me|you _ in _ the|a _ ground|dirt|grave`,
    'will+not|wont|not _ live _ to _ regret _ it',
    'note|warned|threatened|threat _ __ i|you|me _ would+be|d+be|will+be|am|are|be|is|was _ next',
    'left _ a _ note _ saying|that _ i _ am|was|would+be|is _ next',
    'gonna|going+to|will|would|hed|hell|to _ handle|stick|shank|collect _ me|you|one+way+or+another',
    'collect _ one _ way _ or _ another',
    'gonna|going+to _ bring _ something|a+gun|a+knife _ and|to _ get|shoot|hurt _ me|us',
    'shut _ your|my _ mouth _ for _ you|me',
    'keep _ your _ mouth _ shut _ or',
    `${inflect('tell:told')} _ me _ to _ keep _ my _ mouth _ shut _ or`,
    'telling|told|tells|texting _ me _ to _ watch _ myself|my+back',
    // The pursuer's own announcement: "see you soon", "tell her i'm coming", "then i'll wait for you", "then i'll follow you".
    'then|so _ i _ will|am+going+to|gonna _ wait+for|follow|find _ you',
    'new|different|unknown|another|fake _ number|numbers|account _ __ see _ you _ soon',
    'one _ call _ and _ your|you|the _ kids|children|son|daughter|baby',
    `@agent _ will|would|going+to|gonna|said|says _ ${inflect('send')} _ me _ back _ __ without _ my`,
    `@agent _ will|would|going+to|gonna|said|says|threatens|threatened _ have|get _ us|me _ deported|arrested|fired|evicted`,
    `@agent _ ${inflect('threaten')}|threatening|threatens _ me _ with _ a _ box+cutter|knife|gun|bat|blade|razor|machete|hammer`,
    `got|was|been|being _ threatened _ by _ a|the|my _ __ with|again|today|in|at`,
    '@agent _ said|says|told+me _ he|she|they|hed|hes|shes _ make _ sure _ i|you|me _ relapse|use|lose|never|am|are',
    // A client or coworker who turns on the writer: "called the front desk and asked if i was working".
    'said|says|saying|told _ he|she|they _ can _ see _ my _ light|car|window|house',
    '@agent _ set _ fire _ to _ my|our',
    `${inflect('slash')} _ my? _ tires`,
    'my _ car _ tires _ were _ slashed',
  ],
  stalking: [
    'got|been|was|being|getting|is _ followed _ home|rn|right+now|again|to+my|from+the',
    '@agent _ was|is|been|sits|sat? _ parked|sitting|waiting _ across _ the _ street _ again|every|all',
    'found|posted|commenting|commented|leaked _ my _ real|home|personal _ name|address|number',
    'ex|dealer|landlord|guy|stranger|someone|somebody|man|coworker|client|participant _ keeps|kept|been _ coming _ by|around|into|to _ my _ place|house|apartment|room|work|sober+house',
    'keeps|kept _ coming _ into _ my _ apartment|apartmnt|room|house|place',
    '@agent _ supplies|gave|gives|gives+out|told _ him|her|them|my+old+dealer|my+ex _ my _ address|number|schedule',
    'calls|calling|called _ my _ job|work|boss _ and _ says|saying|said|tells|telling _ terrible|awful|horrible|lies',
    'calling|calls|called _ dispatch _ pretending',
    'says|said|saying|texted _ he|she|they? _ knows|know _ my _ schedule|car|building|route|house',
    'sends|sent|sending|texted|posted _ __ photos|pictures|pics _ of _ my _ house|home|door|building|car|kids|the+clinic+entrance|the+office',
    'violated|broke|breaking|violating _ the|my|a _ protective|restraining|protection _ order',
    'texting|messaging|calling _ me _ from _ different|new|other _ numbers|accounts',
  ],
  'partner-violence': [
    // Told sideways: '"disciplines" me', "it went off on my face", "stood over me with his fist", "slaps my hand".
    'disciplines|disciplined|punishes|punished|discipline|punish _ me _ when|if|for|whenever',
    'stood|stands|standing _ over _ me _ with',
    `@agent _ ${inflect('slap spit:spat hit smack')} _ my _ hand|hands|face|arm|in+my+face`,
    `@agent _ ${inflect('spit:spat')} _ in|on _ my _ face|me`,
    `@agent _ ${inflect('pour')} _ a|one|it|beer|drink|water _ __ over|on _ my _ head|face`,
    'shoves|shoved|shoving|pushes|pushed _ me _ out+of+the+way',
    `@agent _ ${inflect('grab')} _ me _ in+front|again|every`,
    `@agent _ ${inflect('pin')} _ me _ against|to|down`,
    'went|goes _ off _ on _ my _ face',
    'bruises _ i _ cover|hide|covered|hid',
    'bruises|marks _ are|where _ on _ my _ __ where _ nobody|no+one|people _ sees|see|can',
    'punches|punched|punching _ walls|the+wall _ next+to|near|by|beside _ my _ head|face',
    'hittin|hitting|beating|beatin _ me _ when|whenever|again|if',
    'i|we _ got|get|been|was _ jumped',
    'kicked|kicking|punched|stomped|hit _ me _ while _ i _ was|am _ down',
    'threw|throws|throwing _ a|the _ stapler|phone|plate|chair|bottle|glass _ at? _ me|once',
  ],
  'sexual-assault': [
    // Sex demanded for rent, a grade, a couch: "pay for the couch in ways that aren't money", "keep him company".
    'pay|paying _ __ in _ ways|other+ways _ that|which _ not|are+not|arent _ money',
    'drop|lower|forget|waive _ the _ rent _ if|in+exchange _ i',
    'depends|depend _ on _ whether|if _ i _ meet|sleep+with|go+out+with|date|see _ him|her|them',
    `put _ his|her _ hand _ on _ my _ leg|thigh|knee|ass|butt|chest`,
    'like _ to _ see _ me _ in _ handcuffs|lingerie|a+bikini',
    'who _ touched|molested|abused|raped _ me _ when|as _ i',
    'woke|wake _ up _ to _ him|her|someone _ standing _ over|at _ my _ bed',
    'send|sends|sending|sent _ me _ creepy|sexual|dirty _ texts|messages|pics',
  ],
};
