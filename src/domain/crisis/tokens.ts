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

/** A sentence's tokens. Patterns never reach across sentences. */
export type Sentence = Token[];
