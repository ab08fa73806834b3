import type { Sentence } from './tokens.js';

interface QuoteWords {
  firstPerson: ReadonlySet<string>;
  thirdPerson: ReadonlySet<string>;
  reportVerbs: ReadonlySet<string>;
}

/**
 * Marks someone else's words: text inside quotation marks, or after "said:", when the person who
 * said it is not the writer ("she said 'I want to die'", "my client texted: im done"). Who said it
 * is the last person named before the reporting verb. The writer quoting themself stays their own.
 */
export function markQuoted(sentence: Sentence, words: QuoteWords): void {
  let lastPerson: 'self' | 'other' | null = null;
  let reporter: 'self' | 'other' | null = null;
  let inQuote = false;
  let byOther = false;
  let previous: string | null = null;
  for (const token of sentence) {
    const before = previous;
    previous = token.norm;
    if (token.norm === '"' || token.norm === "'") {
      inQuote = !inQuote;
      byOther = inQuote && reporter === 'other';
      continue;
    }
    if (inQuote || byOther) {
      token.quoted = byOther;
      continue;
    }
    // "participant: i'm done": a person named right before the colon is the one speaking.
    if (token.norm === ':' && (reporter === 'other' || (before !== null && words.thirdPerson.has(before)))) {
      byOther = true;
      reporter = 'other';
      continue;
    }
    if (words.reportVerbs.has(token.norm) || words.reportVerbs.has(token.lemma)) reporter = lastPerson;
    else if (token.norm === 'i' || token.norm === 'yo') lastPerson = 'self';
    else if (words.thirdPerson.has(token.norm)) lastPerson = 'other';
  }
}
