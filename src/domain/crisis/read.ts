import { doseTaperedOff } from './dose-tapered.js';
import { actionConcepts, conceptRoutes, hints, ownRisk, someIn } from './concepts.js';
import { clearEverydaySigns, errandExplainsIt, everydayFrames } from './everyday-frames.js';
import { sceneUnderway } from './emergency-scene.js';
import { actingDeniedIn, actOnlyThought } from './acting-denied.js';
import { fragmentHints } from './fragments.js';
import { joinsTheDead } from './joining-the-dead.js';
import { hintsAreUrgent } from './hint-weights.js';
import { findHits, frameId, type CompiledLexicon, type Hit, type HitFinder } from './match.js';
import { has, inAny, indexOfWord } from './hit-queries.js';
import { quotedFarewell } from './others-words.js';
import { markQuoted, newQuoteState } from './quotes.js';
import { readSentence } from './read-sentence.js';
import type { MessageReading } from './message-reading.js';
import { SLANG_ALONE } from './slang-alone.js';
import { surfacesDenied } from './surface-denied.js';
import { wordCount, type Sentence } from './tokens.js';
import { crisisToldAsOver, naturalDeathIn } from './told-as-over.js';
import { ownToldAsOver } from './own-told-as-over.js';
import { toldAsHappening } from './told-as-happening.js';
import { goingToldWithPlace } from './place-left.js';
import { absenceGivenReason, absenceToldWithReason, absenceUntilReturn, careAskedForAWhile, plansLeftFree } from './away-explained.js';
import { recognisedInAnother } from './recognised-in-another.js';
import { impersonalThoughtOwned } from './impersonal-owned.js';
import { copedAndWell } from './coped-well.js';
import { pettyThreatLaughedOff } from './petty-threat.js';
import { kinHelpsOut } from './kin-helps-out.js';
import { everydayReasonNamed } from './reason-named.js';
import { bedOnALazyDay, moveOutThreatened } from './everyday-stay-and-move-out.js';
import { takeBackTalk } from './talk-taken-back.js';

/**
 * Reads sentences for concepts, each weighed in its context. Returns the concept ids found, and what the reading set aside.
 * `find` is the indexed search; tests pass the exhaustive one to prove both read alike.
 */
export function readConcepts(compiled: CompiledLexicon, sentences: Sentence[], find: HitFinder = findHits): ConceptReading {
  const found = new Set<string>();
  const quoteState = newQuoteState();
  const perSentence = sentences.map((sentence) => {
    markQuoted(sentence, compiled.lexicon, quoteState);
    return find(compiled, sentence);
  });
  const messageIsJoke = inAny(perSentence, JOKE);
  const serious = inAny(perSentence, SERIOUS);
  const concern = inAny(perSentence, CONCERN);
  // "what do i even do, police are on the way", "who do i call, she's in my office right now": a rushed question about
  // someone else's crisis told as happening is no training talk for their crisis.
  // Read only when a sentence talks of training: most messages never ask.
  let happeningNow: boolean | undefined;
  const isHappeningNow = () => (happeningNow ??= toldAsHappening(compiled.lexicon, sentences, perSentence));
  const frames = everydayFrames(compiled, sentences, perSentence);
  // "im doing it tonight! finally shaving my head": every sign only refers back, and the message names the everyday deed.
  if (errandExplainsIt(compiled.lexicon, sentences, perSentence, isTimeHint)) return { concepts: found, setAside: NOTHING_SET_ASIDE };
  const leaving = frames.leaving;
  // "participant who attempted last year is now thriving", "she's been stable since her overdose in march": someone else's
  // crisis told as over, with how they are now. Never when the crisis is told as now ("again", "last night") or comes after
  // a turn from the good news ("stable for a year but last night he told me he has a plan").
  const toldAsOver = crisisToldAsOver(compiled, sentences, perSentence);
  // "my history of self harm... i feel steady these days": the writer's own crisis told as over (own-told-as-over.ts).
  const ownOver = ownToldAsOver(compiled, sentences, perSentence);
  const naturalDeath = naturalDeathIn(compiled.lexicon, sentences, perSentence);
  let setAsOver = false;
  const othersCrisis = (concept: string, index: number, hit: Hit) => {
    if (naturalDeath && concept === 'other-death') setAsOver = true;
    else if (!toldAsOver(index, hit)) found.add(concept);
    else setAsOver = true;
  };
  // What the sentences find, each weighed in its context (read-sentence.ts).
  const reading: MessageReading = {
    compiled,
    sentences,
    perSentence,
    frames,
    messageIsJoke,
    serious,
    naturalDeath,
    isHappeningNow,
    othersCrisis,
    ownToldAsOver: (index: number, hit: Hit) => ownOver(index, hit) && (setAsOver = true),
    found,
    hintSentences: new Map(),
    timesAt: new Map(),
    timesApart: new Set(),
    signsAt: [],
    retractedAt: [],
    goodbyes: 0,
    endings: 0,
    slangTimeAhead: false,
    meant: serious,
    goingExplained: false,
    denied: false,
  };
  let offset = 0;
  for (let index = 0; index < sentences.length; index++) {
    readSentence(reading, index, offset);
    offset += sentences[index]!.length;
  }
  const { hintSentences, timesAt, timesApart, signsAt, retractedAt, slangTimeAhead } = reading;
  const lexicon = compiled.lexicon;
  // "she texted me 'im done' and her phone is off": someone else's last words, quoted, while the writer cannot reach them or is getting help.
  if ((concern || inAny(perSentence, LAST_WORDS)) && quotedFarewell(compiled.lexicon, sentences, perSentence, isHappeningNow, concern)) found.add('other-disclosure');
  // "client reports passive ideation. thought huh. same": the writer recognising themself in someone else's crisis (recognised-in-another.ts).
  const recognised = recognisedInAnother(sentences, perSentence, found);
  if (recognised !== undefined) found.add(recognised);
  // "¿es normal pensar en matarse? porque me pasa seguido": a thought told in the impersonal, then owned (impersonal-owned.ts).
  if (impersonalThoughtOwned(sentences, perSentence)) found.add('suicidal-thoughts');
  // "found my uncle. ambulance coming", "a participant who's on the bridge right now, 911 on the other line" (emergency-scene.ts).
  if (concern && sceneUnderway(sentences, perSentence)) found.add('other-attempt');
  // "...i just want to die ... and my boss wants the numbers tomorrow": in a long message a time far from every sign is another topic.
  // A cover story denied in a sentence of its own frames the whole message, so a time said apart from the leaving's words counts
  // anywhere in it ("one-way trip. no luggage needed. leaving when it gets dark"; not "till monday", the leaving's own time).
  for (const [concept, times] of timesAt) if ((frames.coverToldApart && timesApart.has(concept)) || times.some((time) => signsAt.some(([from, to]) => time >= from - TIME_REACH && time < to + TIME_REACH))) found.add(concept);
  // "told them it was for a trip. its not a trip": a denied trip is a cover story, and a quoted one ("see you saturday") is someone else's.
  if (frames.coverStory) {
    found.add('finality');
    reading.endings++;
  }
  // "battery at 1%. not talking about my phone", "told the nurse it was the cat. we dont have a cat": a surface denied later.
  for (const concept of surfacesDenied(lexicon, sentences, perSentence)) found.add(concept);
  // "kms tn": the slang with a time beside it is meant.
  if (found.has(SLANG_ALONE) && slangTimeAhead) reading.meant = true;
  clearEverydaySigns(found, frames, hintSentences);
  // "i won't be around to cover friday, dentist": an absence told with its everyday reason (away-explained.ts).
  const awayExplained = found.has('absence') && absenceGivenReason(perSentence, found);
  if (awayExplained) found.delete('absence');
  // "kms tonight. the razor's right here": slang with a time ahead is meant before the hints are weighed, so its time and means count beside it.
  if (slangTimeAhead && found.delete(SLANG_ALONE)) found.add('suicidal-thoughts');
  const hinted = hintEntries.filter(([id]) => found.delete(id));
  const hintedIds = hinted.map(([id]) => id);
  // "not acting on it. the wanting to not be here is back": with acting denied only an act raises the message (acting-denied.ts).
  // An act only thought of ("thought of going over the railing. the thought crossed my mind, thats all") is the thought itself.
  const actingDenied = actingDeniedIn(sentences, perSentence);
  const thoughtOnly = actingDenied ? hinted.filter(([id, hint]) => hint.kind === 'act' && actOnlyThought(lexicon, sentences, perSentence, id)) : [];
  const rising = actingDenied ? hinted.filter((entry) => entry[1].kind === 'act' && !thoughtOnly.includes(entry)) : hinted;
  // Three goodbyes in one message with no job change or trip behind them is a farewell.
  // Settling told in two sentences ("wills done. funeral is prepaid") counts twice; in one ("paid the card and the rent") once.
  // A settling told with its purpose ("sent my best friend my art folder for the zine") is an errand, not affairs put in order.
  const settledIn = new Set([...(hintSentences.get('preparation-hint') ?? []), ...(hintSentences.get('accounts-hint') ?? [])]);
  const settledApart = [...settledIn].filter((index) => !has(perSentence[index], PURPOSE)).length >= 2 && rising.some(([concept]) => concept === 'preparation-hint' || concept === 'accounts-hint');
  // "hanging out at the bridge after work anyone wanna come": a place and a time with others invited along are an outing.
  // A means at hand is never an outing's ("going up to the roof after work, i have the pills. anyone want to come say bye").
  const invited = inAny(perSentence, INVITED) && !rising.some(([id]) => id === 'means-hint' || id === 'taken-hint');
  if (((hintsAreUrgent(rising, reading.endings, settledApart) && !invited) || (lexicon.language === 'en' && !inAny(perSentence, PURPOSE) && !inAny(perSentence, EVERYDAY) && bareSign(sentences, rising)) || (reading.goodbyes >= 3 && !leaving && rising === hinted)) && !someIn(found, ownRisk)) for (const [, { becomes }] of rising) found.add(becomes);
  // "mama been gone 6 yrs and tonight i'm going to go see her": going to someone told as dead is intent (joining-the-dead.ts).
  // "my mom died in march and i just want to be with her": wishing to be with them is a wish to be dead.
  const joined = messageIsJoke ? undefined : joinsTheDead(lexicon, sentences, perSentence);
  if (joined !== undefined) found.add(joined);
  // "car running. garage. sorry", "adiós. es hoy.": a message of bare fragments composes its signs across them as one sentence.
  // Only where nothing else was read: someone else's crisis or harm told in fragments stays theirs.
  if (!messageIsJoke && ![...found].some((concept) => concept in conceptRoutes)) for (const concept of fragmentHints(lexicon.fragments, sentences, perSentence)) found.add(hints[concept]!.becomes);
  // "not acting on it but the rope is in my trunk": a denial of acting says there is something to act on; beside a means or a place
  // told in its own words it is the writer's own thought, so the means raises it.
  if (actingDenied && rising.some(([, hint]) => hint.kind === 'act')) found.add('suicidal-thoughts');
  for (let pass = 0; pass < 2; pass++) {
    const own = someIn(found, ownRisk);
    const action = someIn(found, actionConcepts);
    for (const [, { becomes, needs }] of rising) if (needs === 'own' ? own : needs === 'action' && action) found.add(becomes);
  }
  if (thoughtOnly.length > 0) found.add('suicidal-thoughts');
  takeBackTalk(found, { lexicon, sentences, perSentence, serious, messageIsJoke, signsAt, retractedAt, timesAt, hinted: hintedIds });
  // kms said alone after a spilled coffee is a sigh; beside other risk, or meant ("should just kms", "kms tn"), it counts.
  if (found.delete(SLANG_ALONE) && (someIn(found, ownRisk) || reading.meant)) found.add('suicidal-thoughts');
  // found.size first: the set-aside scans run only for a message in which the reading found nothing.
  // "she called her sister instead of using and she's doing okay": coping told with how someone is now (coped-well.ts).
  // "mi hija me amenazó con no hablarme jaja": a relative's threat over family stakes, laughed at (petty-threat.ts).
  // "mi tía me espera en la central para ir a la clínica": a relative helping out (kin-helps-out.ts).
  // "ion even wanna get out of bed, it's saturday", "my daughter keep threatening to move out" (everyday-stay-and-move-out.ts).
  return { concepts: found, setAside: { toldAsOver: found.size === 0 && (setAsOver || copedAndWell(perSentence) || doseTaperedOff(perSentence)), goingExplained: found.size === 0 && (reading.goingExplained || awayExplained || absenceToldWithReason(perSentence) || absenceUntilReturn(sentences, perSentence) || goingToldWithPlace(compiled.lexicon, sentences, perSentence) || plansLeftFree(perSentence, hintedIds) || careAskedForAWhile(perSentence) || pettyThreatLaughedOff(perSentence) || kinHelpsOut(perSentence) || everydayReasonNamed(compiled.lexicon, sentences, perSentence) || bedOnALazyDay(compiled.lexicon, sentences) || moveOutThreatened(compiled.lexicon, sentences)), denied: reading.denied } };
}

/** What a reading found: the concept ids, and the judgements that set words aside without routing anything. */
export interface ConceptReading {
  concepts: Set<string>;
  setAside: SetAside;
}

/**
 * Judgements that route nothing but that the learned opinion reads. `toldAsOver`: the reading found nothing but
 * someone else's crisis told as over, or a natural death, so the learned opinion adds no route of its own.
 */
export interface SetAside {
  toldAsOver: boolean;
  /**
   * The reading found nothing but a going explained by the place it leaves ("me voy del piso para siempre, ya firmé otro"):
   * the learned opinion, which reads "me voy" and "para siempre" as the goodbyes it was trained on, adds no route of its own.
   */
  goingExplained?: boolean;
  /**
   * A sign of the writer's own risk was read and its negation bound to it ("i don't want to kill myself", "i'm not hopeless"):
   * not a set-aside of the patterns' route but a word to the learned opinion, which reads the sign's words and, without it,
   * not the denial (learned/features.ts `denied`).
   */
  denied?: boolean;
}

export const NOTHING_SET_ASIDE: SetAside = Object.freeze({ toldAsOver: false, goingExplained: false, denied: false });

const JOKE = frameId('joke');
const SERIOUS = frameId('serious');
const CONCERN = frameId('concern');
const PURPOSE = frameId('purpose');
const EVERYDAY = frameId('everyday');
const LAST_WORDS = frameId('lastWords');
const INVITED = frameId('invited');
const hintEntries = Object.entries(hints);
const isTimeHint = (concept: string) => hints[concept]?.kind === 'time';


/** At most this many words make a message that is one sign and nothing else ("on the ledge", "doing it now"). */
const BARE_WORDS = 6;

/**
 * A whole message that is a place, a means, a thing taken or a plan said as now, with nothing to explain it ("on the ledge",
 * "rope is up", "doing it now"), is urgent; a bare time, goodbye or plan is not ("see yall tomorrow", "bye guys, logging off",
 * "the plan for tonight"), nor a sign with its purpose ("took 2 advil for my back"). Read in English
 * only: the Spanish reading of an English line took "rope swing" for a means, and Spanish bare signs are another helper's.
 */
function bareSign(sentences: readonly Sentence[], hinted: readonly [string, { kind: string }][]): boolean {
  if (hinted.length === 0) return false;
  let words = 0;
  for (const sentence of sentences) if ((words += wordCount(sentence)) > BARE_WORDS) return false;
  const now = hinted.some(([concept]) => concept === 'present') || sentences.some((sentence) => indexOfWord(sentence, 'now') >= 0 || indexOfWord(sentence, 'rn') >= 0);
  // "deleted my tiktok": an app deleted is said bare every day; it counts only beside another sign.
  return hinted.some(([concept, hint]) => hint.kind === 'act' || (hint.kind === 'settle' && concept !== 'accounts-hint') || (concept === 'plan-talk' && now));
}

/** How many tokens before or after a sign a time may stand and still be its time ("pills saved. tonight's the night"). */
const TIME_REACH = 16;
