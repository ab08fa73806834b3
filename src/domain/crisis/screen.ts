import { INPUT_LIMITS } from '../../core/input-limits.js';
import { routeOfConcept, routePriority } from './concepts.js';
import { guessLanguages } from './language-guess.js';
import { english } from './languages/en.js';
import { spanish } from './languages/es.js';
import { learnedOpinion, type Reading, type SecondOpinion } from './learned/opinion.js';
import { foldText } from './normalize.js';
import { compileLexicon, type CompiledLexicon, type HitFinder } from './match.js';
import { readConcepts, type SetAside } from './read.js';

/**
 * The four crisis routes, each with its own reply (issue 13):
 * - `imminent`: plan, means, intent, a time, preparations: emergency number and lines first, then "Are you safe right now?".
 * - `possible`: wish to be dead, hopelessness, feeling a burden, self-harm thoughts: ask directly "Are you thinking about suicide?".
 * - `harm-from-others`: partner or family violence, sexual assault, stalking, threats: safety lines first.
 * - `someone-else`: a client's or participant's crisis told by the peer specialist: secondary-trauma care and a debrief offer.
 */
export type CrisisRoute = 'imminent' | 'possible' | 'harm-from-others' | 'someone-else';

/** A language the screen reads (ISO 639-1). Replies follow it where the project has copy for it. */
export type ScreenLanguage = 'en' | 'es';

export interface RiskScreen {
  route: CrisisRoute | null;
  /** The language the text was read as; replies are written in it when the route fires. */
  language: ScreenLanguage;
  /** Stable ids of the concepts that fired (never the words), so they can be logged and counted. */
  concepts: string[];
  /** True when the text was longer than the screen reads and only its beginning was read. */
  truncated?: boolean;
}

/** The id logged beside the concepts when the reading set someone else's crisis aside as over (or a natural death). Routes nothing. */
export const TOLD_AS_OVER = 'told-as-over';

/** The id logged beside the concepts when the reading explained its only going by the place it leaves. Routes nothing. */
export const GOING_EXPLAINED = 'going-explained';

/** The set-aside judgements a screen's logged concept ids record, for screens replayed from their output (bench/crisis-cv.ts). */
export function setAsideLogged(concepts: readonly string[]): SetAside {
  return { toldAsOver: concepts.includes(TOLD_AS_OVER), goingExplained: concepts.includes(GOING_EXPLAINED) };
}

/** The most the screen reads: the longest free text the bot accepts anywhere. */
export const SCREEN_LIMIT = Math.max(...Object.values(INPUT_LIMITS));

let compiled: CompiledLexicon[] | null = null;
const lexicons = () => (compiled ??= [english, spanish].map(compileLexicon));

/** Compiles the patterns and loads the English model now rather than on the first message. */
export function warmUpScreen(): void {
  screenText('warm up');
}

/**
 * The one entry point every caller uses: reads free text for risk and picks the route.
 * Text over SCREEN_LIMIT is cut to it before anything reads it. It never throws, and is linear in
 * the text's length. It is a screen that picks which message to show, never a judgement of a person.
 */
export function screenText(text: string): RiskScreen {
  return screenWith(text, {});
}

/** The steps a reading may swap, so tests can hold the fast ones against the plain ones. */
export interface ScreenSteps {
  fold?: (text: string) => string;
  find?: HitFinder;
  /** The learned second opinion (learned/opinion.ts); null reads with the patterns alone. */
  second?: SecondOpinion | null;
}

export function screenWith(text: string, steps: ScreenSteps): RiskScreen {
  const truncated = text.length > SCREEN_LIMIT;
  const read = truncated ? text.slice(0, SCREEN_LIMIT) : text;
  try {
    const folded = (steps.fold ?? foldText)(read);
    const all = lexicons();
    const { language, readIn } = guessLanguages(folded, all.map((c) => c.lexicon));
    const found = new Set<string>();
    const setAside: SetAside = { toldAsOver: false, goingExplained: false, denied: false };
    let readAs: Omit<Reading, 'setAside'> | null = null;
    for (const lexicon of all) {
      if (!readIn.includes(lexicon.lexicon)) continue;
      const sentences = lexicon.lexicon.sentences(folded);
      if (lexicon.lexicon.language === language) readAs = { sentences, lexicon: lexicon.lexicon };
      const inLexicon = readConcepts(lexicon, sentences, steps.find);
      for (const concept of inLexicon.concepts) found.add(concept);
      if (inLexicon.setAside.toldAsOver) setAside.toldAsOver = true;
      if (inLexicon.setAside.goingExplained) setAside.goingExplained = true;
      if (inLexicon.setAside.denied) setAside.denied = true;
    }
    const reading: Reading | null = readAs === null ? null : { ...readAs, setAside };
    const routes = new Set([...found].map((c) => routeOfConcept(c)!));
    let route = routePriority.find((r) => routes.has(r)) ?? null;
    // The learned opinion may add a route the patterns missed, raise possible, or veto a route resting on weak concepts alone.
    const second = reading === null ? null : askSecondOpinion(steps.second === undefined ? learnedOpinion() : steps.second, reading, route, [...found].sort());
    if (second) {
      route = second.route;
      found.add(second.concept);
    }
    const concepts = [...found, ...(setAside.toldAsOver ? [TOLD_AS_OVER] : []), ...(setAside.goingExplained ? [GOING_EXPLAINED] : [])].sort();
    return { route, language, concepts, ...(truncated ? { truncated } : {}) };
  } catch {
    // A screen that fails must not stop the message; it reads as no risk found, and says so.
    return { route: null, language: 'en', concepts: ['screen-error'], ...(truncated ? { truncated } : {}) };
  }
}

/** A second opinion that fails leaves the patterns' route as it was. */
function askSecondOpinion(opinion: SecondOpinion | null, reading: Reading, route: CrisisRoute | null, concepts: readonly string[]) {
  if (opinion === null) return null;
  try {
    return opinion(reading, route, concepts);
  } catch {
    return null;
  }
}
