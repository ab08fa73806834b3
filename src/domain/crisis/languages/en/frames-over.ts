/**
 * English frames for someone else's crisis told as behind them (notation in ../../patterns.ts): how they are now
 * ("doing great now", "is 19 now and in college"), words that put it in the past, and a natural death. Read by
 * told-as-over.ts; part of `englishFrames` (frames.ts).
 */
import type { Lexicon } from '../../lexicon.js';

export const englishFramesOfOver: Pick<Lexicon['frames'], 'wellNow' | 'over' | 'naturalDeath'> = {
  // Someone's crisis told as behind them, with how they are now: "has been stable since", "is doing great now",
  // "celebrated 2 years", "graduated from iop", "back at group", "wants to train as a peer". Read with `over` (read.ts).
  wellNow: [
    'doing|does|did _ great|well|good|better|fine|ok|okay|amazing|awesome|alright|wonderful',
    'stable|steady|thriving|flourishing|blossoming',
    'now _ teaches|teaching|runs|running|leads|leading|coaches|coaching|volunteers|volunteering|works|working|helps|helping|mentors|mentoring|studies|studying',
    'clean|sober _ for|since|now',
    'day|days|week|weeks|month|months|year|years|yrs _ clean|sober|in+recovery|of+recovery|of+sobriety|sh+free|self+harm+free|without+using|without+a+drink|without+cutting',
    'celebrat* _ one|two|a|her|his|their|@many|1*|2*|3*|4* _ year|years|months|days|sober|clean|anniversary|sobriety|milestone',
    'sobriety|clean|sober _ date|mark|milestone|anniversary|birthday',
    'graduated|graduates|graduating|graduation|diploma|enrolled|promoted',
    'made _ the? _ varsity|team|honor+roll|deans+list|dean+s+list',
    'started|starting|finished|finishing|passed|enrolled _ college|school|classes|university|semester|nursing|a+new+job|her+new+job|his+new+job|the+program|training',
    'got|gets|was _ into|accepted+into|accepted+to|hired|a+job|a+new+job|her+own+place|his+own+place|an+apartment|housing',
    'mentoring|mentors|mentor _ others|people|youth|kids|teens|newcomers',
    'be|become|train+as|training+as|work+as _ a _ peer|mentor|counselor|sponsor',
    'back _ at|in|to _ group|school|work|college|class|meetings|church',
    'kids|children|daughter|son _ back',
    'no _ current _ risk|concerns|safety|si|ideation',
    // Not "a better place", which is said of the dead.
    'safe|safer _ place',
    'safe now',
    // Safe again after a harm left behind (branch t-en86): "she says she feels safe for the first time in years", "says this
    // place is way safer and she's happy here". Bare "feels safe" is left out: "doesn't feel safe at home" is the harm itself.
    'feels|feel|feeling|felt _ safe|safer|happy|free|at+peace _ for+the+first+time|again|now|these+days|here',
    'is|s|feels|feel _ happy|happier|safe|safer _ here|there|now',
    'place|job|home|apartment _ is|s _ way|much|so|a+lot? _ safer|better',
    'relieved|healed|proud|hopeful|happier|healthier',
    'remains|remained _ stable|sober|clean|well|engaged',
    'came|comes|stopped|dropped _ by',
    'not _ felt|thought|had+thoughts|been _ like+that|that+way|suicidal _ since|in|for',
    'feels|feel|feeling|felt _ like _ a+person|herself|himself|themselves|human|a+human|a+new+person',
    'is|been|stayed|staying|stays|still _ clean|sober',
    // Milestones and a home: "just got her 3 year chip", "showed me his new lease", "got housed today. keys in hand",
    // "bought her own house", "chaired the meeting", "hasn't self harmed in 8 months", "a tattoo covering the old scars".
    'year|month|day|yr _ chip|coin|keytag|medallion',
    'new|own lease',
    'bought|buying|closed+on _ her|his|their _ own? _ house|home|place|condo',
    'housed|keys+in+hand',
    'chaired|chairs|chairing|led|leads|leading|speaks|spoke _ the|a|her|his|their|our _ meeting|group|circle|panel',
    'has+not|hasnt|have+not|not _ self+harmed|harmed|cut|used|drank|relapsed _ in|for|since',
    'covering _ the|her|his|their _ old? _ scars',
    'recovery+story|speakers+bureau|testimony',
    'no contact _ for|since',
    // How they are now, said plainly: "he's fine now", "she's 19 now and in college", "in a good placement and doing sports",
    // "she sleeps through the night now", "he sent her a thank-you card".
    'is|are fine|okay|ok|good|great|alright|better|happy|healthy|safe|thriving _ now|these+days|nowadays|today',
    'is|are 1*|2*|3*|4* now',
    'now _ in|at _ college|university|grad+school|nursing+school|trade+school',
    'in _ a|an _ good|great|stable|safe|loving|new _ placement|home|foster+home|group+home|school|program',
    'doing|plays|playing _ sports|soccer|football|basketball|track|theater|band',
    'sleeps|sleeping|slept _ through _ the _ night',
    'sent|wrote|brought|mailed _ her|him|me|us|them? _ a _ thank-you|thank+you|thankyou _ card|note|letter',
    // "he's fine now, we went fishing", "he's 19 now and in college", "in a good placement".
    'he|she|they _ is|s|are _ fine|okay|ok|alright|good|safe _ now',
    'is|s _ 1*|2*|3*|4* _ now _ and',
    'in _ a _ good|great|stable|safe _ placement|foster+home|group+home',
    // The writer's own past told with how they are now: "really glad i stayed", "grateful to still be here", "i feel solid these days".
    'glad|grateful|thankful|happy _ i _ stayed|am+still+here|made+it|held+on|did+not|didnt',
    'glad|grateful|thankful|happy _ to _ still? _ be+here|be+alive|have+stayed',
    'feel|feeling _ solid|grounded|good|okay|ok _ these+days|nowadays|now',
  ],
  // A crisis told as over: nearer than the distant past, but past ("last year", "in march", "a history of", "back when").
  over: [
    'last year|spring|summer|fall|autumn|winter|month|semester|christmas|thanksgiving|quarter',
    'in|since|back+in|around|from _ january|february|march|april|june|july|august|september|october|november|december',
    // "that youth from the summer program".
    'from|in _ the|that|last _ summer|spring|fall|autumn|winter _ program|programme|camp|session|group|cohort|semester',
    'back when|then',
    'history of',
    'prior|previous|past _ overdose|overdoses|od|ods|attempt|attempts|history|hospitalization|hospitalizations|episode|crisis',
    'overdose|attempt|suicide|si|psych|psychiatric|trauma _ history',
    'a while back|ago',
    'weeks|months|years _ ago|back|before',
    'the time|night|day|year _ she|he|they|her|his|their',
    'months|years|yrs|decade|decades _ clean|sober|in+recovery|of+recovery|of+sobriety|without|free',
    'previously|once',
    'used to',
    // "a year ago my sponsee was narcanned", "one year since my client's overdose death".
    'a|one year|month ago',
    'year|years|month|months _ since',
    'old|faded|healed _ scars|scar|marks|cuts',
    // "the client from january", "participant from 2022", "went through a self harm phase in 8th grade".
    'from the? january|february|march|april|may|june|july|august|september|october|november|december|190*|191*|192*|193*|194*|195*|196*|197*|198*|199*|200*|201*|2020|2021|2022|2023|2024|2025|last+year|summer|last+summer|spring|fall',
    'went|go|going _ through _ a|an|that|this? _ phase',
    'in 1*|2*|3*|4*|5*|6*|7*|8*|9* grade',
    // "went through a self harm phase in 8th grade".
    'went+through|had|was+in _ a|that|her|his|their _ __ phase',
    'in _ 1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th _ grade',
    // The start of a recovery counted since: "the first year i didn't think i'd make it", "early in recovery".
    'the|my|that _ first|early _ year|years|months|weeks|year+of+recovery|months+of+recovery',
    'early _ in|on+in _ recovery|sobriety',
  ],
  naturalDeath: [
    'peacefully|hospice|palliative',
    // A death as the subject of the staff's meeting: "the debrief for the death on the unit", "grief group tonight about the
    // loss" (a death already met together; one found or seen by the writer is told without it).
    'debrief|debriefing|huddle|grief+group|support+group|memorial|vigil|moment+of+silence|critical+incident+debrief _ for|about|after|on _ the|a|our _ death|deaths|loss|passing|code',
    'of|from|to _ cancer|old+age|natural+causes|dementia|alzheimers|als|parkinsons|a+long+illness|pneumonia|kidney+failure|heart+failure|leukemia|a+stroke',
    'at the age of',
    // The funeral of an elder relative told in passing (batch 98): "funeral for my great uncle today, didn't know him well".
    'funeral|wake|memorial|viewing|service _ for|of _ my|our _ great+uncle|great+aunt|great+grandma|great+grandpa|great+grandmother|great+grandfather|grandma|grandpa|grandmother|grandfather|granny|nana|gran|grandad|granddad|abuela|abuelo',
    'aged 7*|8*|9*|10*',
    'at 7*|8*|9*|10* years|yrs|yo',
    // An old age or a long life told beside the death: "he was 96", "passed at 91", "lived a long full life" (not "had a great
    // life ahead of him", said of the young).
    'was|passed+at|died+at|passed+away+at 8*|9*|10*',
    'lived|had _ a|such+a _ long|full _ life',
    // "passed in her sleep", "died peacefully in his sleep" (beside an overdose or pills no death is natural: told-as-over.ts).
    'passed|passed+away|died _ in _ her|his|their _ sleep',
    // A thing mourned in jest: "rip my sourdough starter, it didnt make it".
    'rip|ripp _ my|our|the _ sourdough|starter|plant|plants|basil|succulent|succulents|cactus|houseplant|houseplants|tomatoes|garden|phone|laptop|charger|headphones|airpods|car|bike|tamagotchi|fish|goldfish|streak|diet|budget|wallet',
  ],
};
