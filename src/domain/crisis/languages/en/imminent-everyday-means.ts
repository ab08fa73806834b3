/**
 * English imminent risk said through ordinary nouns and errands (branch t-en-imminent, 2026-12-02), joined by en.ts
 * (notation in ../../patterns.ts; macros in ../en.ts): a means named as a household thing (antifreeze, a vial of potassium,
 * a space heater in a taped closet, a cord run to the loft, a tub filled beside a blade, a gun by its calibre), the writer
 * out in the cold or walking out as far as they can, preparations said as a ledger (the cattle sold, the house put in a
 * son's name, who gets the truck), relapse dosed to the heart's limit, a past attempt with "this time" after it, and
 * resolve tied to a time of being alone. Strong wordings are concepts; the ones with everyday uses are hints, which count
 * only beside own risk or another sign (concepts.ts, hint-weights.ts).
 * test/unit/domain/crisis/imminent-everyday-means.test.ts holds each family beside its look-alikes.
 */
export const imminentEverydayConcepts: Record<string, string[]> = {
  'acting-now': [
    // A hose run from the exhaust: "the hose is on the exhaust", "taped the tube to the tailpipe".
    'hose|tube _ is|s|are? _ on|in|attached|hooked|taped|connected|running _ to|into|up? _ the|my? _ exhaust|tailpipe',
    'taped|hooked|attached|ran|connected _ the|a? _ hose|tube _ to|into|from _ the|my? _ exhaust|tailpipe',
    // Parked where a train will come: "car is parked on the tracks at the crossing".
    // In the tub with something that ends it: "standing in the tub with the cord", "in the bath with the razor".
    'in|standing|sitting|lying _ the|a|my? _ tub|bath|bathtub _ with _ the|a|my _ cord|rope|razor|blade|knife|toaster|hairdryer|hair+dryer|radio|extension+cord',
    'car|truck|van|i+am|im|i _ is|s? _ parked|stopped|stalled _ on _ the _ tracks|railroad|rails|crossing',
  ],
  intent: [
    // Relapse dosed to the heart's limit: "do as much as my heart can't take", "use till my body gives up".
    'as+much+as|more+than _ my _ heart|body|lungs _ can+not|cannot|could+not|will+not|can _ take|handle|survive|stand',
    // The veterans' figure, with the writer counted in: "22 a day, I'm going to be one of them", "tonight i make it 23".
    '22|twenty+two _ a _ day __ be _ one _ of _ them',
    '22|twenty+two _ a _ day __ make _ it _ 23|twenty+three',
    // Said ahead, with the people who would stop it away: "once the kids are at their dads I'm going through with it".
    'once|when|after|while _ the|my? _ kids|everyone|everybody|wife|husband|partner|roommate|roommates|parents|house _ __ i+am|im|i _ going+through+with|going+to+go+through+with|doing|going+to+do _ it',
  ],
};

export const imminentEverydayHints: Record<string, string[]> = {
  'means-hint': [
    // A gun by its calibre or gauge (en.ts reads ".45" as `cal45`, spelled also "gun"), cleaned, loaded, out, in the truck.
    'got|have|cleaned|cleaning|loaded|oiled|took|grabbed|brought _ the|my|his|dads|a _ gun|12+gage|12+gauge|20+gage|20+gauge|service+pistol|service+weapon|sidearm|shotgun|rifle|pistol|revolver',
    'gun|shotgun|rifle|pistol|revolver _ cleaned|loaded|out|in+the+truck|in+my+truck|in+the+car',
    'gun+safe|safe _ combo|code|combination|key',
    // Put where the writer sleeps or sits: "put the shotgun by the bed", "the bottle's on the nightstand".
    'put|have|keep|left|set|laid _ the|my|a _ @means|bottle _ by|beside|next+to|under|on _ the|my _ bed|pillow|nightstand|table|lap',
    '@means|bottle _ is|s|are? _ on|by|beside|next+to _ the|my _ nightstand|bed|pillow',
    // Household poisons and ward drugs named with an amount: "a bottle of antifreeze", "enough paraquat", "a vial of potassium".
    'bottle|jug|jar|vial|cup|glass|enough|gallon|can _ of? _ antifreeze|paraquat|potassium|pesticide|herbicide|weedkiller|weed+killer|rat+poison|poison|cyanide|bleach|insulin',
    'antifreeze|paraquat|potassium|pesticide|weedkiller|poison|cyanide _ in _ it|my+hand|the+car|my+car',
    'enough _ from _ the? _ pyxis|med+cart|overrides|supply|stock|floor',
    // Sealing a room or a car: "charcoal and tape for the windows", "space heater in the closet with the vents taped".
    'charcoal _ and _ tape|duct+tape|the+tape',
    'vents|windows|cracks|gaps _ taped|sealed|towelled|stuffed',
    'taped|sealed|seal|tape up? the|my|all+the vents|windows|cracks|gaps',
    'space+heater|heater|generator|grill _ __ in _ the|my _ closet|bedroom|room|car|tent',
    // A cord run to where it can hang: "ran the extension cord out to the barn loft", "the ladder and the beam in the garage".
    'cord|extension+cord|rope|chain|belt|strap _ __ out? _ to|over|around|from _ the _ loft|barn+loft|hayloft|beam|rafter|rafters|banister|rail|branch',
    // Saved, every one: "kept every pill they gave me", "got enough of the blue ones saved", "bought extra codeine from two pharmacies".
    'kept|saved|stashed|hid|hoarded _ every|each _ pill|dose|tablet|script',
    'enough _ __ saved|stashed|saved+up|put+away',
    'buying|bought|getting|got _ extra|more _ @pills|codeine _ from _ two|three|different|several|multiple',
    'last _ refill|script|prescription _ i _ need',
    'picking+up|pick+up|getting|buying|bought|got _ the _ last _ thing|piece|part _ i _ need|needed',
    // The same thing as the last time, or more of it: "this time I brought more", "the stuff that almost killed me".
    'stuff|pills|drugs|same+thing|thing|bag _ that _ almost|nearly _ killed _ me',
    'gas+can|gasoline|petrol|lighter+fluid _ __ in _ the|my _ car|truck|room',
    'i+am|im|sitting|sat _ in _ the|my _ car|truck|van|closet|garage|shed _ with _ it|them|the+gas|the+can|the+hose',
    'pills|@pills _ next|after+that',
    'got|have|grabbed|took _ the|my|a _ strap _ from|out',
    'tarp|plastic|towels _ __ so _ nobody|no+one|noone|they|my+family _ has|have|needs|will+need|does+not _ to? _ clean',
    'so _ my|the _ roommate|roommates|family|wife|husband|kids|mom|dad|parents|partner|landlord _ does+not|doesnt|do+not|will+not|wont _ find|have+to+find _ me',
    'brought|packed|got _ everything _ i _ need|needed',
    // Means counted in packs or weighed against each other: "i have three bottles", "the belt or the pills".
    'have|got|bought _ two|three|four|five|six|@many _ bottles|boxes|packs|packets|blister+packs',
    'belt|rope|cord|pills|gun|knife|bridge _ or _ the|my? _ pills|rope|gun|belt|bridge|knife|cord',
  ],
  place: [
    // A tub filled beside a blade: "filled the tub, have the razor", "the bathtub's full and i've got the blade".
    'filled|filling|ran|running|drew _ the|a|my _ tub|bath|bathtub',
    'tub|bath|bathtub _ is|s? _ full|filled|running|ready',
    // Heights and water named bare: "at the cliffs", "roof of the parking structure".
    'at|on _ the _ cliffs|cliff+edge|gorge',
    'roof|top|edge|top+level|top+floor _ of _ the|my _ parking _ structure|garage|deck|ramp',
    'checking+in|check+in|checkin|writing|typing|texting _ from|on _ the|a|my _ roof|rooftop|bridge|ledge|overpass|tracks|cliff|cliffs',
    // Out in the cold: "walked out into the snow with no coat", "lie down out here in the field".
    'with+no|without|no _ a|my? _ coat|jacket _ and|into|in|out',
    'walk|walking|walked|wade|wading|swim|swimming|going _ out _ __ as? _ far+as _ i _ can|i+can',
    'walking|walk|going _ out _ on _ it|the+ice _ after|when|@timing',
    'walking|walk _ into _ the _ ocean|sea|lake|river|water|waves|surf',
    'in _ the|my _ car|truck _ in|at _ the _ staff|hospital|employee _ lot|parking',
    // The same room or bridge as the attempt before: "same motel, same room number even".
    'same _ motel|hotel|room+number|bridge|overpass|parking+garage _ as|even|again|room',
    'on+the+way|on+my+way _ to _ the _ bridge|tracks|overpass|cliff|cliffs|quarry|reservoir|roof|rooftop',
    'already _ in+the+water|at+the+bridge|at+the+river|on+the+ledge|on+the+roof|on+the+tracks|in+the+river|in+the+lake',
    'started|running|left _ the|my _ truck|van|car|engine|motor _ running? _ in _ the|my _ garage|shed|barn',
  ],
  present: [
    'now _ i+am|im _ on|at|up+on|in _ one|it|the',
    'can _ hear|see _ the _ horn|train|whistle|headlights _ coming|way+off|getting+closer|closer',
    'i+am|im|am _ holding _ it|them|the+bottle|the+gun',
    // Under it, above it, climbing it, writing from inside: "sitting under it typing", "keep climbing up the rail", "fourteen floors".
    'sitting|standing|lying|sat _ under|beneath _ it|the+beam|the+rope|the+noose|the+branch',
    'from _ up+here|up+there',
    'water|river|current|lake|ocean _ is|s? _ so|really? _ cold|freezing|strong|fast|deep',
    'keep|kept|keeps _ climbing|stepping|leaning|looking _ up|over|onto|on|down _ the? _ rail|railing|ledge|edge|side',
    'texting|typing|writing|messaging _ this? _ from _ inside|in+here',
    'sitting|sat _ here|there _ with _ it|them',
    '1*|2*|3*|4*|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty _ floors|stories|storeys',
    'already _ drinking|in+the+car',
    'been _ in _ here _ a _ bit|while|few+minutes|hour',
  ],
  'taken-hint': [
    'car|engine|motor|truck _ is|s? _ already _ running|on',
    'it+is|its _ done _ i|just _ swallowed|took|drank|downed|injected',
    'waiting _ for _ the|my? _ stuff|pills|them|it _ to _ kick+in|work|hit|take+effect',
  ],
  'plan-hint': [
    // The dose and the way, said plainly: "taking the whole stash", "lie down out here in the field".
    'taking|take|swallow|swallowing|using|use _ the _ whole|entire _ stash|bottle|supply|bag|lot',
    '@pills|pills|it|they|that _ will|going+to|gonna|should _ get|take _ me _ there|to+him|to+her|to+them',
    'lie|lay|lying|laying _ down _ out+here|out+there|in+the+snow|in+the+field|in+the+pasture|in+the+cold',
    'till|until|til _ i _ drive|crash|go|run _ off|into _ the _ ridge|cliff|edge|bridge|river|lake|reservoir|quarry|overpass|road|embankment|median',
    'it+is|its|everything+is|everything _ s? _ set _ for _ the|@timing',
    'that+is|thats|this+is _ when _ i+am|im _ going|doing+it|leaving',
  ],
  'plan-talk': [
    'know|knows _ exactly? _ what _ it|this|they _ will+do|does|do|would+do|is+for',
    'that+is|thats _ how _ sure|serious|certain|ready _ i+am|im',
    'which|what _ is|would|will|of+these _ be? _ quicker|faster|less+painful|more+certain|surer|most+painless|more+painless',
    'i _ think _ it+is|its _ finally? _ enough',
    'it+is|its|thats|that+is _ finally _ enough',
    'this+time _ i _ brought|have|got|bought|took|saved _ more|enough|extra|double|twice',
    'the _ hard+part _ was|is _ deciding|choosing|picking',
    'thought _ it _ through|thru',
    'set|picked|chosen|chose _ the|a|my _ date|day',
    'going+through+with|go+through+with|follow+through+with _ it|my+plan|the+plan',
    'going+to|gonna|will|about+to _ be|become _ one _ of _ them|the+22|those+22|a+statistic|another+statistic',
    'make|making _ it _ 23|twenty+three',
    'going+to|gonna|about+to _ drink|swallow|inject _ it|them',
    '@timing i go',
    'finish|finishing|finished _ the+job|what+i+started',
    // The way to the dead, said as a route: "i know how to get there", "the pills will get me there".
    'know|have|got|found _ how|a+way _ to _ get _ there',
    'going+to|gonna|about+to _ take|swallow _ the|all+the|all+my|all+of+the _ pills|@pills'
  ],
  calm: ['not|no+longer _ scared|afraid _ anymore|now|of+it'],
  // A past attempt told as a wound, which counts only beside another sign: "the ER stitched me up in april".
  'low-mood': [
    // The veterans' figure: "22 a day" (weak alone, an awareness post; beside "going to be one of them" and a time, a plan).
    '22|twenty+two _ a|per|every _ day','er|hospital|icu|they|doctors _ stitched|patched _ me|my+arms|my+wrists _ up', 'er|hospital|icu|they|doctors _ pumped _ my _ stomach'],
  'preparation-hint': [
    // Goods sold, paid off or put in another's name, and who gets them: "cattle are sold", "put the house in my son's name".
    'cattle|herd|farm|boat|house|truck|car|note|loan|land|horses|cows|tractor|bills|mortgage _ are|is|s? _ sold|paid+off|paid|signed+over',
    'made|making|have+made _ arrangements|the+arrangements|my+arrangements',
    'sold|selling _ the|my _ boat|truck|house|farm|horses|cattle|tractor|motorcycle|guns',
    'cleaned|cleaning _ the|my _ apartment|house|room|place _ top+to+bottom|spotless|from+top+to+bottom',
    'everything|it+all|everything+you+need _ is|s? _ in _ the|my _ drawer|envelope|folder|glovebox|safe|desk',
    'made|wrote|write|writing _ out? _ a? _ list _ of _ who',
    'signed _ it+all|everything',
  ],
  'farewell-hint': [
    // Pets and keys left with others, a message for someone to pass on, a note laid under a thing.
    'dog|cat|dogs|cats|pets|kids _ is|are|s? _ at|with _ my _ neighbor|neighbors|sister|brother|mom|dad|friend|neighbour',
    'sent|mailed|gave _ my _ dog+tags|medals|flag|ring|watch|badge _ to',
    'note|letter|notes|letters _ under|beneath|next+to|beside _ it|my+phone|the+phone|my+keys|my+pillow',
    'make+sure _ someone|somebody _ else _ is+there|takes+care|looks+after|picks+up|covers',
  ],
  'goodbye-hint': [
    // Two things given to one person: "gave my binders and my switch to Jess", "give my bicycle and my phone to my roommate".
    'gave|give|giving|given _ my _ __ and _ my _ __ to',
    'gave|given _ my _ bike|boat|truck|car|guitar|tools|camera|jacket|watch|ring|books|records|games|console|switch|xbox|playstation _ to',
    'mailed|posted|stamped|dropped+off _ the|my _ letters|letter|notes|cards',
    // Who gets the goods: "wife gets the policy", "she gets the house"; anyone close or the landlord, and pets, plants and a deposit
    // among the goods ("landlord keeps the deposit, my brother gets the cat"). A hint, so it counts only beside the writer's own risk.
    '@other|kids|landlord|neighbor|neighbour _ gets|get|keeps|can+have _ the|my _ policy|house|truck|car|dog|dogs|cat|cats|pets|kitty|puppy|fish|bird|plants|savings|farm|insurance|deposit|guitar|bike|tools|records|games',
    'been _ a _ good _ run',
  ],
  finality: [
    // Meeting one's maker at a time set, beside another sign: "going to go meet my maker tonight, got everything lined up".
    'meet|meeting _ my _ maker _ @timing|tn',
    // Going to be with the dead, with a time: "going to go be with my dad tonight", "ready to go home to grandma".
    'go+be+with|be+with|go+home+to|going+home+to _ my|her|him _ dad|mom|father|mother|grandma|grandpa|husband|wife|son|daughter|brother|sister|boy|girl|maker _ @timing|tn|by+then',
    'dirt+nap|dirtnap',
    'tying|tie|tied|wrapping|wrap _ things|everything|loose+ends|it+all _ up _ before|by',
    'just|only _ me _ left',
    'this+time _ i _ will+not|wont|am+not+going+to|not+going+to _ mess+it+up|screw+it+up|mess+up|fail|survive|wake+up|chicken+out|botch+it',
    'last+time i tried|attempted in|at|on|i|it _ __ did+it+wrong|messed+up|messed+it+up|failed|survived|woke+up|botched+it',
    'not _ a|an _ cry+for+help|accident|slip|relapse',
    'i+am|im _ done _ after|by|before _ this|the|@timing',
    'this _ is _ the _ last _ one|time',
    'my _ last _ anything|everything',
    // A trip with no return and nothing to pack: "one-way ticket, no luggage needed" (a move or a new job is a leaving, read.ts).
    'one-way|one+way _ ticket|trip',
    'no|without _ luggage|bags|suitcase|suitcases _ needed|required|necessary',
    'sleep _ __ one+way+or+another',
    '@agent|they _ does+not|do+not|did+not _ know _ why|what+for _ yet?',
  ],
  absence: [
    'not|never _ turning+around|turning+back|going+back|stopping+now',
    'will+not|not _ need _ to _ do|fill|answer|take _ these|this|my|the|any _ __ after|anymore|again',
    'will+not|not _ need _ the|my|a|this|that _ apartment|car|room|house|phone|coat|license|lease _ anymore|after|again|where',
    'do+not|dont _ check _ on|in+on|up+on _ me',
    'please _ do+not|dont _ come _ in|inside|in+here|looking',
    '@timing i+am|im out|gone',
  ],
  timing: [
    'sundown|dusk|nightfall',
    'after|before _ dark|nightfall|sundown',
    'after|when|once _ it _ gets|is _ dark',
    'after _ it|they _ closes|close|closed',
    'before _ anyone|everyone|anybody _ is|s|gets _ up|awake',
    'when|while|once _ she|he|they|wife|husband|everyone _ is|s|are _ at _ work|church|school|the+store',
    'kids _ are|s _ at _ their _ dads|moms|grandmas|dad|mom',
  ],
};
