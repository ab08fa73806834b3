/**
 * Text as the detector reads it: lower case, accents folded, curly quotes straightened, the
 * spellings people use to slip past filters ("k!ll", "su1cide", "unal1ve") undone, and runs of
 * spaces collapsed. Sentence punctuation is kept: clauses matter for negation.
 */
export function normalizeForDetection(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/(?<=[a-z])[1!|](?=[a-z])/g, 'i')
    .replace(/(?<=[a-z])0(?=[a-z])/g, 'o')
    .replace(/(?<=[a-z])3(?=[a-z])/g, 'e')
    .replace(/(?<=[a-z])\$(?=[a-z])/g, 's')
    .replace(/(?<=[a-z])@(?=[a-z])/g, 'a')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Clauses: split at sentence ends, semicolons, and "but" (the turn that often carries the meaning). */
export function clausesOf(normalized: string): string[] {
  return normalized
    .split(/[.!?;\n]+|,? but |, though /)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}
