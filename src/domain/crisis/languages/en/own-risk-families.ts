/**
 * English families of the writer's own risk read since branch t-en-own (2026-12-01), joined to own-risk.ts and
 * own-risk-hints.ts by en.ts (notation in ../../patterns.ts; macros in ../en.ts). Each is a way people say it without
 * the words of suicide: replies to a check-in ("1/5", "not really"), metaphors of games and machines ("quit and not
 * respawn", "battery at 0"), God asked to take them, being in everyone's way, self-harm slang ("sh'd again"), relapse
 * meant to end it ("nobody needs to narcan me"), the act begun ("started cutting and cant make myself stop"),
 * logistics said plainly (the kids' pickup, the roommate not stuck with the rent). Strong ones are concepts; the ones
 * with everyday uses are hints. test/unit/domain/crisis/own-risk-families.test.ts holds each family beside its look-alikes.
 */
export const ownRiskFamilies: Record<string, string[]> = {
  'wish-dead': [
    // Asking God to take them: "asking god to call me home early", "if the lord took me tonight i wouldnt fight it".
    'god|lord|jesus|heaven _ to? _ call|calls|take|takes|bring|come+get _ me _ home|early|already|in+my+sleep|tonight|soon',
    'if|when _ god|the+lord|jesus|death _ took|takes|came+for|comes+for|called _ me __ not|never _ fight|resist|mind',
    'told|tell|telling _ god|jesus|the+lord _ i+am|i _ ready',
    'not _ think _ heaven|god _ wants|want _ me',
    'pray|praying|prayed _ __ that? _ god|the+lord|jesus _ takes|take|took _ me',
    // Games and machines: "quit and not respawn", "irl hp at 1", "if life had an uninstall button", "not plugged back in".
    'quit|leave|log+off _ and _ not|never _ respawn|come+back|log+back+in',
    'not|never _ respawn|respawning',
    'someone|somebody|something _ to? _ finish|finishes _ me _ off',
    'life|existence|reality _ had|has _ an|a _ uninstall|delete|off|quit|exit _ button|switch',
    'alt+f4|alt-f4|alt+fa|uninstall|delete _ my _ whole|entire? _ existence',
    'not _ want _ to _ be _ plugged|charged|recharged|rebooted|restarted _ back|in|again',
    'benched|retired _ from _ life|living|existing',
    'done|finished _ with _ this|the _ playthrough|save+file|game+of+life',
    'hang|hanging _ up _ the _ gloves|cleats|jersey|skates _ on _ all+of+it|life|living|everything',
    'life included|existence+included',
    'running|run _ out _ the _ clock',
    'waiting|wait _ to _ die',
    'waiting|wait _ for _ the|my _ body _ to _ catch+up|give+out|give+up|quit',
    // Metaphor: "a mistake the universe is waiting to correct", "a candle burned to the bottom", "might just stop kicking".
    'mistake|error|glitch _ the|that+the _ universe|god|world _ is|still? _ waiting|trying|going _ to _ correct|fix|delete|erase',
    'feel|feeling|am|i+am _ like _ a _ candle|battery|match _ __ burned|burnt|dead|empty|out',
    'might|could|gonna|going+to|want+to|just _ stop|quit _ kicking|treading',
    'want|let _ the _ water|waves|river|ocean|current _ to? _ win|take+me',
    // Plain and second-language: "cant wait to die", "better if i am not alive", "worth more dead", "retirement plan is dying early".
    'can+not|not _ wait _ to _ die|be+dead',
    'better|easier|best _ if|that|when? _ i _ am|was|were|be _ not _ alive|living',
    'better|best _ i _ am|be _ not _ here|alive',
    'worth _ more _ dead',
    'retirement|pension|exit _ plan _ is|was _ dying|death|to+die',
    'how _ peaceful|nice|easy|quiet _ __ to _ not|never _ be+here|exist|be+around|be+alive',
    'should|should+have|supposed+to _ been|be|have+been _ me __ wish|want|hoping',
    'go|be _ where _ he|she|they _ went',
    'not _ sure|know|certain _ i|if+i _ want|wanna|wish _ to _ exist|stay+alive|live|be+alive|keep+living',
    'not _ think _ i _ will|can|could|am+going+to _ last|survive',
    'tired|sick|exhausted _ of _ waking|wakin|opening+my+eyes',
    'wake|waking|woke _ up? _ disappointed|upset|sad|annoyed|angry _ that _ i _ did|woke|am+here|am+alive',
    'wish|wished|wishing _ it|everything _ would|will|could _ all _ just? _ end|stop|be+over',
    'hoping|hope|wish|pray|praying _ __ meteor|asteroid|lightning|piano _ hits|hit|lands|crashes|falls _ on? _ me|my',
    'understand|get|see _ why _ people|someone|folks _ choose|chose|decide _ to _ die|end+it|kill+themselves|end+their+lives',
    'can+not|not _ picture|imagine|see _ a|any _ version|future _ of _ me|myself _ that+is|thats|where+i+am|who+is _ ok|okay|alive|happy|here',
    'can+not|not _ picture|imagine _ myself _ alive|here|living|around|old',
    // Why still here, said as a question or a wonder: "I wonder what I'm still here for", "dont know why i keep living".
    'what _ i+am|am+i|im _ still _ here|alive|around _ for',
    'not _ know _ why _ i _ keep|still|even _ living|going|trying|breathing|existing|here',
    'tired|sick|exhausted _ of _ fighting _ to _ stay+alive|live|survive|keep+living',
    'existing|living|surviving _ till|until|til _ i+am|im|i _ not',
    // Soft wishes: "easier to just disappear", "should just be gone", "want to fade", "wouldn't mind falling asleep and staying that way".
    'easier|better|simpler _ to _ just? _ disappear|vanish|not+exist|die|be+gone',
    'should|shoud _ just _ be+gone|be+dead|disappear|vanish|dissappear',
    'want|wanna|wish _ to? _ fade|fade+away|fade+out',
    'fall|go _ asleep|to+sleep _ and _ stay _ that+way|forever',
    'i _ could|would _ just? _ fall|go _ asleep|to+sleep _ and _ stay+asleep|never+wake|not+wake',
    'falling|going _ asleep|to+sleep _ and _ staying _ that+way|forever',
    'thinking|think|thought|dream|dreaming _ about|of _ going+to+sleep|falling+asleep _ and _ staying+asleep|never+waking|not+waking',
    'not _ mind _ falling|going _ asleep|to+sleep _ and _ stay|staying|not+waking',
    'wish|wished|wishing _ i _ had|would|d _ od|oded|overdosed|died|not+survived|not+woken+up|not+made+it',
    'wish|wished|wishing|want|wanna _ __ get|be _ deleted|erased|uninstalled',
    'nice|good|relief|peaceful _ to _ get|be _ in|into|hit _ a|by _ car+accident|accident|crash|bus|truck',
    'not|never _ let _ me _ wake|wake+up',
    'should|should+have _ been _ me|the+one _ who|that _ died|did+not+come+home|did+not+make+it|did+not+come+back',
    // Machines and games: "running on empty and dont want to refuel", "done kicking", "log off from life".
    'not _ want _ to _ refuel|recharge|refill|fill+up|plug+in _ anymore|again|ever',
    'done|tired|sick _ of? _ kicking|treading+water',
    'log|logging|clock|clocking|check|checking _ off|out _ from _ life|this+life|existence',
    'candle _ __ burned|burnt _ down? _ to _ nothing|the+end|the+bottom|the+wick',
    'blowing|blow _ out _ what+is|whats _ left',
  ],
  'suicidal-thoughts': [
    // "eating my gun", "walking into traffic", "go be a statistic", "not stop at the light", "ideation's back", "finish my life".
    'eat|eating|ate _ my|a|the _ gun|bullet|barrel|pistol',
    'think|thinking|thought|thoughts _ about|of _ walking|stepping|driving|running _ into|in+front+of|off _ traffic|a+bus|a+truck|a+train|the+bridge',
    'thought|thoughts|urge|voice _ __ just _ swerve|jerk+the+wheel|drive+off',
    'how _ easy _ it _ would|will|would+be|is _ be? _ to _ just? _ not _ stop|brake',
    "ideation|ideations _ is|are|s|'s|be|has|have _ back|loud|again|returned|returning",
    'go|going+to|gonna _ go? _ be|become _ a|another _ statistic',
    'finish|finishing _ with? _ my+life|this+life|my+own+life',
    'the|a _ forever|eternal|permanent _ nap|sleep|snooze',
    'thinking|think|thought|dream|dreaming _ about|of _ the _ big|long|final|eternal|forever _ sleep|nap',
    'imagine|imagining|picture|picturing|thinking+about|think+about|thought+about _ stepping|jumping|walking|driving _ off|in+front+of|into _ the? _ platform|train|traffic|ledge|bridge|tracks|subway',
    'thought|thinking|think _ about _ just? _ not _ turning|braking|stopping _ the+wheel|at|for',
    'thoughts _ keep|kept|keeps _ going|turning|drifting _ to _ dying|death|suicide|ending+it|killing+myself',
    'walk|walking|walked|drive|driving|swim|swimming|wander|wandering _ __ and _ not|never _ come+back|coming+back|return|returning',
  ],
  hopelessness: [
    'nothing _ changes|changed|will+change|ever+changes __ not _ see _ it _ changing|getting+better',
    'everything _ is _ gray|grey|black|dark __ not _ think _ color|colour|light|it _ is|will _ coming|come _ back',
    'what+is|whats _ even _ the _ point _ anymore|of+anything|of+living|of+trying|of+any+of+this',
    'nothing _ left? _ for _ me _ to _ look+forward+to|live+for',
    'life _ has|have _ no _ more? _ sense|meaning|point',
    'how _ much|many _ longer __ i _ want _ to _ keep|go|live|do',
  ],
  burden: [
    // In everyone's way: "everybody on this team is carrying me", "a problem people have to manage", "cost more than im worth".
    'everybody|everyone|they|team|family|people _ __ is|are _ carrying|dragging|babysitting _ me',
    'am|just _ a _ problem|mess|burden _ people|everyone|others _ have|has _ to _ manage|handle|deal+with',
    'cost|costs _ __ more _ than _ i+am|im|i _ worth',
    'in _ everyone|everybody|people _ s|is? _ way _ just? _ by _ being|existing',
    'weight|burden|load|anchor _ on _ everybody|everyone|their|my+family|people _ s|is? _ shoulders|back|backs',
    'they|she|he|everyone|everybody|family|kids _ would|d _ be _ free|fine|better _ without|w+o|wo _ me',
    'world|everyone|everybody|family|kids|they|house|home|place|team _ would|d|will _ be _ quieter|lighter|calmer|simpler|easier _ without _ me',
    'better+off|happier _ with _ a|another|someone _ __ not _ me',
    'better+off _ with _ the|my _ life+insurance|insurance|payout',
    'not _ think _ anyone|anybody _ would|will _ notice|care|miss',
    'deserve|deserves _ a _ better _ mom|dad|mother|father|wife|husband|partner|friend|daughter|son _ than _ me',
    'heavy|heaviest _ bag|load|weight|burden _ for|on|of _ my|the _ family|kids|team',
    'family|kids|parents|everyone|they _ __ paying|pay|pays|paid _ for _ my _ mistakes|problems|mess|existence',
  ],
  'self-harm': [
    // Slang and masked: "sh'd again", "been sh'ing", "c*tting again", "got the blades out again".
    "sh'd|sh'ing|sh'ed|ctting|cttng",
    'been|was|started _ sh|self+harming|harming|carving _ again|lately|this+week|every|most',
    'got|get|getting|took|pulled _ the|my _ blades|blade|sharpener _ out _ again|last+night|tonight|today',
    'been|was _ cut|cutting|ctting|sh _ again|agian|lately',
    'scratching|scratched|picking|biting _ so? _ hard _ its|it+is|that+it _ open|bleeding|bled',
  ],
  'acting-now': [
    'at|by _ the? _ river|lake|ocean|sea|water|pier|dam __ i+am|im _ walking|wading _ in|into',
    // The act begun and not stopped: "started cutting and cant make myself stop", "burning myself right now", "dont want stop blood".
    'cutting|burning and i? can+not|not|will+not _ make+myself+stop|stop|stop+myself',
    'cut|cutting|burning and i+am|im not going|gonna to? stop',
    'burning|cutting|hurting|scratching _ myself|my+arm|my+arms|my+wrist|my+legs|my+skin _ right+now|rn|now|as+we+speak',
    'not _ want|wanna|going|trying _ to? _ stop _ the? _ blood|bleeding',
    // Pills with drink: "drank half a bottle and took the sleeping pills with it".
    'drank|downed|chugged|finished _ half|a|the|whole|most _ __ bottle|fifth|handle __ and _ took|swallowed|popped|downed _ the|my|all|some? _ sleeping|@pills',
  ],
  intent: [
    // Relapse meant to be fatal: "not planning on waking up from this one", "nobody needs to narcan me this time".
    'not|never _ planning|going|trying|intending|expecting _ on|to _ wake|waking _ up? _ from|this+time|again|ever',
    'nobody|no+one|noone|anyone|not _ need|needs|going|able|can|could _ to? _ narcan|revive|bring+me+back _ me? _ this+time|tonight|again|back',
    'so|that _ no+one|nobody|noone|they _ can+not|will+not|not|could+not _ bring+me+back|narcan+me|revive+me',
    'use|using|take|taking _ enough _ that|so|to _ it _ ends|end|is+over',
    'not|never _ stopping|stop _ at _ one|1|two _ cut|cuts|burn|burns|this+time',
    'do|doing _ it _ properly|right|correctly _ this+time',
    // Deleting oneself in game and machine words: "deleting my character irl", "running rm -rf on myself".
    'deleting|delete|deleted _ my _ character|save|profile|avatar __ irl|in+real+life',
    'rf|rm|uninstall|shutdown _ on _ myself',
    // The water, entered now: "im at the river by the old mill and im walking in".
  ],
  method: [
    // How many it takes, asked of one's own pills: "googled how many of my pills it would take".
    'googled|looked+up|searched|researched _ how _ many|much _ of? _ my|the? _ @pills',
    'how _ many|much _ of _ my|the _ @pills|pill _ it _ would|will|would+it _ take',
  ],
};

export const ownRiskHintFamilies: Record<string, string[]> = {
  // Check-ins answered low (en.ts reads the score as `lowcheckin`) and "not ok" said of oneself.
  'low-mood': [
    'lowcheckin',
    'mood _ awful|terrible|horrible|bad|rough|low|shit|shitty|crap|worst|dark|bleak',
    'i+am|im|i _ not _ ok|okay|alright|good|great|fine|well|doing+well|doing+ok|doing+good',
    'im|i+am _ done _ pretending',
  ],
  'means-hint': [
    // Kept or taken out: "have my late husbands pistol", "60 of my moms oxy", "getting the razor next", "the blade is on the desk".
    'have|got|kept|keep _ my|his|her|the|a|dads|moms _ __ gun|pistol|revolver|rifle|shotgun|firearm|handgun',
    '@many _ of _ my|his|her|the _ __ @pills',
    'getting|grabbing|get|grab _ the|a|my _ razor|blade|knife|lighter|rope|gun _ next|now|out',
    'blade|knife|razor|gun|pills|rope|pistol _ is|s|are|be _ on|in _ the|my _ desk|table|nightstand|bed|lap|dresser|counter',
    'have|got _ the|my|all+my? _ @pills|medicine|medicines _ ready|counted',
    'hose|tubing _ and _ duct+tape|tape|zip+ties',
    'duct+tape|tape _ and _ a|some? _ hose|tubing',
    'brought|bringing _ the _ @pills|gun|rope|pistol|blades|razor',
    'heating|heated|heat _ up? _ the|a _ knife|blade|razor',
    'got|took|grabbed _ the|my|his|dads? _ gun|pistol|rifle|shotgun|revolver _ from|out+of',
    'with _ the|a|my|his _ shotgun|pistol|revolver|handgun',
    // "drive the rig off the grade": a vehicle aimed off an edge.
    'drive|driving|steer|steering|run _ the|my _ rig|truck|car|semi|van _ off _ the|a _ grade|cliff|bridge|overpass|pier|embankment|edge',
    "rope|noose|belt|cord _ is|s|'s|be _ already? _ tied|up|hung|ready",
    'threw|throw|thrown|tossed|dumped|flushed _ away|out _ my _ narcan|naloxone',
    'the _ stuff|pills|drug|batch|dope _ that|which _ almost|nearly _ killed _ me',
    'drive|driving _ off _ the|a _ cliff|bridge|overpass|pier|grade|embankment',
    'taking|take|swallow|swallowing _ mine|everything|all _ __ lockbox|medicine+cabinet|cabinet',
  ],
  place: [
    // At the water and going in: "im at the river and im walking in", "gonna walk into the ocean when it gets dark".
    'walk|walking|walked|wade|wading _ out? _ in|into _ the? _ water|river|lake|ocean|sea|waves|current|surf',
    'drove|walked|went|came _ to _ the _ spot _ where',
    'went|walked|drove _ out? _ to|into _ the? _ woods|barn|shed|back+forty|quarry|overlook',
    'at|on _ the _ edge _ of _ the|a _ dock|pier|roof|bridge|cliff|platform|lake+dock',
    'just|only _ need|have _ to _ roll|step|lean|tip _ forward|off|over',
    'drove|walked|went _ to _ the _ bridge|overpass|cliff|tracks|ledge|roof _ two|three|four|a+few|several|many _ times',
    'bridge|overpass|cliff|ledge|tracks|rooftop tonight|tn|tonite',
  ],
  'farewell-hint': [
    // The pet, the kids, the papers: "gave the cat to my sister", "arranged for my dog to go", "left my keys and badge with a note".
    'gave|give|giving|given _ the|our|my _ dog|cat|cats|dogs|pets|bird|rabbit|fish _ to',
    'made|making _ arrangements _ for _ __ dog|cat|cats|dogs|pets|kids|bird|rabbit',
    'arranged|arranging _ for _ my|the _ dog|cat|pets _ to',
    'left|leaving _ my? keys|key|phone|wallet|badge __ with _ a|the _ note|letter',
    'papers|documents|deed|deeds|passwords _ __ in|into _ the|my? _ __ drawer|safe|envelope|folder',
    'written|wrote|writing _ to _ my _ son|daughter|kids|wife|husband|mom|dad|sister|brother|family',
    'one|a+letter|a+note _ for _ each _ of _ my|the _ kids|children|family|grandkids',
    'left _ the|my? _ back|front? _ door _ unlocked|open _ for',
    'put|taped|stuck _ a|the _ note|letter _ on _ the|my _ door',
    'wrote|written|left _ everyone|each+of+you|you+all|you+each _ a|something|letter|note|little+something',
    'rehome|rehomed|rehoming _ both|my|all|our _ cats|dogs|pets|cat|dog',
  ],
  'preparation-hint': [
    'written|wrote|writing|drew+up|drawn+up _ my _ will|testament',
    // Money and chores set for after: "emptied my savings into my sons account", "prepaid my rent", "make sure someone picks up my daughter".
    'emptied|drained|put|moved _ my _ savings|account|money _ into|to|for',
    'paid|paying|pay _ back _ everyone|everybody|people|what+i+owe|what+i+owed',
    'left|leaving _ my|the _ phone|laptop _ unlocked',
    'deleted|deleting|wiped _ my? _ insta|tiktok|snapchat|twitter|email|socials',
    'prepaid|prepay|prepaying|paid+ahead|paid+up _ my? _ rent|bills|lease|phone',
    'make+sure|see+that|ensure _ someone|somebody|she|he|they _ picks+up|feeds|walks|takes|gets _ my',
    'wrote|write|written _ down _ the|my _ code|codes|pin|password|passcode|combination',
    'updated|changed|cleared _ the|my _ on+call|on-call|calendar|schedule _ __ so _ nobody|no+one',
  ],
  absence: [
    // Not here for what comes: "wont need to do this tomorrow", "dont worry about me after friday", "wont be answering these anymore".
    'not|never _ need|have _ to _ do|fill|answer|answering _ this|these|it _ @timing|anymore|again',
    'not|never _ be _ answering|doing|filling|reading|getting _ these|this|them _ anymore|again|after',
    'not _ worry _ about _ me _ after|when|once|anymore',
    'told|tell|telling _ her|him|them|everyone|my _ __ it|its|it+is|it+was _ just|only _ for _ a+bit|a+while|a+few+days|now|the+weekend',
    'not+want|do+not+want _ her|him|them|anyone|anybody|my+family|my+kids|my+mom _ to _ deal+with|clean+up|have _ __ mess|after|me',
    'so|that _ my? _ roommate|family|kids|wife|husband|mom|parents|landlord|sister|brother _ is+not|are+not|will+not+be|not|never _ stuck|left',
    'not _ be _ in|here|around _ on _ monday|tuesday|wednesday|thursday|friday _ or _ after+that|after|ever|any+day',
    'after _ today|tonight|this|friday|saturday|sunday|tomorrow _ i _ will+not|not _ be _ around|here',
    'so _ my _ parents|family|mom|dad|wife|husband|sister|brother|kids _ can _ get+in|access|unlock _ after|it|later',
    'thinks|think|thought _ i _ mean|meant|am+going|am+leaving _ a|on|for _ work|trip',
  ],
  finality: [
    // "the last one youll get from me", "the last thing is me", "so she knows where to find me", "see you never".
    'last|final _ one|message|checkin|check-in|reply|answer|update _ you _ will|ll _ get|hear|see _ from+me',
    'last|final _ thing _ left? _ is|s _ me|myself',
    'so _ she|he|they|someone|somebody _ knows|know|will+know _ where _ to _ find _ me',
    'and then _ i+am|im|i _ done|gone|out _ literally|for+good|forever|for+real',
    'final|last _ __ and then _ i+am|im|i _ done|gone|out',
    'one last time _ before _ i _ go|leave',
    'for _ whoever|whomever _ comes|finds|gets+here|shows+up',
    'for _ my|the _ kids|family|wife|husband|son|daughter|mom _ to _ find',
    'my _ last|final _ psalm|prayer|rosary',
    'this+time _ i _ want _ it _ to _ work|stick|count',
    'bye|goodbye _ before _ i _ go+through|go+thru|do+it|end+it',
    'and then _ it+is|its|it _ done|over',
    'see|seeya|cya _ you|ya|y+all|u? _ never',
    'so|that _ my? _ kids|children|daughter|son|wife|husband|mom|family|she|he|they _ do+not|not|never|will+not _ come+in|walk+in|find+me|see+me _ first',
    'going|go|ready _ to _ be _ with _ jesus|god|the+lord',
  ],
  // Gone by morning, said alone: urgent unless a trip or a move says where the writer is going.
  'last-words': ['not|never|will+not _ be? _ here|around|alive|breathing _ by|come _ morning|sunrise|dawn'],
  'plan-hint': ['circled|marked|crossed _ it|the+date|the+day _ on _ the|my? _ calendar', 'dry+run|practice+run|trial+run|test+run'],
  calm: ['seems|feels _ fitting|poetic', 'feel|feeling|felt _ good|great|ok|okay|fine|calm|peaceful|ready _ about _ going|my+decision|doing+it'],
  // Goodbyes that apologise or console: "sorry to do this to you all", "dont be sad".
  'goodbye-hint': ['sorry _ to _ do+this|put+you+through+this _ to? _ you|y+all|everyone', 'do+not|please+do+not _ be _ sad|mad|upset|angry _ at|about|for? _ me|it'],
  'plan-talk': ['it+is|its|everything+is _ decided|settled', 'it+is|its _ all _ set', 'i+am|im _ taking|swallowing _ everything|all+of+them|it+all'],
  timing: ['when|once|after _ it _ gets|is _ dark', 'before|when|once _ the _ kids|baby|house _ wake|wakes|is+empty'],
};
