import { inflect } from './inflect.js';

/**
 * Harm from others in voices the screen had heard little of, added after the fifteenth fresh batch (notation in
 * ../../patterns.ts; joined to the other harm files by ../en.ts): Caribbean, West African, Indian and Filipino English,
 * Appalachian speech, work sites and truck stops, teens, re-entry. Each family names the other person's act on the writer,
 * the writer's body, or a threat with its condition: "he said i'm dead when he catches me", "took my cash and cracked my ribs",
 * "pull a cutlass pon mi", "if i tell i'm off the team", "nooses in my locker", "keeps entering my room with his key".
 */
const weapon = 'knife|knives|gun|guns|blade|machete|cutlass|pistol|strap|piece|bat|rifle|shotgun|box+cutter|razor|tire+iron|crowbar';

export const harmInManyVoices: Record<string, string[]> = {
  threat: [
    // The writer named as the one to die or be next: "said i'm dead when he catches me", "told me I'd be next if".
    'said|says|told|yelled|swore|sed|texted|warned|saying _ i|you _ dead|next _ when|if|once|the+minute|as+soon|unless|too',
    'said|says|told|yelled|swore|sed|texted|warned|saying _ i|you _ will|would|going+to|gonna? be? dead+meat|a+dead+man|a+dead+woman',
    // Told what comes next time: "said next time he won't stop", "next time she'll finish it".
    'next+time _ he|she|they|i _ will+not|is+not+going+to|am+not+going+to _ stop|hold+back|go+easy|be+so+nice',
    'next+time _ he|she|they|i _ will|is+going+to|am+going+to _ finish|kill|end _ it|me|you',
    // A weapon promised for later: "they said tomorrow they're bringing a knife", "says he'll bring his gun next time".
    // A time or a target beside it ("told my kid to bring a knife and fork" is a picnic).
    `said|says|saying|threaten*|swore|sed _ tomorrow|tonight|monday|next+time|after+school _ they|he|she _ __ bring|bringing|bringin|brings _ a|his|her|their|the _ ${weapon}`,
    `said|says|saying|threaten*|swore|sed _ they|he|she _ __ bring|bringing|bringin|brings _ a|his|her|their|the _ ${weapon} _ tomorrow|tonight|next+time|to+school|for+me|after+me|to+get+me`,
    // Coming for the writer: "the guy yelled he's gonna get me, i'm scared", "said he's coming for me".
    'said|says|yelled|screamed|swore|told|sed _ __ coming+for|come+for|come+after|coming+after|hunt _ me',
    'gonna|going+to|will _ get _ me _ i+am|im? _ scared|afraid|fraid|terrified',
    // Silence bought with a threat: "if i tell i'm off the team", "if i say anything i'm dead".
    'if _ i _ tell|tell+anyone|tell+anybody|say+anything|report|snitch|talk _ __ i+am|im|i+will+be|ill+be _ off+the+team|off+the+crew|fired|kicked+out|dead|done+for|finished|deported|sent+back',
    'anybody|anyone|whoever _ who? _ talks|talk|tells|tell|reports|report _ __ gets|get|will+get|gonna+get _ sent+back|deported|fired|hurt|killed|dealt+with',
    // A threat with money, papers or children held over it: "says he will take our kids from me if i don't send him my salary".
    `@agent _ __ take|taking|keep|keeping _ our|the|my _ kids|children|baby|son|daughter _ from+me|away|away+from+me _ __ if|unless`,
    `@agent _ __ take|taking|keep|keeping _ our|the|my _ kids|children|baby|son|daughter _ __ if|unless _ i _ do+not|leave|go|tell|call|report|divorce`,
    `@agent _ said|says|sed|told _ if _ i _ __ taking|take|keep|keeping|burn|burning _ the|my|our _ kids|children|baby|house|place|car`,
    `${inflect('burn')} _ my|the|our _ house|place|car|truck|trailer _ if|unless|when|down+if`,
    // Hate left where the writer works or lives: "guys on the crew keep leaving nooses in my locker".
    'noose|nooses _ __ my|our _ locker|truck|desk|car|door|station|cubby|yard|porch|chair|workstation',
    `${inflect('threaten')}|threatening _ __ drop|push|run+over|bury|throw _ __ on|off|at _ me`,
    // A weapon handled at the writer: "cleans his guns at the table while staring at me", "pull a cutlass pon mi".
    `cleans|cleaning|loads|loading|sharpens|sharpening|waves|waving|polishes _ __ gun|guns|rifle|shotgun|knife|knives|them|it _ __ staring|glaring|looking|watching _ at? _ me`,
    `${inflect('pull draw:drew:drawn')} _ a|his|her|their _ ${weapon} _ pon|on|at _ me|mi|us`,
    `${inflect('send:sent')}|sending _ me _ threats|death+threats|threat`,
    `${inflect('shoot:shot')} _ at|up _ my|our|the _ __ house|car|place|crib|door|window|apartment|trailer|truck _ __ where|i|we`,
  ],
  'partner-violence': [
    // Beaten in other words: "him box me up again", "kids at school jumped me" ("a client got jumped" alone is someone else's news).
    'box|boxed|boxin|boxing|bax _ me|mi _ up|down|inna|again',
    `@agent|kids|guys|dudes|boys|girls|they|bullies _ __ jumped|jump|jumping _ me|us`,
    // Robbed and hurt: "took my cash and cracked my ribs".
    `${inflect('take:took:taken steal:stole:stolen')} _ my _ cash|money|wallet|phone|wages|pay|load _ __ cracked|broke|busted|bruised|split|smashed _ my`,
    `@agent|they|guys _ __ cracked|broke|busted|split|bruised _ my _ ribs|rib|jaw|nose|lip|skull|head|cheek|eye+socket|tooth|teeth`,
    // Work or home servants beaten: "my madam is beating me", "my oga flogs us".
    'madam|employer|oga|maam|boss|sir _ is? beating|beats|beat|flogging|flogs|flogged|slapping|slaps _ me|us|mi',
    // Put through a wall or a window: "he put mama through the wall", "threw her through the screen door".
    `@agent _ ${inflect('put throw:threw:thrown shove push')} _ __ through _ the|a _ wall|window|door|screen+door|table|drywall`,
    // Hidden from someone at home: "i'm hid in the shed with my little brother".
    'hid|hidin|hiding|hide|hidden _ in|under _ the|my _ shed|closet|barn|basement|attic|bed|truck|crawlspace|woods|bathroom _ with _ my _ little|baby|younger _ brother|sister|brothers|sisters|siblings',
    'hid|hidin|hiding|hide|hidden _ in|under _ the|my _ shed|closet|barn|basement|attic|bed|crawlspace|woods|bathroom _ from _ him|her|them|my+dad|my+stepdad|daddy|my+mom',
  ],
  stalking: [
    // Found again after moving: "he found me again. new apartment and everything", "found out where i'm staying".
    '@agent|dude|guy|man _ __ found|tracked|traced _ me _ again|anyway|somehow|here',
    `@agent|dude|guy|man|they|people _ __ ${inflect('find:found figure:figured')}|found+out|figured+out _ where _ i _ stay|staying|live|living|sleep|sleeping|moved|crash|crashing`,
    // Waiting or following where the writer goes: "waiting in the parking lot when i get off", "following me for 4 blocks".
    `@agent|guy|man|dude|car|truck|van _ __ waiting|parked|sitting|standing|been+waiting _ __ parking+lot|lot|gate|corner|outside _ __ when|whenever|every+time|till|until _ i _ get+off|leave|come+out|clock+out|walk+out|finish`,
    `${inflect('follow')}|tailing _ me _ for _ __ blocks|block|miles|mile|minutes|streets`,
    'knew|knows|know _ my _ name|schedule|shift|route|truck|plate',
    // Coming into the writer's room at night: "owner's son keeps entering my room at night with his key".
    `entering|enters|enter|comes+into|coming+into|walks+into|walking+into|came+into _ my _ room|bedroom|bunk|quarters|apartment|flat _ __ at+night|with+his+key|with+her+key|while+i|when+i|without`,
    // Accounts made to reach the writer: "keeps making alts to join every server im in".
    'alts|alt+accounts|new+accounts|fake+accounts|burner+accounts|new+numbers|different+numbers _ __ join|follow|message|find|text|dm|reach|contact _ __ me|my|every|i',
    'textin|texting|calling|messaging _ me _ from _ new|different|unknown|blocked|private _ numbers|number|accounts',
  ],
  'sexual-assault': [
    // Housing or work held over sex: "landlord seh if mi nuh sleep wid him him a put mi out", "sleep with him or i'm fired".
    'if _ i|mi _ do+not|nuh|no|will+not|refuse _ sleep|sleep+with|sleep+wid|go+with|have+sex _ __ put|kick|throw|evict|fire|out|sack|deport|cut',
    'sleep|sleep+with|sleep+wid|have+sex _ him|her|them? _ or _ i|he|she _ __ out|evicted|fired|kicked|sacked|deported',
    // Kept alone after practice or work: "coach makes me stay after practice alone and says things i don't like".
    'makes|made|keeps|kept _ me _ stay|come _ __ alone _ __ says|said|touches|touched|things|does',
  ],
  control: [
    // Papers, phone or pay held: "she seized my phone", "boss keeps my passport".
    // The thing held right after the verb ("took away my phone", not "took the case off my phone").
    `seized|confiscated|confiscates|seizes|holds|holding|kept|keeps|took|takes away|onto|all? my _ passport|papers|documents|id|visa|phone|salary|wages|pay`,
  ],
};
