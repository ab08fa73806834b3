import type { Hit } from './match.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './tokens.js';
import { isReportVerb } from './whose.js';

/**
 * "my client said 'im going to kill myself'", "mi cliente puso 'ya me voy a quitar la vida' en la hoja de entrada": someone
 * the writer serves at work, then a verb of saying or a quotation, then words of risk, all in one sentence. The caller has
 * already read the words as someone else's; this only says whose and that they were said, not described ("el cliente que
 * tenía ideas suicidas el año pasado" describes), nor a word mentioned ("clients saying 'unalive' more, for the glossary?").
 */
export function saidByServed(lexicon: Lexicon, sentence: Sentence, hit: Hit): boolean {
  const served = lexicon.served;
  if (served === undefined || mentionedAlone(sentence, hit)) return false;
  let named = false;
  for (let i = 0; i < hit.start; i++) {
    const token = sentence[i]!;
    if (token.quoted) continue;
    if (served.has(token.norm)) named = true;
    else if (named && isReportVerb(lexicon, token)) return true;
  }
  return named && sentence[hit.start]!.quoted;
}

/** A quotation that is the matched word and nothing more: a word named, not said. */
function mentionedAlone(sentence: Sentence, hit: Hit): boolean {
  if (!sentence[hit.start]!.quoted || hit.end - hit.start > 1) return false;
  return sentence[hit.start - 1]?.quoted !== true && sentence[hit.end]?.quoted !== true;
}
