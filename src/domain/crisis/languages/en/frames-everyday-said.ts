/**
 * Everyday English said in crisis words, read by frames (notation in ../../patterns.ts): a sigh the writer takes back by
 * saying what it was about, a thing ended that is no life, a routine dose, things given away before a move. Each list is
 * joined to its frame in frames.ts.
 */

/** "its just monday and im being dramatic", "it's an expression": a sigh taken back. */
export const sighsTakenBack: string[] = [
  // "its just monday and im being dramatic" (not "i don't think i'm being dramatic").
  'just|only _ being|so _ dramatic',
  'its|it+is|just _ an|a _ expression|figure+of+speech',
  // "i said it but i meant of embarrassment", "i mean the spreadsheet should die" (not "i mean it", "i mean of course i do").
  'meant|mean _ of|from _ embarrassment|shame|cringe|boredom|laughing',
  'meant|mean _ the _ spreadsheet|printer|game|team|meeting|homework|assignment|wifi|traffic _ should|is|was|needs',
  'to be clear _ i+am|im _ fine|okay|ok|safe',
  // "cant wait to die on the couch after this shift (figuratively lol)".
  'figuratively|not+literally|metaphorically|hyperbolically',
  // A sign tagged as sarcasm after it: '"kill me now" - me, sarcastically, at the group project', "kill me now (sarcasm)".
  // "not being sarcastic" before or after is meant (the `serious` frame in frames.ts).
  'sarcastically|sarcasm|sarcastic',
];

/**
 * What a sign quoted before it was about: "the 'i want to die' tweet was about the eagles losing" (read.ts takes the sign back only when a quoted word stands before it in the sentence).
 */
export const quotedSignAbout: string[] = [
  'tweet|comment|post|message|status|caption|text|story _ was|is _ about',
];

/**
 * "gonna end it with him tonight", "end it with my gym membership", "i'm going to end it... my relationship with caffeine",
 * "end it tonight — the lease": a relationship, a subscription or a chore named right after the ending (never a means: "end it
 * with pills" names none of these).
 */
export const thingsEnded: string[] = [
  // "he'll end it with me this weekend", "she ended things with her": a relationship ended with a person named right after it.
  'it|things|all with him|her|them|me|us',
  'it|things|all _ with _ my|the|our _ gym|membership|subscription|lease|contract|phone+plan|carrier|streak|diet|situationship|relationship',
  // "the lease on the storage unit" (not "ended the lease, left the dog with the neighbor", a life's affairs settled).
  'my|the _ relationship|homework|membership|subscription|contract|streak|diet|essay|assignment',
  'my|the lease|contract on|for',
];

/**
 * The day's dose told as a routine: "took my meds, going to bed", "took all my meds, ate breakfast, walked the dog",
 * "decided with my psychiatrist to taper". read.ts sets these beside the taking, so "all of my pills" with no
 * routine stays a whole supply.
 */
export const routineDoses: string[] = [
  'ate|had _ breakfast|lunch|dinner',
  'walked|fed _ the|my _ dog|dogs|cat',
  'small wins|win',
  // "took my insulin, checked my sugar": the dose beside the reading it keeps ("took all my insulin" names a whole supply first).
  'took|taken|did|had|done my|the insulin|shot|meds|dose|pills ,? and? checked|check|checking|tested|testing|logged my|the blood? sugar|sugars|glucose|levels|bg|bs|bp|numbers',
  // "me and my psychiatrist decided to taper one of my meds" (a refill is not: "refill my klonopin early").
  'psychiatrist|pdoc|prescriber|doctor _ decided|and+i+decided|agreed _ to _ taper|titrate|lower|switch',
  // "took my meds, going to bed": bed right after the meds themselves, so "took all my meds, going to bed" (a whole supply names
  // the pills before the routine: everyday-frames.ts) and "taking all my lithium at once and then going to bed" stay.
  'meds|medication|medications|pills|tablets ,? going|heading|off _ to bed',
  // The day's dose moved in time, told with its everyday effect (branch t-en110): "took my meds late today and now im wired",
  // "had my adderall too late, gonna be up all night". A dose moved alone ("took my meds early tonight, the whole bottle") stays.
  'took|taken|take|taking|had my meds|medication|medications|pills|dose|seroquel|lithium|adderall|vyvanse|vyvance|ritalin|concerta|trazodone late|early|later+than+usual|too+late|at+the+wrong+time|an+hour+late|hours+late _ ,? _ wired|jittery|buzzing|groggy|up+all+night|awake|not+sleepy|can+not+sleep|cant+sleep|restless|drowsy|sleepy',
];

/**
 * "anyone want my old switch games? giving away a bunch before i move, free to good home": the move named in the giving's own
 * sentence ("anyone want my plants, i won't be around" names none, and a bare "anyone want" or "sold my truck" explains nothing);
 * an upgrade named there too ("since i got a new one").
 */
export const givenAwayEveryday: string[] = [
  'before _ i|we|the|my|our _ move|moving|moves|relocate|relocating',
  'free to good home|a+good+home',
  // An upgrade (branch t-en57): "gave my little brother my old xbox, dont need it anymore since i got a new one".
  'got|bought|getting|ordered|have _ a|the|my _ new+one|newer+one|new+console|new+phone|new+laptop|upgrade',
  'upgraded|upgrading',
  // The one given to reached a milestone it serves (branch t-en88): "gave my old car to my nephew, he just got his license",
  // "gave my guitar to my niece, she just started lessons". A reason of the giver's own ("i wont need it") is not one.
  'he|she|they|kid|nephew|niece|cousin|brother|sister|son|daughter _ just|finally|recently _ got|passed|started|turned|graduated|moved+into|moved+out|learned|began _ his|her|their|a|an? _ license|licence|permit|drivers|test|lessons|college|school|uni|apartment|first+apartment|own+place|first+job|16|18|21',
  // A way of getting about changed (branch t-en110): "sold my car, going car-free since the new bus line opened", "gave my
  // bike away, taking the train now that the light rail stops by work".
  'going|gone|went|being|am|be _ car -? free|carless|car+less|carfree',
  'since|now+that|because|bc _ the new bus|train|light+rail|subway|metro|tram|streetcar|bike+lane|line|route|station',
];

/** Ages a crisis is dated by ("at 19"), not clock times: 13 and up. */
const youngAges = Array.from({ length: 17 }, (_, i) => 13 + i).join('|');

/**
 * Recovery told as the past, in words the older distant past does not hold: "i tried to kill myself at 19", "the first year
 * sober i thought about dying daily", "how i got through the years when i wanted to die", "i remember asking this group if it
 * was normal", "old me would've taken all those pills".
 */
export const pastToldInRecovery: string[] = [
  `tried|attempted|overdosed|wanted|started|first _ __ at ${youngAges}`,
  'the _ first _ year|years|months|winter _ sober|clean|in+recovery|of+recovery|of+sobriety',
  'years|months when i wanted|was|felt|thought|tried|could+not',
  'i remember _ asking|telling|posting|writing|saying',
  // "rereading my old journal from when i wanted to die": old writing looked back on from where the writer stands now.
  'old|older _ journal|journals|diary|diaries|notebook|notebooks|posts|entries|poems|letters from|of when i',
  'old+me|past+me|younger+me|old+self would|did|used|had',
];

/**
 * A will made as life admin: "did my will and an advance directive at open enrollment", "updated my will finally. adulting".
 * Joined to the donation frame (it explains the preparation in its own sentence) and to the purpose frame (a message naming
 * one is no bare sign).
 */
export const papersAsLifeAdmin: string[] = ['adulting|open+enrollment|estate+planning|advance+directive|living+will|health+care+proxy|healthcare+proxy|life+admin|legal+plan'];

/**
 * A fear of dying told as past, right before the dying: "ran the 5k and thought i was gonna die", "in the pit i was sure i was
 * going to die" (read.ts sets aside the intent that follows; "i thought i was going to kill myself" names no mere dying).
 */
export const fearedDying: string[] = ['thought|felt+like|swore|was+sure|was+convinced|was+certain i|we was|were'];

/**
 * The everyday deed a decision or "tonight's the night" names after it (joined to the errand frame; everyday-frames.ts reads it
 * only when every sign in the message is as vague): "made up my mind, taking the job in leeds", "tonights the night i finish
 * season 4", "this weekend is the weekend i quit smoking", "fantasy draft at 8". Never "finish the job" or "quit everything".
 */
export const decidedDeeds: string[] = [
  'take|taking|took|accept|accepting|accepted|turn+down|turning+down|start|starting|quit|quitting _ the|that|this|a|my _ new? _ job|offer|position|role|promotion',
  // "figured out how im gonna do it: asking for a raise": a favour asked of the boss is the deed.
  'ask|asking|asked _ for _ a|my _ raise|pay+rise|payrise|promotion|day+off|transfer',
  // "made my decision and its friday, handing in my notice": the notice handed in is the job left, not a life.
  'hand|handing|handed|put|putting|give|giving _ in _ my|the|a _ notice|resignation|two+weeks',
  // Not a book: "tonight i finish the book of my life" is the metaphor of an ending.
  'finish|finishing|watch|watching|binge|binging|bingeing|start|starting _ season|seasons|episode|series|show|finale',
  'quit|quitting|give+up|giving+up|stop|stopping|cut+out|cutting+out|kick|kicking _ smoking|vaping|sugar|caffeine|coffee|soda|nicotine|cigarettes|cigs|the+vape|junk+food|carbs|social+media|tiktok|instagram|twitter|drinking|alcohol|booze|gambling|the+snooze+button',
  'fantasy+draft|draft+night|open+mic|karaoke|game+night|trivia+night|poker+night|book+club|season+finale|premiere',
];

/**
 * A waking told with what it wakes to or when: "hope i dont wake up to 50 emails", "if i dont wake up before 10 dont wake me",
 * "going to sleep forever lol 14 hours minimum" (joined to the idioms, read right after the sign; "dont want to wake up" with
 * nothing after stays).
 */
export const wakingToTheDay: string[] = [
  'up _ before|till|until|til noon|midday|lunch|lunchtime|1*|2*|3*|4*|5*|6*|7*|8*|9*|my+alarm',
  'up to _ emails|email|texts|messages|notifications|dms|slack|snow|rain|chaos|dishes|laundry|alarms|meetings|a+mess',
  'forever _ 1*|2*|3*|4*|5*|6*|7*|8*|9*|ten|twelve|fourteen _ hours|hrs|hour|straight',
  // "if i dont wake up in time for the 7am shift": a waking late, not a waking never.
  'up in+time|on+time for|to',
  // "not planning on waking up early tomorrow": a sleep-in, not a waking never (branch t-en88).
  'up early|earlier|at+dawn|at+sunrise|for+work|for+school|for+the+alarm',
];

/**
 * A household burn or nick told by its cause after the wound: "burned my wrist on the oven tray", "cut myself shaving", "blood
 * everywhere, nicked my chin shaving" (joined to the idioms, read right after the sign; "cut myself with a razor" names no cause).
 */
export const householdWounds: string[] = [
  // Only things nobody burns with on purpose, touched by accident ("on the"): an iron, a stove or a lighter is a means ("burned
  // myself on the stove on purpose", "burning herself with a curling iron").
  'on|from _ the|a|my|our|hot _ oven+tray|baking+tray|baking+sheet|cookie+sheet|sheet+pan|oven+rack|oven+door|pan+handle|kettle|toaster|steam|casserole+dish|pizza+stone',
  'shaving|while+shaving|while+cooking|while+chopping',
  'cut|nicked|sliced _ myself|my+chin|my+leg|my+legs|my+finger|my+thumb|my+hand|my+face|my+knee _ shaving|while+shaving|while+cooking|while+chopping',
];

/** A pet's natural death, no bridge to stand on: "our old dog went to the rainbow bridge on tuesday" (joined to the idioms and the everyday uses). */
export const petsPassedOn: string[] = ['the+rainbow+bridge|rainbow+bridge'];

/** Chat's words for suicide, as a word can be talked about. */
const slangWords = 'unalive|unalived|unaliving|sewerslide|sewer+slide|kms|kys|selfdelete|self-delete|self+delete';

/**
 * The slang talked about as a word, not said (joined to the media frame, so the sentence is word talk): "my granddaughter
 * taught me what unalive means", "asked if kms meant kilometers", "they said unalive instead of died", "stop spamming the
 * sewerslide meme", "is sewer slide against discord tos", "does kms in a tweet count as self harm", 'the "self delete" meme', '"sewerslide"
 * is such a weird word'. Only next to the word
 * itself: "kms instead of going to work" and "what life means" stay.
 */
export const slangNamedAsAWord: string[] = [
  `${slangWords} _ means|meant|mean|meaning|stands+for|comes+from|came+from|is+from|is+a+word|as+a+word`,
  `${slangWords} instead+of _ died|dying|dead|death|suicide|saying|the+word`,
  `${slangWords} "? '? meme|memes|trend|sticker|stickers|emoji|filter|hashtag|tag`,
  // "'sewerslide' is such a weird word", "self delete is a cursed term lol": the word judged as a word.
  `${slangWords} "? '? _ is|was|sounds|s _ such|a|an|the|so? _ weird|funny|strange|dumb|goofy|cringe|silly|cursed|wild|new|odd|creepy|dark|clever|bizarre? _ word|term|phrase|euphemism|meme|trend|way+to+say+it`,
  `${slangWords} _ against _ tos|rules|guidelines|policy|terms`,
  `${slangWords} in _ a|the? tweet|tweets|post|posts|comment|comments|username|bio|caption|captions`,
  'glossary|word+list|banned+words|automod|slang+list|as+a+word|as+a+term',
];

/**
 * Killed in a game or ready to die for a ticket, said right after the sign (joined to the idioms): "got unalived by a creeper
 * three times", "my character got stabbed by a goblin", "the way i'd unalive for a concert ticket", "this heat is unalive-ing my
 * plants", "going to unalive the scheduling software", "kys = keep yourself safe".
 */
export const gameAndFandomHyperbole: string[] = [
  'by _ a|an|the|some|that|this|another _ creeper|creepers|zombie|zombies|skeleton|skeletons|goblin|goblins|orc|orcs|mob|mobs|npc|npcs|sniper|camper|dragon|enderman|raid+boss|mimic|bot|bots|noob|spawn+camper',
  'for _ concert|concerts|ticket|tickets|merch|meet+and+greet|photocard|photocards',
  // "unalive-ing my plants" reads as "unalive - ing my plants".
  'ing my|the|this|these _ alarm|plants|plant|houseplants|succulents|sourdough|printer|laptop|phone|wifi|router|inbox',
  'unalive|unaliving|unalived the|my|this _ scheduling+software|software|schedule|calendar|spreadsheet|scanner|fax|copier|coffee+machine|vending+machine|keyboard|microwave|toaster',
  'keep+yourself+safe|keep+urself+safe|keep+ur+self+safe',
];

/**
 * Devotion to a treat or a spot, said right after the sign (joined to the idioms): "i'd jump off a bridge for a good taco", "would
 * walk into traffic for that bakery's croissants", "id drive off a cliff for one more nap". The treat comes right after "for",
 * after at most a word that points or praises, so "for good", "for real" and "for my family" are never read as one.
 */
const treats = 'coffee|latte|lattes|cappuccino|espresso|matcha|boba|tea|pizza|taco|tacos|burger|burgers|burrito|burritos|donut|donuts|croissant|croissants|bagel|bagels|cookie|cookies|cake|cheesecake|fries|ramen|pho|sushi|dumplings|nap|naps|snack|snacks|chocolate|ice+cream|dessert|bakery|coffee+place|coffee+shop|cafe|taco+truck|parking+spot|day+off|pto|sleep+in|lie+in';
export const devotedToATreat: string[] = [
  `for a|an|that|this|the|those|these|their|one+more|another|some? good|decent|proper|great|hot|iced|fresh|real|single|free? ${treats}`,
  `for a|an|that|this|the|those|these|their|one+more|another|some? ${treats}`,
];

/**
 * Dying at the desk of boredom, said right after the sign (joined to the idioms): "if i die at my desk from boredom tell my mom",
 * "if i die at my desk today bury me with my stapler lol". A desk alone stays ("going to kill myself at my desk tonight").
 */
export const boredToDeathAtTheDesk: string[] = [
  'at|on _ my|this _ desk|cubicle|keyboard|workstation|laptop __ from|of|bc|because|cause _ boredom|spreadsheets|emails|meetings|paperwork|data+entry|case+notes|notes|this+meeting|this+training',
  'at|on _ my|this _ desk|cubicle|keyboard|workstation __ bury|tell|avenge|delete|lol|lmao|haha|send+help|dont+let',
];

/** A shift changed, which a goodbye to the old crew explains (joined to the leaving frame): "starting days next week", "switching to nights". */
export const shiftsChanged: string[] = ['start|starting|switch|switching|move|moving|go|going _ to? _ days|nights|day+shift|night+shift|days+shift|nights+shift|the+day+shift|the+night+shift|a+new+shift|first+shift|second+shift|third+shift'];

/** When the writer is back, said as a span or a return (joined to the returning frame): "see you in two weeks", "see yall when i'm back". */
export const backAfterASpan: string[] = [
  'see|seeya|cya|catch _ you|ya|y+all|yall|everyone|u|you+all _ in _ a|two|2|three|3|four|4|few|couple _ weeks|week|days|months',
  'see|seeya|cya|catch _ you|ya|y+all|yall|everyone|u|you+all _ when _ i|we _ am|are|get|come|got _ back|home',
];

/**
 * Stalking said of ads, a pet or a game, read from the verb's own word (joined to the idioms): "my phone is stalking me, every ad
 * is those boots", "the cat stalks me from room to room", "the other team was stalking me the whole match", "doxxing myself: i
 * like nickelback". "he keeps stalking me" and "stalking me from his car" stay harm.
 */
export const stalkedByAdsAndPets: string[] = [
  'stalking|stalks|stalked|stalk me ,? ads|every+ad|the+ads|with+ads|targeted+ads|from+room+to+room|around+the+house|around+the+kitchen|the+whole+match|the+whole+game|the+whole+round|all+match|all+game',
  'doxxing|doxing|doxxed|doxed|dox|doxx myself',
];

/**
 * A roof named by the work or the class held there (branch t-en110): "working on the rooftop garden project today", "rooftop
 * yoga saturday". A roof named alone ("on the rooftop rn") stays a place, and so does a rooftop bar, where a means may be at hand.
 */
export const roofsInUse: string[] = [
  'rooftop|roof garden|gardens|gardening|farm|greenhouse|beehives|solar+panels|yoga',
];
