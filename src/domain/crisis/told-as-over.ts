import { clauseOf, isNegated } from './clauses.js';
import { frameId, type CompiledLexicon, type Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';

/**
 * "my aunt passed peacefully at 94, the funeral is saturday": a natural death is grief, not someone else's crisis.
 * A word of a violent death or a drug anywhere in the message keeps every death someone else's crisis.
 */
export function naturalDeathIn(lexicon: Lexicon, sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  const violent = lexicon.violentDeathWords;
  return (
    perSentence.some((hits) => hits.some((hit) => hit.concept === frameId('naturalDeath'))) &&
    // "took his own life", "ended his life", "an overdose": beside them no death is natural.
    !sentences.some((sentence) => sentence.some((token) => violent.has(token.norm) || violent.has(token.lemma)))
  );
}

/**
 * Whether someone else's crisis at a hit is told as over: good news about how they are now (`wellNow`, not negated) and
 * the crisis told in the past (`over` or the distant past). The good news may come after the crisis in the message
 * ("attempted last year, now thriving") with nothing told as now between them, or before it in the message with the
 * crisis's own clause told as over and no turn between them ("stable since, after her attempt in march"). A crisis
 * told as now in its clause ("again", "last night", "still") is never over.
 */
export function crisisToldAsOver(compiled: CompiledLexicon, sentences: Sentence[], perSentence: Hit[][]): (index: number, hit: Hit) => boolean {
  const lexicon = compiled.lexicon;
  const { starts } = sentenceStarts(sentences);
  const wellAt: number[] = [];
  // Index loops, not entries(): this runs for every message, and a pair per sentence and per token was a good part of its garbage.
  for (let index = 0; index < perSentence.length; index++) {
    for (const hit of perSentence[index]!) if (hit.concept === WELL_NOW && !isNegated(lexicon, sentences[index]!, hit)) wellAt.push(starts[index]! + hit.start);
  }
  // Most messages tell no good news: nothing else need be gathered for them.
  if (wellAt.length === 0) return () => false;
  const currentAt: number[] = [];
  const turnAt: number[] = [];
  for (let index = 0; index < perSentence.length; index++) {
    for (const hit of perSentence[index]!) if (hit.concept === CURRENT || hit.concept === RESUMED) currentAt.push(starts[index]! + hit.start);
    const sentence = sentences[index]!;
    for (let i = 0; i < sentence.length; i++) if (lexicon.contrastWords.has(sentence[i]!.norm)) turnAt.push(starts[index]! + i);
  }
  // A death is never made history by good news told of the person ("died last week. she had just finished the program"):
  // only a death years ago ("died by suicide four years ago. i'm doing okay") is.
  const distant = (index: number) => perSentence[index]!.some((hit) => hit.concept === frameId('distantPast'));
  const isOver = (hit: Hit) => hit.concept === frameId('over') || hit.concept === frameId('distantPast');
  // "client who overdosed last year is a year clean now": an overdose said alone and told as past is no death, whatever
  // concept carries it ("he'd overdosed in his car and they found him too late" is told as no past, and stays one).
  const { deathWords } = lexicon;
  const pastOverdose = (index: number, hit: Hit) => overdoseAlone(lexicon, sentences[index]!, hit) && perSentence[index]!.some(isOver);
  const deathNamed = (index: number) => perSentence[index]!.some((hit) => hit.concept === 'other-death' && !pastOverdose(index, hit)) || sentences[index]!.some((token) => deathWords.has(token.norm));
  if (sentences.some((_, index) => !distant(index) && deathNamed(index))) return () => false;
  return (index, hit) => {
    const sentence = sentences[index]!;
    const [from, to] = clauseOf(lexicon, sentence, hit);
    const [clauseFrom, clauseTo] = [starts[index]! + from, starts[index]! + to];
    if (currentAt.some((at) => at >= clauseFrom && at < clauseTo)) return false;
    const at = starts[index]! + hit.start;
    const end = starts[index]! + hit.end;
    const overs = perSentence[index]!.filter(isOver);
    // "...narcanned 3 times in one week. tonight she chaired the meeting": a time of now right before the good news is its time.
    // "...y ahora es feliz, pero anoche lo volvió a intentar": a turn to a time of now after the good news undoes it.
    const turnedAfter = (well: number) => currentAt.some((now) => now > well && turnAt.some((turn) => turn > well && turn < now));
    const wellAfter = wellAt.filter((well) => well >= at && !turnedAfter(well) && !currentAt.some((now) => now >= end && now < well - NEWS_TIME_REACH));
    // The outcome told after the crisis: the crisis's sentence or the outcome's sentence says it was in the past.
    const overAround = (well: number) => overs.length > 0 || perSentence[sentenceOf(starts, well)]!.some(isOver);
    if (wellAfter.some(overAround)) return true;
    const overInClause = overs.some((span) => span.start >= from && span.start < to);
    return overInClause && wellAt.some((well) => well < at && ![...turnAt, ...currentAt].some((turn) => turn > well && turn < at));
  };
}

/** Where each sentence starts in the message's tokens, and how many tokens it has in all. */
export function sentenceStarts(sentences: readonly Sentence[]): { starts: number[]; total: number } {
  const starts: number[] = [];
  let total = 0;
  for (const sentence of sentences) {
    starts.push(total);
    total += sentence.length;
  }
  return { starts, total };
}

export const WELL_NOW = frameId('wellNow');
/** How many tokens before good news a time of now may stand and be the news's own time ("tonight she chaired"). */
const NEWS_TIME_REACH = 3;
export const CURRENT = frameId('current');
export const RESUMED = frameId('resumed');

/** The hit's only word of harm is an overdose ("she overdosed"), not a death ("died of an overdose"). */
function overdoseAlone(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const { deathWords, overdoseWords } = lexicon;
  let overdose = false;
  for (let i = hit.start; i < hit.end; i++) {
    if (deathWords.has(sentence[i]!.norm)) return false;
    if (overdoseWords.has(sentence[i]!.norm)) overdose = true;
  }
  return overdose;
}

/** Which sentence a token offset in the message falls in. */
function sentenceOf(starts: readonly number[], at: number): number {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= at) index++;
  return index;
}

/**
 * "sh free for 300 days", "4 years free from self harm", "an overdose-free weekend": a sign the writer says they are free of
 * is its absence, told as recovery ("300 days sh free and i want to cut again" keeps its own "want to cut"). The words are the
 * language's (Lexicon `toldFree`); a language without them reads none.
 */
export function toldFreeOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const words = lexicon.toldFree;
  if (words === undefined) return false;
  // "3 months sh free and my brain is screaming at me to relapse": an urge beside it is the sign now.
  for (const token of sentence) if (words.urges.has(token.lemma)) return false;
  const after = sentence[hit.end]?.norm === '-' ? hit.end + 1 : hit.end;
  if (words.freeAfter.has(sentence[after]?.norm ?? '')) return true;
  // "free of sh", and a milestone: "3 years clean from sh today".
  return words.links.has(sentence[hit.start - 1]?.norm ?? '') && words.freeBefore.has(sentence[hit.start - 2]?.norm ?? '');
}
