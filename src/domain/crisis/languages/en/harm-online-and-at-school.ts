import { inflect } from './inflect.js';

/**
 * Harm from others a teenager tells, added after the twenty-ninth fresh batch had gone unread (notation in ../../patterns.ts;
 * joined to the other harm files by ../en.ts): sextortion and fake nudes, a swatting, an IP leaked or a DDoS, death threats
 * after a post, an adult online asking which school or to meet without telling anyone, a coach saying "don't tell anyone",
 * bullying that spits, jumps and films; at home: kicked out with a deadline, a conversion camp threatened, meals or medicine
 * held until the writer obeys, locked outside. Each names the act on the writer (the same acts told of her or him are someone
 * else's, in ./others-told-by-friends-online.ts), so "we made a discord server about the game" and "my mom checks my homework" stay quiet.
 */
export const harmOnlineAndAtSchool: Record<string, string[]> = {
  threat: [
    // Sextortion: "wants $500 in gift cards or they'll post it everywhere".
    'wants|want|asking+for|demanding|demands|asked+for _ $|money|gift+cards|giftcards|bitcoin|cash|crypto|venmo _ __ or|otherwise|unless _ __ post|send|leak|share|expose|show',
    'fake|ai|deepfake _ nude|nudes|naked|porn _ of _ me',
    // "my" right before the pictures: "a girl in my grade got her nudes leaked" is hers.
    'my nudes|nude|pics|pictures|photos _ __ leaked|got+leaked|going+around|are+going+around|being+passed|getting+passed|being+shared',
    // Swatting, a leaked address or IP: "called the cops on my house pretending to be me", "leaked my ip".
    `${inflect('call')} _ the _ cops|police|swat _ on _ my|our _ house|home|address|apartment`,
    `swatted|swatting|${inflect('dox')}|doxxed|doxxing _ me|us`,
    `${inflect('leak')} _ my _ ip|address|home+address|info|personal+info|location`,
    'ddos|ddoses|ddosed|ddosing|ddossing|ddosses _ me|us',
    'getting|receiving|got|get|been+getting _ death+threats|death+threat|rape+threats|threats _ after|from|over|because|since|every|in+my|dms',
    // Groomed online: "keeps asking which school i go to", "says we should meet up and not tell anyone", "knows my town".
    `keeps|kept _ asking|saying|telling+me _ __ which+school|what+school|what+i+look+like|where+i+live|meet+up|not+tell|not+to+tell|dont+tell`,
    `${inflect('say:said tell:told')} _ me? _ not _ to _ tell _ anyone|anybody|my+parents|her+parents|his+parents _ about _ our|us|what|this`,
    'now _ he|she|they _ knows|know _ my _ town|school|address|house|street|city',
    // Since batch 94 (branch t-en9497): a secret kept with an adult ("coach makes me stay after practice alone, he says its our
    // secret"), a swatting threatened in a game ("keeps saying hes gonna swat me"), a relapse threatened with regret.
    'says|said|tells+me|told+me|keeps+saying _ it+is|its|this+is|thats|that+is _ our _ little? _ secret',
    'gonna|going+to|will|about+to|threatening+to|threatened+to _ swat|dox|doxx _ me|us|my+house',
    '@agent|dude|adult _ __ coming _ to _ my _ town|school|house|city _ next|this|tomorrow|soon',
    `adding|adds|added|keeps+adding _ me _ on _ snap|snapchat|insta|ig|discord|tiktok _ from _ different|new|fake|other _ accounts`,
    `adult|man|guy|stranger|teacher|coach|yo _ __ ${inflect('ask')} _ me _ for _ pics|nudes|nude|photos|pictures|stuff`,
    // Held at home: "stop paying for my meds if i don't break up with her", "send me to one of those camps".
    'stop _ paying _ for _ my _ meds|medication|medicine|therapy|insulin _ if|unless',
    'send _ me _ to _ one+of+those|conversion|a _ camp|camps|conversion+therapy|program',
    `${inflect('threaten')} _ to _ kick _ me _ out`,
  ],
  'partner-violence': [
    // Bullied with the body: "they pour stuff in my bag and call me the f slur", "got jumped after school and they filmed it".
    'spit|spits|spat|spitting _ on|at _ me',
    `${inflect('pour')} _ stuff|things|water|milk|juice|paint _ in|on|into _ my _ bag|backpack|locker|hair|head`,
    // At school only: "a client got jumped at the camp" is someone else's, "the battery got jumped" nothing.
    'got|get|getting|been _ jumped _ after|at|outside|behind|in _ school|class|practice|recess|lunch|gym|hallway|lockers|bus',
    'call|calls|calling|called _ me _ the _ f|n|r _ slur|word',
    `${inflect('throw:threw:thrown')} _ things|stuff|plates|shit _ at _ me`,
  ],
  control: [
    'made|started|created|make|makes _ a|an|whole _ discord|server|group+chat|gc|page|account|tiktok|video _ __ make+fun+of|mock|hate+on|roast|about _ me',
    'discord|server|group+chat|gc|page|account|tiktok _ made|created|started _ to _ make+fun+of|mock|roast|bully|hate+on _ me',
    'tiktok|video|page|account|post|meme _ __ of|about _ me _ with _ a _ slur|slurs',
    '@agent|kids|people|ppl _ __ impersonating|pretending+to+be _ me _ __ sending|messaging|posting|texting',
    'not+allowed+to|never+allowed+to _ eat|have _ dinner|food|breakfast|lunch|anything _ until|unless',
    `${inflect('let')} _ me _ out _ of _ my|the _ room|house _ all|for|since`,
  ],
  'unsafe-home': [
    // Out of the house: "got kicked out and i'm sleeping at the park tonight", "have till the end of the month to get out".
    'got|been|was|am|getting|kicked _ kicked+out|thrown+out|kicked|put+out _ __ sleeping|park|car|street|nowhere|tonight|couch',
    'til|till|until _ the _ end _ of _ the _ month|week _ to _ get+out|leave|move+out|be+gone',
    `${inflect('lock')} _ me _ outside|out _ when|if|all+night|overnight|whenever|in+the+cold`,
  ],
};
