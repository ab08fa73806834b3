import type { Lexicon } from '../lexicon.js';
import type { Sentence } from '../tokens.js';

/** What the learned opinion may look at; the training script records it so a model and its reader agree. */
export interface FeatureOptions {
  bigrams: boolean;
  /** Words after a negator, up to the end of its clause, read as "!word". */
  negation: boolean;
  /** Spanish verbs by person ("matar.yo"), from the token expansion. */
  person: boolean;
}

export const defaultFeatureOptions: FeatureOptions = { bigrams: true, negation: true, person: true };

/** The most features one message gives: a bound on work and memory whatever the text. */
const MAX_FEATURES = 2_000;

/**
 * The screen's own reading of a message turned into the words a text classifier counts: each word's
 * dictionary form (wink's English lemma, the Spanish infinitive), marked "!" inside a negated clause,
 * the Spanish verb's person, and pairs of neighbouring words. One pass over the tokens.
 */
export function learnedFeatures(sentences: readonly Sentence[], lexicon: Lexicon, options: FeatureOptions = defaultFeatureOptions): string[] {
  const features: string[] = [`lang:${lexicon.language}`];
  for (const sentence of sentences) {
    let previous = '<s>';
    let negated = false;
    for (const token of sentence) {
      if (features.length >= MAX_FEATURES) return features;
      if (token.punct) {
        negated = false;
        previous = '<p>';
        continue;
      }
      const word = token.lemma;
      if (lexicon.clauseBreaks.has(word) || lexicon.subjectPronouns.has(word)) negated = false;
      const marked = options.negation && negated ? `!${word}` : word;
      features.push(marked);
      if (options.bigrams) features.push(`${previous} ${word}`);
      if (options.person) for (const form of token.forms) if (form.includes('.')) features.push(form);
      if (lexicon.negators.has(word)) negated = true;
      previous = word;
    }
  }
  return features;
}
