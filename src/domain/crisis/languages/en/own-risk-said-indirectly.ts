/**
 * English own risk said indirectly (branch t-own47; notation in ../../patterns.ts, macros in ../en.ts, joined to the other
 * own-risk files by ../en.ts): the ways the forty-seventh fresh batch wrote the writer's own risk without its words.
 * Metaphors said of oneself (game over "for me" beside a time, switching oneself off, an off switch on me, rage quitting
 * life, the credits rolling on this whole thing, the exit pointed at, "letting go" on a day); self-harm told by its
 * aftermath (marks from me, bandages under my hoodie, a watch moved to cover things, arms like a map, the urge back
 * after years clean); a return denied at a high or remote place (parked near the edge and "not driving back down", the
 * top deck of a car park, "not getting off at the other side"); stopping meds out of hopelessness; the writer no longer
 * a worry or a problem after a day; things handed on for good (a pet left at the neighbours, a cover story "its not for a
 * bit", a name on each box, who gets the guitar, the fish fed one last time). Each keeps the writer's own ending in its
 * words: a game, a shift, a book, a move, a cold day and a cut in the kitchen stay everyday.
 * test/unit/domain/crisis/own-risk-said-indirectly.test.ts holds each family beside its look-alikes.
 */
export const ownRiskSaidIndirectly: Record<string, string[]> = {
  'wish-dead': [
    // Metaphors said of oneself: "game over feels like the only ending for me", "if there was an off switch on me".
    'game+over _ __ only _ ending|option|way|answer',
    'off+switch|off+button _ on|for _ me|myself',
    'rage+quit|ragequit _ life|this+life|irl|real+life|existence',
    'life _ is _ a _ game _ __ rage+quit|ragequit|quit',
    'credits _ to? _ roll _ on _ this+whole+thing|my+life|me|it+all|all+of+this|this+life',
  ],
  'suicidal-thoughts': [
    // "game over for me this weekend", "switching myself off once the kids are asleep", "im letting go on friday".
    'game+over|lights+out|curtains _ for _ me _ @timing|irl|soon|for+real',
    'closing+out|close+out|closing _ my _ tab _ with _ the+world|life|this+life',
    // Being a danger to oneself: "not safe from myself lately"; a drop eyed: "eyeing the top floor of the carpark".
    'not _ safe _ from|around|with _ myself',
    'eyeing|eying|staring+at _ the _ top+floor|top+deck|drop|roof _ of _ the _ carpark|car+park|parking+garage|multi+storey',
    'switch|switching|turn|turning|shut|shutting _ myself|me _ off _ for+good|permanently|forever|once|when|after|@timing',
    'brain|head|mind _ keeps? _ pointing|points|pushing|pushes|steering _ me _ at|to|towards|toward _ the _ exit',
    'i+am|im letting+go on? @timing|soon',
    'pull|pulling _ the+plug _ on _ me|myself|my+life',
    'log|logging|logged _ off|out _ irl|in+real+life',
    // Taken across without getting off: "not getting off at the other side".
    'not|never _ getting|get _ off _ at _ the _ other _ side|end',
  ],
  'self-harm': [
    // Told in a second sentence by what it left or what came back: "relapsed after 200 days. thighs are covered again",
    // "made it 90 days. then last night the blade came back out" (paint, a hike or a rash name their cause: "covered in paint").
    'arms|wrists|thighs|legs|hips|stomach _ are|is _ covered+again|cut+up+again|shredded|cut+to+shreds|a+mess+again|all+cut+up',
    'the|my _ blade|blades|razor|razors|sharpener _ came|comes|is|are|coming _ back+out|out+again',
    // Self-harm told by its aftermath: "the bruises on my legs are from me", "bandages are under my sleeves".
    'bruises|cuts|marks|scars|burns|scratches _ on _ my _ __ are|were _ from _ me|myself',
    'bandages|plasters|bandaids|band-aids|cuts|marks _ are|s? _ under|beneath _ my _ hoodie|sleeves|jumper|sweater|sleeve|scrubs',
    'marks|cuts|scars|burns _ are _ on _ my _ hips|thighs|stomach|ribs _ where _ nobody|no+one|noone _ looks|sees|can+see',
    'watch|bracelet|bracelets|band _ _ other|my _ wrist|wrists|arm _ __ covers|cover|hides|hide _ things|them|the+marks|the+cuts|the+scars',
    'arms|arm|wrists|thighs|legs _ look|looks _ like _ a? _ map|barcode|ladder|road+map',
    'the+kind|kind _ you _ hide|cover _ with _ sleeves|long+sleeves|a+hoodie|plasters|bandaids',
    // The urge back after time clean: "3 years clean from sh and im this close", "havent hurt myself in ages but the urge".
    'clean|free _ from|of _ sh|self-harm|self+harm|selfharm|cutting __ close+to|urge|want+to',
    'havent|have+not|not _ hurt|cut|harmed _ myself _ in _ ages|months|years|a+while|forever _ but _ the _ urge',
    'want|wanna|urge to? cut so+bad|so+badly|rn|right+now',
    // The urge joined to someone else's or told as more of it: "seeing her arms made me want to cut too", "wanna cut tonight".
    // "cut too much sugar" is a diet (the idiom frame), "cut my hair too" names what is cut.
    'want|wanna|urge|urges|itching to? cut too|also|tonight|again|deeper',
  ],
  hopelessness: [
    // Meds stopped out of hopelessness: "gave up on my meds, nothing changes", "the point of taking them".
    'gave+up|given+up|giving+up _ on _ my|the _ meds|medication|antidepressants|treatment',
    'point _ of|in _ taking? _ the|my|them _ meds|medication|antidepressants|lithium',
    'the+point _ taking _ them|my+meds|the+meds|my+pills',
    'skipping|skipped|stopped|quit|stopping|ditched _ taking? _ my _ meds|medication|antidepressants|lithium|pills _ on+purpose|deliberately|to+see+what+happens',
    'not _ taking _ my _ antidepressants|meds|medication|lithium _ anymore|any+more',
    'stopped|stop _ seeing _ any|a _ future _ at+all|for+me|anymore',
  ],
  burden: [
    // "everyone would be way less stressed without me around".
    'would _ be _ way|so|much|a+lot? _ less _ stressed|worried|miserable|tired|burdened _ without _ me',
  ],
  intent: [
    // The writer no longer a worry after a day: "nobody has to worry about me after this week", "after tonight nobody has to put up with me".
    'nobody|no+one|noone|you+lot|yall|guys|everyone _ has|have|will|wont|will+not|needs|need _ to? _ worry|check+up|check|put+up|deal _ about|on|with _ me _ after|by|past|from _ @timing|this+week|next+week',
    'after _ @timing|this+week|next+week ,? _ nobody|no+one|noone|you+lot|yall|guys|everyone _ has|have|will|wont|will+not|needs|need _ to? _ worry|check+up|check|put+up|deal _ about|on|with _ me',
    'by _ next? _ @timing|this+week|next+week ,? _ you|you+lot|yall|everyone|nobody _ wont|will+not|will|has|have|needs|need _ need|have? _ to? _ worry|check+up|check _ about|on _ me',
    'wont|will+not|not+going+to _ be _ a _ problem|burden|bother _ for|to _ anyone|anybody|everyone _ after|by|past _ @timing|this+week',
    // Nobody left to stop the writer: "now nobodys going to stop me this weekend".
    'nobody|no+one|noone|nothing _ is|s? _ going+to|gonna|can|will _ stop me @timing|now|this+time|this+weekend',
    // Done said twice against the everyday meaning: "not done with the job, done done".
    'not _ done _ with _ the|my _ job|work|course|degree ,? _ done _ done',
    // Self-harm meant to end: "the blood wont stop this time and im not trying to make it".
    'blood|bleeding _ __ this+time _ __ not _ trying _ to _ make+it|stop+it',
    // Metaphors with the deed and its day named: "found my way out and im taking it", "the last chapter tonight, literally".
    'last|final _ chapter _ @timing|tn ,? _ literally',
    'wont|will+not|not _ be|logging|log|posting _ in? _ again? _ after _ @timing ,? _ here _ or _ anywhere',
    'found _ my|a|the _ way+out _ and? _ i+am|im _ taking+it',
    'this+is|here+is|here _ where _ i _ want _ it|this|things|everything _ to _ end',
    'bandaged|covered|patched|dressed _ the _ old+ones _ and? _ now? _ i+am|im? _ making|adding|doing _ new+ones',
  ],
  'acting-now': [
    'been _ cutting _ and _ __ lightheaded|light+headed|dizzy|faint|woozy',
  ],
  preparation: [
    // A name on each box: things boxed up for the people left.
    'box|boxing|boxed|packing|packed _ up? _ __ name|names _ on _ each|every _ box|bag',
  ],
  place: [
    // Near an edge or high in a car park, with no risk word: counts beside a return denied.
    'parked|standing|stood _ right? _ near|at|by _ the _ edge',
    'top+deck|top+level|top+floor|roof _ of _ the _ carpark|car+park|multi+storey|multistorey|parking+garage|parking+structure',
  ],
  absence: [
    // A return denied: "not driving back down", "not planning a trip back", "cant see a reason to walk back".
    'not|never _ driving|walking|taking+the+stairs|coming|going|heading _ back _ down|up|home',
    'not _ taking _ the _ stairs|lift|elevator _ down',
    'not _ planning|going|intending _ a? _ trip|drive|way|journey _ back|home',
    'can+not|cant _ see _ a|any _ reason _ to _ walk|drive|go|come|head _ back|home|down',
    // The writer gone after a day: "tomorrow morning ill be gone", "wont be needing my meds after saturday".
    'wont|will+not|not _ be? _ needing|need _ my _ meds|medication|pills|script|prescription _ after|past|beyond',
  ],
  finality: [
    // Every day after said away: "wont be needing monday either, or any day after".
    'wont|will+not|not _ be? _ needing|need _ monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow _ either? ,? _ or _ any _ day|week|time _ after|after+that',
    // The last of a chore: "fed the fish one last time".
    'fed|feed|walked|hugged|kissed|pet|petted|cuddled _ the|my _ fish|cat|dog|kids|budgie _ one+last+time|for+the+last+time',
    // A cover story denied in its own words: "asked my mate to mind the budgie for a bit. its not for a bit".
    'it|its|it+is|this+is|thats _ not _ for _ a _ bit|while|few+days|couple+days',
  ],
  'preparation-hint': [
    // Things handed on for good: a pet at the neighbours, who gets the guitar, everything signed over, the meds not refilled.
    'sorted|decided|worked+out|wrote+down _ who _ gets|will+get|should+get|is+getting',
    'signed|signing _ over _ to',
    'mind|watch|look+after _ the|my _ budgie|cat|dog|bird|rats|fish|hamster|rabbit',
    'cat|dog|dogs|cats|budgie|fish|rats _ at|with _ the? _ neighbours|neighbors|nans|my+sisters|my+mums|next+door',
    'rehomed|re-homed _ both|my|the|all _ the? _ rats|cats|cat|dog|dogs|birds|budgie|fish|hamster',
    'my _ will _ is? _ on _ the _ table|kitchen+table|desk|counter',
    'not _ refilling|refill|renewing _ the|my _ script|prescription',
    'so _ nobody|no+one|noone _ has|have|will+have _ a? _ mess|anything _ to _ deal+with|clean|sort',
  ],
  'farewell-hint': [
    'note|notes|letter|letters _ is|s|are? _ on _ the|my _ desk|table|kitchen+table|pillow|counter',
  ],
  'plan-talk': [
    // Things kept for a day, rest after it, ready now: "holding onto what ive got for friday".
    'holding+onto|hanging+onto|keeping|saving _ what _ i|ive|i+have _ got|have|saved _ for _ @timing',
    'can|will|get+to _ finally? _ rest _ after|once|soon',
    'ready ,? now|rn',
  ],
  'means-hint': [
    // What is needed already in the car or the drawer: "ive got everything i need in the car".
    'got|have _ everything|what|all _ i _ need _ in _ the|my _ car|drawer|room|bag|boot|glovebox',
  ],
};
