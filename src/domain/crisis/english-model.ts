import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let loaded: WinkMethods | null = null;

/**
 * wink-nlp with its English model, which ships inside the npm package (nothing is downloaded).
 * Loaded once, on first use; `loadEnglishModel()` lets a process pay the cost at start instead.
 */
export function loadEnglishModel(): WinkMethods {
  loaded ??= winkNLP(model, ['sbd', 'pos']);
  return loaded;
}
