/**
 * English families of imminent risk read since branch t-imm (2026-12-01), joined to own-risk.ts and own-risk-hints.ts
 * by en.ts (notation in ../../patterns.ts; macros in ../en.ts). Each is a way people say the act is under way, at
 * hand or set, without the words of suicide: by referring back ("took them all", "its in my hand"), through a place
 * or a car, through metaphor, through times said plainly ("at dawn", "when I get home"). Strong ones are concepts;
 * the ones with everyday uses are hints, which count only beside own risk or another sign (concepts.ts).
 * test/unit/domain/crisis/imminent-families.test.ts holds each family beside its look-alikes.
 */
export const imminentFamilies: Record<string, string[]> = {
  'acting-now': [
    // Swallowed by the bottle: "took the whole botle", "took half the bottle", "took the full pack of them".
    'took|swallowed|popped|taken|taking|swallowing _ the? whole|entire|full|half+the|half+a|rest+of+the _ bottle|bottles|pack|packet|sleeve|blister|strip',
    // Pills mixed with drink: "mixed everything i had with the vodka", "took them with the whiskey".
    'mixed|mixing|took|taking|swallowed _ them|all+of+them|the+pills|my+pills|my+meds|everything+i+had|all+my+pills|all+my+meds _ with _ the? vodka|whiskey|alcohol|wine|booze|liquor|fifth|bottle',
    // Writing from the place itself: "writing this from the bridge", "typing this on the ledge".
    'writing|typing|posting|texting|sending _ this _ from|on|at _ the? bridge|ledge|roof|rooftop|overpass|tracks|cliff|railing',
    // The garage and the car, in any order: "in the garage with the car running", "the door is closed and the engine's running".
    'garage _ with _ the|my? _ car|engine|motor _ running|runnin|on|idling',
    'garage _ door|doors _ is|are|s? _ closed|shut|down __ engine|motor|car _ is|s? _ running|runnin|on|idling',
    'car|engine|motor _ is|s? _ running|runnin|idling __ door|doors|garage _ is|are|s? _ shut|closed|down|locked',
    'sleep|sit|stay|lie _ in _ the|my? _ garage _ with _ the|my? _ car|engine _ on|running',
    // A hose from the exhaust: "sitting in the car with the hose hooked up".
    'sitting|sat|i+am|im _ in _ the|my _ car|truck|van _ with _ the|a _ hose|tube',
    // Bleeding not stopped and not wanted stopped: "cant stop the bleeding and i dont want to", "cut really deep and it wont stop".
    'bleeding _ and _ i _ not|do+not _ want|going|plan|trying',
    'cut|cutting|cuts _ really|so|too|very? _ deep _ and _ it|the+bleeding|the+blood _ will+not|wo+not|not|can+not _ stop',
    'cutting|bleeding rn|atm',
    'not|never _ stop|stopping _ cutting|bleeding _ til|till|until|this+time',
  ],
  method: [
    // Weighed down to drown: "pockets full of rocks", "boots filled with stones".
    'my _ pockets|boots|coat|backpack _ are|is? _ full|filled|loaded|weighed+down _ of|with _ rocks|stones|bricks|weights',
    'filled|fill|filling|loaded|stuffed _ my _ pockets|boots|coat _ with _ rocks|stones|bricks',
    // How long before anyone finds them, asked of oneself.
    'how long _ before|until|till|til _ someone|anyone|anybody|they|people|somebody _ find|finds|found|notice|notices _ you|me|a+body|the+body',
    'make+sure|so _ they|nobody|no+one|noone|anyone|no+body _ do+not|not|can+not|never _ find|finds _ me _ in+time',
    // A means named as enough, or more than needed: "drawn up way more than i should", "the dose that'll do it".
    'drawn+up|drew+up|draw+up _ way? _ more|extra|all',
  ],
  intent: [
    // Pills taken with drink, said ahead: "gonna take them tonight with the whiskey".,
    'take|taking|swallow|going+to+take _ them|all+of+them|the+pills|my+pills|my+meds|everything _ __ with _ the|a? vodka|whiskey|alcohol|wine|booze|liquor|fifth',
    // "not trying to come back from it this time", "this time i wont stop cutting til its over".
    'not _ trying|planning|going|intending _ to _ come+back|wake+up|wake|survive _ from? _ it|this',
    'til|till|until _ it+is|its|it _ over|done _ this+time',
    // Someone finding them too late, planned: "make sure nobody finds me in time" is in method; "nobody will stop me this time".
    'using|use|going+to+use _ alone _ with+no|without|and+no _ narcan|naloxone',
  ],
  'suicidal-thoughts': [
    'will|going+to|gonna|am+going+to _ finish _ my+life|my+own+life',
    // Metaphors of quitting life: "rage quitting life", "ctrl+alt+del myself", "scheduled my own shutdown".
    'rage+quit|rage+quitting|rage+quitting|quit|quitting|uninstall|uninstalling _ life|existence|this+life|living',
    'ctrl+alt+del|ctrl+alt+delete|ctrl-alt-del|alt+f4 _ myself|me',
    'schedule|scheduled|scheduling|planned _ my _ own _ shutdown|deletion|end|exit',
    // "throwing it all out tonight, and myself with it".
    'and _ myself|me _ with _ it|them',
  ],
};

export const imminentHintFamilies: Record<string, string[]> = {
  // Taken already, said by referring back ("took them all like 20 min ago", "cant take back what i swallowed", "i finally did it").
  'taken-hint': [
    'took|taken|swallowed|downed|popped _ them|em|it|everything|what+i+had _ all? _ like|about|maybe? _ 1*|2*|3*|4*|5*|an|a|half|few|ten|twenty _ min|mins|minutes|hour|hours _ ago',
    'took|swallowed|taken _ what+i+had|every+last+one|everything+i+had|all+i+had',
    'took|swallowed|taken|drank|downed _ them|em|it|what+i+had|everything|all _ all? _ already|before|ago|an+hour|like|min|minutes|just+now',
    'what i _ took|swallowed|drank|injected|shot',
    'already|just|finally _ did|done _ it',
    'started|began _ an|a|half+an|like|about? _ hour|hours|minutes|min|mins|while _ ago',
    '@pills|they|them|it _ is|are|s? _ kicking+in|starting+to+kick|starting+to+hit|hitting+me',
  ],
  // At hand, said by referring back: "its in my hand now", "i have them right here", "got it loaded".
  'means-hint': [
    // Taken out, brought along, kept in a place: "revolver out of the cedar chest", "took the rifle up the hill", "rope is in the barn".,
    '@means _ out+of|out _ the|my? _ safe|closet|chest|drawer|case|cabinet|box|lockbox|cedar+chest',
    'took|carried|brought|packed _ the|my|his|dads? _ rifle|gun|pistol|shotgun|revolver|rope _ up|out|into|to|with',
    'got|have|bought|brought|packed _ the|a|my? _ @means _ in|into _ the|my _ truck|car|trunk|bag|backpack',
    'rope|noose|gun|rifle|pistol|revolver|shotgun|cord|helium|charcoal _ is|are|s? _ in|on _ the|my _ barn|shed|garage|basement|attic|truck|car|trunk|bag|backpack|closet|nightstand|glovebox',
    'have|got _ the|a _ rope|cord|noose|belt _ tied|up|hung|ready',
    'hang|hanging|tie|tying _ it|the+rope|the+cord|the+belt|the+noose|myself _ from|over|on|to _ the|a? _ beam|rafter|rafters|branch|tree|banister|closet+rod',
    'counted|counting|laid|lined _ out|up _ everything|all|them|the+pills|my+pills|my+meds',
    '@pills|pills _ and _ the|a|some|my? _ vodka|whiskey|alcohol|wine|booze|liquor|fifth',
    'vodka|whiskey|alcohol|wine|booze|liquor|fifth _ and _ the|my|some? _ @pills',
    'month|months|weeks _ of _ __ saved+up|saved|stashed|hidden',
    'bag|bottle|bottles|stash|supply|handful _ of _ my|his|her|the _ __ @pills',
    'pulled|took|stole|pocketed|skimmed|kept _ enough|extra|some|them _ from|out+of _ the? pyxis|med+cart|supply|lockbox|cabinet',
    '@pills _ are|is? _ sorted|counted|lined+up|laid+out',
    'stopped|stop|quit _ eating+and+drinking|drinking+water',
    'use|using _ alone _ with+no|without _ narcan|naloxone',
    'it|them|they|its|everything|the+bottle|the+stuff _ is|are|s? _ in+my+hand|in+my+hands|in+my+bag|in+my+pocket',
    'have|got|holding _ them|it|em _ in+my+hand|in+my+hands',
    'got|have _ it _ loaded',
    'enough _ to _ do+it|finish+it|end+it|make+sure',
    // "bought the stuff online, it came today", "bought what i need", "i have what i need this time".
    'bought|got|have|ordered _ the+stuff|what+i+need|what+i+needed|the+tank|the+helium|the+tarp',
  ],
  // Where: "heading to the woods", "driving out to the woods after group", "going in the bathroom now".
  place: [
    '@means|bottle|it|them _ is|s? _ in|on _ my _ lap',
    'car|truck|van _ is|s _ in _ the|my? _ garage',
    'parking+deck|parking+garage|garage|deck _ top+level|top+floor|roof',
    'top level|floor _ of? _ the? parking|garage|deck',
    'i+am|am|sitting|standing|parked|out _ in|at|by _ the? woods|barn|shed|old+mill|motel|back+forty|overlook',
    'heading|headed|driving|walking _ out? _ to|into _ the? woods|barn|back+forty|tracks|pond|quarry|overlook',
    // "going": the place must follow "to" or "into" with its article, so "gonna hang the new barn door" is no going (t-en96).
    'going _ out? _ to|into the|my|our|that|grandpas|dads _ woods|barn|back+forty|tracks|pond|quarry|overlook',
    'going _ out? _ to|into woods|barn|back+forty|tracks|pond|quarry|overlook',
    'on|at _ the _ roof|rooftop|ledge|tracks|top+floor|top+level|scaffolding',
  ],
  // The present: a body going under, a thing under way ("room is spinning", "feeling dizzy now", "starting now").
  present: [
    'room|everything|head _ is|s? _ spinning',
    'feeling|feel|getting|am|i+am|so _ dizzy|woozy|drowsy|lightheaded|faint|sleepy+now',
    'lying|laying|lay _ down|on+the+floor _ now',
    'starting|doing+it|going|leaving|heading _ now|rn',
  ],
  // Gone from here on: "not coming down", "not getting back in the car", "not driving home", "not calling my sponsor".
  absence: [
    'not|do+not _ asking|ask|want|need _ anyone|anybody|you|no+one _ to _ stop|save|talk _ me',
    'go|going _ quiet|dark|silent _ after|for+good|forever|permanently',
    'not|never _ coming|going|getting|driving|walking|climbing _ down|home|back+in|back+on|back+inside|inside',
    'not|never _ calling|telling|texting _ my? _ sponsor|sponser|anyone|anybody|therapist|911|the+police',
    // "tomorrow it's done", "its happening in an hour", "this ends tonight": the thing referred back to, with its time.
    'it+is|it|it+will+be|this|this+is|everything+is _ done|over|happening|ending|ends|ovr _ @timing|tn|in+an+hour|at+dawn|by+morning',
    '@timing _ it+is|it+will+be|this+is _ done|over|happening',
    'ending|end _ this|it _ @timing|at|tn',
  ],
  // Finality in metaphor: "my last sunrise", "letting go tonight", "for me, not the building", "and so am i".
  finality: [
    // A coffin or a headstone is the end said in a picture, not a means: beside a time or a goodbye it is urgent ("🪦 tonight").
    '🪦|⚰|⚰️',
    'final|last _ check+in|checkin|check-in',
    'last|final _ message|post _ from _ me',
    'see|meet _ you|y+all|everyone _ on _ the _ other+side',
    'last chapter|page _ is|s? _ written|done',
    'closing|close _ the|my _ book|story',
    'done _ with _ all+of+this|it+all|everything _ by|after|before',
    'can+not|not _ take+back|undo _ what|it|this',
    'all _ that+is|thats|that|that+s _ left _ is _ me',
    'after @timing _ she|he|it|they _ is|are|s? _ his|hers|yours|theirs',
    'you _ can|could|will|might _ guess|figure+out _ why|what',
    'not _ the _ job|work _ i+am|im|i _ leaving|quitting|ending',
    'this is how _ i _ go|end|die|leave',
    'my _ last|final _ sunrise|sunset|breath|curtain|bow|page|chapter|check+in|checkin',
    'final curtain|save',
    'letting|let _ go _ @timing|for+good|of+life|of+everything',
    'turning|turn _ the? lights|light _ off|out _ for+the+final+time|for+good|forever|permanently',
    'not _ the _ job|building|company|account|game|phone|shift _ me|for+me',
    'for me _ not _ the _ job|building|company|account|game|shift',
    'done|over|out|deactivated|ending|closing|gone|off _ __ and so _ am|will|is _ i',
    'not|never _ stopping|stop _ this+time|halfway',
    'all the way _ this+time',
    'going all the way',
    'infinite|forever|permanent _ after _ @timing',
    'now i can go',
    'im|i+am _ handling|doing|taking+care+of _ something _ permanent|final',
  ],
  // Settling, said as lists and logins: "left the password list on the fridge", "bank logins for my sister", "set my facebook to memorialize".
  'farewell-hint': [
    'so _ they|she|he|it _ would|will|be|d|is|are|get _ looked+after|taken+care+of|cared+for',
    'left|leaving _ my? keys|key|phone|wallet _ and _ a|the|my? _ letter|note|letters|notes',
  ],
  'preparation-hint': [
    'password|passwords|passcode|pin|logins|login _ list|doc|document|are+in|is+in|on+the+fridge|taped|written|for+my|to+my',
    'master password',
    'wrote|write|written|writing _ down? _ all? _ my _ bank|passwords|logins|pins|accounts',
    'memorialize|memorialized|memorialise',
    'title _ is? _ signed',
    'autoship|auto-ship',
    'scheduled|set|timed _ the? auto? _ email|emails|message|post _ for|to+go|to+send',
  ],
  // The how, said by referring back: "figured out the dose that'll do it", "the whole bottle of them" ("dose" alone is everyday, read.ts).
  'plan-hint': [
    'dose|amount _ that+will|that+would|that+is+going+to|to _ do+it|kill+me|be+enough',
    'whole|entire|full _ bottle|pack|sleeve|stash _ of _ them|em|pills|meds',
  ],
  // Thanks said from a place or beside a means: "thanks for being kind to me".
  'goodbye-hint': ['thanks|thank+you|thank+u|thx _ for _ being _ decent|kind|good|nice|there _ to+me|for+me'],
  'plan-talk': [
    'have|got _ them|it|em _ right+here',
    'know|knows _ exactly _ what _ i+am|im|i _ doing',
    'i+am|im _ taking|swallowing|downing _ them|it|em|everything _ now|rn',
    'no+one|nobody|noone|do+not|not|can+not _ talk|talking|try+to+talk _ me _ out+of _ it|this',
    'plan|planning|going _ to _ use _ it|them',
    'i|already|have _ decide|decided _ i+am|im _ taking|doing|going',
    'know|knows _ exactly _ what _ it _ takes|will+take|would+take',
    'have|got _ it|them|everything|evrything _ ready|set|arranged|sorted|lined+up',
    'plan is|plan+is+to|plan+is+after',
    'give|giving _ them|everyone|him|her _ what _ they|he|she _ want|wants|wanted|asked+for',
    'making|make _ sure _ of _ it|that',
    'talk|talking _ me _ out _ of _ it|this',
    'doing|do _ it _ now|at+dawn|tn',
    'i+am|im _ taking|swallowing|downing _ them|it|em _ all',
    'going+to|gonna|about+to _ use|take _ them|it|em',
  ],
  // Times said plainly: "at dawn", "in an hour", "when i get home", "after this message", "when the house is empty".
  timing: [
    'dawn|sunup|daybreak|first+light',
    'before _ the _ sun _ comes|is|s|rises|up',
    'in _ an|a|one _ hour|min|minute|bit',
    'at|by|around _ 1|2|3|4|5|6|7|8|9|10|11|12 _ pm|am|tonight',
    '6pm|7pm|8pm|9pm|10pm|11pm|12am|6am',
    'after|before|when _ this|the|my|i+send+this _ message|post|group|news|checkin|check-in|call',
    'after i send this',
    'when|after|once _ i _ get|go|got _ home|off',
    'when _ the|my? _ house|place|apartment|dorm _ is _ empty|quiet',
    // A going set by the light: "going at sunset", "heading in at dusk" ("the overlook at sunset" is a view, no going).
    'going|leaving|heading|heading+in|heading+out|walking+in|doing+it|it+happens|its+happening _ at|by|before|around _ sunset|sundown|dusk|nightfall|sunrise|dawn|first+light',
  ],
};
