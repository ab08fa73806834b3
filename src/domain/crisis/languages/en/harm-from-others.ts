import { inflect } from './inflect.js';

/**
 * English concept patterns (notation in ../../patterns.ts; macros in ../en.ts).
 * Someone is hurting, threatening, controlling or stalking the writer, or home is not safe.
 * Most patterns are frames: someone (@agent) + a verb family + the writer as the one it lands on.
 */

/** Blows that are violence whoever they land on: "slammed me", "slapped my face". */
const blow = inflect(
  'hit punch slap kick choke strangle strangld shove beat:beaten slam stab bite:bit:bitten spit:spat smack headbutt stomp pinch pin drag whip burn attack assault elbow knee backhand slug strike:struck body-slam curb-stomp',
);
/** Blows that name violence even with nobody named: "choked me", "strangld me". */
const strongBlow = inflect('choke strangle strangld punch slap shove stab headbutt stomp smack backhand whip bite:bit:bitten spit:spat');
/** Done to the writer, said in the passive: "got choked", "was beaten". Everyday ones ("got hit") need "by" someone. */
const beatenBy = 'hit|punched|slapped|kicked|shoved|pushed|slammed|smacked|headbutted|stomped|pinned|dragged|whipped|burned|grabbed|thrown|bitten|jumped';
const beaten = 'beaten|beat+up|choked|strangled|stabbed|attacked|assaulted|abused|mugged|roughed+up|knocked+around|smacked+around|slapped+around|pistol-whipped';
/** Everyday verbs that are violence only against the writer's body: "threw the remote at my face". */
const force = inflect('push throw:threw:thrown grab squeeze twist yank pull shake:shook cut hold:held trip scratch restrain tie jerk shove kick hit');
const body =
  'my+face|my+head|my+neck|my+throat|my+arm|my+arms|my+wrist|my+wrists|my+hair|my+hand|my+hands|my+ribs|my+chest|my+back|my+leg|my+legs|my+stomach|my+jaw|my+mouth|my+nose|my+eye|my+body|my+shoulder|my+shoulders|my+fingers';
const intimate = 'my+ass|my+butt|my+breast|my+breasts|my+boob|my+boobs|my+chest|my+crotch|my+thigh|my+thighs|my+leg|my+privates';
/** What someone threatens to do to the writer. */
const harmTo = `${inflect('kill hurt stab shoot:shot beat bury burn cut slit break:broke strangle choke drown end jump ruin destroy smash wreck')}|fuck+up|mess+up|beat+up|come+after`;
/** Who keeps calling or turning up when it is stalking, not a mother checking in. */
const pursuer = 'ex|stranger|someone|somebody|guy|man|woman|client|participant|coworker|co-worker|he|she|they|boss|neighbor|neighbour|creep|landlord|dealer';

export const harmFromOthersConcepts: Record<string, string[]> = {
  'partner-violence': [
    `@agent _ ${blow} _ me|${body}`,
    `@agent _ ${force} _ me|${body}`,
    `${strongBlow} me`,
    `${blow} me _ again|when|whenever|if|every|last+night|yesterday|til|till|until|so|around|up|hard|because|for`,
    `get|got|gets|getting|being|was|am|been _ ${beaten}`,
    `get|got|gets|getting|being|was|am|been _ ${beatenBy} _ by _ @agent`,
    'pushed|shoved|threw|thrown _ me _ down|into|against|off|out|to+the+ground|across',
    '@agent _ beat|beats|beating _ me _ up',
    '@agent _ put|puts|putting|laid|lays|wrapped _ hand|hands _ on|around _ me|my+neck|my+throat',
    'bruises|bruise|marks|black+eye|shiner _ from|he|she|gave',
    'afraid|scared|terrified|frightened _ of _ @agent|my',
    'walking|walk _ on _ eggshells',
    'tiptoe|tiptoeing|tip+toe|tip+toeing _ around _ @agent|everything|him|her',
    'flinch|flinches|flinched|flinching|freeze|freezes|tense|tenses _ up? _ when|whenever|every+time _ he|she|they|i+hear|his|her',
    `@agent _ get|gets|getting|got|become|becomes|turn|turns|is|be|can+be _ real|so|really|very? _ scary|violent|physical|rough|aggressive|dangerous|handsy|abusive _ when|after|if|once|whenever|every`,
    'domestic violence|abuse',
    'dv|ipv|domestic+violence|domestic+abuse _ situation|stuff|again|at+home|going+on|happening|relationship|happened|incident',
    'abusive|abusing|abuses|abused|abuse _ me|relationship|partner|husband|boyfriend|wife|girlfriend',
    'he|she|they _ hurts|hurt|hurting me',
    `lock|locks|locked|locking _ me _ in|out|inside|up`,
    'broke|smashed|threw|throws|broken _ my _ phone',
    `@agent _ ${inflect('kill drown kick hurt strangle choke throw:threw beat hit stab poison')} _ my|the _ dog|cat|pet|puppy|kitten|dogs|cats`,
  ],
  'sexual-assault': [
    "sa'd|grped|grapd|graped|grape'd",
    `@agent _ ${inflect('touch grope kiss grab pinch rub')} _ me`,
    `@agent _ ${inflect('grab grope touch pinch slap squeeze rub')} _ ${intimate}`,
    'not|never _ stop _ when|after _ i _ said+no|told+him|told+her',
    'said no _ but|and _ he|she|they _ kept|did|still',
    'rape|raped|raping|grape|graped|molest*|sa|sa-d',
    'sexual|sexually _ assault|assaulted|abused|harass*',
    'assaulted|forced|pressured _ me',
    'made|makes|make _ me _ have+sex|do+things|do+stuff|sleep+with|touch+him|touch+her',
    '@agent _ did|does|do|doing|done _ stuff|things _ to me',
    'ways|things|stuff _ i _ not|never _ agree|agreed|consent|consented|want|wanted|ask|asked',
    'woke|wake|waking _ up _ to|and|with|while _ him|her|he|she|they|someone _ touching|on+top|doing|inside|already',
    `${inflect('slip drop put spike')} _ something|stuff|pill|pills|drugs _ in|into _ my _ drink|cup|glass`,
    'drugged|spiked _ my|me|drink',
    'woke|wake|waking _ up _ at|in _ his|her|their|a+stranger|somewhere _ clothes|naked|pants|not|no',
    'touched|touches|touching _ me _ without|inappropriately|while|when+i|in+ways',
    'grope*|groped me',
    'did not|never _ consent',
    'without my consent|permission',
    'forced _ himself|herself|sex|me',
  ],
  stalking: [
    'since|after _ i _ blocked',
    'follow|follows|followed|following _ my+car|my+house|me+home',
    'parked|waiting|sitting _ on|outside|at _ my _ street|house|work|door|apartment',
    'driving|drives|drove _ past|by _ my _ house|place|apartment|work',

    'still _ found|finds|tracked _ me',
    `${pursuer} _ keeps|keep|kept|wo+not+stop|will+not+stop _ showing|following|waiting|watching|driving+by|turning+up|calling|texting|messaging|emailing|dming`,
    'following|followed|follows _ me _ home|to|everywhere|around|from',
    'stalk|stalks|stalked|stalking|stalker|stalkers|stalkerware',
    'watching|watches me _ from|through|outside|sleep',
    'shows|showed|showing|show|turns|turned|turning _ up _ at|outside _ my|the _ work|house|home|job|gym|door|school|store|office|apartment|place|church|meeting|meetings|group|pickup',
    `${inflect('wait')} _ outside|at|for|by _ my|me|the+office|work|the+building|my+car|the+house`,
    `@agent _ ${inflect('stare')} _ at _ me`,
    `${inflect('leave:left')} _ flowers|notes|gifts|letters|things|stuff|presents _ on|at|outside|in _ my`,
    'new|fake|another _ accounts|numbers|account|number|profile|profiles _ after|every|blocked|with|using|of _ my?',
    'blocked _ him|her|them|number _ still|but|and',
    'knows|knew|know _ where _ i _ live|am|work|go|have+been|was|sleep',
    'knows|knew|know _ what _ i _ look+like|drive|wear|wore',
    'tracker|airtag|spyware|gps|tracking|location _ on|in|app|apps _ my|car|phone|on|in',
    `${inflect('post share leak put')} _ my _ address|number|location|nudes|info|home+address|phone+number|schedule`,
    `${inflect('post share leak send:sent show:shown')}|threaten* _ my|our? _ nudes|nude+photos|nude+pics|naked+photos|naked+pics|private+photos|private+pics|intimate+photos|sex+tape|videos+of+me`,
    `${inflect('post share leak put tell:told')} _ where _ i _ live|work|sleep`,
    'doxxed|doxed|doxxing|doxing|dox|doxx',
    'will not leave me alone',
    'slashed _ tires',
  ],
  threat: [
    `@agent _ will|would|going|gonna|threaten*|threat|threats|said|says|told|swore|swears|promised|promise _ ${harmTo} _ me|my`,
    `@agent _ will|would|going|gonna _ ${harmTo}|find|get|put _ me`,
    '@agent _ will|would|going _ make+sure',
    `${inflect('post share leak send:sent show:shown')} _ the|my? _ videos|video|pics|photos|pictures|nudes|tape _ of|with? _ me`,
    'threaten* _ gun|knife|weapon|bat|come+back',
    '@agent _ showed|pointed|waved|held _ me? _ gun|knife',
    'know|knows|knew _ where _ my|we|i',
    '@agent _ will|would|going|threatens|threatened|says|said _ take|taking _ the+kids|my+kids|my+children|my+son|my+daughter|the+baby',
    '@agent _ broke|breaks _ into',
    'threaten*|threat|threats _ me|kill|hurt|my+life|my+kids|shoot|stab|beat',
    '@agent _ threaten*|threat|threats _ to _ kill|hurt|shoot|stab|beat|find|take+my|burn',
    '@agent _ making|make|made|makes|sending|sent _ threats',
    '@agent _ said|says|told|texted _ kill|hurt|end|ruin _ me',
    'kill|hurt|end _ me if _ i',
    'watch your|my _ back',
    'sleep with one eye open',
    'shame if _ something|anything _ happen|happened|happens',
    'you will|gonna|going _ pay|regret',
    'if i had a gun',
    'told|tells me to? kys|die|kill+myself',
    'kys',
    'corners|cornered|corner _ me',
    `@agent _ ${inflect('get:got')} _ in _ my _ face`,
    'slit|cut _ my _ throat',
    'not|never _ safe _ at+work|around+him|around+her|with+him|with+her|around+them|around+my',
    'knows what car i drive',
  ],
  control: [
    '@agent _ not|never _ let me',
    `@agent _ ${inflect('change')} _ my _ password|passwords|passcode|pin|locks`,
    `${inflect('read check monitor')}|goes+through|went+through|going+through _ everything|my+texts|my+messages|my+phone|my+email|my+emails|my+dms|my+chats|my+browser|my+history|my+bank|my+location|my+mail`,
    `@agent _ ${inflect('control')}|controlling _ all|my|the _ money|finances|paycheck|accounts|bank|cards|spending|phone|car`,
    `@agent _ ${inflect('take:took:taken keep:kept hide:hid:hidden hold:held')}|has _ my|the|all _ id|passport|papers|documents|check|paycheck|card|cards|debit|keys|car+keys|phone|charger|wages|benefits|social+security|money`,
    `${inflect('take:took:taken')} _ money _ from _ my`,
    `${inflect('hand give:gave')} _ over|him|her|them? _ my|the _ card|debit|paycheck|pin|password|passwords|passcode|wages|keys|phone`,
    `have|has|had|must _ to? _ ${inflect('send:sent share text')} _ him|her|them _ pic|pics|picture|photo|selfie|location|proof`,
    'logged|hacked _ into _ my',
    'knows|knew|reads _ what|everything _ i _ text|say|write|do',
    'tracks|tracking _ my location|phone|where',
    'tells|decides _ me _ what to wear',
    'not allowed to _ see|talk|leave|go+out|have+friends|work|drive',
    'he|she is _ controlling',
    'isolates|isolated|isolating me',
    `owe|owes|owed _ him|her|them __ have+to|make+me|work`,
  ],
  'unsafe-home': [
    'safer _ than _ home|being+home|with+him|with+her',
    'sleeping|sleep|slept|stay|staying|crash|crashing _ in _ my|the? _ car|truck|van _ because|tonight|to+get+away|away|so|some+nights|instead|when',
    'can not go _ back|home _ he|she|is|there',
    'can not|cannot|afraid+to|scared+to|not+safe+to _ be|stay|go _ in|at|back|home _ that|the|this|same|my? _ house|home|apartment|place|room _ with _ him|her|them',
    'he|she is _ there|here|home _ with _ gun|knife',
    'not|never _ safe _ at+home|house|in+my+home|home',
    'not _ safe|feel+safe|feel+safe _ in|at _ my|own? _ home|house|apartment|place|room|bed',
    'afraid|scared|terrified _ to go _ home',
    'so|because _ not _ have+to _ go|be _ home',
    'need _ somewhere|place _ safe',
  ],
};
