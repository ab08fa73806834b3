import { inflect } from './inflect.js';

/**
 * Someone else's crisis as those near them see it (notation in ../../patterns.ts; joined to the other someone-else files
 * by ../en.ts), added after the fourteenth fresh batch: a parent who finds marks or blades among a child's things, a
 * friend beside an overdose, the words of going to the dead or of not being a burden much longer, belongings handed out,
 * means counted or gone missing with the person, a car left by the water, a child pressed for pictures. Each family names
 * the person or the body beside the everyday act ("found a razor in the bathroom", "his truck is by the river for the
 * weekend" stay none).
 */

/** The dead someone may speak of joining. */
const lost = 'mom|mum|mother|dad|father|son|daughter|husband|wife|brother|sister|grandma|grandpa|granny|buddies|friends|baby|kid|child|partner';
/** Places a car or a phone is left by before someone goes missing. */
const water = 'river|lake|bridge|cliff|cliffs|quarry|reservoir|gorge|pier|falls|overlook|dam|water|beach|tracks|overpass';

export const othersSeenByThoseNear: Record<string, string[]> = {
  'other-self-harm': [
    // Marks found on a child or a friend: "found cuts on her thighs", "saw fresh cuts on my 14 year old kid's arms".
    `${inflect('find:found see:saw:seen notice')}|spotted|spot|spots _ fresh|new|deep? _ cuts|cut+marks|burns|burn+marks|scratches|scars _ on _ __ her|his|their|'s _ arm|arms|thigh|thighs|wrist|wrists|forearm|forearms|legs|leg|hips|stomach|hands`,
    // Blades hidden among someone's things: "a razor blade wrapped in tissue in her pencil case", "blades taped under his desk".
    'razor|razors|blade|blades|razor+blade|razor+blades|sharpener+blade _ hidden|wrapped|taped|stashed|tucked|hid _ __ in|under|inside|behind _ __ her|his|their|daughters|sons|pencil+case|backpack|sock|socks|pillow|mattress|drawer|case',
  ],
  'other-overdose': [
    // What a friend hears or finds: "passed out in the bathroom with a needle", "weird snoring sounds and won't wake up".
    'passed+out|unconscious|slumped|unresponsive|nodded+out|nodding|blue _ __ with _ a|the _ needle|syringe|rig|spoon|pipe|foil',
    'weird|strange|funny|scary|loud _ snoring|gurgling|gasping|breathing _ sounds|noises|noise',
    'will+not|can+not|could+not|is+not|does+not _ wake _ up|him+up|her+up|them+up _ __ used|narcan|naloxone|911|breathing|blue|pills|needle|high',
    // Too much, with where it left them: "took way too much, she's in the ER now".
    'too+much|too+many _ __ er|icu|hospital|ambulance|narcan|naloxone|911|ems|intubated',
    'intentional|deliberate|purposeful|purposely _ ingestion|overdose|od',
    `${inflect('take:took:taken swallow drink:drank')} _ everything|all _ he|she|they _ had|got|could+find`,
  ],
  'other-attempt': [
    // Found with a ligature in a note: "resident found with ligature in her room".
    'found|discovered _ with _ a? _ ligature|noose|belt+around|cord+around',
    // Gone, with the car left by the water or the phone left behind: "his truck is by the river and his mom found a note".
    `truck|car|van|bike _ __ by|at|near|on _ the _ ${water} _ __ note|not+been+seen|missing|phone|wallet|not+come+home|gone|search|searching|looking|nobody|no+one|heard`,
    `not+been+seen|missing|not+come+home|no+one+has+heard|nobody+has+heard _ __ truck|car|van _ __ by|at|near|on _ the _ ${water}`,
    `${inflect('leave:left')} _ his|her|their _ phone|wallet|keys|id _ __ on|in _ the _ seat|car|dashboard|dash|truck|bridge|railing|${water}`,
    // A handgun taken and the person gone: "took his pistol and left" (a rifle taken is most often a hunting trip).
    `${inflect('take:took:taken grab')} _ his|her|their|the _ pistol|handgun|revolver _ and _ left|took+off|drove+off|walked+out|disappeared|went`,
  ],
  'other-death': [
    // "ate his gun": a death by a gun told in its slang.
    'ate _ his|her|their _ gun|pistol|rifle|shotgun|revolver',
  ],
  'other-disclosure': [
    // Going to the dead: "her late son's voice telling her to come be with him", "wants to be with her late husband".
    `late|dead|deceased _ ${lost} _ __ come+be+with|be+with|join|joining`,
    `be+with|join|joining|see _ her|his|their|my|our _ late|dead|deceased _ ${lost}`,
    `see|join|be+with _ __ ${lost} _ again+soon|in+heaven|up+there|on+the+other+side`,
    // Not a burden or a worry much longer: "won't be a burden much longer", "wouldn't have to worry about him much longer",
    // "won't be your problem after friday".
    'not|never _ be+a+burden|be+your+problem|be+a+problem|be+anyone+s+problem|be+in+your+way|be+in+the+way|have+to+worry _ __ much+longer|for+much+longer|after+friday|after+tonight|after+this+week|after+today|after+tomorrow|after+this|soon',
    // Read about after: "you'll read about me tomorrow".
    'read|hear _ about _ me|him|her|them _ tomorrow|soon|in+the+morning',
    // The last of something: "on her last lap", "my last rodeo".
    'on|is|s _ her|his|their|my _ last _ lap|rodeo|hurrah',
    // Belongings handed out: "has been handing out his stuff all week", "giving away his tools".
    'handing+out|handed+out|giving+away|gave+away|gives+away|giving+out|handing+off _ his|her|their _ stuff|things|tools|guns|jewelry|belongings|possessions|clothes|medals|boots|guitar|pets|dog|cat|cats',
    // Means counted, saved, or gone: "counting his pain pills", "knows how many it would take", "pills saved up and a date picked",
    // "found her old sleeping pills missing", "asked me to hand her the whole bottle".
    'counting|counts|counted _ his|her|their _ pills|pain+pills|sleeping+pills|meds|medication|@pills',
    'how+many|how+much _ __ it _ would|will _ take _ to _ die|kill|end|od|overdose|not+wake|never+wake',
    'knows|looked+up|googled|researched|asked+me _ how+many _ it _ would|will _ take _ .|,|"|\'',
    'saved|saved+up|stockpiled|hoarded|stashed _ __ and _ a _ date|day _ picked|set|chosen',
    '@pills|pills|meds|medication|gun|pistol|rifle _ __ missing|are+missing|were+missing|is+missing|was+missing',
    'hand|give|bring|pass _ her|him|them _ the _ whole|entire _ bottle|pack|box|stash',
    'buy|get|score _ enough _ to _ end|die|kill|od|overdose|not+wake',
    // Searched for: "online all night on forums about ways to die", "googling how long it takes to die".
    'forums|forum|sites|videos|googling|searching|researching|looked+up|looking+up|searched|googled _ __ ways|how|methods _ to _ die|kill|end|overdose|hang',
    // A child pressed for pictures: "tells him to send pics", "asked her for nudes".
    `${inflect('tell:told ask make:made pressure push')}|pressuring|pushing _ my? _ @other|him|her|them _ to? _ send _ __ pics|nudes|photos|pictures|videos|naked`,
    // Goodbyes posted: "posted a goodbye on her story", "texting me goodbye-type stuff".
    'posted|sent|shared|put+up _ a? _ goodbye _ video|post|message|note|letter|pic? _ on|to _ her|his|their? _ story|page|instagram|ig|snap|facebook|tiktok|finsta|socials|twitter|discord|server',
    'texting|texted|sending|sent|posting|posted _ me? _ goodbye|goodbyes _ __ stuff|things|type|ish|vibes',
  ],
};
