import type { Token } from './tokens.js';

/**
 * A concept pattern, written as words in a small notation over normalised tokens and lemmas:
 * - `kill|end` one of these words (a word matches a token's spelling, its lemma, or its squeezed form);
 * - `be+alive` several words in a row, as one alternative (`want to live|be+alive`);
 * - `suicid*` any word starting so;
 * - `really?` an optional word; `_` up to three words of anything; `__` up to six;
 * - `@self` a named word list from the language file (e.g. myself, my self, meself);
 * - `,?` a comma may stand here: the only way a pattern reads across punctuation. Gaps stop at any mark, so a means and
 *   its count ("took my dads pills, all of them") join only where a pattern names the comma between them, and unrelated
 *   clauses never do ("bought milk, eggs, all of it" has no means before its comma); `:?` a colon, the same way
 *   ("el plan de esta noche: pizza").
 * - `%?` a per cent sign may stand here, the same way ("battery at 1% and i dont mean my phone").
 * - `"?`, `'?` a quotation mark may stand here, the same way: words quoted inside a report ('said he took "all of them"').
 * - `-?` a hyphen may stand here, the same way: a word written with one ("on-call", read as "on - call").
 * - `#?` a number sign may stand here, the same way: a count written with one ("reversal #4 today").
 * Patterns are matched inside one sentence; each start costs at most a bounded amount of work,
 * so matching stays linear in the length of the text.
 */
export interface Slot {
  words: Set<string>;
  prefixes: string[];
  /** Alternatives of several words in a row ("be+alive"). */
  phrases: string[][];
  optional: boolean;
  /** Up to this many tokens of anything (0 when the slot is a word slot). */
  gap: number;
  /** A punctuation slot (`,?`): it fits only a punctuation token spelled as one of `words`, and never a word. */
  punct: boolean;
}

export interface CompiledPattern {
  /** Its number within its language file. */
  id: number;
  concept: string;
  slots: Slot[];
  source: string;
}

/**
 * Compiles a pattern. `slotsMade` holds the slots already compiled for the same language, by how they are written:
 * a word list written alike in many patterns (a verb family, `@agent`) is then built and held once. Slots are never changed after.
 */
export function compilePattern(concept: string, source: string, macros: Record<string, string>, id = 0, slotsMade = new Map<string, Slot>()): CompiledPattern {
  const slots: Slot[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    let slot = slotsMade.get(raw);
    if (slot === undefined) slotsMade.set(raw, (slot = compileSlot(raw, source, macros)));
    slots.push(slot);
  }
  if (slots.length === 0 || slots[0]!.optional) throw new Error(`pattern "${source}" must start with a required word`);
  return { id, concept, slots, source };
}

/** Each language file's word lists split once: a list named in hundreds of slots is not split for each. */
const splitLists = new WeakMap<Record<string, string>, Map<string, string[]>>();

function wordList(macros: Record<string, string>, name: string, source: string): string[] {
  let split = splitLists.get(macros);
  if (split === undefined) splitLists.set(macros, (split = new Map()));
  let list = split.get(name);
  if (list === undefined) {
    const expansion = macros[name];
    if (expansion === undefined) throw new Error(`unknown word list @${name} in "${source}"`);
    split.set(name, (list = expansion.split('|')));
  }
  return list;
}

/** The marks a pattern may read across, each only as optional (`,?`, `:?`, `%?`, `"?`, `'?`, `-?`, `#?`; see the notation above). */
const optionalMarks: ReadonlySet<string> = new Set([',?', ':?', '%?', '"?', "'?", '-?', '#?']);

function compileSlot(raw: string, source: string, macros: Record<string, string>): Slot {
  if (raw === '_' || raw === '__') return { words: new Set(), prefixes: [], phrases: [], optional: true, gap: raw === '_' ? 3 : 6, punct: false };
  // Only an optional mark: a required one would need the needed-words index (match.ts) to record punctuation.
  if (optionalMarks.has(raw)) return { words: new Set([raw[0]!]), prefixes: [], phrases: [], optional: true, gap: 0, punct: true };
  const optional = raw.endsWith('?');
  const body = optional ? raw.slice(0, -1) : raw;
  const slot: Slot = { words: new Set(), prefixes: [], phrases: [], optional, gap: 0, punct: false };
  for (const alt of body.split('|')) {
    if (alt.startsWith('@')) for (const word of wordList(macros, alt.slice(1), source)) addAlternative(slot, word);
    else addAlternative(slot, alt);
  }
  return slot;
}

function addAlternative(slot: Slot, alt: string): void {
  if (alt.includes('+')) slot.phrases.push(alt.split('+'));
  else if (alt.endsWith('*')) slot.prefixes.push(alt.slice(0, -1));
  else slot.words.add(alt);
}

export function tokenFits(slot: Slot, token: Token): boolean {
  if (token.punct || slot.punct) return token.punct && slot.punct && slot.words.has(token.norm);
  const forms = token.forms;
  for (let f = 0; f < forms.length; f++) {
    const form = forms[f]!;
    if (slot.words.has(form)) return true;
    for (let p = 0; p < slot.prefixes.length; p++) if (form.startsWith(slot.prefixes[p]!)) return true;
  }
  return false;
}

function hasForm(token: Token | undefined, word: string): boolean {
  return token !== undefined && !token.punct && token.forms.includes(word);
}

function phraseAt(phrase: string[], tokens: Token[], t: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (!hasForm(tokens[t + k], phrase[k]!)) return false;
  return true;
}

/** Where the pattern matches starting at `start`: the index just past the match, or -1. */
export function matchAt(pattern: CompiledPattern, tokens: Token[], start: number): number {
  return step(pattern.slots, 0, tokens, start);
}

function step(slots: Slot[], s: number, tokens: Token[], t: number): number {
  if (s === slots.length) return t;
  const slot = slots[s]!;
  if (slot.gap > 0) {
    for (let skip = 0; skip <= slot.gap && t + skip <= tokens.length; skip++) {
      if (skip > 0 && tokens[t + skip - 1]!.punct) break;
      const end = step(slots, s + 1, tokens, t + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[t];
  if (token !== undefined && tokenFits(slot, token)) {
    const end = step(slots, s + 1, tokens, t + 1);
    if (end >= 0) return end;
  }
  for (const phrase of slot.phrases) {
    if (phraseAt(phrase, tokens, t)) {
      const end = step(slots, s + 1, tokens, t + phrase.length);
      if (end >= 0) return end;
    }
  }
  return slot.optional ? step(slots, s + 1, tokens, t) : -1;
}
