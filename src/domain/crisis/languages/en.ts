import { englishSentences } from '../english-model.js';
import { memoizeWord } from '../word-memo.js';
import type { Lexicon } from '../lexicon.js';
import { harmFromOthersConcepts } from './en/harm-from-others.js';
import { harmToldSideways } from './en/harm-told-sideways.js';
import { imminentFamilies, imminentHintFamilies } from './en/imminent-families.js';
import { imminentActsTerse, imminentActsTerseHints } from './en/imminent-acts-terse.js';
import { imminentLigatureAnchored } from './en/imminent-ligature-anchored.js';
import { ownRiskDeathWelcomed } from './en/own-risk-death-welcomed.js';
import { ownRiskSaidThroughUse } from './en/own-risk-said-through-use.js';
import { imminentCareThingsGivenOn } from './en/imminent-care-things-given-on.js';
import { imminentTakenAndFelt } from './en/imminent-taken-and-felt.js';
import { harmDosedAndPinched } from './en/harm-dosed-and-pinched.js';
import { othersPurgedToTheEr } from './en/others-purged-to-the-er.js';
import { ownWishedFinishedOff } from './en/own-wished-finished-off.js';
import { ownHarmEscalatedAndDated } from './en/own-harm-escalated-and-dated.js';
import { harmPushedDownTheStairs } from './en/harm-pushed-down-the-stairs.js';
import { ownHarmKeptOpen } from './en/own-harm-kept-open.js';
import { harmForWhoTheWriterIs } from './en/harm-for-who-the-writer-is.js';
import { imminentLastDayAndNotesLeft } from './en/imminent-last-day-and-notes-left.js';
import { ownRiskLifeRefused } from './en/own-risk-life-refused.js';
import { othersLostFromTheCommunity } from './en/others-lost-from-the-community.js';
import { othersAndThreatsOnOutreach } from './en/others-and-threats-on-outreach.js';
import { ownRiskInTheCountry } from './en/own-risk-in-the-country.js';
import { ownRiskInUkAndPacificEnglish } from './en/own-risk-in-uk-and-pacific-english.js';
import { harmAndOthersInUkAndPacificEnglish } from './en/harm-and-others-in-uk-and-pacific-english.js';
import { othersAndHarmInTheCountry } from './en/others-and-harm-in-the-country.js';
import { deathEuphemismTalkedAbout } from './en/death-euphemism-talked-about.js';
import { messageTimedForAfter } from './en/message-timed-for-after.js';
import { ownRiskFamilies } from './en/own-risk-families.js';
import { ownRiskAtAHeight } from './en/own-risk-at-a-height.js';
import { imminentFoundAfter } from './en/imminent-found-after.js';
import { ownRiskHintFamilies } from './en/own-risk-hint-families.js';
import { accountsClosed, reasonToRiseGone } from './en/known-15.js';
import { ownClinicalTerms } from './en/own-clinical-terms.js';
import { burdenEchoed, joinEchoedPieces } from './en/pieces-joined.js';
import { harmThreatsSent } from './en/harm-threats-sent.js';
import { singleSignConcepts, singleSignHints } from './en/single-signs.js';
import { imminentEverydayConcepts, imminentEverydayHints } from './en/imminent-everyday-means.js';
import { wishesSaidPlainly } from './en/wishes-said-plainly.js';
import { ownDoneTrying } from './en/own-done-trying.js';
import { ownRiskSaidYoung } from './en/own-risk-said-young.js';
import { ownRiskSaidByElders } from './en/own-risk-said-by-elders.js';
import { reentryTold } from './en/reentry-told.js';
import { harmFromTheOldLife } from './en/harm-from-the-old-life.js';
import { reentryRiskToldInside } from './en/reentry-risk-told-inside.js';
import { ownRiskHints } from './en/own-risk-hints.js';
import { ownRiskConcepts } from './en/own-risk.js';
import { someoneElseConcepts } from './en/someone-else.js';
import { someoneElseFamilies } from './en/someone-else-families.js';
import { othersHarmedToldSideways } from './en/others-harmed-told-sideways.js';
import { othersOnTheCaseload } from './en/others-on-the-caseload.js';
import { othersSeenByThoseNear } from './en/others-seen-by-those-near.js';
import { othersWarningSigns } from './en/others-warning-signs.js';
import { othersEatingDisorder } from './en/others-eating-disorder.js';
import { harmWatchedAndKept } from './en/harm-watched-and-kept.js';
import { harmInManyVoices } from './en/harm-in-many-voices.js';
import { harmMoneyBodyAndPapers } from './en/harm-money-body-and-papers.js';
import { harmOnlineAndAtSchool } from './en/harm-online-and-at-school.js';
import { harmToOlderAdults } from './en/harm-to-older-adults.js';
import { harmAtWorkAndInHousing } from './en/harm-at-work-and-in-housing.js';
import { othersToldByFriendsOnline } from './en/others-told-by-friends-online.js';
import { othersInManyVoices } from './en/others-in-many-voices.js';
import { harmLockedOutAndTurnedUp } from './en/harm-locked-out-and-turned-up.js';
import { othersDisclosedAndFound } from './en/others-disclosed-and-found.js';
import { harmBlockedInAndImpersonated } from './en/harm-blocked-in-and-impersonated.js';
import { othersStashedPostedAndShutIn } from './en/others-stashed-posted-and-shut-in.js';
import { othersToldBare } from './en/others-told-bare.js';
import { imminentStockedUp } from './en/imminent-stocked-up.js';
import { imminentToldThroughLogistics } from './en/imminent-told-through-logistics.js';
import { othersCrisisAsAToDo } from './en/others-crisis-as-a-to-do.js';
import { harmHiddenFromHim } from './en/harm-hidden-from-him.js';
import { ownRiskAskedAndJoked } from './en/own-risk-asked-and-joked.js';
import { othersCalledFromAHeight } from './en/others-called-from-a-height.js';
import { othersInWardShorthand } from './en/others-in-ward-shorthand.js';
import { harmToldToDie } from './en/harm-told-to-die.js';
import { othersWishReportedLoosely } from './en/others-wish-reported-loosely.js';
import { othersToldByPeerWorkers } from './en/others-told-by-peer-workers.js';
import { understatedWishes } from './en/understated-wishes.js';
import { ownRiskKeptHereBy } from './en/own-risk-kept-here-by.js';
import { imminentCareHandedOn } from './en/imminent-care-handed-on.js';
import { ownRiskSaidObliquely } from './en/own-risk-said-obliquely.js';
import { ownRiskSaidInPassing } from './en/own-risk-said-in-passing.js';
import { ownRiskOnTheJob } from './en/own-risk-on-the-job.js';
import { harmOnTheJob } from './en/harm-on-the-job.js';
import { ownRiskSaidIndirectly } from './en/own-risk-said-indirectly.js';
import { ownRiskSaidUnderCover } from './en/own-risk-said-under-cover.js';
import { ownRiskSaidInDisguise } from './en/own-risk-said-in-disguise.js';
import { imminentToldByReadiness } from './en/imminent-told-by-readiness.js';
import { harmToldByItsSigns } from './en/harm-told-by-its-signs.js';
import { harmShotAtHome } from './en/harm-shot-at-home.js';
import { planSaidForReal } from './en/plan-said-for-real.js';
import { harmToldFlatly } from './en/harm-told-flatly.js';
import { othersDeathInCaseUpdates } from './en/others-death-in-case-updates.js';
import { othersToldInCaseNotes } from './en/others-told-in-case-notes.js';
import { harmSaidByStaffInPassing } from './en/harm-said-by-staff-in-passing.js';
import { ownRiskShownNotSaid } from './en/own-risk-shown-not-said.js';
import { ownRiskSpreadConcepts, ownRiskSpreadHints } from './en/own-risk-spread.js';
import { englishFrames } from './en/frames.js';
import type { Sentence } from '../tokens.js';
import { englishFragmentWords } from './en/fragment-words.js';
import { englishHyperboleWords } from './en/hyperbole-words.js';
import { englishStayAndMoveOutWords } from './en/stay-and-move-out-words.js';
import { imminentHandedOver } from './en/imminent-handed-over.js';
import { imminentHandedOnForAfter } from './en/imminent-handed-on-for-after.js';
import { imminentHintedInPassing } from './en/imminent-hinted-in-passing.js';
import { imminentAskedAsLogistics } from './en/imminent-asked-as-logistics.js';
import { imminentGoneQuietAndUnknowing } from './en/imminent-gone-quiet-and-unknowing.js';
import { imminentToldWithAWink } from './en/imminent-told-with-a-wink.js';
import { imminentSaidInMilitaryIdiom } from './en/imminent-said-in-military-idiom.js';
import { ownRiskFutureLeftOut } from './en/own-risk-future-left-out.js';
import { ownRiskPrayedAndUnwanted } from './en/own-risk-prayed-and-unwanted.js';
import { imminentMeansAndSpot } from './en/imminent-means-and-spot.js';
import { imminentUrgencySpread } from './en/imminent-urgency-spread.js';
import { lifelineUnanswered } from './en/lifeline-unanswered.js';
import { imminentSaidAtWeekEnd } from './en/imminent-said-at-week-end.js';
import { imminentSaidInCheckIns } from './en/imminent-said-in-check-ins.js';
import { harmAndOthersToldAtWeekEnd } from './en/harm-and-others-told-at-week-end.js';
import { ownTurnedFromAReport } from './en/own-turned-from-a-report.js';
import { patoisCommonWords, patoisDialect, readPatois } from './en/patois.js';
import { readRuralSpeech } from './en/rural-speech.js';
import { readCommonwealthSpeech } from './en/commonwealth-speech.js';

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
  // A gun by its calibre (".45", ".22", "9mm"): wink would end a sentence at the full stop; it reads as one word, `cal45`.
  [/(^|\s)\.(22|38|44|45|357|380|308|410|40)\b/g, '$1cal$2'],
  [/\b9 ?mm\b/g, 'cal9'],
  // "not gonna lie" is "ngl", not a negation ("not gonna lie the thoughts are back").
  [/\bnot (?:gonna|going to) lie\b/g, 'ngl'],
  [/\b(?:gonna|gona|gunna)\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bgotta\b/g, 'got to'],
  [/\b(tryna|trynna)\b/g, 'trying to'],
  // "in the garage w the car running", "SI w/ plan": chat's and a note's "with".
  [/(?<=^|\s)w\/?(?=\s)/g, 'with'],
  // "never laid a hand on me. well once": a denial taken back in the next words is one sentence, so harm-told-flatly.ts reads it whole.
  [/\bme[.!]+ +(?=(?:well|except|ok|okay|i mean|besides) (?:once|twice|one time|that one time|the one time|that time)\b)/g, 'me, '],
  // "c/o SI, plan to OD on insulin": a note's "complains of" (folded to "co") reports the patient's words, as "reports" does;
  // only before what a note complains of, so "my co workers" stay workers.
  [/(?<=^|[\s,.:;])co (?=(?:si|sh|hi|hisi|sihi|passive|active|suicidal|ideation|self|thoughts|urges|depression|depressed|hopelessness|voices|ah)\b)/g, 'reports '],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\bppl\b/g, 'people'],
  [/\bself-(?=[a-z])/g, 'self '],
  // "i want to hurt my self": the reflexive written in two words.
  [/\bmy self\b/g, 'myself'],
  // "dosnt let me eat": chat spellings of "doesn't".
  [/\b(?:dosnt|dosent|doesent|dsnt)\b/g, 'does not'],
  // "my 14 yr old", "my 12 yo wrote": a parent's child named by age is a person ("my 40 year old car" stays: only before a verb or "'s").
  [/\b(my|our|his|her|their) (\d{1,2}) ?(?:yo|y\/o|yr old|yrs old|year old|years old)(?='s\b|\s+(?:keeps|kept|is|was|has|had|wrote|writes|said|says|told|tells|texted|texts|posted|posts|just|cut|cuts|started|tried|took|won't|wont|will|does|doesn't|did|asked|came|ran|got|gets|searched|googled|googles)\b)/g, '$1 $2 year old kid'],
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

/**
 * wink reads "i.", "in.", "3am." and short days ("planned for sat. dont try") as abbreviations, which joins two sentences:
 * the full stop is split off.
 */
const glued = /\b(i|in|\d{1,2}(?:am|pm)|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.(?=\s|$)/g;

/**
 * A bare duration with no end, said after a pause as a sentence of its own ("log off and go rest. for a long time", "i just want
 * off. permanently", "take my group going forward. like permanently."), qualifies the clause before it: the pause is dropped so
 * patterns read "rest for a long time" as one. Only a duration that closes its sentence ("for a long time i was fine" opens one).
 */
const bareDuration = /([a-z])\s*[.…]+\s+((?:(?:like|and|i mean|as in)\s+)?(?:for good|for a (?:long|very long|long long) (?:time|while)|forever|permanently|for ever|ever(?: again)?)(?: (?:actually|really|honestly|tbh))?)(?=\s*(?:[.!?…]|$))/g;

function expand(folded: string): string {
  let text = joinEchoedPieces(readCommonwealthSpeech(readRuralSpeech(readPatois(markLowCheckIn(folded)))).replace(glued, '$1 .').replace(bareDuration, '$1 $2'));
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
const chatTypos: Record<string, string> = { dizy: 'dizzy', alredy: 'already', thru: 'through', comming: 'coming', alve: 'alive', aliv: 'alive', ded: 'dead', wuold: 'would', whould: 'would', beter: 'better', bettr: 'better', evryone: 'everyone', everyon: 'everyone', agian: 'again', agan: 'again', wishng: 'wishing', wising: 'wishing', cuting: 'cutting', cuttin: 'cutting', pils: 'pills', tonihgt: 'tonight', anymroe: 'anymore', anymor: 'anymore', nobdy: 'nobody', noone: 'nobody', dotn: 'not', tookk: 'took', teh: 'the', tierd: 'tired', gona: 'gonna', tonigt: 'tonight', goign: 'going', sory: 'sorry', rpoe: 'rope', rop: 'rope', mysefl: 'myself', bridgw: 'bridge', jumo: 'jump', dyign: 'dying', bangin: 'banging', agianst: 'against', shoud: 'should', strenth: 'strength', tihs: 'this', bout: 'about', stayin: 'staying', freind: 'friend', frend: 'friend', clinet: 'client', cleint: 'client', boyfrined: 'boyfriend', particpant: 'participant', partcipant: 'participant', breathin: 'breathing', followng: 'following', folowing: 'following', sombody: 'somebody', sed: 'said', chokd: 'choked', nite: 'night', pased: 'passed', wil: 'will', bak: 'back', husbend: 'husband', fone: 'phone', tlk: 'talk', leve: 'leave', tryed: 'tried', foun: 'found', cusin: 'cousin', beleive: 'believe', hous: 'house', textin: 'texting', brakes: 'breaks', harself: 'herself', hisself: 'himself', drinkin: 'drinking', takin: 'taking', talkin: 'talking', sayin: 'saying', livin: 'living', beatin: 'beating', somone: 'someone', smeone: 'someone', wnt: 'want', wan: 'want', tird: 'tired', kno: 'know', jus: 'just', tok: 'took', swallowd: 'swallowed', everythin: 'everything', alot: 'lot', permanantly: 'permanently', permanetly: 'permanently' };
const wordAlias = memoizeWord((norm: string) => chatTypos[norm] ?? (/^cal\d+$/.test(norm) ? 'gun' : null) ?? (norm.length >= 7 && medicineName.test(norm) ? 'medname' : null));

// "sleeping" is a pill only beside one ("her sleeping pills"), never the writer asleep ("sleeping with my phone in my hand").
const pills = 'medname|klonopin|ativan|valium|ambien|adderall|vicodin|percocet|norco|suboxone|lexapro|prozac|zoloft|wellbutrin|effexor|lyrica|lamictal|depakote|abilify|risperdal|benadryl|nyquil|aspirin|aleve|motrin|antidepressants|painkillers|prescription|prescriptions|script|scripts|pils|lithium|seroquel|fent|fentanyl|heroin|pill|pills|meds|med|medication|medications|tablets|tablet|tabs|oxy|oxys|xanax|sleeping+pills|sleeping+pill|sleeping+meds|sleeping+tablets|sleeping+aids|pastillas|pastilla|benzos|bars|opioids|insulin|tylenol|advil|percs|medicines|morphine|methadone';

/** Concept lists from several files, each concept's patterns in the order the files are given. */
const joined = (...parts: Record<string, string[]>[]): Record<string, string[]> => {
  const all: Record<string, string[]> = {};
  for (const part of parts) for (const [id, patterns] of Object.entries(part)) all[id] = [...(all[id] ?? []), ...patterns];
  return all;
};

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));
/**
 * The people close to a writer named as people name them, beyond "mom", "friend" and "client": relatives spelled out or
 * said the family's way ("my mother in law", "my tita", "me auld fella"), and the ones met along the way ("my mate",
 * "my mentor from early recovery", "a stranger"). Each is a third person the way "she" is.
 */
// People named by their job or standing (whose.ts reads them as someone else, like "my coworker"): "the new nurse told me…".
// Never a word that is also a place or a time ("psych ward", "rn" for right now), nor the carers the writer tells of their own
// past ("tell my therapist about my history of self harm"; "therapist" and "doctor" stay out).
const rolesAtWork = 'nurse nurses grad grads intern interns trainee trainees teacher professor tutor supervisor boss manager coordinator director chaplain medic paramedic emt cop officer pharmacist receptionist caseworker clinician psychiatrist lpn cna coworkers colleagues cashier barista bartender landlord firefighter firefighters ff probie probies dispatcher dispatchers crewmate crewmates rookie sergeant sarge deputy trooper emts medics paramedics';
const kinAndCompanions = 'mother auntie aunty tita tito lola lolo grandmother grandfather granny nana stepmother missus hubby fella mentor classmate teammate stranger';

export const english: Lexicon = {
  language: 'en',
  hyperbole: englishHyperboleWords,
  fragments: englishFragmentWords,
  stayAndMoveOut: englishStayAndMoveOutWords,
  sentences,
  markers: set('suicide suicidal unalive unaliving myself herself himself kms kys disclosed overdosed'),
  dialect: patoisDialect,
  commonWords: set('the i and to is my you it that of in not but so this just am was for have with are be do at on what all like im dont they he she would could will one if want feel really know get got been about how why when out up can me no him her his hes shes again from them their we our your or who had has did  already gwaan ' + patoisCommonWords.join(' ')),
  macros: {
    self: 'myself|meself|myslef|mysef|mself|self|mysel',
    refl: 'himself|herself|her+self|him+self|them+self|themselves|themself|hisself|herslef|hersef|himslef|himsef|themselfs',
    kill: 'kill|kil|kll|killin|unalive|off|end|delete|yeet|murder',
    die: 'die|dye|dy|diee|ded|dead',
    want: 'want|wanted|wanting|wish|wished|wishing|wnat|wan|wana|ready|hope|hoping|pray|praying|like|rather',
    pills,
    /** What a life can be ended with: pills, a rope, a gun, a blade. */
    means: `rope|rop|roap|noose|gun|pistol|revolver|rifle|shotgun|firearm|handgun|glock|knife|blade|blades|razor|razors|charcoal|${pills}`,
    spot: 'reservoir|pier|gorge|canyon|bathtub|tub|quarry|dam|bridge|deck|railing|rail|platform|top+floor|overlook|trailhead|median|roof|rooftop|ledge|edge|overpass|tracks|cliff|building|balcony|parking+garage|parking+deck|parking+structure|parking+ramp|garage|river|lake|train+tracks|train+track|train+line|train+bridge|highway|water',
    // "got hit by a pt tonight": ward shorthand names the patient as any other agent.
    agent: 'he|she|they|partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|ex|dad|father|stepdad|stepfather|mom|mum|mother|stepmom|brother|uncle|boss|supervisor|manager|coworker|co-worker|colleague|client|participant|guy|man|someone|somebody|roommate|landlord|family|cousin|neighbor|neighbour|son|fiance|date|him|spouse|relative|stranger|stepbrother|grandpa|boyfreind|boyfrend|girlfreind|husbnd|huband|bofriend|partener|sister|aunt|grandma|grandson|granddaughter|stepsister|foster|coach|teacher|pastor|priest|patient|pt|resident|tenant|housemate|flatmate|dealer|pimp|cop|officer|sponsor|therapist|doctor|landlady|law|mil|fil|daughter|caregiver|aide|caretaker|carer|guard|driver|customer|member|ppt',
    me: 'me|my|mine|i',
    /** Death or dying named as a thing that could happen: the subject of "would be a relief". */
    death: 'getting+hit|getting+hit+by+a+bus|hit+by+a+bus|getting+run+over|cancer|coma|death|dying|dead|being+dead|not+waking+up|never+waking+up|not+existing|ceasing+to+exist|car+crash|crash|heart+attack|fatal+accident|ending+it|ending+it+all|ending+things|killing+myself|overdose|overdosing|eternal+sleep|sleeping+forever|never+waking|my+grave|my+own+grave|🪦|⚰|⚰+️|🪦+️',
    /** What may befall the writer: "get sick", "a heart attack would take me", "something happened to me". */
    befall: 'sick|cancer|crash|accident|car+accident|heart+attack|stroke|run+over|hit+by|died|die|dying|killed|take+me|took+me|takes+me|happened+to+me|happens+to+me|aneurysm|struck|get+hit|got+hit|never+woke|did+not+wake',
    /** What death is compared to or found to be: "a relief", "better than this", "the only way out". */
    relief: 'relief|mercy|gift|blessing|escape|vacation|break|release|rest|peace|peaceful|better|easier|nicer|kinder|preferable|welcome|freedom|answer|solution|only+way|only+option|only+way+out|way+out|only+exit|only+thing|only+choice|improvement|upgrade|dream|comfort|comforting|tempting|appealing|inviting|nice|restful|comfy|cozy|cosy',
    /** Many pills at once: a number from five up, or a word for many. */
    many: `like|all|everything|whole|bunch|handful|fistful|dozen|dozens|twenty|thirty|forty|fifty|hundred|${Array.from({ length: 196 }, (_, i) => i + 5).join('|')}`,
    carer: 'client|participant|patient|peer|member|resident|mentee|guy|guys|clients|participants',
    other: `he|she|they|client|participant|patient|peer|friend|son|daughter|brother|sister|husband|wife|partner|boyfriend|girlfriend|coworker|colleague|cousin|roommate|member|resident|mentee|pt|ppt|guy|kid|teen|nephew|niece|mom|dad|aunt|uncle|grandma|grandpa|${kinAndCompanions.replaceAll(' ', '|')}`,
    timing: 'tonight|tomorrow|today|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|midnight|morning|soon',
    // Words of degree before a state ("so", "utterly", "kinda"): never a negator.
    degree: 'so|soo|sooo|really|rly|very|just|totally|completely|utterly|pretty|fucking|fking|freaking|literally|truly|honestly|beyond|kinda|too|deeply|absolutely|that|feeling|fully|entirely|increasingly|always|still|more|most|such|rather|quite|bloody|hella|mad|damn',
  },
  concepts: joined(ownRiskConcepts, imminentFamilies, imminentActsTerse, imminentActsTerseHints, imminentLigatureAnchored, ownRiskDeathWelcomed, deathEuphemismTalkedAbout, messageTimedForAfter, ownRiskFamilies, ownRiskAtAHeight, imminentFoundAfter, ownRiskHints, imminentHintFamilies, ownRiskHintFamilies, singleSignConcepts, singleSignHints, imminentEverydayConcepts, imminentEverydayHints, wishesSaidPlainly, understatedWishes, ownRiskKeptHereBy, imminentCareHandedOn, ownRiskSaidObliquely, ownRiskSaidInPassing, ownRiskOnTheJob, ownRiskSaidIndirectly, ownRiskSaidUnderCover, ownRiskSaidInDisguise, ownRiskShownNotSaid, imminentToldByReadiness, ownRiskSpreadConcepts, ownRiskSpreadHints, imminentHandedOver, imminentHandedOnForAfter, imminentGoneQuietAndUnknowing, imminentToldWithAWink, imminentSaidInMilitaryIdiom, ownRiskFutureLeftOut, ownRiskPrayedAndUnwanted, imminentMeansAndSpot, imminentStockedUp, harmFromOthersConcepts, harmToldSideways, harmWatchedAndKept, harmInManyVoices, harmMoneyBodyAndPapers, harmOnlineAndAtSchool, harmToOlderAdults, harmAtWorkAndInHousing, harmLockedOutAndTurnedUp, harmBlockedInAndImpersonated, harmToldByItsSigns, harmToldFlatly, harmOnTheJob, someoneElseConcepts, someoneElseFamilies, othersHarmedToldSideways, othersOnTheCaseload, othersToldByFriendsOnline, othersSeenByThoseNear, othersInManyVoices, othersDisclosedAndFound, othersStashedPostedAndShutIn, othersToldBare, othersCalledFromAHeight, othersWarningSigns, othersEatingDisorder, imminentUrgencySpread, harmSaidByStaffInPassing, othersToldByPeerWorkers, othersInWardShorthand, othersDeathInCaseUpdates, othersToldInCaseNotes, othersWishReportedLoosely, lifelineUnanswered, imminentSaidAtWeekEnd, harmAndOthersToldAtWeekEnd, harmToldToDie, ownDoneTrying, ownTurnedFromAReport, imminentSaidInCheckIns, imminentToldThroughLogistics, othersCrisisAsAToDo, harmHiddenFromHim, ownRiskAskedAndJoked, ownRiskSaidThroughUse, othersAndThreatsOnOutreach, accountsClosed, reasonToRiseGone, ownClinicalTerms, burdenEchoed, harmThreatsSent, reentryTold, ownRiskSaidYoung, ownRiskSaidByElders, imminentCareThingsGivenOn, imminentTakenAndFelt, imminentLastDayAndNotesLeft, harmForWhoTheWriterIs, ownRiskLifeRefused, othersLostFromTheCommunity, ownRiskInTheCountry, othersAndHarmInTheCountry, ownRiskInUkAndPacificEnglish, harmAndOthersInUkAndPacificEnglish, imminentHintedInPassing, harmFromTheOldLife, reentryRiskToldInside, harmShotAtHome, planSaidForReal, imminentAskedAsLogistics, harmDosedAndPinched, othersPurgedToTheEr, ownWishedFinishedOff, ownHarmEscalatedAndDated, harmPushedDownTheStairs, ownHarmKeptOpen),
  phrasalTurns: {
    reflexives: set('myself meself self himself herself themselves themself yourself ourselves'),
    particles: new Map([
      ['cut', set('off')],
      ['cutting', set('off')],
      ['top', set('up')],
      ['topped', set('up')],
      ['topping', set('up')],
      ['hang', set('up')],
      ['hung', set('up')],
      ['burn', set('out')],
      ['burned', set('out')],
      ['burnt', set('out')],
      ['burning', set('out')],
      ['wear', set('out')],
      ['wore', set('out')],
      ['tire', set('out')],
      ['tired', set('out')],
    ]),
  },
  storyShared: { verbs: set('share disclose tell'), owners: set('my our'), own: set('own'), nouns: set('history story attempt attempts experience') },
  toldFree: {
    freeAfter: set('free'),
    freeBefore: set('free clean'),
    links: set('from of'),
    urges: set('relapse relapsing urge urges crave craving cravings tempt tempted want wanna itch itching scream again slip slipped'),
  },
  negators: set('not no never nope nah without neither nor zero denies denied denying'),
  negationFlips: set('stop help quit shake wait fix fixes cure cures'),
  subjectlessOpeners: set('had been having feeling felt got kept keep'),
  negationCarriers: set('think thought believe guess suppose feel felt say said mean call'),
  linkingVerbs: set('be am is are was were feel feeling'),
  joinedAfter: set('again already so soon now forever too tonight today right more lately'),
  toldPersons: set('her him them anyone anybody you yall everyone nobody'),
  negationBarriers: set('when once until till til unless after before since whenever why whether how'),
  hedgeWords: set('like'),
  clauseBreaks: set('and but because so though although while however yet or cause then unless'),
  contrastWords: set('but though although however yet until except'),
  deathWords: set('died dies dead death passed funeral memorial vigil obituary'),
  violentDeathWords: set('own ended suicide suicidal overdose overdosed overdosing od oded killed kill hanged hanging shot gun fentanyl heroin pills narcan naloxone unresponsive drowned jumped murdered stabbed'),
  overdoseWords: set('overdosed overdose od oded ods'),
  helpCalledWords: set('911 ambulance paramedics ems police cops dispatch dispatched'),
  looseNowWords: set('still again yesterday earlier overnight relapsed relapsing'),
  // "logging off this server for good", "leaving this subreddit forever": the words a place left online follows (place-left.ts).
  placeLeftAfter: set('off leave leaving left quit quitting'),
  wholeSupplyWords: set('all every entire whole'),
  clauseBoundPast: { opens: set('used'), accustomed: set("i'm im am be been being get got getting gotten was were is are"), subjects: set('i'), presentForms: set('am'), presentSubjects: set("i'm im ima") },
  subjectPronouns: set('i he she they we you it'),
  modals: set('should just going gonna will want wanna might finna gon about could literally'),
  // A time counted down is ahead too, read from the first word of its hit: "kms in 3 hrs", "kms countdown: 2 hours".
  slangTimesAhead: set('tonight tn tonite 2nite tomorrow tmrw tmr midnight in within countdown'),
  thirdPossessive: set('himself herself themselves themself his their hers'),
  firstPerson: set('i me my myself mine meself myslef mysef'),
  innerVoices: set('brain mind depression anxiety ocd adhd bpd'),
  secondPerson: set('you your youre yours yourself ur u ya'),
  addressees: set('bro bruh brah bros dude dudes guys man fam yall sis bestie homie homies fellas peeps mom mama mum'),
  onlyAddressees: set('bro bruh brah bros dude dudes guys man fam yall sis bestie homie homies fellas peeps'),
  addresseeOpeners: set('hey hi yo ok okay idk ngl lol lmao omg honestly listen look tbh fr real talk'),
  addresseeFillers: set('just literally honestly really lowkey deadass fr if'),
  ownerPossessives: new Set(['his', 'her', 'their']),
  writerSubjects: set('i we'),
  ownedMeans: new Set(`${pills}|sleeping|gun|guns|pistol|revolver|rifle|shotgun|firearm|handgun|glock|knife|knives|blade|blades|razor|razors|rope|belt|cord|stash|bottle|supply`.split('|')),
  thirdPerson: set(
    'daughters sons he she they him her them his their hers himself herself themselves themself folks homegirl homeboy homie client clients participant participants ppt ppts patient patients peer peers friend friends son daughter brother sister mom mum dad husband wife partner boyfriend girlfriend coworker co-worker colleague someone somebody guy kid kids cousin roommate neighbor member members man woman girl boy resident residents mentee mentees person teen teens teenager teenagers youth youths nephew niece uncle aunt grandma grandpa fiance bf gf sponsee sponsees sponsor pt regular regulars vet vets veteran veterans student students lady dude caller tenant inmate celly cellie cellies cellmate cellmates bunkie bunky guest coach neighbour grandson granddaughter stepdad stepmom stepson stepdaughter cousins nephews nieces ex buddy bestie guys dudes ladies homegirl homeboy housemate housemates flatmate aide ' + kinAndCompanions + ' ' + rolesAtWork,
  ),
  reportVerbs: set('send sends posting texting messaging repeating repeats repeated confessed say said says told tell tells texted texts text typed types wrote writes messaged dm dmed emailed posted called shared disclosed admitted screamed yelled whispered mentioned showed shows showing asked asks asking sent stated states confided confides reports reported endorses endorsed'),
  saidAboutWriter: set('a an such should shoulda shld ought better deserve deserved deserves need needs must was were had could would wouldnt couldnt have has'),
  served: set('client clients participant participants ppt ppts pt pts patient patients sponsee sponsees mentee mentees resident residents caller callers guest guests consumer consumers'),
  noteVerbs: set('disclosed discloses reports reported states stated endorses endorsed verbalized verbalizes expressed expresses confided confides admits admitted presents presented'),
  // Whose harm (harm-lands-on.ts): "threatened her with a knife"; "she showed me the bruises".
  harmObjects: set('her him them'),
  reasonCopulas: set('is are was were s re be been'),
  harmOnThings: { verbs: set('kill end crush hurt ruin destroy smash wreck murder slay'), things: set('it') },
  // "a kid in my class", "going to class", "the kit we got at training": a class or training named as a setting.
  settingWords: { prepositions: set('in from at after to of'), bare: set('after to at'), about: set('on about for where that') },
  showVerbs: set('show shows showed shown'),
  thoughtVerbs: set('thinking think thought imagining imagine imagined picturing picture pictured fantasizing fantasising considering considered'),
  findVerbs: set('find found finding finds discover discovered noticed notice spotted spot saw see'),
  harmMarks: set('bruises bruise marks welts scratches'),
  // "client came in w a black eye from her boyfriend", "she showed up to group with bruises": marks someone turned up with.
  arrivedWithVerbs: set('came comes coming showed shows turned turns walked walks arrived arrives rolled'),
  arrivedWith: set('with'),
  // "kid said if i go back to that home ill end it": the "i" after a reported condition is still the teller's.
  conditionOpeners: set('if when once unless whenever'),
  reportTimes: set('today tonight yesterday earlier again last this night morning afternoon evening'),
  askVerbs: set('ask wonder'),
  partialOpeners: set('i will would should could can to unless gonna might must he she they you'),
  quotesAfterNamed: 'always',
  forwardMarks: set('fwd fw fwded forwarded forwarding forward screenshot screenshotting screenshotted'),
  gistNouns: set('stuff things shit crap something somethin smth sth'),
  messageNouns: set('text texts msg msgs message messages voicemail voicemails vm dm dms words caption letter email'),
  frames: englishFrames,
};
