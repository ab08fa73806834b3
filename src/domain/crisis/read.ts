import { actionConcepts, asSomeoneElse, conceptRoutes, hints, ownRisk, type HintKind } from './concepts.js';
import type { Lexicon } from './lexicon.js';
import { compilePattern, matchAt, tokenFits, type CompiledPattern } from './patterns.js';
import { markQuoted } from './quotes.js';
import type { Sentence, Token } from './tokens.js';

/** A language file, compiled once: concept and frame patterns indexed by the words they can start with. */
export interface CompiledLexicon {
  lexicon: Lexicon;
  byWord: Map<string, CompiledPattern[]>;
  byPrefix: CompiledPattern[];
  /** Every pattern, by id. */
  patterns: CompiledPattern[];
  /** Per pattern id: the pattern says "not" itself, so a negator inside its match is meant. */
  negates: boolean[];
  /** Per pattern id, the last token it was tried at: a pattern reached through two spellings of one token is tried once. */
  triedAt: Float64Array;
  tokensSeen: number;
}

const frameKinds = ['distantPast', 'recent', 'media', 'training', 'joke', 'serious', 'leaving', 'idiom', 'purpose', 'pastTime'] as const;
type FrameKind = (typeof frameKinds)[number];
const frameId = (kind: FrameKind) => `frame:${kind}`;

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const byWord = new Map<string, CompiledPattern[]>();
  const byPrefix: CompiledPattern[] = [];
  const all: [string, string[]][] = [...Object.entries(lexicon.concepts), ...frameKinds.map((kind) => [frameId(kind), lexicon.frames[kind] ?? []] as [string, string[]])];
  const patterns: CompiledPattern[] = [];
  for (const [concept, sources] of all) {
    for (const source of lexicon.phraseLists ? sources.flatMap(phraseList) : sources) {
      const pattern = compilePattern(concept, source, lexicon.macros, patterns.length);
      patterns.push(pattern);
      const first = pattern.slots[0]!;
      if (first.prefixes.length > 0) byPrefix.push(pattern);
      const starts = [...first.words, ...first.phrases.map((phrase) => phrase[0]!)];
      for (const word of new Set(starts)) {
        const list = byWord.get(word);
        if (list) list.push(pattern);
        else byWord.set(word, [pattern]);
      }
    }
  }
  const negates = patterns.map((pattern) => patternNegates(lexicon, pattern));
  return { lexicon, byWord, byPrefix, patterns, negates, triedAt: new Float64Array(patterns.length), tokensSeen: 0 };
}

/** "me violo|me violaron|abuso de mi": without a gap, a list of phrases reads as one pattern per phrase. */
function phraseList(source: string): string[] {
  const pieces = source.split('|');
  return pieces.length > 1 && !source.includes('_') && pieces.every((piece) => piece.trim().includes(' ')) ? pieces : [source];
}

export interface Hit {
  concept: string;
  start: number;
  end: number;
  /** The pattern says "not" itself ("won't let me", "didn't stop"), so a negator inside the match is meant. */
  negates: boolean;
}

/** Where a language's patterns match in a sentence. */
export type HitFinder = (compiled: CompiledLexicon, sentence: Sentence) => Hit[];

/**
 * Reads sentences for concepts, each weighed in its context. Returns the concept ids found.
 * `find` is the indexed search; tests pass the exhaustive one to prove both read alike.
 */
export function readConcepts(compiled: CompiledLexicon, sentences: Sentence[], find: HitFinder = findHits): Set<string> {
  const found = new Set<string>();
  const perSentence = sentences.map((sentence) => {
    markQuoted(sentence, compiled.lexicon);
    return find(compiled, sentence);
  });
  const messageIsJoke = perSentence.some((hits) => hits.some((hit) => hit.concept === frameId('joke')));
  const serious = perSentence.some((hits) => hits.some((hit) => hit.concept === frameId('serious')));
  let meant = serious;
  let goodbyes = 0;
  let endings = 0;
  for (const [index, sentence] of sentences.entries()) {
    const all = perSentence[index]!;
    const frames = new Set(all.filter((hit) => hit.concept.startsWith('frame:')).map((hit) => hit.concept));
    // Stronger signs first, so a sign inside a weaker one keeps its weight ("got it all planned").
    const hits = all.filter((hit) => !hit.concept.startsWith('frame:')).sort((a, b) => hintRank(a.concept) - hintRank(b.concept));
    if (hits.length === 0) continue;
    const past = frames.has(frameId('distantPast'));
    const media = frames.has(frameId('media'));
    const training = frames.has(frameId('training'));
    const idiomStarts = all.filter((hit) => hit.concept === frameId('idiom')).map((hit) => hit.start);
    const recentAt = all.filter((hit) => hit.concept === frameId('recent')).map((hit) => hit.start);
    const purposeAt = all.filter((hit) => hit.concept === frameId('purpose')).map((hit) => hit.start);
    const pastTimes = all.filter((hit) => hit.concept === frameId('pastTime'));
    const hintSpans: Hit[] = [];
    // "j died by suicide", "attempted suicide last night": own-risk words inside someone else's death or attempt.
    const othersEvents = hits.filter((hit) => hit.concept === 'other-death' || hit.concept === 'other-attempt');
    const insideOthers = (hit: Hit) => othersEvents.some((event) => event.start <= hit.start && event.end >= hit.end);
    for (const hit of hits) {
      const hint = hit.concept in hints;
      if (!hint && isNegated(compiled.lexicon, sentence, hit)) continue;
      if (idiomStarts.some((at) => at >= hit.end - 1 && at <= hit.end + 2)) continue;
      const route = (conceptRoutes as Record<string, string>)[hit.concept];
      if ((route === 'harm-from-others' || route === 'someone-else') && negatedInside(compiled.lexicon, sentence, hit)) continue;
      if (hint) {
        // "bought rope for the camping trip": an everyday purpose right after the means ("not for camping" stays).
        // "thoughts all weekend", "this morning": a time gone by is not a time set.
        if (hit.concept === 'timing' && pastTimes.some((span) => span.start <= hit.start && hit.start < span.end)) continue;
        if ((hit.concept === 'means-hint' || hit.concept === 'plan-hint') && purposeAt.some((at) => at >= hit.end && at <= hit.end + 3) && !isNegated(compiled.lexicon, sentence, { ...hit, start: hit.end + 1 })) continue;
        if (sentence[hit.start]!.quoted && hit.concept !== 'timing' && hit.concept !== 'calm') {
          if (!media && !training) found.add('other-disclosure');
          continue;
        }
        if (past || media || training || (hit.concept !== 'timing' && isNegated(compiled.lexicon, sentence, hit))) continue;
        // Words inside another sign are that sign ("a goodbye video" is not a goodbye and a video).
        if (hintSpans.some((span) => (span.start <= hit.start && hit.end <= span.end) || (hit.start <= span.start && span.end <= hit.end))) continue;
        if (hit.concept !== 'timing' && hintIsOthers(compiled.lexicon, sentence, hit)) {
          // "she gave me her rosary and said she wouldn't need it anymore": someone else's preparations.
          found.add('other-disclosure');
          continue;
        }
        // A plan, means or goodbye that belongs to someone else ("he had a plan", "she has the gun") is not the writer's sign;
        // someone else on a ledge or having taken something is their crisis.
        if (hit.concept !== 'timing' && hit.concept !== 'calm' && subjectOf(compiled.lexicon, sentence, hit) === 'other') {
          if (hit.concept === 'place' || hit.concept === 'taken-hint') found.add('other-attempt');
          continue;
        }
        hintSpans.push(hit);
        if (hit.concept === 'goodbye-hint') goodbyes++;
        if (hit.concept === 'finality' || hit.concept === 'absence') endings++;
        found.add(hit.concept);
        continue;
      }
      if (past && !recentInClause(compiled.lexicon, sentence, hit, recentAt)) continue;
      if (sentence[hit.start]!.quoted && route !== 'someone-else') {
        // He screamed "you're dead if you walk out": a threat quoted at the writer is harm to the writer.
        const atWriter = route === 'harm-from-others' && !involvesWriter(compiled.lexicon, sentence, hit) && addressesReader(compiled.lexicon, sentence, hit);
        if (!media && !training) found.add(atWriter ? hit.concept : (asSomeoneElse[hit.concept] ?? 'other-disclosure'));
        continue;
      }
      if (route === 'imminent' || route === 'possible') {
        if (media) continue;
        if (hit.concept === 'suicidal-thoughts' && isSlangOnly(sentence, hit)) {
          // "she keeps talking about wanting to kms": the slang in someone else's mouth is theirs.
          if (subjectOf(compiled.lexicon, sentence, hit) === 'other') found.add('other-disclosure');
          else if (!messageIsJoke || serious) found.add(SLANG_ALONE);
          if (isMeant(compiled.lexicon, sentence, hit)) meant = true;
          continue;
        }
        const speaker = speakerOf(compiled.lexicon, sentence, hit);
        if (speaker === 'other' || (insideOthers(hit) && subjectOf(compiled.lexicon, sentence, hit) !== 'self')) {
          if (!training) found.add(asSomeoneElse[hit.concept] ?? 'other-disclosure');
          continue;
        }
        if (training && speaker !== 'self' && !subjectLeftOut(compiled.lexicon, sentence, hit)) continue;
        found.add(hit.concept);
      } else if (route === 'someone-else') {
        const theirs = mentionsOther(compiled.lexicon, sentence, hit) || speakerOf(compiled.lexicon, sentence, hit) !== 'self' || subjectOf(compiled.lexicon, sentence, hit) === 'other';
        if (!training && !media && theirs) found.add(hit.concept);
      } else if (hit.concept === 'threat' && messageIsJoke && !serious) {
        // "my sponsor threatened to make me do 90 meetings lol": a threat in jest.
        continue;
      } else if (!(training || media) || involvesWriter(compiled.lexicon, sentence, hit) || victimOf(compiled.lexicon, sentence, hit) === 'self' || subjectOf(compiled.lexicon, sentence, hit) === 'self') {
        // "her partner raped her", "he's beating her": harm told about someone else is their crisis.
        found.add(victimOf(compiled.lexicon, sentence, hit) === 'other' ? 'other-disclosure' : hit.concept);
      }
    }
  }
  const leaving = perSentence.some((hits) => hits.some((hit) => hit.concept === frameId('leaving')));
  if (leaving) for (const everyday of ['preparation-hint', 'farewell-hint', 'goodbye-hint', 'finality', 'absence', 'calm']) found.delete(everyday);
  const hinted = Object.entries(hints).filter(([id]) => found.delete(id));
  // Three goodbyes in one message with no job change or trip behind them is a farewell.
  if ((hintsAreUrgent(hinted, endings) || (goodbyes >= 3 && !leaving)) && ![...found].some((concept) => ownRisk.has(concept))) for (const [, { becomes }] of hinted) found.add(becomes);
  for (let pass = 0; pass < 2; pass++) {
    const own = [...found].some((concept) => ownRisk.has(concept));
    const action = [...found].some((concept) => actionConcepts.has(concept));
    for (const [, { becomes, needs }] of hinted) if (needs === 'own' ? own : action) found.add(becomes);
  }
  // kms said alone after a spilled coffee is a sigh; beside other risk, or meant ("should just kms"), it counts.
  if (found.delete(SLANG_ALONE) && ([...found].some((concept) => ownRisk.has(concept)) || meant)) found.add('suicidal-thoughts');
  return found;
}


const kindRank: Record<HintKind, number> = { final: 1, absence: 1, act: 2, settle: 3, weak: 4, time: 5 };
const hintRank = (concept: string) => (concept in hints ? kindRank[hints[concept]!.kind] : 0);

/**
 * Signs that are urgent together without any other risk: finality beside any other sign ("my last
 * night" + "tonight"); absence beside any sign but a time ("wrote the letters" + "you won't need to
 * worry about me"; "won't be around tomorrow" alone is a day off); two endings; an act beside a time,
 * a goodbye or a different act ("rope" + "today", "pills counted" + "the date is set"); settling
 * affairs beside a goodbye or an act. A goodbye or a plan beside a time is an everyday plan.
 */
function hintsAreUrgent(hinted: [string, { kind: HintKind }][], endings: number): boolean {
  const kinds = hinted.map(([, hint]) => hint.kind);
  const others = kinds.filter((kind) => kind !== 'final' && kind !== 'absence');
  if (kinds.includes('final')) return endings >= 2 || others.length > 0;
  if (kinds.includes('absence')) return endings >= 2 || others.some((kind) => kind !== 'time');
  const acts = kinds.filter((kind) => kind === 'act').length;
  const settles = kinds.filter((kind) => kind === 'settle').length;
  const weak = kinds.filter((kind) => kind === 'weak').length;
  return acts + settles >= 2 || (acts + settles >= 1 && weak >= 1) || (acts >= 1 && kinds.includes('time'));
}

/** Tries at each token only the patterns that can start with one of its spellings. */
function findHits(compiled: CompiledLexicon, sentence: Sentence): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (token.punct) continue;
    const at = ++compiled.tokensSeen;
    for (const form of token.forms) {
      const starting = compiled.byWord.get(form);
      if (starting !== undefined) for (const pattern of starting) tryAt(compiled, pattern, sentence, i, at, hits);
    }
    for (const pattern of compiled.byPrefix) if (tokenFits(pattern.slots[0]!, token)) tryAt(compiled, pattern, sentence, i, at, hits);
  }
  return hits;
}

function tryAt(compiled: CompiledLexicon, pattern: CompiledPattern, sentence: Sentence, start: number, at: number, hits: Hit[]): void {
  if (compiled.triedAt[pattern.id] === at) return;
  compiled.triedAt[pattern.id] = at;
  const end = matchAt(pattern, sentence, start);
  if (end >= 0) hits.push({ concept: pattern.concept, start, end, negates: compiled.negates[pattern.id]! });
}

/** The clause around a hit: from the last break before it to the next break after it. */
function clauseOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): [number, number] {
  let from = hit.start;
  while (from > 0 && !isBreak(lexicon, sentence[from - 1]!)) from--;
  let to = hit.end;
  while (to < sentence.length && !isBreak(lexicon, sentence[to]!)) to++;
  return [from, to];
}

function isBreak(lexicon: Lexicon, token: Token): boolean {
  return (token.punct && token.norm !== "'") || lexicon.clauseBreaks.has(token.norm);
}

/**
 * Negation bound to the predicate: a negator counts only when it comes shortly before the concept,
 * in the same clause, with no new subject in between ("I'm not fine and I want to die" is not negated;
 * "I don't want to die" is). "can't stop thinking about it" turns it back.
 */
function isNegated(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  let flipped = false;
  if (lexicon.negationBarriers?.has(sentence[hit.start]!.norm)) return false;
  for (let i = hit.start - 1; i >= Math.max(0, hit.start - 6); i--) {
    const token = sentence[i]!;
    if (isBreak(lexicon, token) || lexicon.negationBarriers?.has(token.norm)) return false;
    if (lexicon.negationFlips.has(token.norm)) flipped = true;
    if (lexicon.negators.has(token.norm)) return !flipped;
    if (i < hit.start - 1 && lexicon.subjectPronouns.has(token.norm)) return false;
  }
  return false;
}

/** "my partner would never hurt me": a negator inside a match whose pattern does not ask for one, and no "stop" after it. */
function negatedInside(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  if (hit.negates) return false;
  let negated = false;
  for (let i = hit.start + 1; i < hit.end - 1; i++) {
    const word = sentence[i]!.norm;
    if (lexicon.negators.has(word)) negated = true;
    else if (negated && lexicon.negationFlips.has(word)) negated = false;
  }
  return negated;
}

function patternNegates(lexicon: Lexicon, pattern: CompiledPattern): boolean {
  return pattern.slots.some((slot) => [...lexicon.negators].some((word) => slot.words.has(word) || slot.phrases.some((phrase) => phrase.includes(word))));
}

function recentInClause(lexicon: Lexicon, sentence: Sentence, hit: Hit, recentAt: number[]): boolean {
  const [from, to] = clauseOf(lexicon, sentence, hit);
  return recentAt.some((at) => at >= from && at < to);
}

const SLANG_ALONE = 'slang-alone';

/** "should just kms", "gonna kms": the slang said with a modal before it, in its clause. */
function isMeant(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const [from] = clauseOf(lexicon, sentence, hit);
  for (let i = Math.max(from, hit.start - 3); i < hit.start; i++) if (lexicon.modals.has(sentence[i]!.norm)) return true;
  return false;
}

/** Who is harmed: the writer when the match names them ("hit me"), else a third person as the object right after it ("raped her"). */
function victimOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  if (involvesWriter(lexicon, sentence, hit)) return 'self';
  const next = sentence[hit.end];
  if (next === undefined || next.punct || next.pos !== 'PRON') return 'unsaid';
  if (lexicon.thirdPerson.has(next.norm) && !lexicon.subjectPronouns.has(next.norm)) return 'other';
  return lexicon.firstPerson.has(next.norm) ? 'self' : 'unsaid';
}

/** "you", "your" in the quoted clause around a hit: words said to the writer. */
function addressesReader(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const [from, to] = clauseOf(lexicon, sentence, hit);
  for (let i = from; i < to; i++) if (sentence[i]!.quoted && lexicon.secondPerson?.has(sentence[i]!.norm)) return true;
  return false;
}

function mentionsOther(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (lexicon.thirdPerson.has(sentence[i]!.norm)) return true;
  return false;
}

function involvesWriter(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (lexicon.firstPerson.has(sentence[i]!.norm)) return true;
  return false;
}

/** kms and its cousins, said after a spilled coffee with "lol": the slang alone, in a joking message. */
function isSlangOnly(sentence: Sentence, hit: Hit): boolean {
  return hit.end - hit.start === 1 && /^km[sn]/.test(sentence[hit.start]!.norm);
}

/** "had suicidal thoughts during the training video": chat leaves out "I"; the clause opens with its verb. */
function subjectLeftOut(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const [from] = clauseOf(lexicon, sentence, hit);
  const first = sentence[from];
  return first !== undefined && from < hit.start && (lexicon.subjectlessOpeners?.has(first.norm) ?? false);
}

/** A hint is someone else's when the nearest subject before it is another person; "texted him the passwords" is still mine. */
function hintIsOthers(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (lexicon.firstPerson.has(sentence[i]!.norm)) return false;
  const [from] = clauseOf(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const word = sentence[i]!.norm;
    if (lexicon.firstPerson.has(word)) return false;
    const possessive = sentence[i + 1]?.norm === "'s" || sentence[i + 1]?.norm === "'";
    if (lexicon.thirdPerson.has(word) && !objectPronouns.has(word) && !possessive) return true;
  }
  return false;
}

// "they're in envelopes in my car": they and them are as often things as people.
const objectPronouns = new Set(['him', 'her', 'them', 'his', 'their', 'hers', 'they']);

/**
 * Whose risk it is: words in the match ("myself" / "himself"), quotation by someone else, or the
 * nearest subject before it in the clause. With nobody named, the writer is speaking of themselves.
 */
function speakerOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  if (sentence[hit.start]!.quoted) return 'other';
  const inMatch = sentence.slice(hit.start, hit.end).map((token) => token.norm);
  if (inMatch.some((word) => lexicon.firstPerson.has(word))) return 'self';
  if (inMatch.some((word) => lexicon.thirdPossessive.has(word))) return 'other';
  const from = subjectClauseStart(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const token = sentence[i]!;
    const word = token.norm;
    // "she keeps telling me…", "she showed me…": the writer as the one addressed or shown is not the subject.
    if (lexicon.firstPerson.has(word) && i > 0 && isReportVerb(lexicon, sentence[i - 1]!)) continue;
    // "the guy i sponsor…", "a woman i support…": a relative clause; the person named before it is the subject.
    if (lexicon.firstPerson.has(word) && i > 0 && isPersonNoun(lexicon, sentence[i - 1]!)) return 'other';
    if (lexicon.firstPerson.has(word)) return 'self';
    if (lexicon.thirdPerson.has(word) || lexicon.thirdPerson.has(token.lemma)) return 'other';
  }
  return 'unsaid';
}

/**
 * The grammatical subject before a hit: the nearest person followed by its verb ("he had a plan",
 * "she has the gun"), so an object in between ("texted my mom goodbye") is not taken for it.
 */
function subjectOf(lexicon: Lexicon, sentence: Sentence, hit: Hit): 'self' | 'other' | 'unsaid' {
  const from = subjectClauseStart(lexicon, sentence, hit);
  for (let i = hit.start - 1; i >= from; i--) {
    const token = sentence[i]!;
    let k = i + 1;
    while (sentence[k]?.pos === 'ADV') k++;
    const verbAfter = sentence[k]?.pos === 'VERB' || sentence[k]?.pos === 'AUX';
    if (verbAfter && lexicon.firstPerson.has(token.norm)) return 'self';
    if (verbAfter && (lexicon.thirdPerson.has(token.norm) || lexicon.thirdPerson.has(token.lemma))) return 'other';
  }
  return 'unsaid';
}

/**
 * Where to look for a hit's subject: its clause, or, when the clause starts with a verb after "and"
 * ("he has the gun out and wants to say goodbye"), the clause before, whose subject it shares.
 */
function subjectClauseStart(lexicon: Lexicon, sentence: Sentence, hit: Hit): number {
  let [from] = clauseOf(lexicon, sentence, hit);
  for (;;) {
    let first = from;
    while (sentence[first]?.pos === 'ADV' && first < hit.end) first++;
    const verb = sentence[first]?.pos === 'VERB' || sentence[first]?.pos === 'AUX';
    if (!verb || from < 2 || !lexicon.clauseBreaks.has(sentence[from - 1]!.norm)) return from;
    from = clauseStart(lexicon, sentence, from - 1);
  }
}

function clauseStart(lexicon: Lexicon, sentence: Sentence, at: number): number {
  let from = at;
  while (from > 0 && !isBreak(lexicon, sentence[from - 1]!)) from--;
  return from;
}

function isReportVerb(lexicon: Lexicon, token: Token): boolean {
  return lexicon.reportVerbs.has(token.norm) || lexicon.reportVerbs.has(token.lemma);
}

function isPersonNoun(lexicon: Lexicon, token: Token): boolean {
  return lexicon.thirdPerson.has(token.norm) && (token.pos === 'NOUN' || token.pos === 'PROPN');
}
