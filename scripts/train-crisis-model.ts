import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODEL_URL } from '../src/domain/crisis/learned/opinion.js';
import { buildModelFile } from '../src/domain/crisis/learned/training.js';
import { devCorpusFiles, readCorpusFile } from '../test/helpers/crisis-corpus.js';

/**
 * Trains the crisis screen's learned second opinion on every development file (dev.tsv and dev-*.tsv,
 * never a held-out file) and writes src/domain/crisis/model/crisis-learned.json.
 * Run from the project root after changing the development files, the patterns or the reading:
 *   npx tsx scripts/train-crisis-model.ts
 * With --check it writes nothing and exits 1 unless retraining gives the committed file byte for byte
 * (CI runs this once; it trains on every development line, which takes a minute or two).
 */
const files = devCorpusFiles();
const text = buildModelFile(files, readCorpusFile);
if (process.argv.includes('--check')) {
  if (text !== readFileSync(MODEL_URL, 'utf8')) {
    console.error(`${fileURLToPath(MODEL_URL)} is not what the development files, patterns and reading train today. Retrain it: npx tsx scripts/train-crisis-model.ts, and commit the model.`);
    process.exit(1);
  }
  console.log(`crisis model up to date: retraining on ${files.length} development files gives the committed file byte for byte`);
  process.exit(0);
}
writeFileSync(MODEL_URL, text);
const model = JSON.parse(text) as { thresholds: unknown; trainedOn: { sha256: string } };
console.log(`trained on ${files.length} files: ${files.join(', ')}`);
console.log(`thresholds per language (log2 odds): ${JSON.stringify(model.thresholds)}`);
console.log(`wrote ${fileURLToPath(MODEL_URL)} (${(text.length / 1024).toFixed(0)} KB, training files sha256 ${model.trainedOn.sha256.slice(0, 12)}…)`);
