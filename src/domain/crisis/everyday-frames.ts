import { isNegated } from './clauses.js';
import { frameId, isFrame, type CompiledLexicon, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import { wordCount, type Sentence } from './tokens.js';
import { leavingNarrowsWish, leavingNarrowsWishBefore } from './wish-narrowed.js';

/** What the message's everyday frames say: a leaving told plainly, a leaving denied (a cover story), and where donations are told. */
export interface EverydayFrames {
  leaving: boolean;
  coverStory: boolean;
  /** The cover story is denied in a sentence of its own ("no luggage needed", "there's no florida"), so it frames the whole message. */
  coverToldApart: boolean;
  donationSentences: ReadonlySet<number>;
  /** The leaving is bounded: the message says when the writer is back ("see you monday", "till sunday"). */
  returning: boolean;
}

/**
 * "told them it was for a trip. its not a trip": a denied trip is a cover story, and a quoted one ("see you saturday") is someone else's.
 * "regale mi perro, le dije que me mudaba. no me mudo": a leaving denied in a few words, or a bare "its not." right after it.
 */
export function everydayFrames(compiled: CompiledLexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][]): EverydayFrames {
  let coverStory = false;
  let coverToldApart = false;
  let leavingUnquoted = false;
  const donationSentences = new Set<number>();
  let returning = false;
  let leavingDenied = false;
  let deniedAt = -1;
  let leavingAt = -1;
  for (let index = 0; index < perSentence.length; index++) {
    const sentence = sentences[index]!;
    for (const hit of perSentence[index]!) {
      if (hit.concept === DONATION) donationSentences.add(index);
      if (hit.concept === RETURNING && !insideQuotes(sentence, hit.start) && !isNegated(compiled.lexicon, sentence, hit)) returning = true;
      // "signing off for good, best of luck team. and not in a quitting way": the leaving's everyday reading denied outright.
      if (hit.concept === LEAVING_DENIED && !insideQuotes(sentence, hit.start)) {
        leavingDenied = true;
        deniedAt = index;
      }
      if (hit.concept !== LEAVING) continue;
      // "i want to disappear, not a vacation": a leaving denied after a wish narrows the wish; it is neither a leaving nor a cover story.
      if (isNegated(compiled.lexicon, sentence, hit) && (leavingNarrowsWish(perSentence[index]!, hit) || leavingNarrowsWishBefore(perSentence[index - 1], hit, wordCount(sentence), DENIAL_WORDS))) continue;
      if (!coverStory && (sentence[hit.start]!.pos === 'NOUN' || wordCount(sentence) <= DENIAL_WORDS) && isNegated(compiled.lexicon, sentence, hit)) coverStory = true;
      if (!coverToldApart && (isBareDenial(compiled.lexicon, sentences[index + 1]) || deniesLeaving(compiled.lexicon, sentence, hit, sentences[index + 1]) || deniesLeaving(compiled.lexicon, sentence, hit, sentences[index + 2]))) coverStory = coverToldApart = true;
      // "if im not coming back after friday": a leaving that opens inside an absence's own words ("back after friday" inside "not
      // coming back") is the absence read on, no return; a trip denied there ("not planning a trip back") is still a cover story
      // above, and "wont be around till monday" has its return after the absence.
      if (perSentence[index]!.some((sign) => sign.concept === 'absence' && sign.start < hit.start && hit.start < sign.end)) continue;
      if (!leavingUnquoted && !insideQuotes(sentence, hit.start)) {
        leavingUnquoted = true;
        leavingAt = index;
      }
    }
  }
  if (leavingDenied && leavingUnquoted) coverStory = true;
  // "end of watch is 0300 tonight. mine not the job's": a leaving denied in a later sentence of its own frames the whole message.
  if (leavingDenied && leavingUnquoted && deniedAt > leavingAt) coverToldApart = true;
  return { leaving: !coverStory && leavingUnquoted, coverStory, coverToldApart, donationSentences, returning: !coverStory && returning };
}

/**
 * Clears the signs an everyday frame explains: a leaving (a trip, a move, a new job) explains them in every sentence,
 * a donation only in its own sentences ("regale mi ropa" explains the giving, not a goodbye told elsewhere).
 */
export function clearEverydaySigns(found: Set<string>, frames: EverydayFrames, hintSentences: ReadonlyMap<string, ReadonlySet<number>>): void {
  // "moving to ohio next week. the rope is ready": a trip or a move explains goodbyes and things given away, never a means
  // still at hand (one in everyday use, "the rope for the camping trip", was set aside before this).
  if (found.has('means-hint')) return;
  const explainedIn = frames.leaving ? everySentence : frames.donationSentences.size > 0 ? (index: number) => frames.donationSentences.has(index) : null;
  // "gave away my kabar. told everyone it was spring cleaning. its not": a donation denied is the cover story itself, so it
  // explains no sign (its finality is told in no sentence of its own, and the giving is what it covers).
  if (explainedIn !== null && !frames.coverStory) clearExplained(found, everydayWhenLeaving, hintSentences, explainedIn);
  // "driving to the lake after my shift, not coming back till sunday": a place the writer is back from is a trip.
  if (frames.returning) found.delete('place');
}

/**
 * "logging off for good. (for the weekend. see you monday)", "last time you'll hear from me until i'm back from leave": a sign
 * said in the words of the leaving, or bounded by the return told right after it in its sentence, is the trip.
 */
export function boundedByReturn(frames: EverydayFrames, all: readonly Hit[], hit: Hit, sentence?: Sentence, next: readonly Hit[] = []): boolean {
  if (!frames.returning) return false;
  if (sentence !== undefined && boundedAfterPause(frames, sentence, hit, next)) return true;
  for (const frame of all) {
    if (frame.concept === LEAVING && frame.start < hit.end && hit.start < frame.end) return true;
    if (frame.concept === RETURNING && frame.start >= hit.start && frame.start <= hit.end + RETURN_REACH) return true;
  }
  return false;
}

/**
 * "logging off for good. (for the weekend. see you monday)": a sign that closes its sentence, bounded by a leaving opening the next
 * one (within `PAUSE_OPENING` tokens: "(for the weekend") or a return anywhere in it ("(just for the holiday weekend, see you
 * tuesday)"), in a message that says when the writer is back. "walking into the woods tonight. nobody will find me till spring" has its "till" inside the sign's own sentence, no return.
 */
export function boundedAfterPause(frames: EverydayFrames, sentence: Sentence, hit: Hit, next: readonly Hit[] = []): boolean {
  return frames.returning && hit.end >= wordEnd(sentence) && next.some((frame) => frame.concept === RETURNING || (frame.concept === LEAVING && frame.start <= PAUSE_OPENING));
}

const PAUSE_OPENING = 3;

/** Where a sentence's last word ends: past it stand only marks. */
function wordEnd(sentence: Sentence): number {
  let end = sentence.length;
  while (end > 0 && sentence[end - 1]!.punct) end--;
  return end;
}

/** How many tokens after a sign its return may stand: "the last time you'll hear from me till monday". */
const RETURN_REACH = 4;

/** A frame explains these signs in the sentences `explainedIn` accepts: a sign goes when every sentence it was found in is one of them. */
function clearExplained(found: Set<string>, signs: readonly string[], hintSentences: ReadonlyMap<string, ReadonlySet<number>>, explainedIn: (index: number) => boolean): void {
  for (const sign of signs) if (everyIn(hintSentences.get(sign), explainedIn)) found.delete(sign);
}

function everyIn(indexes: ReadonlySet<number> | undefined, explainedIn: (index: number) => boolean): boolean {
  if (indexes !== undefined) for (const index of indexes) if (!explainedIn(index)) return false;
  return true;
}

const everySentence = () => true;

const LEAVING = frameId('leaving');
const DONATION = frameId('donation');
const RETURNING = frameId('returning');
const LEAVING_DENIED = frameId('leavingDenied');

/** The signs an everyday leaving (a trip, a move, a new job) or a donation explains. */
const everydayWhenLeaving = ['preparation-hint', 'accounts-hint', 'farewell-hint', 'goodbye-hint', 'finality', 'absence', 'calm', 'last-words'];

/** The most words a sentence that only denies has: "no me mudo", "its not", "im not moving". */
const DENIAL_WORDS = 5;

/**
 * "its not.", "no lo es", "not really": a sentence of three words or fewer that only says no. "probably no signal." says where
 * the trip goes, out of reach ("no luggage needed" still denies the trip).
 */
function isBareDenial(lexicon: Lexicon, sentence: Sentence | undefined): boolean {
  return sentence !== undefined && wordCount(sentence) <= 3 && sentence.some((token, i) => lexicon.negators.has(token.norm) && !outOfReach.has(sentence[i + 1]?.norm ?? ''));
}

/** What a trip goes without: "no signal", "no wifi". */
const outOfReach: ReadonlySet<string> = new Set(['signal', 'wifi', 'service', 'reception', 'internet', 'cell', 'coverage', 'bars']);

/**
 * "told hr i was moving. i'm not moving", "they think i'm moving to florida. gave away the tv. there's no florida": a short sentence
 * that says no to a word of the leaving, within two sentences of it, is a cover story.
 */
function deniesLeaving(lexicon: Lexicon, leavingSentence: Sentence, hit: Hit, sentence: Sentence | undefined): boolean {
  if (sentence === undefined || wordCount(sentence) > DENIAL_WORDS - 1 || !sentence.some((token) => lexicon.negators.has(token.norm))) return false;
  for (let i = hit.start; i < leavingSentence.length; i++) {
    const word = leavingSentence[i]!;
    if (word.punct || word.norm.length < 4 || lexicon.commonWords.has(word.norm)) continue;
    if (sentence.some((token) => token.norm === word.norm)) return true;
  }
  return false;
}

/** Whether a token stands between quotation marks in its sentence. */
function insideQuotes(sentence: Sentence, at: number): boolean {
  let marks = 0;
  for (let i = 0; i < at; i++) if (sentence[i]!.norm === '"' || sentence[i]!.norm === "'") marks++;
  return marks % 2 === 1;
}

/**
 * "took all my pills this morning like you reminded me", "took them all as prescribed": a taking told with its routine in the
 * sentence is the day's dose ("not as prescribed" stays); so is one told with the ailment it is for ("already took the pills for my
 * headache", "ya me tomé las pastillas para el dolor de cabeza"), unless it is a whole supply. Only signs that carry the taking verb, or name the means, are explained.
 */
const AILMENT_DOSE = frameId('ailmentDose');

export function takenAsPrescribed(lexicon: Lexicon, sentence: Sentence, all: readonly Hit[], hit: Hit, meansOrPlace: ReadonlySet<string>): boolean {
  if (!meansOrPlace.has(hit.concept) && !spanHas(sentence, hit, takingVerbs)) return false;
  // "me tomé todas las pastillas de la presión": a routine that names the very pills a whole supply or a count takes is no
  // routine ("took all my pills like you reminded me" names the routine after them, and stays the day's dose).
  const wholeSupply = spanHasWholeSupply(lexicon, sentence, hit);
  for (const frame of all) {
    // "me tomé las pastillas de la presión": a day's dose read from the taking on holds the pills it names, so it may start before them.
    const holds = frame.concept === PRESCRIBED && frame.start < hit.start && frame.end >= hit.end && !wholeSupply;
    if ((frame.concept !== PRESCRIBED && frame.concept !== AILMENT_DOSE) || (frame.start < hit.start && !holds) || isNegated(lexicon, sentence, frame)) continue;
    // "saved up my pills, told the doctor its for my back": an ailment explains a taking, never pills kept or gathered.
    if (frame.concept === AILMENT_DOSE && !spanHas(sentence, hit, takingVerbs)) continue;
    // "took the whole bottle for my headache": an ailment never explains a whole supply, wherever it is told.
    if (wholeSupply && (frame.start < hit.end || frame.concept === AILMENT_DOSE)) continue;
    return true;
  }
  return false;
}

/**
 * "se me acabaron las pastillas porque me las tomé todas", "bought cold pills and took them all": a taking of the whole supply is
 * its own sign, which an everyday use near it (an errand, pills run out) never explains.
 */
export function wholeSupplyTaken(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  return spanHas(sentence, hit, takingVerbs) && spanHasWholeSupply(lexicon, sentence, hit);
}

function spanHasWholeSupply(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const words = lexicon.wholeSupplyWords;
  for (let i = hit.start; i < hit.end; i++) if (words.has(sentence[i]!.norm) || /^\d+$/.test(sentence[i]!.norm)) return true;
  return false;
}

/**
 * "im doing it tonight! finally shaving my head", "tonight is the night. asking her to marry me", "yep im doing it. signed up for
 * yoga": a message whose only signs refer back vaguely ("doing it", "the night", "for real this time", a time) and that names the
 * everyday deed they refer to. The deed is an errand word, or a gerund after "finally" or opening a later sentence, never inside a
 * sign ("tonight is the night. saying goodbye" keeps its goodbye, so the message is not vague).
 */
export function errandExplainsIt(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][], isTime: (concept: string) => boolean): boolean {
  let vague = false;
  // "figured out how im gonna do it": a plan told whole names its deed only by an errand word, never by a gerund that may be
  // someone's next step ("…how i'd do it. we're following up with her clinician").
  let planWhole = false;
  let firstVague = -1;
  let vagueAt = 0;
  for (let index = 0; index < perSentence.length; index++) {
    for (const hit of perSentence[index]!) {
      if (isFrame(hit.concept)) continue;
      if (isTime(hit.concept)) continue;
      // "figured out how im gonna do it": a sign inside or around another that says "it" refers back with it.
      if (!vagueSigns.has(hit.concept) || !perSentence[index]!.some((other) => vagueSigns.has(other.concept) && other.start < hit.end && hit.start < other.end && refersBack(sentences[index]!, other))) return false;
      vague = true;
      if (hit.concept === 'plan') planWhole = true;
      if (firstVague < 0) [firstVague, vagueAt] = [index, hit.start];
    }
  }
  if (!vague) return false;
  // The deed is named after the vague sign: "i made a playlist for my funeral. tonight's the night" names no deed.
  for (let index = firstVague; index < perSentence.length; index++) {
    const sentence = sentences[index]!;
    const from = index === firstVague ? vagueAt : 0;
    for (const hit of perSentence[index]!) if (hit.concept === ERRAND && hit.start >= from && !isNegated(lexicon, sentence, hit)) return true;
    if (planWhole) continue;
    for (let i = from; i < sentence.length; i++) {
      const opensLater = index > firstVague && i === firstWord(sentence);
      const afterFinally = i > 0 && (sentence[i - 1]!.norm === 'finally' || sentence[i - 1]!.norm === 'officially');
      if ((opensLater || afterFinally) && isDeed(sentence[i]!)) return true;
    }
  }
  return false;
}

function isDeed(token: Sentence[number]): boolean {
  return token.pos === 'VERB' && token.norm.endsWith('ing') && !notDeeds.has(token.lemma);
}

/** The first word of a sentence past fillers ("and", "so", "just", "im"). */
function firstWord(sentence: Sentence): number {
  let i = 0;
  while (i < sentence.length && (fillers.has(sentence[i]!.norm) || sentence[i]!.pos === 'PUNCT')) i++;
  return i;
}

/** "doing it", "the night", "this time", "the plan": the sign says "it" without saying what. */
function refersBack(sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) {
    const token = sentence[i]!;
    // "and it's tonight": an "it" that opens the sign and is only then said to be a time or a day.
    if (referBack.has(token.norm) || (token.norm === 'it' && (i > hit.start ? sentence[i - 1]!.lemma === 'do' : sentence[i + 1]?.lemma === 'be'))) return true;
  }
  return false;
}

function spanHas(sentence: Sentence, hit: Hit, words: ReadonlySet<string>): boolean {
  for (let i = hit.start; i < hit.end; i++) if (words.has(sentence[i]!.lemma) || words.has(sentence[i]!.norm)) return true;
  return false;
}

const PRESCRIBED = frameId('prescribed');
const ERRAND = frameId('errand');
const takingVerbs: ReadonlySet<string> = new Set(['take', 'took', 'swallow', 'pop', 'tome', 'tomar', 'trague']);
/** Signs that say "it" without saying what: "im doing it", "tonight is the night", "for real this time", "the plan is set", "made up my mind". */
const vagueSigns: ReadonlySet<string> = new Set(['intent', 'plan', 'plan-talk', 'plan-hint', 'present']);
// "made up my mind", "i've decided": a decision that does not say what, until the errand after it does.
const referBack: ReadonlySet<string> = new Set(['night', 'time', 'plan', 'everything', 'decided', 'mind', 'decision', 'choice']);
const fillers: ReadonlySet<string> = new Set(['and', 'so', 'just', 'i', 'am', 'im', 'we', 'are', 'also', 'then', 'now', 'ok', 'okay', 'yep', 'yes', 'yeah']);
/** Gerunds that are the ending itself, never an errand: "finally going", "finally letting go", "finally being free". */
const notDeeds: ReadonlySet<string> = new Set(['go', 'tell', 'do', 'get', 'leave', 'end', 'let', 'give', 'say', 'take', 'be', 'rest', 'sleep', 'die', 'join', 'kill', 'jump', 'stop', 'quit', 'check', 'log', 'sign', 'clock', 'tap', 'peace', 'free', 'finish', 'use', 'drink', 'swallow', 'drive', 'walk', 'head', 'fall', 'drown', 'hang', 'cut', 'bleed', 'overdose', 'write', 'lie', 'lay', 'disappear', 'vanish', 'fade', 'escape', 'wait']);
