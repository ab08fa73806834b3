import { hints, type HintKind } from './concepts.js';
import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * A message of bare fragments ("car running. garage. sorry", "adiós. es hoy.", "its done / took them") says in pieces what
 * one sentence would: each piece is harmless alone, and the patterns never reach across sentences. When every piece is
 * short and every piece carries a sign (a hint the patterns found in it, or a piece that is a sign only when it
 * stands bare: "the bridge", "took them", "decided", "es hoy"), the signs compose across the pieces as if one sentence.
 * A piece that names anything else ("pizza", "shipped it", "a las 8 en el parque") is an everyday message in fragments.
 */

/** At most this many words in a piece, and in the whole message. */
const PIECE_WORDS = 5;
const MESSAGE_WORDS = 14;

/** Punctuation that cuts a sentence into pieces as a full stop would ("took them / love you all"). */
const cuts: ReadonlySet<string> = new Set(['/', '|', '-', '–', '—', ';', '...', '…']);

/** What a bare piece says: a hint kind, or `day`, a time that refers back to an unnamed event ("es hoy", "it's tonight"). */
type PieceKind = HintKind | 'day' | 'plan' | 'where' | 'now';

/** The hint concept each kind of bare piece stands for, whose `becomes` it adds when the pieces are urgent. */
const BARE: Record<string, { concept: string; kind: PieceKind }> = {
  place: { concept: 'place', kind: 'where' },
  taken: { concept: 'taken-hint', kind: 'act' },
  present: { concept: 'present', kind: 'act' },
  plan: { concept: 'plan-talk', kind: 'plan' },
  gone: { concept: 'absence', kind: 'absence' },
  forever: { concept: 'finality', kind: 'final' },
  afraid: { concept: 'low-mood', kind: 'weak' },
  means: { concept: 'means-hint', kind: 'act' },
  goodbye: { concept: 'goodbye-hint', kind: 'weak' },
  sealed: { concept: 'preparation-hint', kind: 'settle' },
  time: { concept: 'timing', kind: 'time' },
  day: { concept: 'timing', kind: 'day' },
};

/** What a language file gives for fragments (languages/<language>/fragment-words.ts). */
export interface FragmentWords {
  /** Whole pieces, as their words read after folding and expansion, that are a sign only when they stand bare. */
  pieces: Record<keyof typeof BARE, readonly string[]>;
  /** Words a piece may hold beside the words of its signs and still be bare ("i am ready", "at the bridge now"). */
  glue: ReadonlySet<string>;
  /** Days and parts of the day that may open a piece before what it says ("sunday morning before anyone's up"). */
  leadingTimes: ReadonlySet<string>;
  /** Words of this very moment, which make a bare place urgent beside them ("tracks. now"). */
  now: ReadonlySet<string>;
}

type PieceIndex = Map<string, { concept: string; kind: PieceKind }>;
const pieceIndexes = new WeakMap<FragmentWords, PieceIndex>();

function pieceIndexOf(words: FragmentWords): PieceIndex {
  let index = pieceIndexes.get(words);
  if (index === undefined) {
    index = new Map();
    for (const [kind, pieces] of Object.entries(words.pieces)) for (const piece of pieces) index.set(piece, BARE[kind]!);
    pieceIndexes.set(words, index);
  }
  return index;
}

/** The pieces of a message: its sentences cut at slashes and dashes, as token ranges. */
interface Piece {
  sentence: number;
  from: number;
  to: number;
  words: string[];
  /** Where each word stands in its sentence. */
  at: number[];
  asked?: boolean;
}

function piecesOf(sentences: readonly Sentence[]): Piece[] | null {
  const pieces: Piece[] = [];
  let total = 0;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    let piece: Piece = { sentence: index, from: 0, to: 0, words: [], at: [] };
    for (let at = 0; at <= sentence.length; at++) {
      const token = sentence[at];
      if (token === undefined || (token.punct && cuts.has(token.norm))) {
        piece.to = at;
        if (piece.words.length > 0) pieces.push(piece);
        piece = { sentence: index, from: at + 1, to: at + 1, words: [], at: [] };
        continue;
      }
      // "decided. tonight?": a piece asked is no sign, so the message is a question about a plan.
      if (token.punct && token.norm.includes('?')) piece.asked = true;
      if (token.punct) continue;
      piece.words.push(token.norm);
      piece.at.push(at);
      if (piece.words.length > PIECE_WORDS || ++total > MESSAGE_WORDS) return null;
    }
  }
  return pieces.length >= 2 ? pieces : null;
}

/**
 * The hint concepts a message of bare fragments says across its pieces, or nothing when it is no such message or its
 * signs are not urgent together: an act (a place, a thing taken, a means ready) beside any other piece's sign; a plan or a
 * goodbye beside a time that refers back ("adiós. es hoy.", "decided. tonight after everyone's asleep"); two such beside a
 * plain time ("ya. hoy. perdón"). A piece that is only a clock time names a meeting ("tonight. the bridge. 8pm").
 */
export function fragmentHints(words: FragmentWords | undefined, sentences: readonly Sentence[], perSentence: readonly Hit[][]): string[] {
  if (sentences.length < 2 && !sentences.some((sentence) => sentence.some((token) => token.punct && cuts.has(token.norm)))) return [];
  if (words === undefined) return [];
  const pieces = piecesOf(sentences);
  if (pieces === null) return [];
  const index = pieceIndexOf(words);
  const concepts: string[] = [];
  const kinds: Set<PieceKind>[] = [];
  for (const piece of pieces) {
    if (piece.asked) return [];
    const here = new Set<PieceKind>();
    const bare = bareAt(index, words, piece.words);
    if (bare !== undefined) {
      here.add(bare.kind);
      concepts.push(bare.concept);
    }
    const found = signsFound(piece, words, perSentence[piece.sentence]!, bare === undefined);
    for (const concept of found) {
      here.add(concept === 'place' ? 'where' : hints[concept]!.kind);
      concepts.push(concept);
    }
    if (here.size > 0 && (found.includes('present') || piece.words.some((word) => words.now.has(word)))) here.add('now');
    // "ok. pills counted. door locked": a piece of glue alone ("ok", "so") that carries no sign says nothing, and is passed over.
    if (here.size === 0 && piece.words.every((word) => words.glue.has(word))) continue;
    if (here.size === 0) return [];
    kinds.push(here);
  }
  return piecesAreUrgent(kinds) ? [...new Set(concepts)] : [];
}

/**
 * The hints the patterns found in a piece, counted only when they are the piece ("at the bridge now", not "the fishing is
 * slow today", where the time is a detail of another topic). Beside a bare sign they count as they are; a time alone in a
 * piece with a clock names a meeting.
 */
function signsFound(piece: Piece, words: FragmentWords, hits: readonly Hit[], alone: boolean): string[] {
  const found: string[] = [];
  const covered = new Set<number>();
  for (const hit of hits) {
    if (hit.start < piece.from || hit.end > piece.to || !(hit.concept in hints)) continue;
    found.push(hit.concept);
    for (let at = hit.start; at < hit.end; at++) covered.add(at);
  }
  if (!alone || found.length === 0) return found;
  if (piece.at.some((at, word) => !covered.has(at) && !words.glue.has(piece.words[word]!))) return [];
  if (found.every((concept) => hints[concept]!.kind === 'time') && piece.words.some((word) => /\d/.test(word))) return [];
  return found;
}

/** The bare sign a piece is, whole or after a day that opens it (up to two words). */
function bareAt(index: PieceIndex, language: FragmentWords, words: readonly string[]) {
  for (let skip = 0; skip <= 2 && skip < words.length; skip++) {
    if (skip > 0 && !language.leadingTimes.has(words[skip - 1]!)) return undefined;
    const bare = index.get(words.slice(skip).join(' '));
    if (bare !== undefined && (skip === 0 || bare.kind === 'day')) return bare;
  }
  return undefined;
}

const strong: ReadonlySet<PieceKind> = new Set(['act', 'final', 'last']);
const timeKinds: ReadonlySet<PieceKind> = new Set(['time', 'day', 'now']);

function piecesAreUrgent(kinds: readonly Set<PieceKind>[]): boolean {
  const count = (test: (kind: PieceKind) => boolean) => kinds.filter((here) => [...here].some(test)).length;
  if (count((kind) => strong.has(kind)) >= 1) return true;
  // "the bridge. tonight. its ok", "tracks. now": a place beside another sign or the very moment; "the lake. tomorrow" is a meeting.
  if (count((kind) => kind === 'where') >= 1 && (count((kind) => kind === 'now') >= 1 || kinds.filter((here) => [...here].some((kind) => kind !== 'where' && !timeKinds.has(kind))).length >= 1)) return true;
  // "not coming home tonight. sorry": an absence with its own time is a night out.
  const absent = kinds.filter((here) => here.has('absence') && !here.has('time') && !here.has('day')).length;
  const plans = count((kind) => kind === 'plan');
  const weak = count((kind) => kind === 'weak') + plans;
  const days = count((kind) => kind === 'day');
  const times = count((kind) => kind === 'time' || kind === 'day');
  // "not coming home. sorry": absence beside any sign but a time; "decided. tonight": a plan made, beside its time.
  if (absent >= 1 && kinds.some((here) => [...here].some((kind) => !timeKinds.has(kind) && kind !== 'absence'))) return true;
  return (plans >= 1 && times >= 1) || (weak >= 1 && days >= 1) || (weak >= 2 && times >= 1) || (count((kind) => kind === 'settle') >= 1 && weak >= 1 && times >= 1);
}
