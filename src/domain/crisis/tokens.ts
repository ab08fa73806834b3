/** One word as the screen reads it. `forms` holds every spelling a pattern may match. */
export interface Token {
  norm: string;
  /** The dictionary form (English from the language model; other languages: the word itself). */
  lemma: string;
  /** Universal part of speech from the model, or 'X' when the language has no model. */
  pos: string;
  /** Shared between tokens of the same word: never changed once made. */
  forms: readonly string[];
  /** Inside quotation marks, or reported after "she said": someone else's words. */
  quoted: boolean;
  punct: boolean;
}

/**
 * Marks the token at `at` as someone else's words or not. A token may be shared between messages (English
 * tokens are, frozen: english-model.ts), so a shared one is replaced in the sentence by its twin, made once.
 */
export function setQuoted(sentence: Sentence, at: number, quoted: boolean): void {
  const token = sentence[at]!;
  if (token.quoted === quoted) return;
  if (!Object.isFrozen(token)) {
    token.quoted = quoted;
    return;
  }
  let twin = twins.get(token);
  if (twin === undefined) {
    twin = Object.freeze({ ...token, quoted });
    twins.set(token, twin);
    twins.set(twin, token);
  }
  sentence[at] = twin;
}

const twins = new WeakMap<Token, Token>();

/** A sentence's tokens. Patterns never reach across sentences. */
export type Sentence = Token[];

/** How many words a sentence has, punctuation left out. */
export function wordCount(sentence: Sentence): number {
  let words = 0;
  for (const token of sentence) if (!token.punct) words++;
  return words;
}
