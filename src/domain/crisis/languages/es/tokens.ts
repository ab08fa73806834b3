import { readDictated } from './dictated.js';
import { squeeze } from '../../normalize.js';
import { setQuoted, type Sentence, type Token } from '../../tokens.js';
import { inReportersPerson } from './reported-voice.js';
import { correctSpelling } from '../../typos.js';
import { splitClitics, verbForms } from './verbs.js';

/**
 * Spanish as it is typed in chat, turned into sentences of tokens without a language model:
 * chat spellings expanded ("q", "xq", "toy", "pa"), pronouns fixed to a verb moved before it
 * ("matarme" → "me matar"), verbs given their infinitive and person ("mato" → "matar", "matar.yo"),
 * and words misspelt by sound ("bida", "pastiyas", "aser", "oy") read as the screen's own word.
 */
// Andalusian and Caribbean "todo" without its d: "toas las pastillas", "toa la noche", "toos los dias" ("to" is below).
const todoWithoutD: Record<string, string> = { toa: 'toda', toas: 'todas', toos: 'todos' };

const chatSpellings: Record<string, string> = {
  ...todoWithoutD,
  q: 'que', m: 'me', k: 'que', ke: 'que', xq: 'porque', pq: 'porque', xk: 'porque', porq: 'porque', x: 'por', tb: 'tambien', tmb: 'tambien',
  toy: 'estoy', stoy: 'estoy', tas: 'estas', ta: 'esta', sta: 'esta', tamos: 'estamos', nose: 'no se', ps: 'pues', pos: 'pues', dsps: 'despues',
  bn: 'bien', ntp: 'no te preocupes', nadien: 'nadie', pa: 'para', pal: 'para el', na: 'nada', nd: 'nada', nda: 'nada', d: 'de',
  tngo: 'tengo', tng: 'tengo', kien: 'quien', dnd: 'donde', cmo: 'como', nunk: 'nunca', nunka: 'nunca', xfa: 'por favor', tqm: 'te quiero mucho',
  exx: 'ex', bf: 'novio', gf: 'novia', boyfriend: 'novio', girlfriend: 'novia', client: 'cliente',
  shift: 'turno', ready: 'listo', weekend: 'finde', finde: 'finde',
  // Spanglish: English words of risk inside Spanish chat.
  alive: 'vivo', gun: 'arma', pills: 'pastillas', note: 'nota', unalive: 'matarme', unalivear: 'matar', unalivearme: 'matarme', vivr: 'vivir', morirm: 'morirme',
  // Masked "suicidio" once the mask is undone: "s*icidio" → "sicidio", "s*1c1d10" → "s icidio".
  sicidio: 'suicidio', icidio: 'suicidio', suisidio: 'suicidio', voi: 'voy', pra: 'para', atengo: 'ya tengo',
  rope: 'soga', bridge: 'puente', overpass: 'puente', sewerslide: 'suicidio', suicide: 'suicidio', dog: 'perro', rn: 'ahorita', tonite: 'tonight',
  // Chat spellings of "quiero", "aquí", "acá", "planeado"; Caribbean "to" for "todo".
  keiro: 'quiero', kero: 'quiero', kiero: 'quiero', aki: 'aqui', aka: 'aca', planiado: 'planeado', planiao: 'planeado', to: 'todo', mnn: 'manana', mn: 'manana', notes: 'notas', qiero: 'quiero', burden: 'carga', stepdad: 'padrastro', landlord: 'casero', husband: 'esposo', wife: 'esposa',
};

/** Caribbean and Andalusian speech drops the d of "-ado": "cansao", "cargao", "decidio" (read only where "-ado" is a word the screen knows). */
const droppedD = (word: string, isKnown: (w: string) => boolean): string | undefined => {
  if (!/[a-z]{2}ao$/.test(word)) return undefined;
  const full = `${word.slice(0, -2)}ado`;
  return isKnown(full) ? full : undefined;
};

/** A key that sounds the same however it is spelt: b/v, c/s/z, ll/y, qu/k, silent h. */
export function soundKey(word: string): string {
  return word
    .replace(/ch/g, '#')
    .replace(/h/g, '')
    .replace(/qu/g, 'k')
    // "qiero", "qisiera": a q without its u sounds the same.
    .replace(/q/g, 'k')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/v/g, 'b')
    .replace(/ll/g, 'y')
    .replace(/y(?=$|[^aeiou])/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
}

const SEEN_LIMIT = 20_000;

export interface SpanishWords {
  /** Every word the patterns and context lists use: the only words a misspelling is read as. */
  known: ReadonlySet<string>;
  /** People who can be the subject of a verb: "novio", "ex", "cliente". */
  people: ReadonlySet<string>;
  /** Words that end a clause: "y", "pero". */
  clauseBreaks: ReadonlySet<string>;
}

/** A third person's words reported without quotation marks: "me dijo que …", "dice que …". */
const reportVerbs = new Set([
  ...'refiere refirio reporta reporto relata relato manifiesta manifesto expresa expreso verbaliza verbalizo dicho contado escrito mandado comentado confesado texteo dijo dice decia dicen dijeron conto cuenta contaba escribio escribe mando manda confeso comento aviso menciono admitio explico platico enseno mostro diciendo contando escribiendo'.split(' '),
  // English report verbs in a Spanish line: "mi cliente said que se quería morir", "mi primo me texted que ya no quiere vivir".
  ...'said says saying told tells texted texts wrote writes'.split(' '),
]);
const writerWords = new Set(['me', 'mi', 'mis', 'conmigo', 'yo', 'nos', 'nosotros', 'nosotras', 'mias', 'mios']);
const clitics = new Set(['me', 'te', 'se', 'le', 'lo', 'la', 'les', 'nos', 'no', 'ya', 'siempre', 'nunca']);

export function makeSentences(words: SpanishWords): (folded: string) => Sentence[] {
  const bySound = new Map<string, string>();
  for (const word of words.known) if (word.length >= 3 && !bySound.has(soundKey(word))) bySound.set(soundKey(word), word);
  const isKnown = (word: string) => words.known.has(word) || verbForms.has(word);

  const respell = (raw: string): string => {
    if (isKnown(raw) || /\d/.test(raw)) return raw;
    const withD = droppedD(raw, isKnown);
    if (withD !== undefined) return withD;
    const bySoundWord = raw.length >= 2 ? bySound.get(soundKey(raw)) : undefined;
    return bySoundWord ?? raw;
  };

  // Words repeat across messages: each spelling is read once, and its tokens, frozen, are shared after that
  // (a step that changes a token puts a changed copy in its place; quotation swaps in a twin: tokens.ts setQuoted).
  const seen = new Map<string, readonly Token[]>();
  const tokensOf = (raw: string, punct: boolean): readonly Token[] => {
    if (punct) return (punctuation[raw] ??= [Object.freeze({ norm: raw, lemma: raw, pos: 'PUNCT', forms: [raw], quoted: false, punct })]);
    let read = seen.get(raw);
    if (read === undefined) {
      const expanded = (chatSpellings[raw] ?? respell(raw)).split(' ');
      read = expanded.flatMap((word) => (splitClitics(word) ?? [word]).map(wordToken)).map((token) => Object.freeze(token));
      if (seen.size >= SEEN_LIMIT) seen.clear();
      seen.set(raw, read);
    }
    return read;
  };
  const punctuation: Record<string, readonly Token[]> = {};
  return (folded) => {
    const result: Sentence[] = [];
    for (const part of readDictated(folded).replace(titleStops, '$1').split(/[.!?¿¡;\n]+|\s-\s/)) {
      const sentence: Token[] = [];
      for (const raw of part.match(/[a-z0-9]+|["',:]|\p{Extended_Pictographic}/gu) ?? []) for (const token of tokensOf(raw, /^["',:]$/.test(raw))) sentence.push(token);
      if (sentence.length === 0) continue;
      settlePersons(sentence, words);
      readKnowing(sentence);
      readConditions(sentence);
      readDenials(sentence);
      readSeriousNo(sentence);
      readAccidents(sentence);
      markReported(sentence);
      markToldUnmarked(sentence);
      markDoneToWriter(sentence);
      result.push(sentence);
    }
    return result;
  };
}

/** A title's full stop ("la sra. lópez dijo …", "el dr. ruiz") ends no sentence: the title stays with its name. */
const titleStops = /\b(srta|sra|sr|dra|dr)\.(?=\s)/g;

/** Nouns of a trip, tagged so a denied one reads as a cover story ("no es un viaje"), as read.ts does for English. */
const tripNouns = new Set(['viaje', 'viajes', 'paseo', 'vacaciones', 'gira', 'mudanza']);

function wordToken(norm: string): Token {
  const forms = [norm];
  const verb = verbForms.get(norm);
  if (verb !== undefined) {
    if (verb.lemma !== norm) forms.push(verb.lemma);
    forms.push(...verb.persons);
  }
  const squeezed = squeeze(norm);
  if (squeezed !== norm) forms.push(squeezed);
  const corrected = correctSpelling(norm);
  if (corrected !== null) forms.push(corrected);
  return { norm, lemma: verb?.lemma ?? norm, pos: verb !== undefined ? 'VERB' : tripNouns.has(norm) ? 'NOUN' : 'X', forms, quoted: false, punct: false };
}

/**
 * "mato" is both "I kill" and "he killed" once accents are gone: with someone else named as the
 * subject earlier in the clause ("mi novio me golpeo"), the first-person reading is dropped.
 */
function settlePersons(sentence: Sentence, words: SpanishWords): void {
  let someoneElse = false;
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    const before = sentence[i - 1]?.norm;
    if (token.punct || (words.clauseBreaks.has(token.norm) && token.norm !== 'y') || token.norm === 'yo') someoneElse = false;
    else if (token.norm === 'ella' || (token.norm === 'el' && startsPredicate(sentence[i + 1]))) {
      // "el me pego" is "he"; "el examen me mato" is "the", read by the determiners below.
      if (startsPredicate(sentence[i + 1])) someoneElse = true;
      // "tengo las gillette": a noun right after a verb is its object, not a new subject.
    } else if (objectPronouns.has(token.norm) && (clitics.has(before ?? '') || sentence[i + 1]?.pos === 'VERB')) {
      // "me las tomo todas", "se lo trago": a pronoun before its verb, not "the" before a new subject.
    } else if (determiners.has(token.norm) && !prepositions.has(before ?? '') && !timeWords.has(sentence[i + 1]?.norm ?? '') && sentence[i - 1]?.pos !== 'VERB') someoneElse = true;
    // "si me regresan con mi papa me mato": a person after a preposition is no subject.
    else if (words.people.has(token.norm) && determiners.has(before ?? '') && !prepositions.has(sentence[i - 2]?.norm ?? '')) someoneElse = true;
    else if (token.pos === 'VERB' && (before === 'la' || before === 'el') && nounBefore(sentence, i)) asNoun(sentence, i);
    else if (token.pos === 'VERB' && (someoneElse || subjectAfter(sentence, i))) dropFirstPerson(sentence, i);
  }
}

/** "de la pega", "en la chamba": after a preposition and "la", a verb's spelling is a noun (Chile's "la pega" is the job). */
/** "la pega está fome": opening the sentence and followed by "está", it is the subject ("la mata esta noche" stays a verb). */
const nounPrepositions = new Set('de del en a al con por para sin desde hasta'.split(' '));
const copulas = new Set('esta estuvo estaba es fue era anda'.split(' '));
function nounBefore(sentence: Sentence, at: number): boolean {
  // "pensar en usarla" is read "en la usar": a pronoun moved before an infinitive or a gerund, not "the".
  if (sentence[at]!.forms.some((form) => form.endsWith('.nf'))) return false;
  if (nounPrepositions.has(sentence[at - 2]?.norm ?? '')) return true;
  return at === 1 && copulas.has(sentence[at + 1]?.norm ?? '') && !timeWords.has(sentence[at + 2]?.norm ?? '');
}
function asNoun(sentence: Sentence, at: number): void {
  const token = sentence[at]!;
  sentence[at] = { ...token, lemma: token.norm, pos: 'NOUN', forms: [token.norm] };
}

const startsPredicate = (next: Token | undefined) => next !== undefined && (clitics.has(next.norm) || next.pos === 'VERB');

const objectPronouns = new Set('la las lo los'.split(' '));
const determiners = new Set('el la los las un una unos unas ese esa esos esas este esta estos estas mi mis tu tus su sus'.split(' '));
const prepositions = new Set('a al con de del en por para sin desde hasta que'.split(' '));
const timeWords = new Set('noche manana tarde semana vez dia dias finde fin lunes martes miercoles jueves viernes sabado domingo mes ano neta verdad'.split(' '));

/** What one does to oneself: "me corto las venas", "me tomo las pastillas", "me quito la vida". */
const ownThings = new Set('vida venas vena brazo brazos muneca munecas pierna piernas piel cabeza cuello mano manos dedos cara pelo cabello unas pastillas pastilla pastis clonas medicinas pildoras panza estomago muslos'.split(' '));

/** "me mato el calor", "me mato un creeper": a noun after the verb is its subject. */
function subjectAfter(sentence: Sentence, i: number): boolean {
  const next = sentence[i + 1]?.norm ?? '';
  const noun = sentence[i + 2]?.norm ?? '';
  return determiners.has(next) && next !== 'mi' && next !== 'mis' && !timeWords.has(noun) && !ownThings.has(noun);
}

/** Keeps only the third-person reading of a verb that could be either. */
function dropFirstPerson(sentence: Sentence, at: number): void {
  const token = sentence[at]!;
  if (token.forms.some((form) => form.endsWith('.yo')) && token.forms.some((form) => form.endsWith('.el'))) sentence[at] = { ...token, forms: token.forms.filter((form) => !form.endsWith('.yo')) };
}

/** "mi cliente me dijo que ya no quiere vivir": what follows is someone else's words, unless it is about the writer. */
function markReported(sentence: Sentence): void {
  for (let i = 0; i + 1 < sentence.length; i++) {
    if (!reportVerbs.has(sentence[i]!.norm)) continue;
    // "dice que", "me ha dicho que", "le dijo a todos que", "me dijo hoy que": "que" within three words, in the clause.
    let that = -1;
    for (let j = i + 1; j <= i + REPORT_REACH && j < sentence.length && !sentence[j]!.punct; j++) if (sentence[j]!.norm === 'que') {
      that = j;
      break;
    }
    if (that < 0) continue;
    // The reported words run to the end of their clause: "dice q ya no quiere vivir desde q murio mi papa".
    let end = that + 1;
    // "...y que tiene guardadas las pastillas": "y que" carries the reported words on.
    // "...desde que murio mi mama" ends them: only "y que" / "o que" carry them on.
    // "me dijo que ya no aguanta, que mejor estar muerto": a comma before another "que" carries them on too, unless a condition
    // opens after it ("me dijo que ya lo decidió, que si lo denuncio se lleva a los niños" is a threat to the writer).
    const carriedOn = (at: number) => (carryOn.has(sentence[at]!.norm) || (sentence[at]!.norm === ',' && sentence[at + 2]?.norm !== 'si')) && sentence[at + 1]?.norm === 'que';
    while (end < sentence.length && (carriedOn(end) || (!sentence[end]!.punct && !reportedEnds.has(sentence[end]!.norm)))) end++;
    const rest = sentence.slice(that + 1, end);
    if (rest.some((token) => writerWords.has(token.norm))) return;
    // Read in the reporter's person too ("dice que prefiere morir" as "prefiero morir"), still marked as someone else's words.
    for (let k = that + 1; k < end; k++) {
      setQuoted(sentence, k, true);
      sentence[k] = inReportersPerson(sentence[k]!);
    }
    return;
  }
}

/**
 * "el joven me dijo si me sacan del programa me mato", "me dice ya no quiero estar aqui": someone else's words told to the
 * writer with no "que" and no quotation marks keep their own first person, and are theirs to the end of the clause. A
 * "yo" or a "pero" hands the clause back to the writer ("me dijo ya vete a dormir pero yo quiero morirme" stays mine).
 */
function markToldUnmarked(sentence: Sentence): void {
  for (let i = 1; i + 1 < sentence.length; i++) {
    if (!toldVerbs.has(sentence[i]!.norm) || !toldTo.has(sentence[i - 1]!.norm)) continue;
    let from = i + 1;
    while (from < sentence.length && toldHow.has(sentence[from]!.norm)) from++;
    const first = sentence[from];
    if (first === undefined || first.quoted || !saidOpeners.has(first.norm)) return;
    for (let k = from; k < sentence.length && !sentence[k]!.punct && !handedBack.has(sentence[k]!.norm); k++) setQuoted(sentence, k, true);
    return;
  }
}

/** Said by someone else (third person), to the writer or to someone: "me dijo", "le dice", "nos escribio". */
const toldVerbs = new Set('dijo dice decia escribio conto'.split(' '));
/**
 * How a first-person sentence said aloud opens: "si me sacan...", "ya no quiero...", "estoy cansada...". A name called
 * or a habit told ("me dice inutil", "me dice a cada rato que...") opens otherwise and stays harm to the writer.
 */
const saidOpeners = new Set('si ya no quiero estoy voy me prefiero mejor tengo gracias perdon nadie'.split(' '));
const toldTo = new Set(['me', 'le', 'nos']);
/** How or when it was said, between the verb and the words: "me dijo hoy llorando ...". */
const toldHow = new Set('hoy ayer anoche textual llorando riendo bajito asi tal cual'.split(' '));
const handedBack = new Set(['yo', 'pero']);

const carryOn = new Set(['y', 'o']);
const REPORT_REACH = 4;
const reportedEnds = new Set('y pero porque aunque pues entonces sino desde cuando'.split(' '));

const threatWords = new Set(['amenaza', 'amenazas', 'miedo', 'terror', 'panico']);

/**
 * "me amenazo con matarme", "tengo miedo de que me mate": the killing is someone else's threat
 * against the writer, not the writer's own wish; it is read as someone else's words so the threat wins.
 */
function markDoneToWriter(sentence: Sentence): void {
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (!threatWords.has(token.norm) && token.lemma !== 'amenazar') continue;
    for (let j = i + 1; j < Math.min(sentence.length, i + 5); j++) {
      if (sentence[j]!.norm !== 'me') continue;
      for (let k = j; k < Math.min(sentence.length, j + 3); k++) setQuoted(sentence, k, true);
      break;
    }
  }
}

const questionWords = new Set('como cuando donde que si nada cual quien porque para pa cuanto cuanta cuantas cuantos'.split(' '));

/**
 * "ya se como", "no se que hacer", "no se ni pa que respiro": folded, "sé" (I know) is written like "se" (oneself); it is
 * the writer's ("no se ni mueve" is not: "ni" counts only before a question word).
 */
function readKnowing(sentence: Sentence): void {
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (token.norm !== 'se') continue;
    const before = sentence[i - 1]?.norm ?? '';
    const after = sentence[i + 1];
    const evenAsking = after?.norm === 'ni' && questionWords.has(sentence[i + 2]?.norm ?? '');
    const knowing = before === 'yo' || evenAsking || (after !== undefined && questionWords.has(after.norm)) || ((before === 'no' || before === 'ni') && (after === undefined || after.punct));
    if (knowing) sentence[i] = { ...token, norm: 'yo-se', lemma: 'saber', forms: ['se', 'saber', 'saber.yo'] };
  }
}

/**
 * "si no regreso con el se va a llevar a mi hija": the "no" of a condition negates the condition,
 * not what follows it, so it keeps its spelling for patterns but is no negator.
 */
function readConditions(sentence: Sentence): void {
  for (let i = 1; i < sentence.length; i++) {
    if (sentence[i]!.norm === 'no' && sentence[i - 1]!.norm === 'si') sentence[i] = { ...sentence[i]!, norm: 'si-no', forms: ['no'] };
  }
}

/**
 * "no es que quiera morirme, solo estoy harto del tráfico": "no es que" denies what follows it, across the "que" that would
 * otherwise open a new clause. The "que" becomes the negator; patterns that spell "que" still read it.
 */
function readDenials(sentence: Sentence): void {
  for (let i = 2; i < sentence.length; i++) {
    if (sentence[i]!.norm === 'que' && sentence[i - 1]!.norm === 'es' && sentence[i - 2]!.norm === 'no') sentence[i] = { ...sentence[i]!, norm: 'no-es-que', forms: ['que'] };
  }
}

/**
 * "…me tiro al mar jajaja broma, pero en serio q no", "neta que no": "seriously, no" closing a sentence says no to the nuisance
 * (another 8 am meeting), not that the sigh was meant; its "serio" / "neta" / "verdad" is respelled so the `serious` frame does not
 * read it. "pero en serio que no puedo más" goes on past the "no" and stays serious.
 */
function readSeriousNo(sentence: Sentence): void {
  for (let i = 0; i + 2 < sentence.length; i++) {
    const word = sentence[i]!.norm;
    if (!seriousWords.has(word) || sentence[i + 1]!.norm !== 'que' || sentence[i + 2]!.norm !== 'no') continue;
    const next = sentence[i + 3];
    if (next !== undefined && !next.punct) continue;
    sentence[i] = { ...sentence[i]!, norm: `${word}-que-no`, forms: [`${word}-que-no`] };
  }
}
const seriousWords = new Set(['serio', 'enserio', 'neta', 'verdad']);

/** "se me pego la gripa", "se me murio el celular": "se me" + verb tells what happened to the writer, not who did it. */
function readAccidents(sentence: Sentence): void {
  for (let i = 2; i < sentence.length; i++) {
    if (sentence[i - 1]!.norm !== 'me' || sentence[i - 2]!.norm !== 'se' || sentence[i]!.pos !== 'VERB') continue;
    sentence[i] = { ...sentence[i]!, forms: sentence[i]!.forms.filter((form) => !/\.(yo|el|nf)$/.test(form)) };
  }
}
