import { inflect } from './inflect.js';

/**
 * English concept patterns (notation in ../../patterns.ts; macros in ../en.ts).
 * Someone is hurting, threatening, controlling or stalking the writer, or home is not safe.
 * Most patterns are frames: someone (@agent) + a verb family + the writer as the one it lands on.
 */

/** Blows that are violence whoever they land on: "slammed me", "slapped my face". */
const blow = inflect(
  'hit punch slap kick choke strangle strangld shove beat:beaten slam stab bite:bit:bitten spit:spat smack headbutt stomp pinch pin drag whip burn attack assault elbow knee backhand slug strike:struck body-slam curb-stomp choak choke-slam clock sock wallop thump pummel maul',
);
/** Blows that name violence even with nobody named: "choked me", "strangld me". */
const strongBlow = inflect('choke strangle strangld punch slap shove stab headbutt stomp smack backhand whip');
/** Done to the writer, said in the passive: "got choked", "was beaten". Everyday ones ("got hit") need "by" someone. */
const beatenBy = 'hit|punched|slapped|kicked|shoved|pushed|slammed|smacked|headbutted|stomped|pinned|dragged|whipped|burned|grabbed|thrown|bitten|jumped';
const beaten = 'beaten|beat+up|choked|strangled|stabbed|attacked|assaulted|abused|mugged|roughed+up|knocked+around|smacked+around|slapped+around|pistol-whipped';
/** Everyday verbs that are violence only against the writer's body: "threw the remote at my face". */
const force = inflect('push throw:threw:thrown squeeze twist yank shake:shook cut trip scratch restrain tie jerk shove kick hit');
/** Grabbing and holding are everyday except at the neck, throat or hair. */
const seize = inflect('grab hold:held pull');
const throat = 'my+neck|my+throat|my+hair|my+face|my+jaw|me+by+the+neck|me+by+the+throat|me+by+the+hair|me+down|me+against';
const body =
  'my+face|my+head|my+neck|my+throat|my+arm|my+arms|my+wrist|my+wrists|my+hair|my+hand|my+hands|my+ribs|my+chest|my+back|my+leg|my+legs|my+stomach|my+jaw|my+mouth|my+nose|my+eye|my+body|my+shoulder|my+shoulders|my+fingers';
const intimate = 'my+ass|my+butt|my+breast|my+breasts|my+boob|my+boobs|my+chest|my+crotch|my+thigh|my+thighs|my+leg|my+privates';
/** Threatened harm that is not hyperbole ("kill me if I'm late" is; "cut me if he sees me" is not). */
const violent = inflect('stab shoot:shot cut slit beat:beaten burn break:broke strangle choke drown bury smash hurt');
/** What someone threatens to do to the writer. */
const harmTo = `${inflect('kill unalive murder hurt stab shoot:shot beat bury burn cut slit break:broke strangle choke drown end jump ruin destroy smash wreck')}|fuck+up|mess+up|beat+up|come+after`;
/** Who keeps calling or turning up when it is stalking, not a mother checking in. */
const pursuer = 'ex|stranger|someone|somebody|guy|man|woman|client|participant|coworker|co-worker|he|she|they|boss|neighbor|neighbour|creep|landlord|dealer';
/** Who keeps calling when it is harassment: not a "he" or "she" who may be a relative in trouble. */
const caller = 'ex|stranger|someone|somebody|guy|man|woman|client|participant|coworker|co-worker|boss|neighbor|neighbour|creep|landlord|dealer|husband|boyfriend|bf|girlfriend|gf|wife|partner';
/** Who is at the door when it is not a delivery: "my ex is outside banging on the door". */
const intruder = 'ex|he|she|they|husband|wife|boyfriend|girlfriend|bf|gf|partner|dad|stepdad|father|pops|stranger|guy|man|landlord|dealer';

export const harmFromOthersConcepts: Record<string, string[]> = {
  'partner-violence': [
    `@agent _ ${blow} _ me|us|${body}`,
    // An everyday verb is violence only when the writer is right after it ("cutting and showed me" is not).
    `@agent _ ${force} me|${body}`,
    `@agent _ ${force} _ the|a|his|her|their _ __ at|into|against|across _ ${body}`,
    `@agent _ ${seize} _ ${throat}`,
    `${inflect('hold:held put press')} _ a|his|her? _ knife|gun|blade|pillow _ to|against|over _ my`,
    'me|i _ a _ beating|whooping|whipping|beatdown|ass+whooping|ass+kicking',
    `${strongBlow} me`,
    `${blow} me|us again|when|whenever|if|every|last+night|yesterday|til|till|until|so|around|hard|because|with`,
    `${force} me when|whenever|if|every|again|around|down|into|against`,
    `get|got|gets|getting|being|was|am|been _ ${beaten}`,
    `get|got|gets|getting|being|was|am|been _ ${beatenBy} _ by _ @agent`,
    `${inflect('throw:threw:thrown swing:swung lunge charge')} _ at _ me|${body}`,
    // Coming at the writer is an attack only said straight ("came at me", "came right at me with a bottle"); "came back
    // swearing at me" after a reversal is words.
    `${inflect('come:came')} right|straight|running|charging|flying? at me|${body}`,
    // "sitting on my hands" with no one doing it is the writer holding back (from self-harm, from a reply), not violence.
    `${inflect('sit:sat kneel:knelt')} _ on _ me|${body.replace('|my+hand|my+hands', '')}`,
    `@agent _ ${inflect('sit:sat kneel:knelt')} _ on _ my+hand|my+hands`,
    `${inflect('punch kick slam smash break:broke:broken')} _ through|a+hole|holes|in|down _ my|the _ door|wall|walls|window|windshield`,
    `@agent _ ${inflect('punch kick slam smash hit')} _ the|a _ wall|walls|door|steering+wheel|dashboard|window|table|mirror _ next+to|near|beside|by|with+me|behind+me|inches|right+by|over+my|above+my|to+scare`,
    `${inflect('drive:drove:driven')} _ fast|90|100|crazy|recklessly|like+a+maniac _ to _ scare|punish|threaten _ me`,
    `@agent _ getting|gets|got|is|been _ more|really|so|very? _ aggressive|violent|physical|scary`,
    'headlock|chokehold|choke+hold|sleeper+hold|his+fists|her+fists|their+fists',
    `@agent _ ${inflect('raise lift:lifted')} _ his|her|their|a _ hand|hands|fist|fists _ to|at|against|on _ me`,
    `${inflect('take:took:taken')} _ it _ out _ on _ me`,
    // Minimised: "he only grabs my wrist", "it only gets physical when he drinks", "never leaves marks on my face",
    // "punches walls and throws things near me": the hedge is part of how harm is told.
    `@agent _ only|just|sometimes|still|always _ ${seize}|${inflect('squeeze twist yank')} _ my _ arm|arms|wrist|wrists|shoulder|shoulders|hand|hands`,
    `@agent _ ${seize}|${inflect('squeeze twist yank')} _ my _ arm|arms|wrist|wrists|shoulder|shoulders _ hard|too+hard|so+hard|until|till|til|and+i|again|sometimes`,
    'physical|rough|violent _ like? _ once|twice|a+few+times|every|when+he|when+she|when+they _ a? _ month|week|drinks|drinking|is+drunk|gets+drunk|high|mad|angry',
    `never|not|careful+not+to|makes+sure+not+to _ leave|leaves|left _ marks|bruises _ on+my+face|where|that+show|anywhere|people`,
    `@agent _ ${inflect('punch kick')}|put+his+fist|put+her+fist _ walls|holes|the+wall|the+walls|through+the+wall|through+walls`,
    `@agent _ ${inflect('throw:threw:thrown')} _ things|stuff|plates|dishes|glasses|bottles|chairs|shoes|furniture _ near|around|past|toward|towards|by _ me|my+head|my+face`,
    'pushed|shoved|threw|thrown _ me _ down|into|against|off|out|to+the+ground|across',
    '@agent|them|people|staff|kids _ beat|beats|beating _ me|us _ up',
    '@agent _ put|puts|putting|laid|lays|wrapped _ hand|hands _ on|around _ me|my+neck|my+throat',
    'bruises|bruise|marks|black+eye|shiner _ from|he|she|gave _ him|her|them|me|my|his|the+belt|the+fight|last',
    'afraid|scared|terrified|frightened _ of _ @agent|my',
    'walking|walk _ on _ eggshells',
    'tiptoe|tiptoeing|tip+toe|tip+toeing _ around _ @agent|everything|him|her',
    'heart|stomach|flinch|flinches|freeze|panic|panics|dread|nervous|anxious|terrified|scared|shaking|sick _ _ when|whenever|every+time|once _ i _ hear|see _ his|her|their _ car|truck|key|keys|footsteps|voice|door|name|ringtone|boots|engine',
    'which|what _ version|mood _ of _ him|her|them _ is|will|coming',
    'flinch|flinches|flinched|flinching|freeze|freezes|tense|tenses _ up? _ when|whenever|every+time _ he|she|they|i+hear|his|her',
    `@agent _ get|gets|getting|got|become|becomes|turn|turns|is|be|can+be _ real|so|really|very? _ scary|violent|physical|rough|aggressive|dangerous|handsy|abusive _ when|after|if|once|whenever|every`,
    'domestic violence|abuse',
    'dv|ipv|domestic+violence|domestic+abuse _ situation|stuff|again|at+home|going+on|happening|relationship|happened|incident',
    'abusive|abusing|abuses|abused|abuse _ me|relationship|partner|husband|boyfriend|wife|girlfriend',
    'he|she|they _ hurts|hurt|hurting me',
    `lock|locks|locked|locking _ me _ in|out|inside|up`,
    'broke|smashed|threw|throws|broken _ my _ phone',
    `@agent _ ${inflect('kill drown kick hurt strangle choke throw:threw beat hit stab poison')} _ my|the _ dog|cat|pet|puppy|kitten|dogs|cats`,
    // Told sideways, in passing: "pull a knife on me in the van", "pushd me down the stairs", "been putting hands on me again".
    `${inflect('pull')} _ a|his|her|their _ knife|gun|blade|box+cutter|razor|pistol _ on _ me|us`,
    'pushd|shovd|pusht|shoved|pushed _ me _ down|into|against|off|out',
    'put|puts|putting|laying|laid _ hands|his+hands|her+hands _ on _ me _ again|when|whenever|if|every|last|in|before|after|while|too',
    `${inflect('break:broke:broken smash')} _ mine|my+phone _ against|on|into|in+half|when|because|so`,
    `${inflect('break:broke:broken kick bust smash')} _ my _ door|window|windows|windshield|front+door _ down|in|open|off|again|tonight|last|when|while`,
    `${inflect('chase')} _ me _ down|through|around|out|into|with|across|to|home|yelling|screaming`,
    'put|puts|putting hands|his+hands|her+hands on me',
    'husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|mom|stepdad|son|daughter|brother|sister hurts|hurting|beats|abuses|chokes me',
    `${inflect('pull')} _ a|his|her|their _ knife|gun|blade|box+cutter|razor|pistol _ when|whenever|every+time|again`,
    '@agent _ drunk|high|raging|wasted _ and _ throwing|breaking|smashing|punching|screaming',
  ],
  'sexual-assault': [
    // Told without the word: "i didnt want to and he kept going", "comments about my body and then he touched me".
    'did+not+want+to|did+not+want+it|was+not+into+it|was+too+drunk|was+asleep|was+passed+out|froze _ and|but _ he|she|they _ kept|did+it+anyway|kept+going|did+not+stop|went+ahead|finished',
    'comments|comment|remarks|jokes _ about _ my _ body|chest|boobs|breasts|ass|butt|legs|figure|underwear',
    `@agent _ ${inflect('send:sent')} _ me _ sexual|explicit|dick|nude _ messages|texts|pics|photos|pictures`,    "sa'd|grped|grapd|graped|grape'd",
    `@agent _ ${inflect('touch grope kiss grab pinch rub')} _ me`,
    `${inflect('rub grind press')} _ up|himself|herself _ against|on _ me`,
    `@agent _ ${inflect('come:came')} _ into|in _ my _ room|bed|bedroom _ at+night|when|while`,
    'roofied|roofie|roofies|roofy|rufied',
    'strangers+bed|stranger+bed|strange+bed|strangers+place|strangers+house',
    `@agent _ ${inflect('grab grope touch pinch slap squeeze rub')} _ ${intimate}`,
    'not|never _ stop _ when|after _ i _ said+no|said+no.|told+him|told+her|asked|begged|cried|pushed',
    'said|say no|no. _ but|and _ he|she|they _ kept|did|still|anyway|went',
    `${inflect('tell:told ask beg')} _ him|her|them _ to _ stop __ not|kept|did+not|would+not|ignored|anyway|still`,
    'rape|raped|raping|grape|graped|molest*|sa-d',
    // "SA" said only where it reads as the abbreviation: Tagalog "sa" (salamat sa lahat, traffic sa edsa) is a preposition.
    'sa stuff|things|survivor|survivors|trauma|history|disclosure|by|d|ed',
    'for|past|about|some|experienced|survived|hizo sa',
    'sexual|sexually _ assault|assaulted|abused|harass*',
    'assaulted|forced|pressured _ me',
    'made|makes|make _ me _ have+sex|do+things|do+stuff|sleep+with|touch+him|touch+her',
    '@agent _ did|does|do|doing|done _ stuff|things _ to me',
    '@agent _ not _ take _ no _ for',
    `${inflect('expose flash')} _ himself|herself|themself|themselves? _ to? _ me`,
    `${inflect('pressure push')} _ me _ to|into __ hotel|room|bed|his+place|her+place|nudes|pics|sex|date|hook+up|sleep+with`,
    'depends|depend _ on _ it|me+sleeping|me+going',
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
    `${inflect('send:sent')} _ me _ pic|pics|photos|photo|picture|pictures|videos|video|a+pic|a+photo _ of _ his|her|their _ junk|dick|penis|privates|genitals|naked+body|cock|bits|body`,
    'keeps|kept|keep|will+not+stop|wont+stop|would+not+stop _ touching|grabbing|groping|rubbing|kissing _ me|my',
  ],
  stalking: [
    // At the door, the window or the writer's work: "my ex is outside my apt banging on the door", "showed up at the clinic".
    `${intruder} _ is|was|been|keeps|kept|came|comes? _ banging|pounding|kicking|hammering|beating|knocking _ on|at _ the|my _ door|doors|window|windows`,
    // Outside is a watch kept on the writer; "she is at my place" may be a friend who came to be safe.
    `${intruder} _ is|was|been|keeps|kept _ outside _ my _ apt|apartment|house|door|window|work|job|place|crib|building|car`,
    `${pursuer} _ is|was|been|keeps|kept _ at _ my _ apt|apartment|house|door|window|work|job|crib|building|car _ again|every|all|waiting|banging|yelling|screaming|drunk|at+night`,
    `${pursuer} __ ${inflect('show:showed:shown turn pull:pulled')}|pulling _ up _ at|outside _ my|the _ clinic|bar|apt|apartment|crib|program|center|shelter|class|meeting|building|place|car|kids+school|school|job|office|work`,
    'knows|knew|know _ when _ i _ am+alone|am+home|leave|get+off|sleep|am+by+myself',
    `@agent _ ${inflect('hack')}|logging+into|loging+into|logged+into|logs+into _ my _ email|accounts|account|phone|instagram|facebook|icloud|snap|snapchat|bank`,
    `${pursuer} _ parked|sitting|waiting|standing _ across+from|outside|in+front+of _ the|my _ drop-in|clinic|center|office|building|shelter|house|apartment|work _ every|again|watching|all`,    'since|after _ i _ blocked',
    'follow|follows|followed|following _ my+car|my+house|me+home',
    'parked|waiting|sitting|parks|sits|idling _ on|outside|at|across|across+from|near|by|in+front+of|down+the+street+from _ my _ street|house|work|door|apartment|place|building|job',
    'driving|drives|drove _ past|by _ my _ house|place|apartment|work|job|office|school|building',
    `${inflect('take:took:taken snap')} _ pictures|photos|pics|videos|video _ of _ me|my+house|my+car|my+kids|my+door|my+apartment|my+window`,
    `${inflect('message send:sent text dm email')} _ me _ my _ address|home+address|location|schedule|plate`,
    `${inflect('find:found figure:figured learn ask')}|found+out|figured+out _ where|what+time|when _ i _ work|live|leave|get+off|sleep|park`,

    'still _ found|finds|tracked _ me',
    // "keeps showing up" ("keeps showing me her cuts" is a disclosure, not a pursuit).
    `${pursuer} _ keeps|keep|kept|wo+not+stop|will+not+stop _ showing+up|following|waiting|watching|driving+by|turning+up`,
    // "my ex keeps calling"; a "he" or "she" who keeps calling is someone else's trouble ("she keeps calling me drunk") unless it does not stop.
    `${caller} _ keeps|keep|kept|wo+not+stop|will+not+stop _ calling|texting|messaging|emailing|dming`,
    'he|she|they _ keeps|keep|kept|wo+not+stop|will+not+stop _ calling|texting|messaging|emailing|dming _ me? _ from|after|even|all|every|nonstop|constantly|non-stop|over+and+over|at+work|at+night|@many|new|different|private|unknown|hundreds|dozens|until|til|till|threatening|saying',
    'following|followed|follows _ me _ home|to|everywhere|around|from',
    'stalk|stalks|stalked|stalking|stalkin|stalkng|stalker|stalkers|stalkerware',
    'watching|watches me _ from|through|outside|sleep',
    `${pursuer} __ shows|showed|showing|show|turns|turned|turning _ up _ at|outside _ my|the _ work|house|home|job|gym|door|school|store|office|apartment|place|church|meeting|meetings|group|pickup`,
    `${inflect('wait')} _ outside|at|for|by _ my|me|the+office|work|the+building|my+car|the+house`,
    `@agent _ ${inflect('stare')} _ at _ me`,
    `flowers|notes|gifts|letters|presents|packages _ from _ my? _ ex|him|her|stranger|unknown|someone`,
    `${pursuer} _ ${inflect('follow')} _ me|my+car`,
    // "he left creepy notes on my car" (not the writer's own "left my login stuff in a doc").
    `${inflect('leave:left')} a|the|some|more|another|little|creepy|weird|dead|anonymous|handwritten? flowers|notes|gifts|letters|things|stuff|presents _ on|at|outside|in _ my`,
    'new|fake|another _ accounts|numbers|account|number|profile|profiles _ after|every|blocked|with|using|of _ my?',
    'blocked _ him|her|them|number _ still|but|and',
    'knows|knew|know _ where _ i _ live|am|work|go|have+been|was|sleep',
    'knows|knew|know _ what _ i _ look+like|drive|wear|wore',
    'tracker|airtag|spyware|stalkerware|gps|tracking|location _ app|apps|device|tag? _ on|in _ my _ car|phone|bag|purse|laptop|truck|coat',
    `${inflect('post share leak put')} _ my _ address|number|location|nudes|info|home+address|phone+number|schedule`,
    `${inflect('post share leak send:sent show:shown')}|threaten* _ my|our? _ nudes|nude+photos|nude+pics|naked+photos|naked+pics|private+photos|private+pics|intimate+photos|sex+tape|videos+of+me`,
    `${inflect('post share leak put tell:told')} _ where _ i _ live|work|sleep`,
    'doxxed|doxed|doxxing|doxing|dox|doxx',
    'will not leave me alone',
    `${inflect('pop turn show:shown')} _ up _ wherever|everywhere|anywhere|every+place|all+over`,
    'wherever|everywhere _ i _ go|am|went|turn',
    'slashed _ tires',
    // Let in without asking, watched online: "landlord let himself into my apartment again", "made a fake account".
    `@agent _ ${inflect('come:came walk let:let')} himself|herself|themselves? in|into my? apartment|room|bedroom|house|place|unit? again|while|when|uninvited|without|drunk`,
    '@agent _ made|makes|making|created|creates _ a|another _ fake|burner|second|secret _ account|profile|page|instagram|number',
    `${inflect('watch')}|monitoring|monitors|tracking|tracks|reading|reads _ everything|every+word|all _ i _ post|do|say|write|text`,
    'dead _ bird|rat|animal|cat|mouse|fish|rabbit _ on|at|in _ my _ doorstep|door|porch|car|mailbox|step|steps|windshield|yard',
    `${inflect('post share put')}|posting|sharing _ my _ picture|pic|photo|face|address|info|name _ online|everywhere|on|calling|saying|with`,
    'restraining|protective|protection order|orders hearing|court|petition|paperwork',
    'get|got|getting|file|filed|filing _ a|an restraining|protective|protection order',
    // A watcher named ("he's watching my house", "someone keeps watching my window") or a watching told as kept up; a favour
    // asked ("can you watch my kids tomorrow", "watch my car while i run in") names nobody but the one asked.
    `@agent _ ${inflect('watch')} _ my _ house|place|apartment|window|windows|door|car|kids`,
    `been|keeps|kept|always|still|constantly _ watching _ my _ house|place|apartment|window|windows|door|car|kids`,
    `${inflect('watch')} _ my _ house|place|apartment|window|windows|door|car|kids _ from|through|outside|every|at+night|all+night|again`,
    '@agent _ found|finds|knows|found+out|figured+out _ my _ new _ place|address|apartment|number|house|job',
  ],
  threat: [
    // A threat reported without quotes: "said if i tell anyone hell do worse", "blackmailed".
    `if _ i _ ever? _ tell|told|say|said|report|call|leave|left|go|went _ anyone|anything|anybody|the+cops|the+police|someone? __ he|she|they|hed|hell|shed|theyd|theyll _ will|would|going+to|gonna? _ do+worse|${harmTo}|kick|make|take|find`,
    'blackmail|blackmailed|blackmailing|sextort*',
    `@agent _ ${inflect('say:said tell:told')} _ they|he|she|hed|theyd|shed _ would|will|going+to? _ do _ it _ again`,    `@agent _ will|would|going|gonna|threaten*|threat|threats|said|says|told|swore|swears|promised|promise _ ${harmTo} _ me|my`,
    `@agent _ will|would|going|gonna _ ${harmTo}|find|put _ me`,
    `@agent _ will|would|going|gonna _ get _ me _ back|good|for+this|for+that|if|when|one+day|eventually|alone`,
    '@agent _ will|would|going _ make+sure',
    `${inflect('post share leak send:sent show:shown')} _ the|my? _ videos|video|pics|photos|pictures|nudes|tape _ of|with? _ me`,
    'threaten* _ gun|knife|weapon|bat|come+back',
    '@agent _ showed|pointed|waved|held _ me? _ gun|knife',
    'know|knows|knew _ where|which _ my|we|i|you|your|daycare|school|house|car|apartment',
    'know|knows|knew what my|your|happens',
    `@agent _ says|said|told|threatens|threatened|keeps+saying|swears|swore|texted _ if _ i|you __ _ will|would|going|gonna|never|i+am+done|i+am+dead|you+are+done|you+are+dead`,
    'knows|knew|know|found _ my _ kids|kid|children|daughter|son|wife|husband|family _ names|name|school|schedule|address',
    'i|you _ should|better|had+better _ be+careful|watch+out|watch+my+back|watch+your+back|sleep+with',
    `@agent _ will|would|going|gonna _ ${inflect('out report call tell:told expose')} _ me|on+me`,
    `${inflect('make:made')} _ me|my+life _ pay|hell|regret|suffer|miserable`,
    'you are|your|youre|ur _ dead|done|finished _ if|when',
    'make|makes _ sure _ you|i _ never|not _ see|walk|work|get',
    'never see _ the|my|your _ kids|baby|children|son|daughter _ again',
    'if _ you|i _ ever? _ leave|tell|report|call|testify __ will|would|going|gonna _ ${harmTo}|make+sure|take|never',
    'end|wind _ up _ in _ a|the? _ ditch|grave|hospital|body+bag|morgue|box|trunk|wheelchair',
    'sleep tight|sweet+dreams',
    'with me in it|inside',
    '@agent _ will|would|going|threatens|threatened|says|said _ take|taking _ the+kids|my+kids|my+children|my+son|my+daughter|the+baby',
    '@agent _ broke|breaks _ into',
    'threaten*|threat|threats _ me|kill|hurt|my+life|my+kids|shoot|stab|beat',
    '@agent _ threaten*|threat|threats _ to _ kill|hurt|shoot|stab|beat|find|take+my|burn',
    // The threat's words quoted: "keeps threatening to 'end me'", 'threatened to "finish me off"'.
    'threaten*|threat|threats _ to "? \'? kill|hurt|end|finish|shoot|stab|beat|off|smoke|merk|get _ me',
    // Someone else's weapon turned on the writer: "he has a gun and he's going to use it on me".
    'going+to|gonna|will|would|hed|shed|theyd _ use _ it|that|the+gun|the+knife|them _ on _ me|us',
    // A weapon kept "for" the writer should they leave: "says its for me if i ever try to leave", 'its "for if i ever leave"'.
    'for _ me _ if _ i _ ever|try _ try? _ to? _ leave|left|break+up',
    'for "? \'? if _ i _ ever|try _ try? _ to? _ leave|left|break+up',
    // Both driven off the road or a bridge if the writer leaves: "he'll drive us both off the bridge if i try to leave".
    'drive|crash|run _ us|me _ both? _ off|into _ __ if _ i _ ever? _ try? _ to? _ leave|go|break+up',
    '@agent _ making|make|made|makes|sending|sent _ threats',
    '@agent _ said|says|told|texted _ kill|hurt|end|ruin _ me',
    'kill|hurt|end _ me if',
    `${harmTo} _ me|us _ if|when|once _ __ leave|leaving|left|tell|telling|told|report|reporting|call|calling|called|cops|police|divorce|break+up|breaking+up|shelter|restraining|protective|testify`,
    `afraid|scared|terrified|frightened|worried _ @agent _ will|would|going|gonna|might _ ${harmTo} _ me|us`,
    `said|says|told|texted|saying|screamed|yelled|wrote|messaged|threatened|voicemail|text|message _ __ __ ${harmTo} me|my|us|up+me`,
    `${inflect('make')} _ it _ look _ like _ i+did+it+to+myself|i+killed+myself|i+did+it|an+accident|a+suicide|suicide|i`,
    `${violent} _ me|us if|when|once _ he|she|they|i|you|ever|catch|catches|see|sees|finds|find`,
    `${inflect('send:sent text post')} _ me? _ a? _ pic|picture|photo|photos|pics|video _ of _ my _ house|home|door|front+door|apartment|window|bedroom|kids|daughter|son|car`,
    `@agent _ ${inflect('come:came show:showed:shown turn')}|showed+up|shows+up|turned+up _ __ with|holding|waving|carrying _ a|his|her? _ bat|knife|gun|machete|crowbar|hammer|axe|weapon|pistol|rifle`,
    'watch your|my _ back',
    'sleep with one eye open',
    // Said to the writer in the speaker's own words ("i'll break your jaw", "nobody will ever find you"): harm to the
    // writer only when someone else says them, quoted or reported (read.ts); the writer's own "enjoy your last day" is not.
    `i _ will|would|am+going+to|am+gonna|going+to|gonna|can|could _ ${harmTo}|find|hunt+down|track+down _ you|your`,
    'know|found|found+out|see|saw _ where _ you _ live|work|park|sleep|are|go|stay|moved',
    'know|see|saw|found|have _ your _ new? _ car|house|address|place|apartment|window|kids|school|work|job|number|location',
    'lucky _ i _ not|never _ _ kill|hurt|beat|bury|put|break|shoot|stab|end|snap|throw|choke|drown',
    'nobody|no+one|noone _ will|would|going+to|gonna _ ever? _ find|finds|believe|hear _ you',
    'if i can not have you',
    'enjoy _ your _ last',
    'say _ one+more _ word|thing _ and',
    'shame if _ something|anything _ happen|happened|happens',
    'you will|gonna|going _ pay|regret',
    'if i had a gun',
    'told|tells me to? kys|die|kill+myself',
    'kys',
    'corners|cornered|corner|cornering _ me _ in|and|against|alone|by|when|after',
    `@agent _ ${inflect('get:got')} _ in _ my _ face`,
    'slit|cut _ my _ throat',
    'not|never _ safe _ at+work|around+him|around+her|with+him|with+her|around+them|around+my',
    'knows what car i drive',
    // Exposure and ruin as the threat: "says he'll tell everyone unless i ...", "threatening to call ICE on me", "get me fired".
    '@agent _ will|would|going+to|gonna|says|said _ tell|call|report|out|expose|show _ everyone|everybody|people|ice|immigration|cps|my+po|my+boss|my+family|my+job|my+sponsor|my+parole+officer _ __ unless|if+i|or+else',
    'threaten*|threatening|threatened|threatens _ to _ tell|call|report|out|expose|show _ everyone|everybody|people|my+boss|my+family|my+job|my+sponsor|my+record|about+my',
    'threaten*|threatening|threatened|threatens _ to _ call|report _ ice|immigration|cps|the+cops|the+police _ on _ me',
    'threaten*|threatening|threatened|threatens _ to _ evict|fire|out|expose|deport|report me',
    '@agent _ will|would|going+to|gonna|could|can|threaten*|said|says _ get|have _ me _ fired|deported|arrested|evicted|kicked+out|locked+up|violated',
    `${inflect('make:made')} _ me|you _ disappear|vanish`,
    `${inflect('make:made')} _ my _ life _ hard|hell|a+living+hell|miserable`,
    'people|someone|somebody|they|guys|friends|people+should _ should|will|would|gonna|going+to|to _ handle|jump|teach|deal+with|see+about|come+for|run+up+on|pull+up+on _ me',
    `${inflect('call:called')}|calling _ me _ a _ snitch|rat|whore|slut|junkie|bitch|crackhead|cunt`,
    'i|me _ would|will|be _ on _ the _ street|streets _ by|if|unless',
    'said|says|told|texted|warned _ me? _ if _ i|you _ ever? _ testify|snitch|press+charges|talk+to+the+cops|go+to+the+cops|go+to+the+police|call+the+cops|call+the+police|report+him|report+her|report+it',
    'will|would|going+to|gonna _ use _ it|the+gun|that|the+knife _ if|when _ i|you _ ever? _ leave|tell|go|try',
    'out|expose me to my _ family|parents|mom|dad|boss|job|work|church|wife|husband|kids|po|sponsor',
    '@agent _ going+to|gonna|will|would|threaten*|threatening|says|said _ tell|call|text _ my _ po|parole+officer|probation+officer|boss|family|parents|wife|husband|kids|sponsor|caseworker',
    'post|leak|send|share|release|show _ videos|pics|photos|nudes|pictures|them|it _ __ unless+i|if+i+do+not|if+i+dont|or+else',
    '@agent _ will|would|going+to|gonna|said|says _ be+back|come+back|coming+back|come _ for _ me',
    'threatening|threatened|threatens _ eviction|to+evict+me',
    '@agent _ tells|told|telling|calls|called|calling|says|said _ me _ i+am|im|that+i+am|that+im? _ worthless|useless|nothing|stupid|crazy|a+burden|fat|ugly|pathetic|disgusting|a+waste|better+off+dead|a+junkie|a+whore|garbage|trash',
  ],
  control: [
    // Money, phone and permission: "have to ask him for money", "he gives me an allowance", "decides what i wear".
    'ask|asking|beg|begging _ him|her|my+husband|my+wife|my+partner|my+boyfriend|my+girlfriend|my+bf|my+gf _ for _ money|cash|gas+money|my+own+money|my+card|my+paycheck|my+phone',
    'he|she|husband|wife|partner|boyfriend|girlfriend|bf|gf _ give|gives|gave|giving _ me _ an|a? _ allowance',
    `@agent _ ${inflect('check monitor count track')}|goes+through|went+through|going+through _ every|all+my|all+the _ receipt|receipts|purchase|purchases|text|texts|message|messages|call|calls|dollar|penny|cent`,
    `@agent _ ${inflect('decide choose:chose pick')}|controls|control _ what|who|where|when|if|whether|how+much _ i _ wear|eat|talk|see|go|spend|am+allowed|can|text|call|visit|sleep|weigh|buy|post|get+to`,
    `not|never _ allowed|let|allowed+to _ to? _ have _ my _ own _ money|card|debit+card|bank+account|account|phone|car|keys|friends`,
    'permission _ to _ leave+the+apartment|leave+the+house|leave+home|go+outside|see+friends|see+my+friends|see+my+family|see+my+mom|visit|talk+to|wear|spend|buy|eat|call+my|go+to+work|go+to+church|go+to+meetings',
    `@agent _ ${inflect('smash break:broke:broken take:took:taken')} _ my _ phone _ when|because|so|after|if|every`,
    // Things the writer needs wrecked or kept to stop a going or a call: "smashed my laptop last night when i said i was going to my
    // meeting", "hid my car keys so i couldnt leave" (to the place named, so an idiom of going after it does not explain it).
    `@agent _ ${inflect('smash break:broke:broken destroy wreck snap hide:hid:hidden')}|threw|throws _ my _ laptop|computer|tablet|keys|car+keys|charger|bike|glasses|meds|wallet|id|bus+pass _ __ when|because|cause|bc|after|since _ i _ said|told+him|told+her|told+them|mentioned|asked? _ i? _ wanted|was+going|needed|had|was+leaving|want|need _ to? _ go|leave|see|visit|get _ to? _ my|a|the|her|his? _ meeting|meetings|group|class|appointment|job|interview|shift|session|sister|brother|mom|mum|dad|friends|family|church|sponsor|therapist|counselor`,
    `@agent _ ${inflect('smash break:broke:broken destroy wreck snap hide:hid:hidden')}|threw|throws _ my _ laptop|computer|tablet|keys|car+keys|charger|bike|glasses|wallet|id|bus+pass _ __ so _ i _ could+not|couldnt|can+not|cant|would+not _ leave|go|call|get+help|get+out|get+to|reach|drive+away`,
    '@agent _ not|never _ let me',
    `@agent _ ${inflect('change')} _ my _ password|passwords|passcode|pin|locks`,
    `@agent _ ${inflect('read check monitor')}|goes+through|went+through|going+through _ everything|my+texts|my+messages|my+phone|my+email|my+emails|my+dms|my+chats|my+browser|my+history|my+bank|my+location|my+mail`,
    `@agent _ ${inflect('control')}|controlling _ all|my|the _ money|finances|paycheck|accounts|bank|cards|spending|phone|car`,
    `@agent _ ${inflect('take:took:taken keep:kept hide:hid:hidden hold:held')}|has _ my|the|all _ id|passport|papers|documents|check|paycheck|card|cards|debit|keys|car+keys|phone|charger|wages|benefits|social+security|money`,
    `${inflect('take:took:taken')} _ money _ from _ my`,
    '@agent _ take|took|takes|hid|hides|unplugged|disabled|disconnected|cut|shut+off _ my|the _ router|modem|wifi|sim|internet|phone+line|car+keys|keys',
    'holds|hold|keeps|took|has _ my _ passport|id|papers|documents|visa|green+card',
    'can not|cannot|not+allowed+to _ quit|leave _ till|until|unless _ i _ pay|work',
    'permission _ to _ buy|eat|shower|spend|see+my|use+the+bathroom|use+my|leave+the+house|go+out',
    `${inflect('go:went')} _ over|through _ every|all _ receipt|receipts|purchase|purchases|text|texts|message|messages`,
    `@agent _ ${inflect('count check monitor track')} _ my _ money|cash|spending|receipts|pills|calories|food|miles|mileage|texts|calls`,
    `${inflect('take:took:taken keep:kept steal:stole:stolen cash')} _ my _ pension|paycheck|ssi|disability|benefits|wages|passport|id|stimulus`,
    'credit|card|cards|loan|loans|account|accounts|debt _ in _ my _ name',
    `${inflect('hide:hid:hidden throw:threw:thrown tamper poke flush')} _ my _ birth+control|condoms|pills|meds|medication|inhaler`,
    `${inflect('lock')} _ the|my? _ door _ from+outside|from+the+outside|on+me`,
    `${inflect('make:made force')} _ me _ sleep|stay _ in|on|outside _ the|a? _ garage|floor|car|outside|porch|basement|shed|yard|closet`,
    `he|she|they|ex _ has|have|had|got|knows|know _ my _ passwords|password|passcode|pin|logins|login`,
    'will not|wo+not|never|does+not|did+not|would+not _ let|lets|allow|allows _ me _ see|call|talk|leave|visit|go+out|work|drive|eat|sleep',
    // Right after the verb, so "handing in my keys and badge" and "gave back my keys" (returned at a job's end) are no control.
    // A bare "card" only handed over: "gave her my card" after meeting a client is a business card.
    `${inflect('hand give:gave')} over|up? all? my _ card|debit|paycheck|pin|password|passwords|passcode|wages|keys|phone`,
    `${inflect('make:made force')} _ me _ ${inflect('hand give:gave')} _ him|her|them|em|over _ all? my _ card|cards`,
    `${inflect('hand give:gave')} him|her|them|em all? my card|cards _ every|each|or|again|whenever|payday|so+he|so+she`,
    `${inflect('hand give:gave')} him|her|them|em all? my _ debit|debit+card|bank+card|credit+card|ebt+card|card+and+pin|paycheck|pin|password|passwords|passcode|wages|keys|phone`,
    `have|has|had|must _ to? _ ${inflect('send:sent share text')} _ him|her|them _ pic|pics|picture|photo|selfie|location|proof`,
    'logged|hacked _ into _ my',
    'knows|knew|reads _ what|everything _ i _ text|say|write|do',
    'tracks|tracking _ my location|phone|where',
    'tells|decides _ me _ what to wear',
    'not allowed to _ see|talk|leave|go+out|have+friends|work|drive',
    'he|she is _ controlling',
    'isolates|isolated|isolating me',
    // Held back by what someone keeps: "he took my meds and won't give them back unless", "cut off my heat and water".
    'will+not|would+not|refuses+to|refused+to|wont _ give|hand _ __ back _ unless|until|if|till',
    `@agent _ ${inflect('take:took:taken hide:hid:hidden flush keep:kept withhold:withheld')} _ my _ meds|pills|medication|insulin|inhaler|bupe|suboxone|methadone|script|kids|children|son|daughter|baby _ __ so+i|so+that|unless|until|away|again|and+will+not|and+wont|to+his|to+her`,
    `@agent __ ${inflect('cut shut turn')} _ off _ my _ heat|water|power|electricity|gas|utilities`,
    `@agent|husband|wife|partner|boyfriend|girlfriend|bf|gf _ who _ will+not|wont|does+not|never _ let|lets|allow|allows _ me|you _ see|have|use|touch|access _ my|your _ own? _ bank|money|account|card|paycheck|phone|car|friends|family`,
    `@agent _ ${inflect('go:went')}|going|goes _ through _ my _ bag|purse|stuff|things|room|drawers|locker|wallet|car`,
    `owe|owes|owed _ him|her|them __ have+to|make+me|work`,
  ],
  'unsafe-home': [
    // Ready to flee: "a bag packed by the door in case i need to leave fast", "a chair under the door handle".
    'bag|go+bag|suitcase|backpack _ packed __ in+case _ i _ need|have|gotta _ to? _ leave|run|get+out|go',
    'chair|dresser|table _ under|against|wedged+under _ the|my _ door|doorknob|handle|door+handle',    'safer _ than _ home|being+home|with+him|with+her',
    'sleeping|sleep|slept|stay|staying|crash|crashing _ in my|the|our|a? own? car|truck|van _ because|tonight|to+get+away|away|so|some+nights|instead|when',
    'can not go _ back|home _ he|she|is|there',
    'can not|cannot|afraid+to|scared+to|not+safe+to _ be|stay|go _ in|at|back|home _ that|the|this|same|my? _ house|home|apartment|place|room _ with _ him|her|them',
    'he|she is _ there|here|home _ with _ gun|knife',
    'not|never _ safe _ at+home|house|in+my+home|home',
    'not _ safe|feel+safe|feel+safe _ in|at _ my|own? _ home|house|apartment|place|room|bed',
    'afraid|scared|terrified _ to go _ home',
    'so|because _ not _ have+to _ go|be _ home',
    'can not|cannot|afraid+to|scared+to|not+safe+to _ be|stay|go _ home|there _ when|while|if|with|around _ he|she|they|my|him|her',
    `${inflect('hide:hid:hidden')} _ at|in _ work|my+car|the+car|the+bathroom|a+friend|my+room|the+closet _ until|till|from|when`,
    'not _ going|go|goin _ back _ to? _ that+house|that+apartment|that+place _ tonight|again|ever',
    'going|go _ home _ means|is _ dealing|getting|his|her',
    'need _ somewhere|place _ safe',
    // Ready for it at night: "sleep with my shoes on and my keys in my hand"; "don't feel safe sleeping there".
    'sleep|sleeping|slept _ with _ my _ shoes+on|jeans+on|clothes+on|keys+in|boots+on|a+knife|door+locked|back+to+the+wall|one+eye+open',
    'not|never|no+longer _ feel|feeling|felt _ safe _ sleeping|living|staying|being|going _ there|here|home|at+home|in+my|alone|at+night',
    'if _ i _ am+not|do+not|dont|never _ __ call|send _ the? _ police|cops|911 _ to|my|for',
    `@agent _ ${inflect('come:came walk')} _ into|in _ my _ room|bedroom _ __ would+not|will+not|wont|and+would+not _ leave`,
  ],
};
