import { frameId, isFrame, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "si me vuelven a pedir otro reporte me aviento por la ventana jaja es broma", "gonna throw myself off a bridge if they change
 * the schedule again. (joking...)": hyperbole is an act said only as a nuisance's outcome. read.ts drops it when the writer also
 * takes it back and sets no time; a loss ("if she leaves me") or a time ("tonight") is never a nuisance.
 * Here: every sentence with a sign says "if" ("si"), so the sign is a condition's outcome, not a deed.
 */
export function onlyOnCondition(sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  for (let index = 0; index < sentences.length; index++) {
    if (!perSentence[index]!.some((hit) => !isFrame(hit.concept))) continue;
    if (!sentences[index]!.some((token) => conditionals.has(token.norm))) return false;
    // "if she leaves me im jumping jk", "if they take the kids tonight": a loss or a time set is no nuisance's hyperbole.
    if (sentences[index]!.some((token) => notNuisance.has(token.lemma) || notNuisance.has(token.norm))) return false;
  }
  return true;
}
const conditionals: ReadonlySet<string> = new Set(['if', 'si', 'unless']);
const notNuisance: ReadonlySet<string> = new Set(['leave', 'dump', 'break', 'die', 'lose', 'cheat', 'divorce', 'find', 'take', 'tonight', 'tomorrow', 'today', 'now', 'rn', 'tn', 'deja', 'dejar', 'muere', 'morir', 'pierdo', 'perder', 'hoy', 'manana', 'noche', 'ahorita', 'ahora']);

/** Sighs that someone else's mouth and a laughing message make talk ("she says he is a burden to the team lol"). */
export const weakSighs: ReadonlySet<string> = new Set(['burden', 'hopelessness']);

/** Joke marks that are a groan, not a laugh ("ugh everybody please look out for devon"). */
const groans: ReadonlySet<string> = new Set(['ugh', 'smh', '😭', '🙄']);
const JOKE = frameId('joke');

/** The message laughs: a joke mark that is not a groan. */
export function laughsIn(sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  for (let index = 0; index < sentences.length; index++) for (const hit of perSentence[index]!) if (hit.concept === JOKE && !groans.has(sentences[index]![hit.start]!.norm)) return true;
  return false;
}
