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

/** Whole pieces, as their words read after folding and expansion, that are a sign only when they stand bare. */
const barePieces: Record<'en' | 'es', Record<keyof typeof BARE, string[]>> = {
  en: {
    place: ['bridge', 'roof', 'rooftop', 'ledge', 'tracks', 'train tracks', 'overpass', 'cliff', 'garage', 'river', 'the lake', 'parking garage', 'top floor'].flatMap((place) => [place, `the ${place}`, `on the ${place}`, `at the ${place}`, `in the ${place}`]),
    taken: ['took them', 'took them all', 'took it all', 'took all of them', 'took everything', 'took the pills', 'swallowed them', 'swallowed them all', 'swallowed everything', 'swallowed it all', 'all of them', 'pills in', 'pills taken', 'bottle empty', 'bottle is empty', 'whole bottle', 'the whole bottle', 'i took them', 'i took them all', 'i took it', 'i swallowed it', 'already took them', 'i did it', 'did it'],
    present: ['car running', 'engine running', 'motor running', 'engine on', 'rope is up', 'rope up', 'rope ready', 'noose ready', 'knot tied', 'gun loaded', 'it is loaded', 'blade ready', 'looking down', 'standing on the edge', 'on the edge', 'jumping', 'jumping now', 'going in', 'going over', 'going under', 'in the water', 'already in the water'],
    plan: ['decided', 'it is decided', 'already decided', 'i decided', 'i have decided', 'i am decided', 'mind made up', 'made up my mind', 'no turning back'],
    gone: ['not coming home', 'not coming back', 'i am not coming back', 'i am not coming home', 'will not be back', 'no coming back'],
    forever: ['forever', 'for good', 'for real this time', 'this time for real'],
    afraid: ['i am scared', 'scared', 'so scared'],
    means: ['pills', 'the pills', 'my pills', 'rope', 'the rope', 'the gun', 'the knife', 'the blade', 'razor', 'the razor', 'noose'],
    goodbye: ['sorry', 'i am sorry', 'so sorry', 'goodbye', 'bye', 'love you all', 'i love you all', 'it is done', 'it is time', 'time to go', 'done with everything', 'done with it all', 'forgive me', 'it is ok', 'it is okay', 'it is fine', 'do not cry', 'do not worry', 'tell her i tried', 'tell him i tried', 'tell them i tried', 'tell mom i love her', 'tell my mom i love her', 'thank you for everything', 'thanks for everything', 'take care of mom', 'take care of my dog', 'not your fault', 'it is not your fault'],
    sealed: ['door locked', 'doors locked', 'door is locked', 'note written', 'note is written', 'note left', 'letters written', 'phone off', 'everything paid', 'bills paid', 'affairs in order', 'will signed'],
    time: ['tonight', 'today', 'now', 'right now', 'rn', 'tn', 'tomorrow', 'this morning', 'midnight'],
    day: ['before anyone is up', 'before everyone wakes up', 'before anyone wakes up', 'at dawn', 'it is tonight', 'it is today', 'tonight is the night', 'today is the day', 'tonight it is', 'today it is', 'it is now', 'it is happening', 'after everyone is asleep', 'when everyone is asleep', 'tonight after everyone is asleep', 'when they are asleep', 'after they fall asleep', 'after the kids sleep', 'tonight after the kids sleep'],
  },
  es: {
    place: ['puente', 'el puente', 'la azotea', 'azotea', 'el techo', 'las vias', 'la via', 'la cochera', 'el garaje', 'el rio', 'el barranco', 'el acantilado', 'el balcon', 'el ultimo piso'].flatMap((place) => [place, `en ${place}`, `desde ${place}`]),
    taken: ['me las tome', 'ya me las tome', 'las tome', 'ya las tome', 'me las tome todas', 'tome todas', 'todas', 'trague todo', 'ya trague todo', 'me lo tome', 'me lo tome todo', 'me tome todo', 'ya me tome todo', 'el frasco entero', 'todo el frasco', 'pastillas adentro', 'ya lo hice', 'lo hice'],
    present: ['el carro encendido', 'el motor encendido', 'carro prendido', 'el carro prendido', 'motor prendido', 'la soga lista', 'la cuerda lista', 'la soga puesta', 'el nudo hecho', 'la pistola cargada', 'cargada', 'mirando abajo', 'en la orilla', 'en el borde'],
    plan: ['decidido', 'ya decidi', 'ya esta decidido', 'esta decidido', 'lo decidi', 'ya no hay vuelta atras', 'no hay vuelta atras'],
    gone: ['ya no bajo', 'no bajo', 'no vuelvo', 'ya no vuelvo', 'no voy a volver', 'ya no regreso', 'no regreso'],
    forever: ['para siempre', 'ahora si para siempre'],
    afraid: ['tengo miedo', 'miedo'],
    means: ['pastillas', 'las pastillas', 'mis pastillas', 'la soga', 'la cuerda', 'la pistola', 'el cuchillo', 'la navaja', 'veneno', 'el veneno'],
    goodbye: ['ya', 'ya esta', 'es la hora', 'ya es hora', 'me voy', 'ya me voy', 'adios', 'perdon', 'perdoname', 'perdonenme', 'perdonen', 'lo siento', 'los quiero', 'los amo', 'los quiero mucho', 'gracias por todo', 'no lloren', 'no es su culpa', 'no es tu culpa', 'cuiden a mi mama', 'cuiden a mi perro', 'estoy bien', 'esta bien'],
    sealed: ['puerta cerrada', 'la puerta cerrada', 'puerta con llave', 'la carta escrita', 'carta escrita', 'cartas escritas', 'todo pagado', 'todo arreglado', 'todo en orden', 'telefono apagado'],
    time: ['hoy', 'esta noche', 'ahora', 'ahorita', 'manana', 'ya mismo', 'hoy mismo', 'madrugada'],
    day: ['antes de que despierten', 'al amanecer', 'es hoy', 'hoy es', 'hoy es el dia', 'es esta noche', 'esta noche es', 'hoy si', 'hoy si es', 'ahora si', 'cuando se duerman', 'cuando todos duerman', 'cuando todos se duerman', 'cuando se duerman todos', 'esta noche cuando se duerman'],
  },
};

const pieceIndex = new Map<string, Map<string, { concept: string; kind: PieceKind }>>();
for (const [language, table] of Object.entries(barePieces)) {
  const index = new Map<string, { concept: string; kind: PieceKind }>();
  for (const [kind, pieces] of Object.entries(table)) for (const piece of pieces) index.set(piece, BARE[kind]!);
  pieceIndex.set(language, index);
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
export function fragmentHints(language: string, sentences: readonly Sentence[], perSentence: readonly Hit[][]): string[] {
  if (sentences.length < 2 && !sentences.some((sentence) => sentence.some((token) => token.punct && cuts.has(token.norm)))) return [];
  const pieces = piecesOf(sentences);
  const index = pieceIndex.get(language);
  if (pieces === null || index === undefined) return [];
  const concepts: string[] = [];
  const kinds: Set<PieceKind>[] = [];
  for (const piece of pieces) {
    if (piece.asked) return [];
    const here = new Set<PieceKind>();
    const bare = bareAt(index, piece.words);
    if (bare !== undefined) {
      here.add(bare.kind);
      concepts.push(bare.concept);
    }
    const found = signsFound(piece, perSentence[piece.sentence]!, bare === undefined);
    for (const concept of found) {
      here.add(concept === 'place' ? 'where' : hints[concept]!.kind);
      concepts.push(concept);
    }
    if (here.size > 0 && (found.includes('present') || piece.words.some((word) => nowWords.has(word)))) here.add('now');
    if (here.size === 0) return [];
    kinds.push(here);
  }
  return piecesAreUrgent(kinds) ? [...new Set(concepts)] : [];
}

/** Words a piece may hold beside the words of its signs and still be bare ("i am ready", "at the bridge now"). */
const glue: ReadonlySet<string> = new Set(['i', 'am', 'is', 'are', 'it', 'the', 'a', 'an', 'my', 'me', 'you', 'so', 'just', 'now', 'already', 'all', 'this', 'that', 'and', 'to', 'of', 'at', 'on', 'in', 'here', 'la', 'el', 'los', 'las', 'lo', 'ya', 'mi', 'mis', 'de', 'en', 'y', 'aqui', 'estoy', 'es', 'esta']);

/**
 * The hints the patterns found in a piece, counted only when they are the piece ("at the bridge now", not "the fishing is
 * slow today", where the time is a detail of another topic). Beside a bare sign they count as they are; a time alone in a
 * piece with a clock names a meeting.
 */
function signsFound(piece: Piece, hits: readonly Hit[], alone: boolean): string[] {
  const found: string[] = [];
  const covered = new Set<number>();
  for (const hit of hits) {
    if (hit.start < piece.from || hit.end > piece.to || !(hit.concept in hints)) continue;
    found.push(hit.concept);
    for (let at = hit.start; at < hit.end; at++) covered.add(at);
  }
  if (!alone || found.length === 0) return found;
  if (piece.at.some((at, word) => !covered.has(at) && !glue.has(piece.words[word]!))) return [];
  if (found.every((concept) => hints[concept]!.kind === 'time') && piece.words.some((word) => /\d/.test(word))) return [];
  return found;
}

/** Days and parts of the day that may open a piece before what it says ("sunday morning before anyone's up"). */
const leadingTimes: ReadonlySet<string> = new Set(['tonight', 'today', 'tomorrow', 'morning', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'hoy', 'manana', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'temprano']);

/** The bare sign a piece is, whole or after a day that opens it (up to two words). */
function bareAt(index: Map<string, { concept: string; kind: PieceKind }>, words: readonly string[]) {
  for (let skip = 0; skip <= 2 && skip < words.length; skip++) {
    if (skip > 0 && !leadingTimes.has(words[skip - 1]!)) return undefined;
    const bare = index.get(words.slice(skip).join(' '));
    if (bare !== undefined && (skip === 0 || bare.kind === 'day')) return bare;
  }
  return undefined;
}

/** Words of this very moment, which make a bare place urgent beside them ("tracks. now"). */
const nowWords: ReadonlySet<string> = new Set(['now', 'rn', 'ahora', 'ahorita']);

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
