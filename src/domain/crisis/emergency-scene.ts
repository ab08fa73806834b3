import { has } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import { wordCount, type Sentence } from './tokens.js';

const SCENE = frameId('scene');
const EVERYDAY = frameId('everyday');
const MEDIA = frameId('media');
const TRAINING = frameId('training');

/**
 * Someone else's crisis as an emergency goes on, read beside the `concern` frame (911, an ambulance, a crisis team, a welfare
 * check): a person found, said as a sentence of its own ("found my uncle. ambulance coming", "encontré a mi tío. ya viene la
 * ambulancia"), or someone else at a high place ("got a call from a participant who's on the bridge right now, i've got 911 on
 * the other line"). "found my keys" names no person; "found my dad's old photos" says more than the finding; "he's on the roof
 * fixing the gutter" is the place's everyday use.
 */
export function sceneUnderway(sentences: readonly Sentence[], perSentence: readonly Hit[][]): boolean {
  for (let index = 0; index < sentences.length; index++) {
    const hits = perSentence[index]!;
    if (!has(hits, SCENE) || has(hits, EVERYDAY) || has(hits, MEDIA) || has(hits, TRAINING)) continue;
    const sentence = sentences[index]!;
    for (const hit of hits) {
      if (hit.concept !== SCENE) continue;
      if (!findingWords.has(sentence[hit.start]!.norm) && !findingWords.has(sentence[hit.end - 1]!.norm)) return true;
      // The finding alone: every word of the sentence but one ("i", "just") is the finding's.
      if (wordCount(sentence) - (hit.end - hit.start) <= 1) return true;
    }
  }
  return false;
}

const findingWords: ReadonlySet<string> = new Set(['found', 'find', 'encontre', 'encontramos', 'halle', 'hallamos']);
