import { inflect } from './inflect.js';

/**
 * Harm from others told in passing, often by a worker between two requests to the team, added after the sixty-third fresh
 * batch (notation in ../../patterns.ts; joined to the other harm files by ../en.ts). Each family names the one who harms or the
 * leverage beside the everyday act, so the everyday act alone stays quiet:
 * - money rerouted: "he moved my direct deposit to his account" (not "moved my deposit to savings");
 * - accounts taken by a partner said in slang: "my mans deleted my insta and changed my passwords" (not "my mom deleted my
 *   snapchat app", a parent's limit, nor "i deleted my insta");
 * - watched: "he monitors my tags", "reads the odometer every night and i have to explain every mile", "have to check in with
 *   him every hour or he calls my supervisor" (not "i have to account for every minute on my timesheet");
 * - found and turned up: "someone from my past keeps figuring out which site i'm at", "a participant keeps showing up at my
 *   bus stop", "being followed by a silver truck", breathing on a blocked number, calls "that started right after i testified"
 *   (not "my mom keeps showing up at my apartment", "the talk was followed by a q&a", "spam calls from unknown numbers");
 * - threats said as euphemism with what sets them off: "said he'd take care of me if i wrote him up" (not "he'd take care of
 *   me if i got sick"), "make my face unrecognizable", a landlord who will evict "if i call code enforcement" (not "if we don't
 *   pay rent"), an ex who broke the window and left a note "saying he's watching me";
 * - marks owned: "the bruises on my neck are from him", a blow's cover story ("told everyone i walked into a cabinet");
 * - sold: "my boyfriend is pimping me out", "sets up dates to cover rent";
 * - help sought quietly: "a DV advocate that isnt connected to our agency".
 */
const partner = 'he|she|husband|hubby|hubs|wife|boyfriend|bf|girlfriend|gf|partner|ex|mans|man|bae|boo|bd|baby+daddy|babydaddy|fiance|fiancee';
const accounts = 'insta|ig|instagram|facebook|fb|snap|snapchat|tiktok|twitter|accounts|account|email|socials|profile|page|apps';
const pursuer = 'ex|stranger|someone|somebody|guy|man|woman|client|participant|coworker|co-worker|boss|neighbor|neighbour|he|she|they|resident|patient|member|customer|dealer';
const confrontation = 'write|wrote|writing|report|reported|test|tested|drug+test|drug+tested|tell|told|call|called|leave|left|testify|testified|fire|fired|kick|kicked|evict|evicted|ban|banned|discharge|discharged|press|pressed|file|filed|block|blocked|say|said';
const euphemism = 'take+care+of+me|take+care+of+you|deal+with+me|deal+with+you|handle+me|handle+you|make+me+disappear|make+you+disappear|make+me+regret|make+you+regret|make+me+pay|make+you+pay|finish+me|finish+you|end+me|end+you|get+me|get+you|pay+me+a+visit|pay+you+a+visit|come+for+me|come+for+you';
const marks = 'bruise|bruises|marks|mark|welts|welt|black+eye|busted+lip|split+lip|fat+lip|scratches|handprint|handprints|fingerprints';

export const harmSaidByStaffInPassing: Record<string, string[]> = {
  control: [
    `@agent _ ${inflect('move switch change reroute redirect put send:sent')} _ my|it _ direct+deposit|deposit|paycheck|check|pay|wages|tips|ssi|benefits? _ __ to|into|over+to _ his|her|their _ own? _ account|bank|card|name`,
    `my _ ${partner} _ __ ${inflect('delete change hack lock:locked')}|logged+into|logs+into|locked+me+out+of _ my|all+my _ ${accounts}|passwords|password|passcode`,
    `${partner} _ ${inflect('monitor track')}|goes+through|went+through|going+through _ my _ tags|location|phone|texts|messages|dms|likes|follows|followers|comments|posts|emails|history|calls|${accounts}`,
    `${partner} _ __ and|so _ i _ have+to|got+to|gotta|must|need+to _ explain|justify|account+for _ every|each _ mile|minute|dollar|penny|receipt|purchase|text|hour|stop`,
    'have+to|got+to|gotta|must _ check+in|text|call|report|facetime|send+a+pic|send+a+picture _ with|to? _ him|her|them _ __ every|each _ hour|30+minutes|half+hour|hour+on+the+hour|20+minutes|15+minutes _ __ or',
    `${inflect('call:called email text message')}|messaging _ my _ supervisor|boss|job|work|manager|coworkers|school|program _ pretending|posing|acting _ to+be|as`,
  ],
  stalking: [
    `${pursuer} _ __ keeps|kept|keep _ figuring+out|finding+out|tracking+down|working+out|finding _ where|which _ i|site|office|stop|location|gym|shelter|branch|clinic|shift|building`,
    `${pursuer} _ __ keeps|kept|keep|has+been|been _ showing+up|shows+up|turning+up|popping+up|waiting|appearing|hanging+around _ at|outside|by|near _ my _ bus+stop|stop|work|job|site|office|car|house|apartment|door|school|gym|church|meetings|shift|building`,
    // Waiting at the work's own lot or door night after night: "the client i discharged has been waiting in the parking lot the last
    // three nights", "a former resident has been sitting outside the staff entrance every evening this week".
    `${pursuer} _ __ has+been|been|keeps|kept|is|was _ waiting|parked|sitting|standing|lurking _ in|at|by|outside|near _ the|our _ staff? _ parking+lot|lot|parking+garage|garage|lobby|entrance|exit|back+door _ __ the+last|every|all|each|again _ __ nights|night|evenings|evening|shifts|shift|days|week`,
    'being|been+being _ followed|tailed _ home|again|everywhere|around|from|to|by+a|by+the|by+some|by+his|by+her|by+my+ex',
    'calls|call|calling|phone|number|line _ __ breathing|breathes|breath _ __ hangs+up|hang+up|hung+up|silence|then',
    'breathing|breathes ,? and|then|n? hangs|hang|hung|hanging up',
    `calls|texts|messages|threats|harassment|letters _ __ started|began|start|begin _ __ right? _ after|since|when _ i _ testified|reported|went+to+court|pressed+charges|left+him|left+her|filed|got+the+order|moved+out|testify`,
    `note|message|letter|text|voicemail _ __ saying|says|said|that+said _ he|she|they _ is|s|are|re|will|ll|knows _ watching|following|coming+for _ me`,
  ],
  threat: [
    `${inflect('say:said tell:told')}|threatened _ __ ${euphemism} _ if|unless|when|once|next+time _ i|you _ __ ${confrontation}`,
    `make|leave|rearrange|fix _ my|your _ face _ unrecognizable|unrecognisable`,
    'rearrange _ my|your _ face',
    `evict|kick+us+out|kick+me+out|throw+us+out|throw+me+out|put+us+out|put+me+out _ __ if|unless _ i|we _ __ call|calls|report|complain|contact|tell|go+to _ __ code|city|inspector|inspection|housing|health|department|anyone|authorities|311|enforcement`,
    `ex|husband|boyfriend|bf|partner|wife|girlfriend|gf|baby+daddy|bd _ ${inflect('break:broke smash shatter bust slash')} _ my|our _ __ window|windows|windshield|tires|tyres|mirror|door|car`,
  ],
  'partner-violence': [
    `${marks} _ __ are|is|was|were|came _ from _ him|her|my+bf|my+boyfriend|my+husband|my+ex|my+partner|my+gf|my+girlfriend|my+wife|my+man|my+mans|my+hubby`,
    `@agent _ gave|give|gives _ me _ these|this|the|a|those _ ${marks}`,
    'told|tell|telling|said|say|saying _ everyone|everybody|people|them|work|my+boss|my+coworkers|coworkers|the+team|my+supervisor _ i|that+i _ walked|ran|bumped _ into _ a|the _ door|doorframe|cabinet|cupboard',
    'dv|domestic+violence|domestic+abuse _ advocate|advocates|shelter|hotline|counselor|lawyer|program _ __ not|isnt|outside|separate _ __ connected|linked|affiliated|associated|our+agency|my+agency|my+job|work',
  ],
  'sexual-assault': [
    // Not "sold me out", a betrayal.
    'pimping|pimps|pimped|pimp _ me|her _ out',
    'is|been|was|keeps _ pimping|pimped _ me',
    `${partner}|pimp _ __ ${inflect('set:set book arrange')}|sets+up|set+up|setting+up _ dates|clients|johns|guys|men|meetups|calls _ __ for|to _ cover|pay|make _ rent|money|bills|the+rent|his+debt|the+debt`,
  ],
};
