import { routeOfConcept } from './concepts.js';
import { frameId, isFrame, type Hit } from './match.js';
import { namesThirdPerson, type Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

/** What a language file gives for hyperbole (languages/<language>/hyperbole-words.ts); a list it leaves out reads as empty. */
export interface HyperboleWords {
  /** "if", "si": a sign in a sentence with one is a condition's outcome. */
  conditionals: ReadonlySet<string>;
  /** A loss or a time set ("if she leaves me", "tonight"), never a nuisance. */
  notNuisance: ReadonlySet<string>;
  /** "one more day": after "one more", a life to get through, not a nuisance. */
  lifeSpans?: ReadonlySet<string>;
  /** "anyway": the writer moves on. */
  movingOn?: ReadonlySet<string>;
  /** Words a bare denial may hold beside its "not" ("i'm not. obviously"). */
  denialWords?: ReadonlySet<string>;
    groans?: ReadonlySet<string>;
  /** The weather or the traffic exclaimed at ("calor", "frio", "tráfico"): dying or not bearing it said after it in its sentence is theirs (weather-sigh.ts). */
  weather?: ReadonlySet<string>;
  /** The words a bare dying or not bearing is said in, with no wish ("me estoy muriendo", "ya no aguanto más"; not "me quiero morir"). */
  bareDying?: ReadonlySet<string>;
}

const none: ReadonlySet<string> = new Set();
/** For a language file without hyperbole words. */
export const noHyperbole: HyperboleWords = { conditionals: none, notNuisance: none };

/**
 * "si me vuelven a pedir otro reporte me aviento por la ventana jaja es broma", "gonna throw myself off a bridge if they change
 * the schedule again. (joking...)": hyperbole is an act said only as a nuisance's outcome. read.ts drops it when the writer also
 * takes it back and sets no time; a loss ("if she leaves me") or a time ("tonight") is never a nuisance.
 * Here: every sentence with a sign says "if" ("si"), so the sign is a condition's outcome, not a deed.
 */
export function onlyOnCondition(words: HyperboleWords, sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  for (let index = 0; index < sentences.length; index++) {
    if (!perSentence[index]!.some((hit) => !isFrame(hit.concept))) continue;
    if (!sentences[index]!.some((token) => words.conditionals.has(token.norm))) return false;
    // "if she leaves me im jumping jk", "if they take the kids tonight": a loss or a time set is no nuisance's hyperbole. The
    // sign's own words are not the condition's ("if i sit through one more webinar im gonna die": that "die" is the outcome).
    const signs = perSentence[index]!.filter((hit) => !isFrame(hit.concept));
    const inSign = (at: number) => signs.some((hit) => hit.start <= at && at < hit.end);
    if (sentences[index]!.some((token, at) => !inSign(at) && (words.notNuisance.has(token.lemma) || words.notNuisance.has(token.norm)))) return false;
  }
  return true;
}

/**
 * "if I have to sit through one more all-staff I'm walking into the sea. anyway what's for lunch", "if the printer jams one more
 * time i'm jumping out a window (i'm not. i'm walking to staples)": the outcome of a nuisance said once too often ("one more
 * time", "one more zoom") that the writer shrugs off (laughter, "anyway", a bare "i'm not" after it) is hyperbole too, taken
 * back as plainly as a "jk". Every sentence with a sign must hold the repeated nuisance; "one more day" or "one more night"
 * is a life to get through, never a nuisance. read.ts also needs `onlyOnCondition` and no time set.
 */
export function nuisanceShrugged(words: HyperboleWords, sentences: readonly Sentence[], perSentence: readonly Hit[][], laughs: boolean): boolean {
  let firstSign = -1;
  for (let index = 0; index < sentences.length; index++) {
    if (!perSentence[index]!.some((hit) => !isFrame(hit.concept))) continue;
    // "if he hits me one more time...": harm in the condition is no nuisance.
    if (!repeatedNuisance(words, sentences[index]!) || perSentence[index]!.some((hit) => routeOfConcept(hit.concept) === 'harm-from-others')) return false;
    if (firstSign < 0) firstSign = index;
  }
  if (firstSign < 0) return false;
  if (laughs) return true;
  for (let index = firstSign; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    for (let i = 0; i < sentence.length; i++) {
      if ((words.movingOn ?? none).has(sentence[i]!.norm) && (index > firstSign || i > 0)) return true;
      // "...into the sea (i'm not. i'm walking to staples)": a denial in brackets right after the outcome.
      if (sentence[i]!.norm === '(' && bareDenial(words, sentence, i + 1)) return true;
    }
    if (index > firstSign && bareDenial(words, sentence, 0)) return true;
  }
  return false;
}

/** "one more time", "one more zoom", "1 more email" (not "one more day", "one more night"). */
function repeatedNuisance(words: HyperboleWords, sentence: Sentence): boolean {
  for (let i = 0; i + 2 < sentence.length; i++) {
    if ((sentence[i]!.norm === 'one' || sentence[i]!.norm === '1') && sentence[i + 1]!.norm === 'more' && !(words.lifeSpans ?? none).has(sentence[i + 2]!.lemma)) return true;
  }
  return false;
}

/** "(i'm not.", "i won't", "not really": words from `from` to the sentence's end or a closing bracket that only say no to what came before. */
export function bareDenial(words: HyperboleWords, sentence: Sentence, from: number): boolean {
  let count = 0;
  let no = false;
  for (let i = from; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (token.norm === ')') break;
    if (!/^[a-z']/.test(token.norm)) continue;
    count++;
    if (token.norm === 'not' || token.norm === 'no' || token.norm === 'nope' || token.norm === 'wont') no = true;
    else if (!(words.denialWords ?? none).has(token.norm)) return false;
  }
  return no && count <= 4;
}

/** Sighs that someone else's mouth and a laughing message make talk ("she says he is a burden to the team lol"). */
export const weakSighs: ReadonlySet<string> = new Set(['burden', 'hopelessness']);

const JOKE = frameId('joke');

/** The message laughs: a joke mark that is not a groan. */
export function laughsIn(words: HyperboleWords, sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  for (let index = 0; index < sentences.length; index++) for (const hit of perSentence[index]!) if (hit.concept === JOKE && !(words.groans ?? none).has(sentences[index]![hit.start]!.norm)) return true;
  return false;
}

const MISHAP = frameId('mishap');

/**
 * "este calor me va a matar", "this traffic is going to kill me": a nuisance right before a threat is what threatens.
 * Never when a person is named between them or in the threat ("if i miss the meeting he'll kill me", "...or the heat he'll
 * call ice on me"): the nuisance is then the occasion of someone's threat, not its subject.
 */
export function nuisanceThreatens(lexicon: Lexicon, sentence: Sentence, hits: readonly Hit[], threat: Hit): boolean {
  for (const nuisance of hits) {
    if (nuisance.concept !== MISHAP || nuisance.start < threat.start - 3 || nuisance.start > threat.start - 1) continue;
    let person = false;
    for (let i = nuisance.start + 1; i < threat.end && !person; i++) person = namesThirdPerson(lexicon, sentence[i]!);
    if (!person) return true;
  }
  return false;
}

/**
 * "me pego un tiro", "me corto las venas": every blow read as harm is also, from its first word, an act the writer deals
 * themself (self-harm, a method, a thought of killing oneself), so with the accents dropped it is the writer's own act, not
 * "me pegó". "mi novio me pegó" has no own act over it and stays harm.
 */
export function blowOnlyOwnAct(perSentence: readonly Hit[][]): boolean {
  let blows = 0;
  for (const hits of perSentence) {
    for (const blow of hits) {
      if (blow.concept !== 'partner-violence') continue;
      blows++;
      if (!hits.some((act) => ownActs.has(act.concept) && act.start === blow.start)) return false;
    }
  }
  return blows > 0;
}

const ownActs: ReadonlySet<string> = new Set(['self-harm', 'suicidal-thoughts', 'method', 'intent']);

