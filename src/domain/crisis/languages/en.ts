import { loadEnglishModel } from '../english-model.js';
import type { Lexicon } from '../lexicon.js';
import { harmFromOthersConcepts } from './en/harm-from-others.js';
import { ownRiskConcepts } from './en/own-risk.js';
import { someoneElseConcepts } from './en/someone-else.js';
import { squeeze } from '../normalize.js';
import type { Sentence, Token } from '../tokens.js';
import { correctSpelling } from '../typos.js';

/**
 * English: tokens, sentences, lemmas and parts of speech from wink-nlp's bundled model; the
 * concepts over them. Vocabulary gathered from public safe-messaging, warning-sign and moderation
 * (algospeak) pages, listed with their sources in test/fixtures/crisis-corpus/vocabulary.md.
 */
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
  [/\b(theyd|youd|hed|shed)\b/g, (m: string) => `${m.slice(0, -1)} would`] as unknown as [RegExp, string],
  [/\b(?:gonna|gona|gunna)\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bgotta\b/g, 'got to'],
  [/\b(tryna|trynna)\b/g, 'trying to'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bppl\b/g, 'people'],
  [/\bcuz|bc|coz\b/g, 'because'],
];

function expand(folded: string): string {
  let text = folded;
  for (const [pattern, replacement] of contractions) text = text.replace(pattern, replacement as string);
  return text;
}

function sentences(folded: string): Sentence[] {
  const nlp = loadEnglishModel();
  const its = nlp.its;
  const doc = nlp.readDoc(expand(folded));
  const norms = doc.tokens().out(its.normal);
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.normal);
  const pos = doc.tokens().out(its.pos);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = norms.map((norm, i) => {
    const punct = pos[i] === 'PUNCT' || /^[\p{P}]+$/u.test(norm);
    const forms = [norm];
    const lemma = lemmas[i] ?? norm;
    if (lemma !== norm) forms.push(lemma);
    const squeezed = squeeze(norm);
    if (squeezed !== norm) forms.push(squeezed);
    const corrected = punct ? null : correctSpelling(norm);
    if (corrected !== null) forms.push(corrected);
    return { norm, lemma, pos: pos[i] ?? 'X', forms, quoted: false, punct };
  });
  return spans.map(([from, to]) => tokens.slice(from, to + 1));
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const english: Lexicon = {
  language: 'en',
  sentences,
  commonWords: set('the i and to is my you it that of in not but so this just am was for have with are be do at on what all like im dont they he she me him her his hes shes been again got get out up about when can will would from them their we our your if or how who had has did'),
  macros: {
    self: 'myself|meself|myslef|mysef|mself|self|mysel',
    refl: 'himself|herself|themselves|themself|hisself|herslef|hersef|himslef|himsef|themselfs',
    kill: 'kill|kil|kll|killin|unalive|off|end|delete|yeet|murder',
    die: 'die|dye|dy|diee|ded|dead',
    want: 'want|wanted|wanting|wish|wished|wishing|wnat|wan|wana|ready|hope|hoping|pray|praying|like|rather',
    pills: 'pils|lithium|seroquel|fent|fentanyl|heroin|pill|pills|meds|med|medication|medications|tablets|tablet|tabs|oxy|oxys|xanax|sleeping|benzos|bars|opioids|insulin|tylenol|advil|percs',
    spot: 'overlook|trailhead|median|roof|rooftop|ledge|edge|overpass|tracks|cliff|building|balcony|parking|garage|river|lake|train|highway|water',
    agent: 'he|she|they|partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|ex|dad|father|stepdad|stepfather|mom|mum|mother|stepmom|brother|uncle|boss|supervisor|manager|coworker|co-worker|colleague|client|participant|guy|man|someone|somebody|roommate|landlord|family|cousin|neighbor|neighbour|son|fiance|date|him|spouse|relative|stranger|stepbrother|grandpa|boyfreind|boyfrend|girlfreind|husbnd|huband|bofriend|partener|sister|aunt|grandma|grandson|granddaughter|stepsister|foster|coach|teacher|pastor|priest|patient|resident|tenant|housemate|flatmate|dealer|pimp|cop|officer|sponsor|therapist|doctor|landlady|law|mil|fil|daughter|caregiver|guard|driver|customer|member',
    me: 'me|my|mine|i',
    carer: 'client|participant|patient|peer|member|resident|mentee|guy|guys|clients|participants',
    other: 'he|she|they|client|participant|patient|peer|friend|son|daughter|brother|sister|husband|wife|partner|boyfriend|girlfriend|coworker|colleague|cousin|roommate|member|resident|mentee|guy|kid|teen|nephew|niece|mom|dad',
    timing: 'tonight|tomorrow|today|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|midnight|morning|soon',
  },
  concepts: { ...ownRiskConcepts, ...harmFromOthersConcepts, ...someoneElseConcepts },
  negators: set('not no never nope nah without neither nor'),
  negationFlips: set('stop help quit shake wait'),
  clauseBreaks: set('and but because so though although while however yet or cause then unless'),
  subjectPronouns: set('i he she they we you it'),
  modals: set('should just going gonna will want wanna might finna gon about could literally'),
  thirdPossessive: set('himself herself themselves themself his their hers'),
  firstPerson: set('i me my myself mine meself myslef mysef'),
  secondPerson: set('you your youre yours yourself ur u ya'),
  thirdPerson: set(
    'he she they him her them his their hers himself herself themselves themself client clients participant participants patient patients peer peers friend friends son daughter brother sister mom mum dad husband wife partner boyfriend girlfriend coworker co-worker colleague someone somebody guy kid kids cousin roommate neighbor member members man woman girl boy resident residents mentee mentees person teen teens teenager teenagers youth youths nephew niece uncle aunt grandma grandpa fiance bf gf sponsee sponsees sponsor regular regulars vet vets veteran veterans student students lady dude caller tenant inmate guest coach neighbour grandson granddaughter stepdad stepmom stepson stepdaughter cousins nephews nieces',
  ),
  reportVerbs: set('say said says told tell tells texted texts wrote writes messaged dm dmed emailed posted called shared disclosed admitted screamed yelled whispered mentioned showed shows'),
  frames: {
    distantPast: [
      'years|decade|decades|yrs _ ago',
      'when i was|were _ younger|young|teen|teenager|kid|in|a|little|small|1*|2*',
      'as a teen|teenager|kid|child',
      'back in|then',
      'in my _ twenties|teens|20s|30s|addiction|past|old+life|using+days|drinking+days|active+addiction',
      'in high+school|college|middle+school|my+twenties',
      'at 13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|age',
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
      'anniversary',
      'i was _ suicidal|hospitalized|in+the+icu',
    ],
    recent: ['last night|week|weekend', 'yesterday|today|tonight|now|again|lately|recently|anymore|rn', 'this morning|week|weekend|afternoon', 'hour|hours|minutes _ ago', 'just|still'],
    media: ['song|songs|lyric|lyrics|album|movie|film|episode|book|novel|poem|track|band|playlist|musical|series|netflix|gaming|anime|podcast|soundtrack|verse|chorus', 'stuck in my head', 'singing|sang|sing|watched|watching|reading|read', 'i died|die _ to|on|in _ that|the|this _ boss|level|game|raid|round', 'the boss|level|game _ killed'],
    training: [
      'training|trainings|webinar|workshop|course|class|module|certification|ceu|ceus|curriculum|presentation|conference|protocol|policy|procedure|asist|safetalk|qpr|drill|simulation|roleplay|role-play|awareness|prevention|postvention|screening|stats|statistics|rates|news|article|study|research|documentation|template|binder|hotline|brochure|flyer|lawmakers|bill|shelters|resources|resource|staff+training|practicing|practice|handout|ted|panel',
      'how do|can|should|would|to _ i|we|you|one _ ask|support|respond|talk|help|handle|explain|approach|say',
      'what do|should _ we|i|you _ do|say',
      'if a|someone|anyone|somebody _ client|participant|member|mentions|discloses|says|tells',
      'what is our|the _ protocol|policy|procedure|process',
      'any tips',
      'asking|ask _ directly',
      'asking|ask _ about _ suicide|suicidal|si|self-harm|sh|killing|ideation|thoughts|abuse|dv|safety|it',
    ],
    serious: ['not _ joking|kidding|jk', 'fr|frfr|seriously', 'for real'],
    leaving: ['last day|week _ is|at|here', 'moving|move|moved _ to|offices', 'new job|role|office|building', 'retiring|retirement|farewell+party|going+away|vacation|leave'],
    joke: ['lol|lmao|lmfao|haha|hahaha|jk|rofl|kidding|😂|🙃|🤣|💀|😭|😅|🙄|lolol|ugh|smh', 'just kidding'],
    idiom: [
      'when|if _ sees|see|finds+out|find+out|hears|notices|realize*|late|forget*|forgot|miss|missed|break|spill|lose',
      'of|from _ laughter|laughing|embarrassment|boredom|curiosity|hunger|thirst|shame|cringe|cuteness|heat|cold|jealousy|happiness|excitement|old+age',
      'for|to _ see|know|try|hear|meet|read|get|have|go|tell|eat|watch|hug|sleep|visit|find',
      'laughing|inside+a+little',
      'at|in _ chess|pool|cards|darts|poker|mario|kart|smash|fortnite|uno|scrabble|trivia|tennis|basketball|ping+pong|game|games|checkers|monopoly|wordle|bowling|golf|racing|cod|madden|fifa|karaoke',
      'to it|the+punch',
      'under the bus',
      'by accident|mistake',
      'accidentally|on+accident',
      'i _ forgot|forget|missed|broke|spilled|lost|ate|crashed|dented|scratched|ruined|deleted|overslept|skipped',
      'squad|squeeze|squeezes|runs|run+in|run+at|run+drill|run+drills|run+today|run+this|drills|sprints|doors|lane|mission|response|reversal|reversals|awareness|prevention|deaths|rates|than',
      'my|her|his|your|their _ spotify|instagram|ig|page|profile|facebook|linkedin|tiktok|posts|playlist|playlists|feed|story',
    ],
  },
};
