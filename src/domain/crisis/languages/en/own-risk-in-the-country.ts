/**
 * English own risk said in the words of farms, small towns and empty roads (branch t-en96, rural and small-town peer
 * recovery workers; notation in ../../patterns.ts, joined by ../en.ts). Country speech is understated: the means are farm
 * things (weed killer, the truck in the shop, the deer rifle, the snow), and the risk is told by what the writer is not
 * doing ("not goin huntin") or by who will not find them ("nobody'll find me till the thaw"). Its dropped g's are read back by
 * rural-speech.ts before these patterns see the text.
 * - a farm chemical swallowed, with how much ("swallowed some of the weed killer from the barn", "took a swig of the roundup");
 *   sprayed, spilled or bought for the fence line stays work;
 * - walking out into the snow or the cold without a coat, as a plan, and lying out until found after the thaw; running out into
 *   the snow in socks to catch the dog names no plan;
 * - the engine run in a shut shop or barn ("sittin in the shop with the truck runnin and the big door shut");
 * - shells bought with one said to be enough ("bought another box of shells. only need the one"); shells for a season named as their
 *   purpose stay hunting, and a day "is when" is left alone ("sunday is when we sight in the rifles");
 * - a gun set out with hunting denied ("deer rifle is on the kitchen table. not goin huntin"), and a hunt alone with no coming
 *   back; a rifle on the table to be cleaned before the opener stays;
 * - a goodbye said to people who do not know it is one ("said my goodbyes at church without anybody knowin it"), and a place
 *   with a drop reached (an old strip mine, a trestle, the water tower; a grain bin at night is chores);
 * - wishes said through farm work and the road ("wish the tractor would roll on me", "if i got in a wreck on the way home i
 *   wouldnt be mad"), thoughts of dying named as such ("dyin thoughts"), and a reason not seen to get through the next season.
 * test/unit/domain/crisis/own-risk-in-the-country-96.test.ts holds each family beside its look-alikes.
 */
const farmPoison = 'weed+killer|weedkiller|roundup|paraquat|gramoxone|herbicide|pesticide|insecticide|antifreeze|bleach|rat+poison|bug+killer|dewormer|cattle+wormer|horse+wormer|tick+dip|lye|drain+cleaner|kerosene|diesel|gasoline';
const farmGun = 'rifle|deer+rifle|shotgun|gun|pistol|revolver|thirty+aught+six|ought+six|twelve+gauge|12+gauge|cal22|cal308|cal410|cal45';
const shutPlace = 'shop|garage|shed|barn|machine+shed|pole+barn|quonset';
const engine = 'truck|engine|car|tractor|motor|generator|skid+steer|pickup';

export const ownRiskInTheCountry: Record<string, string[]> = {
  method: [
    // A farm chemical swallowed with how much: "swallowed some of the weed killer from the barn", "took a swig of the roundup".
    `drink|drank|drinking|swallow|swallowed|swallowing|chug|chugged|downed|took+a+swig+of|took+a+drink+of|had+a+swig+of _ some|a+cup|a+glass|a+capful|half|most|all|a+bunch? _ of? _ the|my|that? _ ${farmPoison}`,
  ],
  'acting-now': [
    // The engine run in a shut building: "sittin in the shop with the truck runnin and the big door shut".
    `in _ the|my _ ${shutPlace} _ with _ the|my _ ${engine} _ running|on|idling __ door|doors _ shut|closed|down|pulled+down`,
    `${engine} _ running|idling _ in _ the|my _ ${shutPlace} __ door|doors _ shut|closed|down|pulled+down`,
  ],
  plan: [
    // Walking out into the cold without a coat, said as a plan: "plannin to walk out into the snow tonight without my coat".
    'planning|plan|going+to|want+to|wanna|thinking+about|gonna _ walk|head|go|wander|lay+down|lie+down _ out? _ into|in _ the _ snow|cold|blizzard|storm|drifts|field|woods __ without|with+no _ my|a? _ coat|jacket|boots|gloves',
    // Found only after the thaw or the spring: "nobody'll find me till the thaw".
    'nobody|no+one|noone|they|nobody+will|no+one+will _ will|would|wont|ll|going+to? _ find|found _ me _ till|until|before _ the? _ thaw|spring|snow+melts|snowmelt|melt',
    // A hunt alone with no coming back: "if i go out huntin alone tomorrow and dont come back".
    'go|going|head|heading|went _ out? _ hunting|to+the+woods|to+the+back+forty|to+the+deer+stand|to+my+stand _ alone? _ @timing? _ and _ not|never|do+not|will+not|dont|wont _ come+back|coming+back|make+it+back',
  ],
  'means-hint': [
    // A gun set out where it does not belong: "deer rifle is on the kitchen table", "shotgun is in the truck seat beside me".
    `${farmGun} _ is|are|s|sitting|laying|lying? _ on|in _ the|my _ kitchen+table|table|counter|bed|truck+seat|seat|dash|lap|nightstand`,
  ],
  'plan-hint': [
    // One round is all it takes: "only need the one", "just gonna need the one shell".
    'only|just _ need|needs|gonna+need|going+to+need|takes|take _ the+one|one+shell|one+bullet|one+round',
    // Hunting denied beside the gun set out: "not goin huntin", "aint goin huntin".
    'not|aint|am+not|never _ going|gone _ hunting',
  ],
  'plan-talk': [
    // Ammunition bought: "bought another box of shells today". Weak: only beside a plan's act ("only need the one") or own risk,
    // so a day named after it ("sunday is when we sight in the rifles") sets nothing.
    'bought|got|picked+up|buying|grabbed _ another|a|some|one+more? _ box|boxes|pack _ of _ shells|bullets|ammo|rounds|buckshot|slugs',
  ],
  'unknowing-hint': [
    // A goodbye said to people who do not know it: "said my goodbyes at church today without anybody knowin it".
    'goodbyes|goodbye|farewells|bye _ __ without _ anybody|anyone|nobody|no+one|them|em|any+of+them _ knowing|noticing|realizing',
  ],
  'goodbye-hint': [
    // A message owed, said as a last one: "just figured i owed you a message", "thought i owed yall a call".
    'figured|thought|reckoned _ i _ owed|owe _ you|ya|yall|you+all|you+guys _ a|one _ message|text|call|goodbye|last+word',
  ],
  place: [
    // A farm or mine place reached at night: "drivin up to the old strip mine tonight", "walking out to the grain bin".
    // Only places with a drop and no daily work: a grain bin or a silo reached at night is chores ("to check the dryer").
    'heading|headed|driving|walking|going|went|drove _ up|out|down? _ to _ the|that? _ old? _ strip+mine|mine+shaft|water+tower|trestle|high+bridge',
    'standing|sitting|sat|parked|am _ on|at|in|up+on _ the _ old? _ trestle|strip+mine|water+tower|mine+shaft',
  ],
  'wish-dead': [
    // A wish that farm work would kill the writer: "i wish the tractor would just roll on me and be done with it".
    'wish|wished|hope|hoping|pray _ the|that|a|my? _ tractor|truck|bull|tree|horse|combine|auger|baler|silo|roof|barn _ would|will|d _ just? _ roll|fall|land|crush|kill|run|flip|come+down _ on|over? _ me',
    // A wreck on the road home welcomed: "if i got in a wreck on the way home i wouldnt be mad about it".
    'if _ i _ got|get|was|were|ended+up _ in _ a _ wreck|crash|accident|rollover __ would+not|wouldnt|not|aint _ be? _ mad|upset|sad|sorry|mind|care|fight+it',
    // "worth more to em dead with the life insurance": said with "em" and the policy named.
    'worth _ more _ to _ em|them|yall|my+family|the+family|my+wife|my+kids _ dead',
  ],
  'suicidal-thoughts': [
    // Thoughts of dying named as a kind of thought: "relapse thoughts and dyin thoughts, both loud tonight".
    'dying|death|suicide|ending+it|killing+myself _ thoughts|thought|urges',
    // A river or the tracks looked at and wondered about: "i keep lookin at the river when i cross it and wonderin".
    'keep|kept|always _ looking|staring|looking+down _ at|into _ the _ river|water|creek|tracks|rails|drop __ and _ wondering|thinking',
  ],
  hopelessness: [
    // No reason seen to get through the next round of farm work: "cant see a reason to get through another calving season".
    'not|no|cannot _ see|find|got|have _ a|any|no? _ reason|point _ to _ get+through|make+it+through|go+through|face _ another|one+more|next',
    // "whats the point of keepin on", "whats the use of goin on".
    'what+is|whats|what _ the _ point|use _ of|in _ keeping+on|going+on|keeping+going|carrying+on|trying',
  ],
};
