import { englishSentences } from '../english-model.js';
import { memoizeWord } from '../word-memo.js';
import type { Lexicon } from '../lexicon.js';
import { harmFromOthersConcepts } from './en/harm-from-others.js';
import { imminentFamilies, imminentHintFamilies } from './en/imminent-families.js';
import { ownRiskFamilies } from './en/own-risk-families.js';
import { ownRiskHintFamilies } from './en/own-risk-hint-families.js';
import { ownRiskHints } from './en/own-risk-hints.js';
import { ownRiskConcepts } from './en/own-risk.js';
import { someoneElseConcepts } from './en/someone-else.js';
import type { Sentence } from '../tokens.js';

/**
 * English: tokens, sentences, lemmas and parts of speech from wink-nlp's bundled model; the
 * concepts over them. Vocabulary gathered from public safe-messaging, warning-sign and moderation
 * (algospeak) pages, listed with their sources in test/fixtures/crisis-corpus/vocabulary.md.
 */
/** Words that follow "would" ("id rather", "shed never") and "will" ("ill be", "ill end it"), so "I'd" is told from "id". */
const afterWould = 'rather|be|have|never|not|like|love|just|kill|want|probably|die|do|go|give|honestly|really|prefer|sooner|better|take|hurt|find|leave|come|end|miss|try|say|tell|call|know|get|make|still|always|definitely|literally|totally|actually|need|wake|stop|disappear';
const afterWill = 'see|jump|overdose|text|let|write|finally|show|keep|sleep|cut|hang|drive|swallow|pay|figure';

const contractions: [RegExp, string][] = [
  [/\b(can)'?t\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|would|could|should|have|has|had|must|need|ai)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\bi'?ve\b/g, 'i have'],
  [/\bi'd\b/g, 'i would'],
  [/\bi'll\b/g, 'i will'],
  [/\b(you|we|they|he|she|it|that|there|who|everyone|everybody)'ll\b/g, '$1 will'],
  [/\b(you|we|they|he|she|it|that|there|who|everyone|everybody)'d\b/g, '$1 would'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(he|she|it|that|there|what|who|everyone|everybody|nobody|life|tonight|today)'?s\b(?! (?:dad|mom|house|car|place))/g, '$1 is'],
  [/\b(theyd|youd|hed|wed)\b/g, (m: string) => `${m.slice(0, -1)} would`] as unknown as [RegExp, string],
  // "shed", "id" and "ill" are words of their own ("the shed", "my id", "feeling ill"): read as "she'd", "I'd", "I'll" only before a verb.
  [new RegExp(`\\b(shed|id)\\b(?= (?:${afterWould})\\b)`, 'g'), (m: string) => `${m === 'id' ? 'i' : 'she'} would`] as unknown as [RegExp, string],
  [new RegExp(`\\bill\\b(?= (?:${afterWould}|${afterWill})\\b)`, 'g'), 'i will'],
  // "hell do worse", "shell find out": "he'll", "she'll" without the apostrophe, only before a verb ("hell yeah" stays).
  [new RegExp(`\\b(hell|shell)\\b(?= (?:${afterWould}|${afterWill}|find|ruin|make|kill|beat|break)\\b)`, 'g'), (m: string) => `${m === 'hell' ? 'he' : 'she'} will`] as unknown as [RegExp, string],
  // "no cap" is chat for "for real", not a negation ("no cap im doing it").
  [/\bno cap\b/g, 'for real'],
  // "not gonna lie" is "ngl", not a negation ("not gonna lie the thoughts are back").
  [/\bnot (?:gonna|going to) lie\b/g, 'ngl'],
  [/\b(?:gonna|gona|gunna)\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bgotta\b/g, 'got to'],
  [/\b(tryna|trynna)\b/g, 'trying to'],
  // "in the garage w the car running": chat's "with" ("w/" stays, "SI w/ plan" is a note's shorthand).
  [/(?<=^|\s)w(?=\s)/g, 'with'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bppl\b/g, 'people'],
  [/\bself-(?=[a-z])/g, 'self '],
  // Whole words only: "abc", "bcba" keep their letters (wink reads "cuz" as "because" itself).
  [/\b(?:bc|coz)\b/g, 'because'],
  [/\blet's\b/g, 'let us'],
  [/\b(where|how|here|when|why)'s\b/g, '$1 is'],
];

/**
 * A check-in answered low at the start of a message ("1/5", "0.", "rating: 1", "/pc-checkin 2 /") reads as one word, `lowcheckin`,
 * which patterns can name ("2 weeks out", "1.5 hours", "10 years" stay numbers). A reply of "not ok" to "you ok?" is prefixed with it.
 */
const lowScore = /^(\s*(?:\/?pc-?(?:mood|checkin|check-in)\s+)?(?:(?:rating|mood|score)\s*:?\s*)?)(?:[0-2](?:\s*\/\s*(?:5|10))?|[0-3]\s*\/\s*10)(?!\d)(?![./]\d)(?=\s*(?:$|[^\sa-z0-9]|(?!(?:weeks?|days?|years?|yrs?|months?|hours?|hrs?|mins?|minutes?|more|of|am|pm|a|an|out|participants?|people|kids|times?|to|x|in|on|at|for)\b)[a-z]))/;
const lowReply = /^\s*(?:(?:(?:are|r)\s+)?(?:you|u)\s+(?:ok|okay|good|alright|doing ok)\s*\?*\s*(?:\/|-+>?|:|—)?\s*(?:no+|nope|nah|not (?:really|great|good|ok|okay|well))\b|(?:mm+|um+|hm+|eh|honestly)?[\s,.]*(?:not (?:really|great|good|ok|okay|well|fine|alright)(?=\s*(?:[.,!;:-]|$))|(?:no+|nope|nah)[\s,.]+(?:i'?m|i am) not)\b)/;

function markLowCheckIn(folded: string): string {
  if (lowScore.test(folded)) return folded.replace(lowScore, '$1lowcheckin');
  return lowReply.test(folded) ? `lowcheckin. ${folded}` : folded;
}

/** wink reads "i.", "in." and "3am." ("and so do i.", "my last check in.") as abbreviations: the full stop is split off. */
const glued = /\b(i|in|\d{1,2}(?:am|pm))\.(?=\s|$)/g;

function expand(folded: string): string {
  let text = markLowCheckIn(folded).replace(glued, '$1 .');
  for (const [pattern, replacement] of contractions) text = text.replace(pattern, replacement as string);
  return text;
}

/** The text wink reads, and the extra spelling a word may have: exported so tests can read a message both ways. */
export { expand as englishExpanded, wordAlias as englishWordAlias };

function sentences(folded: string): Sentence[] {
  return englishSentences(expand(folded), wordAlias);
}

/** Endings of common prescription drug names (sertraline, trazodone, clonazepam, quetiapine): "@pills" reads them as pills. */
const medicineName = /(?:zepam|zolam|codone|odone|adone|orphine|xetine|traline|faxine|pramine|tyline|azine|yzine|apine|idone|profen|barbital|pentin|gabalin|zolpidem|piclone|etamol|trigine|prazole|amadol|nidine|ipine)$/;
/**
 * wink's normal form of "through" is "thru": patterns say "through", so "thru" also reads as it; so do chat misspellings
 * of short key words, too short for typos.ts's distance ("alve", "wuold", "beter", "agian"). */
const chatTypos: Record<string, string> = { thru: 'through', alve: 'alive', aliv: 'alive', ded: 'dead', wuold: 'would', whould: 'would', beter: 'better', bettr: 'better', evryone: 'everyone', everyon: 'everyone', agian: 'again', agan: 'again', wishng: 'wishing', wising: 'wishing', cuting: 'cutting', cuttin: 'cutting', pils: 'pills', tonihgt: 'tonight', anymroe: 'anymore', anymor: 'anymore', nobdy: 'nobody', noone: 'nobody', dotn: 'not', tookk: 'took', rpoe: 'rope', rop: 'rope', mysefl: 'myself', bridgw: 'bridge', jumo: 'jump', dyign: 'dying', bangin: 'banging', agianst: 'against', shoud: 'should', strenth: 'strength', tihs: 'this', bout: 'about', stayin: 'staying' };
const wordAlias = memoizeWord((norm: string) => chatTypos[norm] ?? (norm.length >= 7 && medicineName.test(norm) ? 'medname' : null));

const pills = 'medname|klonopin|ativan|valium|ambien|adderall|vicodin|percocet|norco|suboxone|lexapro|prozac|zoloft|wellbutrin|effexor|lyrica|lamictal|depakote|abilify|risperdal|benadryl|nyquil|aspirin|aleve|motrin|antidepressants|painkillers|prescription|prescriptions|script|scripts|pils|lithium|seroquel|fent|fentanyl|heroin|pill|pills|meds|med|medication|medications|tablets|tablet|tabs|oxy|oxys|xanax|sleeping|benzos|bars|opioids|insulin|tylenol|advil|percs|medicines|morphine|methadone';

/** Concept lists from several files, each concept's patterns in the order the files are given. */
const joined = (...parts: Record<string, string[]>[]): Record<string, string[]> => {
  const all: Record<string, string[]> = {};
  for (const part of parts) for (const [id, patterns] of Object.entries(part)) all[id] = [...(all[id] ?? []), ...patterns];
  return all;
};

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const english: Lexicon = {
  language: 'en',
  sentences,
  markers: set('suicide suicidal unalive unaliving myself herself himself kms kys'),
  commonWords: set('the i and to is my you it that of in not but so this just am was for have with are be do at on what all like im dont they he she would could will one if want feel really know get got been about how why when out up can me no him her his hes shes again from them their we our your or who had has did'),
  macros: {
    self: 'myself|meself|myslef|mysef|mself|self|mysel',
    refl: 'himself|herself|themselves|themself|hisself|herslef|hersef|himslef|himsef|themselfs',
    kill: 'kill|kil|kll|killin|unalive|off|end|delete|yeet|murder',
    die: 'die|dye|dy|diee|ded|dead',
    want: 'want|wanted|wanting|wish|wished|wishing|wnat|wan|wana|ready|hope|hoping|pray|praying|like|rather',
    pills,
    /** What a life can be ended with: pills, a rope, a gun, a blade. */
    means: `rope|rop|roap|noose|gun|pistol|revolver|rifle|shotgun|firearm|handgun|glock|knife|blade|blades|razor|razors|charcoal|${pills}`,
    spot: 'reservoir|pier|gorge|canyon|bathtub|tub|quarry|dam|bridge|deck|railing|rail|platform|top+floor|overlook|trailhead|median|roof|rooftop|ledge|edge|overpass|tracks|cliff|building|balcony|parking|garage|river|lake|train|highway|water',
    agent: 'he|she|they|partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|ex|dad|father|stepdad|stepfather|mom|mum|mother|stepmom|brother|uncle|boss|supervisor|manager|coworker|co-worker|colleague|client|participant|guy|man|someone|somebody|roommate|landlord|family|cousin|neighbor|neighbour|son|fiance|date|him|spouse|relative|stranger|stepbrother|grandpa|boyfreind|boyfrend|girlfreind|husbnd|huband|bofriend|partener|sister|aunt|grandma|grandson|granddaughter|stepsister|foster|coach|teacher|pastor|priest|patient|resident|tenant|housemate|flatmate|dealer|pimp|cop|officer|sponsor|therapist|doctor|landlady|law|mil|fil|daughter|caregiver|guard|driver|customer|member',
    me: 'me|my|mine|i',
    /** Death or dying named as a thing that could happen: the subject of "would be a relief". */
    death: 'getting+hit|getting+hit+by+a+bus|hit+by+a+bus|getting+run+over|cancer|coma|death|dying|dead|being+dead|not+waking+up|never+waking+up|not+existing|ceasing+to+exist|car+crash|crash|heart+attack|fatal+accident|ending+it|ending+it+all|ending+things|killing+myself|overdose|overdosing|eternal+sleep|sleeping+forever|never+waking',
    /** What may befall the writer: "get sick", "a heart attack would take me", "something happened to me". */
    befall: 'sick|cancer|crash|accident|car+accident|heart+attack|stroke|run+over|hit+by|died|die|dying|killed|take+me|took+me|takes+me|happened+to+me|happens+to+me|aneurysm|struck|get+hit|got+hit|never+woke|did+not+wake',
    /** What death is compared to or found to be: "a relief", "better than this", "the only way out". */
    relief: 'relief|mercy|gift|blessing|escape|vacation|break|release|rest|peace|peaceful|better|easier|nicer|kinder|preferable|welcome|freedom|answer|solution|only+way|only+option|only+way+out|way+out|only+exit|only+thing|only+choice|improvement|upgrade|dream|comfort|comforting|tempting|appealing|inviting|nice',
    /** Many pills at once: a number from five up, or a word for many. */
    many: `like|all|everything|whole|bunch|handful|fistful|dozen|dozens|twenty|thirty|forty|fifty|hundred|${Array.from({ length: 196 }, (_, i) => i + 5).join('|')}`,
    carer: 'client|participant|patient|peer|member|resident|mentee|guy|guys|clients|participants',
    other: 'he|she|they|client|participant|patient|peer|friend|son|daughter|brother|sister|husband|wife|partner|boyfriend|girlfriend|coworker|colleague|cousin|roommate|member|resident|mentee|guy|kid|teen|nephew|niece|mom|dad',
    timing: 'tonight|tomorrow|today|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|midnight|morning|soon',
  },
  concepts: joined(ownRiskConcepts, imminentFamilies, ownRiskFamilies, ownRiskHints, imminentHintFamilies, ownRiskHintFamilies, harmFromOthersConcepts, someoneElseConcepts),
  negators: set('not no never nope nah without neither nor zero denies denied denying'),
  negationFlips: set('stop help quit shake wait'),
  subjectlessOpeners: set('had been having feeling felt got kept keep'),
  negationCarriers: set('think thought believe guess suppose feel felt say said mean call'),
  negationBarriers: set('when once until unless after before since whenever why whether how'),
  hedgeWords: set('like'),
  clauseBreaks: set('and but because so though although while however yet or cause then unless'),
  contrastWords: set('but though although however yet until except'),
  subjectPronouns: set('i he she they we you it'),
  modals: set('should just going gonna will want wanna might finna gon about could literally'),
  thirdPossessive: set('himself herself themselves themself his their hers'),
  firstPerson: set('i me my myself mine meself myslef mysef'),
  secondPerson: set('you your youre yours yourself ur u ya'),
  thirdPerson: set(
    'he she they him her them his their hers himself herself themselves themself folks homegirl homeboy homie client clients participant participants patient patients peer peers friend friends son daughter brother sister mom mum dad husband wife partner boyfriend girlfriend coworker co-worker colleague someone somebody guy kid kids cousin roommate neighbor member members man woman girl boy resident residents mentee mentees person teen teens teenager teenagers youth youths nephew niece uncle aunt grandma grandpa fiance bf gf sponsee sponsees sponsor regular regulars vet vets veteran veterans student students lady dude caller tenant inmate guest coach neighbour grandson granddaughter stepdad stepmom stepson stepdaughter cousins nephews nieces ex buddy bestie',
  ),
  reportVerbs: set('say said says told tell tells texted texts text typed types wrote writes messaged dm dmed emailed posted called shared disclosed admitted screamed yelled whispered mentioned showed shows sent stated states confided confides reports reported endorses endorsed'),
  noteVerbs: set('disclosed discloses reports reported states stated endorses endorsed verbalized verbalizes expressed expresses confided confides admits admitted presents presented'),
  partialOpeners: set('i will would should could can to unless gonna might must he she they you'),
  messageNouns: set('text texts msg msgs message messages voicemail voicemails vm dm dms words caption letter email'),
  frames: {
    distantPast: [
      'years|decade|decades|yrs _ ago',
      // An anniversary told today is still the past: "5 years ago today", "this time last year", "a long time ago".
      'years|decade|decades|yrs|year _ ago _ today|tonight|this+week|this+month|this+day',
      'this time last year',
      'long time ago',
      'i remember _ wanting|being|feeling|trying|when|how',
      'in|during _ early _ recovery|sobriety',
      'when i was|were _ younger|young|teen|teenager|kid|in|a|little|small|1*|2*',
      'as a teen|teenager|kid|child',
      // "back in 2015", "back then" (not "plugged back in", "never going back in").
      'back in the+day|the+days|the+80s|the+90s|the+old+days|1*|2*|3*|4*|5*|6*|7*|8*|9*|high+school|college|school|my|our|those|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter',
      'back then',
      // "back when I was drinking I wanted to die every day": the writer's own old life ("back when we talked" has no risk to carry).
      'back when _ i|we _ was|were|used|drank|drinking|using|cutting|in|at|still|first|lived',
      'in my _ twenties|teens|20s|30s|addiction|past|old+life|using+days|drinking+days|active+addiction',
      'in high+school|college|middle+school|my+twenties',
      'at age',
      'at 1*|2* i _ was|tried|had|attempted|first|started|took|cut|overdosed',
      'used to',
      'growing up',
      'before _ recovery|sobriety|treatment|sober|clean',
      'in 19*|20*',
      'my story|testimony',
      'my recovery story',
      'lived experience',
      'survivor|i+survived|we+survived',
      'today|now _ i _ help|run|lead|work|celebrate|share|facilitate|teach|mentor',
      'clean|sober _ for _ years|year|decade',
      'years|yrs _ clean|sober|later|since',
      // Someone's crisis told as behind them: "7 months clean", "got her kids back", "signed a lease in her own name".
      'months|month _ clean|sober|in+recovery _ and|now|today|got|gets|starts|started|working|living|thriving|doing',
      'got|gets|getting _ her|his|their _ kids|children|license|job|apartment|place|own+place _ back',
      'signed _ a|her|his|their _ lease|own+lease',
      'anniversary',
      'i was _ suicidal|hospitalized|in+the+icu',
    ],
    recent: ['last night|week|weekend', 'yesterday|today|tonight|now|again|lately|recently|anymore|rn', 'this morning|week|weekend|afternoon', 'hour|hours|minutes _ ago', 'just|still', 'coming|came|come|creeping|crept _ back'],
    media: ['my character|in+the+game|in+game|npc', 'on+the+radio|on+repeat|on+shuffle|spotify|radio', 'raid|raids|raid+boss|boss+fight|dungeon|respawn|respawned|speedrun|ranked|elden+ring|dark+souls|fortnite|valorant|minecraft|overwatch|controller|teammates|mario+kart|final+boss', 'song|songs|lyric|lyrics|album|movie|film|episode|novel|poem|band|playlist|musical|series|netflix|gaming|anime|podcast|soundtrack|verse|chorus', 'stuck in my head', 'singing|sang|sing|watched|watching', 'reading|read _ a|the|this|that _ book|novel|story|poem|article|chapter|series', 'i died|die _ to|on|in _ that|the|this _ boss|level|game|raid|round', 'the boss|level|game _ killed'],
    training: [
      'role+play|role+plays|role+playing|passive+and+active|active+and+passive|mandated+report|mandated+reporter|mandatory+report|talking+points|risk+assessment|self-disclosure|required+field|suicide+barrier|suicide+barriers|training|trainings|webinar|workshop|course|class|module|certification|ceu|ceus|curriculum|presentation|conference|protocol|our+policy|the+policy|agency+policy|policy+on|policy+for|policy+question|policy+says|policy+about|policies|procedure|asist|safetalk|qpr|drill|simulation|roleplay|role-play|awareness|prevention|postvention|screening|stats|statistics|rates|on+the+news|in+the+news|the+news+about|the+news+is|the+news+said|the+news+says|the+news+say|the+news+covered|news+story|news+article|news+segment|news+report|news+coverage|local+news|watched+the+news|see+the+news|saw+the+news|news+about|article|study|research+shows|research+says|the+research|new+research|documentation|template|binder|hotline|brochure|flyer|lawmakers|bill|shelters|resources|resource|staff+training|handout|ted|panel',
      // Practice as training ("practiced with the nasal spray", "practice asking"), not rehearsal ("practiced with the belt").
      'practicing|practice|practiced|practise|practised asking|how|what+to|what+we+say|what+i|what+you|the|on|in|role|roleplay|roleplays|with+the+nasal|with+the+spray|with+my+coworker|with+a+partner|with+the+dummy|with+the+trainers|session|sessions|scenario|scenarios|kits|kit',
      'how do|can|should|would|to _ i|we|you|one _ ask|support|respond|talk|help|handle|explain|approach|say|document|chart|report|log|flag|escalate|record',
      'what do|should _ we|i|you _ do|say',
      'if a|someone|anyone|somebody _ client|participant|member|mentions|discloses|says|tells',
      // Hypotheticals in work talk: "when a participant says they want to disappear", "is a client saying they want to die a report?".
      'when|whenever|if a|an client|participant|member|person|peer|youth|resident|caller|patient|survivor|sponsee|mentee|student|teen|kid|parent _ says|tells|mentions|discloses|posts|talks|shares|reports|admits|expresses|brings|asks|has|wants|seems',
      'when|whenever someone|somebody|anyone|people|clients|participants|members|folks|callers|youth _ says|say|tells|tell|mentions|mention|discloses|disclose|posts|post|talks|talk|shares|share|reports|report|brings|bring|asks|ask',
      'is|does|would|should|can a|an client|participant|member|person|youth|peer|caller _ saying|disclosing|mentioning|who+says|who+discloses|who+mentions',
      'what to do|say _ when|if',
      'good|any|best script|scripts|wording|phrasing',
      'what is our|the _ protocol|policy|procedure|process',
      'any tips',
      'asking|ask _ directly',
      'asking|ask _ about _ suicide|suicidal|si|self-harm|sh|killing|ideation|thoughts|abuse|dv|safety|it',
    ],
    serious: ['not _ joking|kidding|jk', 'fr|frfr|seriously', 'for real', 'but|though _ actually|honestly|really|lowkey|for+real', 'half|only+half|kinda|partly _ joking|kidding'],
    leaving: ['last day|week|shift _ is|at|here|before', 'relocation|my+move|our+move _ to|across|out|back|home', 'last day|days|week|shift _ of _ my|the|this _ contract|job|internship|placement|program|programme|rotation|fellowship|practicum|term|semester|school|classes|training|assignment|residency|course|cohort',
      'graduate|graduating|graduation|commencement|move+out|moving+out|move+in|moving+in',
      // "my last day in this job tomorrow", "my last night working weekends", "i go to other agency", "tomorrow i start grad school".
      'last day|days|week|shift|night|session _ in|at|working|of+the _ this|the|my? _ job|program|programme|agency|office|clinic|weekends|cycle|unit|team|group',
      'go|going|move|moving|transfer|transferring _ to _ other|another|a+new|new _ agency|city|town|state|job|office|clinic|team|program|school',
      'start|starting|begin|beginning _ grad+school|college|school|university|my+new+job|a+new+job|the+new+job|training|residency|my+masters|my+msw',
      'goodbye|farewell circle|party|lunch|card|cards|potluck|cake|dinner',
      'moving|move _ apartments|apartment|homes|house|cities|countries|into|in+with',
      'before|after _ the|my|her|his _ surgery|operation|procedure|deployment|due+date|baby+comes',
      'advance+directive|estate+planning', 'moving|relocating _ to|offices|house|out|away|states|back', 'moved _ to+a+new|offices|house|out|away|states', 'new job|role|office|building|position', 'retiring|retirement|farewell+party|going+away|vacation|on+leave|maternity|paternity|parental|sabbatical',
      // Where the writer is going, or when they are back: the goodbye is everyday.
      'see|seeya|cya|catch _ you|ya|y+all|everyone|u|you+all? _ monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|then|soon|later|next|after|tonight|in+a|at+the|on+monday|in+january|in+the+new+year',
      'going to bed|sleep', 'log|logging|signing|sign _ off _ for', 'talk|ttyl _ to? _ you|ya? _ tomorrow|later|soon|monday',
      'until|till|til _ monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|after|i+get+back|january|the+new+year|further+notice',
      // When the writer is back: "until i'm back from leave in march", "till i come back".
      'until|till|til _ i+am+back|we+are+back|i+come+back|i+return|i+get+home',
      'back _ on|in|next|after _ monday|tuesday|wednesday|thursday|friday|tomorrow|a+week|two+weeks|january|the+new+year',
      'for the holidays|break|summer|weekend|night|day',
      'trip|travel|traveling|travelling|honeymoon|conference|cruise|deployment|cancun|detox|hiatus|break+from+social|social+media+break|sabbatical',
      'while i am _ away|gone|traveling|travelling|out|on|in', 'when i am _ away|traveling|travelling|out+of+town|on+vacation|on+leave|on+a+trip',
      'last|final _ post|message|text|email|words _ about|for|of|before|until|till|re|regarding|from+me+today|today|tonight+before',
      'for+me|for+us this|next|over+the weekend|week|month|summer|trip',
      'fellowship|internship|contract|rotation|placement|residency|practicum|assignment|term|position|grant|funding _ ends|is+over|is+up|wraps|finishes|runs+out',
      // A work account closed: "my last message from the work account, they're shutting it off at 5".
      'shutting|closing|deleting _ it|the+account|my+account _ off|down _ at|on|tomorrow|friday|today|tonight',
      'find _ me _ on|at _ the _ new',
    ],
    // Medicine taken as the routine says: "took all my pills this morning like you reminded me", "as prescribed" ("not as prescribed" stays).
    prescribed: [
      'as|like _ prescribed|directed|instructed|usual|supposed|reminded|ordered|recommended|scheduled',
      'as|like _ the|my|you|she|he|mom|dad _ doctor|doc|nurse|pharmacist|psychiatrist|pdoc|said|told|asked|showed',
      'with|after _ breakfast|dinner|lunch|food|a+meal|my+meal',
      'morning|evening|night|nightly|daily|bedtime _ meds|pills|dose|medication|medications|vitamins',
    ],
    // What "it" is, named after a vague "im doing it tonight" or "tonight is the night" (read with a gerund after "finally": everyday-frames.ts).
    errand: [
      'due|deadline|essay|exam|interview|recital|fundraiser|haircut|propose|proposing|marry|wedding|birthday|party|finale|marathon|5k|audition|tattoo|piercing|signed+up|sign+up|enrolled|application|tickets|concert|date+night|first+date',
    ],
    // When the writer is back: "see you monday", "not come back till sunday", "until i'm back from leave" ("see you on the other side" is none).
    returning: [
      'see|seeya|cya|catch _ you|ya|y+all|everyone|u|you+all? _ monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next+week|after+the|in+a+week|in+the+new+year',
      'until|till|til monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next+week|i+get+back|i+am+back|we+are+back|i+come+back|i+return|january|the+new+year',
      'back _ on|in|next _ monday|tuesday|wednesday|thursday|friday|tomorrow|a+week|two+weeks|january|the+new+year',
      'for the weekend|holidays|week',
    ],
    donation: ['shelter|donation|donations|donate|donating|goodwill|charity|thrift|salvation+army|clothing+drive|food+drive|yard+sale|garage+sale|declutter|decluttering'],
    resumed: [
      'started|starting|start|began|begun _ again|back+up|up+again|back+again',
      'he|she|they|it|dad|mom|ex|husband|wife|boyfriend|girlfriend|partner|stepdad|brother _ did|does|do|happened|happens|is|was|hit|came|started _ it? again|still',
      'still _ does|do|is|are|hits|hurts|happens|going+on|doing+it|at+it|comes|threatens|calls|follows|shows',
      'again _ last|yesterday|this|tonight|today|recently|lately',
      // "back when i was using i wanted to die. now i want to again": the old wish said again.
      'now|and+now|lately _ i? _ want|wanna|feel|feeling|think|thinking _ to|like|it|that|so|about+it? _ again',
    ],
    everyday: [
      'camping|camp|tent|hiking|hike|climbing|fishing|hunting|deer|range|target|targets|onion|onions|cooking|chopping|dinner|recipe|kitchen|carving|whittling|crafts|diy|tarp|hammock|swing|clothesline|traffic|commute|photo|photos|pictures|pics|sunset|sunrise|view|fireworks|stars|gutter|gutters|shingles|repair|repairs|fixing|painting|prescribed|as+prescribed|organizer|pillbox|vitamins|allergy|allergies|cramps|picnic|selfie|selfies|tourists|sightseeing|jogging|concert|bbq|barbecue|grill|grilling|cookout|weekly|ccw|license|holster|locked+up|gun+safety|dose|dosage|friend|friends|lunch|coffee|uber|lyft|pickup|can+not+find|where+i+parked|running+late|on+my+way+to+work|5+k|10+k|5k|10k|race|marathon|walkathon|fundraiser|volunteering|handing+out|water+station',
      'for+the+week|for+this+week|for+the+month|for+the+trip|for+the+season|for+hunting+season',
    ],
    // Someone else's last words, read only inside their quoted message ("she texted me 'im done'") and only beside concern.
    // Each starts on a rare word: these frames are tried at every token of every message.
    farewell: [
      'done|finished|sorry|goodbye|bye|farewell',
      'anymore|any+more',
      'forgive me',
      'thank+you|thanks|thank+u|thx _ for _ everything|trying|all|being|it+all',
      'care _ of _ __ for+me',
      'look|come|wait _ for _ me',
      'tell _ mom|dad|mum|my|the|everyone|them|her|him|kids _ i|im|that',
      'honor|pleasure _ working|knowing|being',
      'storm|fight|war|pain|struggle _ is|will+be _ over',
      'other side',
      'time _ you _ see|read|get|hear|find',
      'last+one|last+hit|last+drink|last+high|last+bag',
    ],
    concern: [
      'answering|picking+up|responding|replying|reachable',
      'reach|get+hold|get+ahold _ him|her|them|my',
      'phone|phones _ is|was|went|has+been|is+going|goes|s _ off|dead|straight+to+voicemail|to+voicemail',
      'turned|turns|switched|shut _ off _ his|her|their _ phone|location',
      '911|999|112|ambulance|paramedics|ems|mobile+crisis|crisis+team',
      'wellness|welfare _ check',
      'driving|heading|omw|rushing _ over|there|to+her|to+his|to+their',
      'paged|page _ on+call|on-call|the+on+call',
      'worried|scared|terrified|freaking _ sick? _ about? _ him|her|them',
    ],
    pastTime: [
      'been __ this+week|this+month|this+weekend|today|all+day|all+week|lately',
      'loud|winning|bad|strong|worse|rough|heavy|intense|louder|quiet _ today|tonight|this+week','last|all|every|each|past @timing|night|week|month|weekend|day', 'every|all|each night|day|morning|evening this week|weekend|month', 'this morning', 'yesterday @timing|morning|afternoon|evening'],
    purpose: ['for a|the|my|our|his|her|camping|hunting|fishing|work|school|crafts|decoration|decorations|the+garden|the+trip|a+project'],
    joke: ['lol|lmao|lmfao|haha|hahaha|jk|rofl|kidding|😂|🙃|🤣|💀|😭|😅|🙄|lolol|ugh|smh', 'just kidding'],
    // "this homework makes me want to die lol jk": taken back ("not kidding" is meant).
    retract: ['jk|jkjk|j+k', 'just|only|im|i+am _ kidding|joking', 'joking|kidding'],
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
      'relieved|healed|proud|hopeful|happier|healthier',
      'remains|remained _ stable|sober|clean|well|engaged',
      'came|comes|stopped|dropped _ by',
      'not _ felt|thought|had+thoughts|been _ like+that|that+way|suicidal _ since|in|for',
      'feels|feel|feeling|felt _ like _ a+person|herself|himself|themselves|human|a+human|a+new+person',
      'is|been|stayed|staying|stays|still _ clean|sober',
    ],
    // A crisis told as over: nearer than the distant past, but past ("last year", "in march", "a history of", "back when").
    over: [
      'last year|spring|summer|fall|autumn|winter|month|semester|christmas|thanksgiving|quarter',
      'in|since|back+in|around _ january|february|march|april|june|july|august|september|october|november|december',
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
    ],
    naturalDeath: [
      'peacefully|hospice|palliative',
      'of|from|to _ cancer|old+age|natural+causes|dementia|alzheimers|als|parkinsons|a+long+illness|pneumonia|kidney+failure|heart+failure|leukemia|a+stroke',
      'at the age of',
      'aged 7*|8*|9*|10*',
      'at 7*|8*|9*|10* years|yrs|yo',
    ],
    // A crisis told as now, which good news around it does not make history.
    current: ['last night|evening|week|weekend', 'this morning|afternoon|evening|week|weekend', 'tonight|yesterday|again|still|earlier|overnight|rn|relapsed|relapsing', 'right now', 'just now', 'an|a _ hour|hours|minutes _ ago', 'hours|minutes _ ago'],
    idiom: [
      // "overdosed on pumpkin spice", "threw me a surprise party".
      'on _ pumpkin+spice|coffee|caffeine|sugar|candy|chocolate|netflix|tiktok|memes|carbs|pizza|cookies|cheese|sunshine|cuteness|content|true+crime|cupcakes|dessert|halloween+candy',
      'a|an _ party|surprise|shower|bone|curveball|lifeline|parade|farewell|celebration',
      // "a weight off my shoulders", "get it off my chest" (not "everybody's shoulders", "the cedar chest").
      'my+shoulders|my+chest|our+shoulders|your+shoulders|your+chest|his+shoulders|her+shoulders',
      'when|if _ sees|see|finds+out|find+out|hears|notices|realize*|late|forget*|forgot|miss|missed|break|spill|lose',
      'of|from _ laughter|laughing|embarrassment|boredom|curiosity|hunger|thirst|shame|cringe|cuteness|heat|cold|jealousy|happiness|excitement|old+age',
      'for|to _ see|know|try|hear|meet|read|get|have|go|tell|eat|watch|hug|sleep|visit|find',
      'laughing|inside+a+little',
      // "disappear into a cabin in the woods" (not "heading to the woods" with the rope).
      'disappear|disappearing|vanish|vanishing|escape|escaping|move|moving|retire|retiring|run+away|run+off|live|living|melt|melting|sink|sinking _ into|to|in _ a|the _ cabin|woods|forest|mountains|island|beach|couch|bed|blanket|wilderness',
      'at|in _ the? gym|practice|basketball|soccer|conditioning|football|drills',
      'romantic|romantics|case|at+cooking|at+math|at+directions|at+names',
      'with this|that|these|those|the _ printer|job|meeting|meetings|spreadsheet|project|day|week|place|group|shift|paperwork|traffic|weather|computer|system|class|semester|app|team|boss|caseload|commute|drama|landlord|insurance|grant|audit|software',
      'with my|our _ ex|boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance|landlord|therapist|sponsor|job|boss|roommate',
      'at|in _ chess|pool|cards|darts|poker|mario|kart|smash|fortnite|uno|scrabble|trivia|tennis|basketball|ping+pong|game|games|checkers|monopoly|wordle|bowling|golf|racing|cod|madden|fifa|karaoke',
      'to it|the+punch',
      // "can't keep going to the tuesday group", "how much longer I can stand this printer": an errand or a thing, not life.
      'to the|my|that|this|our|these? group|class|work|school|church|meetings|meeting|therapy|practice|gym|office|monday|tuesday|wednesday|thursday|friday|saturday|sunday|job',
      'this|that printer|printers|spreadsheet|commute|traffic|weather|computer|software|app|wifi|queue|song|diet|cold|flu|hangover|migraine|headache|renovation|construction|paperwork|caseload|workload|audit|semester|class|course|deadline|heat|noise|toddler|puppy',
      'under the bus',
      // Overwork, a chore ahead, a thing "unalived": "killed myself studying", "gonna die if i have to read one more chapter",
      // "going to unalive my alarm clock" ("if i have to live like this" stays).
      'studying|working|cleaning|cooking|practicing|rehearsing|grinding|laughing',
      // An accident's cause after the wound: "scratched my arm on the rose bush", "cut my hand on the can lid" ("on purpose" stays).
      'on|by|from _ the|a|my|some|our _ rose|roses|rosebush|bush|bushes|thorn|thorns|fence|nail|branch|branches|cat|kitten|cats|brambles|blackberries|barbed+wire|grater|mandoline|can+lid|lid|stapler|paper|shelf|corner|car+door',
      'if|when _ i _ have+to|gotta|need+to _ read|sit|hear|write|watch|answer|listen|fill|redo|grade|edit|attend|type|study|review|chart|grade',
      'unalive|unaliving|unalived|unalive-ing my|the|this|these _ alarm|plants|plant|houseplants|succulents|sourdough|printer|laptop|phone|wifi|router|inbox|tamagotchi',
      'by accident|mistake',
      'accidentally|on+accident',
      'i _ forgot|forget|missed|broke|spilled|lost|ate|crashed|dented|scratched|ruined|deleted|overslept|skipped',
      'squad|squeeze|squeezes|runs|run+in|run+at|run+drill|run+drills|run+today|run+this|drills|sprints|doors|lane|mission|response|reversal|reversals|awareness|prevention|deaths|rates|nets|net|hotline|hotlines',
      // "rather die than wear that": a trivial thing after "than"; "than go back", "than keep living" stay risk.
      'than _ wear|wearing|eat|eating|sing|singing|watch|watching|admit|apologize|ask|call|text|sit+through|listen|use|dance|lose|cook|clean|attend|be+seen|go+to|go+on+a|miss|read|do+another|do+the|do+that|do+this|work+with|talk+to|share|drink|drive|touch|fly|ride|run|wait|pay|buy|shop|play|skip|give+up+my|let|sit+in|sit+with|spend+another+minute+in|live+without+coffee|the+alternative|anyone|him|her|them|you|this+meeting|that+meeting|another+meeting|another+zoom',
      'my|her|his|your|their _ spotify|instagram|ig|page|profile|facebook|linkedin|tiktok|posts|playlist|playlists|feed|story',
    ],
  },
};
