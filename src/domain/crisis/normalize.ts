/**
 * Text as the screen reads it: lower case, accents folded, quotes straightened, and the spellings
 * people use to slip past filters undone inside words ("k!ll", "su1c1de", "unal1ve", "k*lling",
 * "s.h"). Runs of three or more of one letter are cut to two ("sooo", "kiiill"); the matcher also
 * tries each word with doubles squeezed. Sentence punctuation is kept: clauses matter for negation.
 * Linear in the length of the text.
 */
export function foldText(text: string): string {
  // Each step runs only when the text holds a character it could change: most chat is plain
  // ASCII without digits or symbols, and each skipped pass is one scan and one string less.
  let folded = spacedLetters(text);
  if (/[^ -~\t\n\r]/.test(folded)) folded = folded.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  folded = folded.toLowerCase();
  if (/[^ -_a-~\t\n\r]/.test(folded)) folded = folded.replace(/[‘’`´]/g, "'").replace(/[“”«»]/g, '"');
  if (/[0-9!|@$*#]/.test(folded)) folded = undoMasking(folded);
  if (/[.\-/]/.test(folded)) folded = folded.replace(/\b([a-z])[.\-/]([a-z])\b/g, '$1$2');
  folded = folded.replace(/([a-z])\1{2,}/g, '$1$1');
  // "shhh" hushes; cut to "shh" it would be read as "sh" (self-harm) by its squeezed spelling.
  if (folded.includes('hh')) folded = folded.replace(/\bs{1,2}h{2}\b/g, 'hush');
  // Every single space matches too, so the pass is run only when there is a tab, a return or a double space.
  if (/[\t\r]| {2}/.test(folded)) folded = folded.replace(/[\t\r ]+/g, ' ');
  return folded.trim();
}

/**
 * "k!ll", "su1c1de", "unal1ve", "k*lling": leetspeak and masking inside words undone. A number with a unit after it ("30yo", "5mg")
 * is left as written, and so is an age of two digits with a sex ("42M", "19F"): "pt 42M" describes a person, not "a2m" (a lone
 * digit before a letter stays leet: "0f" is "of").
 */
export function undoMasking(text: string): string {
  return text
    // "k1ms", "k!ys": a mark masking the gap in the slang is dropped, not read as "i" ("kims" is a name); "k1ll", "k1d" fold below.
    .replace(/\bk[1!|]([my])s\b/g, 'k$1s')
    .replace(/(?<=[a-z])[1!|](?=[a-z])/g, 'i')
    .replace(/(?<=[a-z])0(?=[a-z])/g, 'o')
    .replace(/(?<=[a-z])3(?=[a-z])/g, 'e')
    .replace(/(?<=[a-z])4(?=[a-z])/g, 'a')
    .replace(/(?<=[a-z])[$5](?=[a-z])/g, 's')
    .replace(/(?<=[a-z])@(?=[a-z])|(?<=\s|^)@(?=[a-z]{3})/g, 'a')
    .replace(/(?<=[a-z])[*#](?=[a-z])/g, '')
    .replace(/\b(?=[a-z0-9@$]*[a-z])(?=[a-z0-9@$]*[013457@$])(?![0-9]+(?:am|pm|st|nd|rd|th|s|k|mg|x|h|hr|hrs|min|mins|yo|ish|y|yr|yrs)?\b)(?![1-9][0-9](?:m|f|nb|ftm|mtf)\b)[a-z0-9@$]+\b/g, (word) => word.replace(/[013457@$]/g, (c) => leet[c] ?? c));
}

const leet: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/**
 * "w a n t t o d i e" → "want to die": letters spaced out to dodge a filter are joined back. When the words are padded
 * apart by wider gaps ("i m  g o n n a  e n d  i t"), each word is joined alone, short ones too ("im gonna end it"), when
 * three letters stand spaced in a row somewhere in the run (what `maySpaceLetters` looks for).
 */
function spacedLetters(text: string): string {
  if (!maySpaceLetters(text)) return text;
  return text
    .replace(/(?<![\p{L}\p{N}])\p{L}(?: {1,3}\p{L}){2,}(?![\p{L}\p{N}])/gu, (run) => (/\p{L} \p{L} \p{L}/u.test(run) && / {2}/.test(run) ? run.split(/ {2,}/).map((word) => word.replace(/ /g, '')).join(' ') : run))
    .replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu, (run) => run.replace(/ /g, ''));
}

/**
 * A cheap scan that finds every text spacedLetters could change (and a few it cannot): three
 * single characters in a row, each followed by one space, the first not inside an ASCII word and
 * the last not followed by an ASCII letter or digit. Anything outside ASCII counts as a letter.
 */
function maySpaceLetters(text: string): boolean {
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (i === 0) continue;
    const first = i - charLength(text, i, -1);
    if (first < 0 || !mayBeLetter(text, first) || (first > 0 && isAsciiWordChar(text.charCodeAt(first - 1)))) continue;
    let at = i + 1;
    let singles = 1;
    while (singles < 3 && at < text.length && mayBeLetter(text, at)) {
      const next = at + charLength(text, at, 1);
      singles++;
      if (singles === 3) {
        if (next >= text.length || !isAsciiWordChar(text.charCodeAt(next))) return true;
        break;
      }
      if (text.charCodeAt(next) !== 32) break;
      at = next + 1;
    }
  }
  return false;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function mayBeLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 128 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** UTF-16 units of the character starting at `at` (forward) or ending just before it (backward). */
function charLength(text: string, at: number, direction: 1 | -1): number {
  if (direction === 1) {
    const code = text.charCodeAt(at);
    return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  const code = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff && at >= 2 ? 2 : 1;
}

/** "feel" → "fel", "kiill" → "kil": a second spelling to try when repeated letters hide a word. */
export function squeeze(word: string): string {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // Only a doubled a–z letter changes anything; most words have none, so they cost one pass and no new string.
    if (code === word.charCodeAt(i - 1) && code >= 97 && code <= 122) return word.replace(/([a-z])\1+/g, '$1');
  }
  return word;
}
