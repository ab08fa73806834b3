import { clauseOf, isNegated } from './clauses.js';
import { frameId, type CompiledLexicon, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import { CURRENT, RESUMED, sentenceStarts, WELL_NOW } from './told-as-over.js';
import type { Sentence } from './tokens.js';

/**
 * "stopped hiding my history of self harm at work. it's been 9 years. i feel steady these days", "a pt asked if i ever wanted to
 * die and i said 'i did, a long time ago, and i'm really glad i stayed'": the writer's own crisis told as behind them, with how
 * they are now after it. Stricter than someone else's (told-as-over.ts): the sign's own sentence tells it as past (`over` or the
 * distant past), and the good news comes after it with no time of now or turn between; a milestone count ("8 years clean",
 * "3 months sh free") is the time of the recovery, not how the writer is, so it is no good news here ("8 years clean and i still
 * feel like garbage", "5 yrs sober and lately ive been wishing i'd died" stay). A sign told as now in its clause ("again",
 * "still", "last night") is never over. So is the writer's past told as past in its clause as the story a peer may share or
 * disclose at work ("can i share my own history of suicide attempts in group?", `storyShared`).
 */
export function ownToldAsOver(compiled: CompiledLexicon, sentences: Sentence[], perSentence: Hit[][]): (index: number, hit: Hit) => boolean {
  const lexicon = compiled.lexicon;
  const { starts, total } = sentenceStarts(sentences);
  const wellAt: number[] = [];
  const wellSpans: [number, number][] = [];
  for (let index = 0; index < perSentence.length; index++) {
    const hits = perSentence[index]!;
    for (const hit of hits) {
      if (hit.concept !== WELL_NOW || isNegated(lexicon, sentences[index]!, hit)) continue;
      if (hits.some((over) => isOver(over) && over.start <= hit.end && hit.start <= over.end)) continue;
      wellAt.push(starts[index]! + hit.start);
      wellSpans.push([starts[index]! + hit.start, starts[index]! + hit.end]);
    }
  }
  // Most messages tell no good news and no past: nothing else need be gathered for them.
  if (wellAt.length === 0 && !perSentence.some((hits) => hits.some(isOver))) return () => false;
  const nowAt: number[] = [];
  // "grateful to still be here": a "still" inside the good news is its own.
  const inWell = (at: number) => wellSpans.some(([from, to]) => at >= from && at <= to);
  for (let index = 0; index < perSentence.length; index++) {
    for (const hit of perSentence[index]!) if ((hit.concept === CURRENT || hit.concept === RESUMED) && !inWell(starts[index]! + hit.start)) nowAt.push(starts[index]! + hit.start);
    const sentence = sentences[index]!;
    for (let i = 0; i < sentence.length; i++) if (lexicon.contrastWords.has(sentence[i]!.norm)) nowAt.push(starts[index]! + i);
  }
  return (index, hit) => {
    const sentence = sentences[index]!;
    const [from, to] = clauseOf(lexicon, sentence, hit);
    const base = starts[index]!;
    if (nowAt.some((at) => at >= base + from && at < base + to)) return false;
    // The past is told in the sign's sentence, or in the next one with the good news ("...asked if i ever tried. i told her yes,
    // a long time ago, and i'm glad i stayed").
    const toldPast = (at: number) => perSentence[at]?.some((over) => isOver(over) && !perSentence[at]!.some((well) => well.concept === WELL_NOW && over.start <= well.end && well.start <= over.end)) === true;
    const pastHere = toldPast(index);
    const nextFrom = starts[index + 1] ?? Infinity;
    const nextTo = starts[index + 2] ?? total;
    const pastNext = toldPast(index + 1);
    const end = base + hit.end;
    const inReach = (well: number) => pastHere || (pastNext && well >= nextFrom && well < nextTo);
    if (storyShared(lexicon, sentence, perSentence[index]!, hit)) return true;
    return wellAt.some((well) => well >= end && inReach(well) && !nowAt.some((now) => now >= end && now < well) && !nowAt.some((now) => now > well));
  };
}

const isOver = (hit: Hit) => hit.concept === frameId('over') || hit.concept === frameId('distantPast');

/**
 * "can we share our own history of suicide attempts in groups?", "before i disclose my attempt from 2011": the writer's own
 * past, told as past in its clause, as the thing a peer may share or disclose at work, is a story told, not a sign now.
 */
function storyShared(lexicon: Lexicon, sentence: Sentence, hits: readonly Hit[], hit: Hit): boolean {
  const story = lexicon.storyShared;
  if (story === undefined) return false;
  if (!hits.some((over) => isOver(over) && over.start <= hit.start + 2 && over.end >= hit.start - 4)) return false;
  for (let i = Math.max(0, hit.start - 6); i < hit.start; i++) {
    if (!story.verbs.has(sentence[i]!.lemma)) continue;
    let j = i + 1;
    if (!story.owners.has(sentence[j]?.norm ?? '')) continue;
    j++;
    if (story.own.has(sentence[j]?.norm ?? '')) j++;
    if (story.nouns.has(sentence[j]?.norm ?? '')) return true;
  }
  return false;
}
