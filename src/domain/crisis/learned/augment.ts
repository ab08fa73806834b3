/**
 * Training-time variants of a development line written the way people type in a hurry: no apostrophes,
 * "I" left out at the start of a sentence, another word for the person a peer supports, one small typo
 * in a longer word. Only the classifiers see them (never thresholds or cross-validation scores), so a
 * form the development files spell one way only is not an unknown word when it comes spelled another way.
 * Deterministic: the same line gives the same variants.
 */

/** People a peer specialist talks about, any one of which may stand for another. */
const relations: Record<string, readonly string[]> = {
  en: ['client', 'participant', 'sponsee', 'resident', 'member', 'patient', 'mentee', 'guy', 'peer', 'tenant'],
  es: ['cliente', 'clienta', 'participante', 'usuario', 'usuaria', 'paciente', 'companero', 'companera', 'muchacho', 'muchacha'],
};

/** Words a typo must not touch: a changed negator would flip the line's meaning. */
const protectedWords = new Set(['not', 'never', 'nothing', 'nobody', 'without', 'nunca', 'nada', 'nadie', 'tampoco', 'ningun', 'ninguna']);

/** A fixed scramble of a string (FNV-1a), so choices are the same on every run. */
function hash(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function swapRelation(text: string, lang: string, salt: number): string {
  const list = relations[lang] ?? relations.en!;
  const pattern = new RegExp(`\\b(${list.map(escape).join('|')})(s|es)?\\b`, 'gi');
  return text.replace(pattern, (whole, noun: string, plural: string | undefined) => {
    const others = list.filter((other) => other !== noun.toLowerCase());
    const other = others[hash(whole, salt) % others.length]!;
    return plural ? `${other}s` : other;
  });
}

function typo(text: string, salt: number): string {
  const words = [...text.matchAll(/[a-zA-Záéíóúñ]{5,}/g)].filter((m) => !protectedWords.has(m[0].toLowerCase()));
  if (words.length === 0) return text;
  const m = words[hash(text, salt) % words.length]!;
  const word = m[0];
  const at = 1 + (hash(word, salt + 1) % (word.length - 2));
  // Either two neighbouring letters swapped or one dropped, as thumbs do.
  const changed = hash(word, salt + 2) % 2 === 0 ? word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2) : word.slice(0, at) + word.slice(at + 1);
  return text.slice(0, m.index) + changed + text.slice(m.index + word.length);
}

const dropApostrophes = (text: string) => text.replace(/['’]/g, '');
/** "I want…" → "want…", "I'm done" → "done" at the start of a sentence (English chat drops its subject). */
const dropI = (text: string) => text.replace(/(^|[.!?]\s+)i(?:['’]?m)?\s+(?=\w)/gi, '$1');

/** Up to `count` variants of a line, each different from the line itself. */
export function augmentText(text: string, lang: string, count: number): string[] {
  const variants: string[] = [];
  for (let i = 0; i < count; i++) {
    let variant = text;
    if (hash(text, 10 + i) % 2 === 0) variant = dropApostrophes(variant);
    if (lang === 'en' && hash(text, 20 + i) % 2 === 0) variant = dropI(variant);
    variant = swapRelation(variant, lang, 30 + i);
    variant = typo(variant, 40 + i);
    if (hash(text, 50 + i) % 2 === 0) variant = variant.toLowerCase();
    if (variant !== text && !variants.includes(variant)) variants.push(variant);
  }
  return variants;
}
