/**
 * The screen's output on every development line, one JSON line per line of every dev file:
 * `npx tsx bench/crisis-screen-snapshot.ts > before.jsonl`, change the code, run again and `cmp` the two,
 * to prove a speed change left every route and concept as it was. Each line is read twice more, after
 * the whole corpus, in reverse order, so a memo or a reused buffer that leaked one message into the next
 * would show. Never reads held-out files.
 */
import { screenText } from '../src/domain/crisis/screen.js';
import { devCorpusFiles, readCorpusFile } from '../test/helpers/crisis-corpus.js';
import { thousandCharacterMessages } from './crisis-speed.js';

const lines: [string, string][] = [];
for (const file of devCorpusFiles()) for (const [n, row] of readCorpusFile(file).entries()) lines.push([`${file}:${n + 2}`, row.text]);
const shown = (where: string, text: string) => {
  const { route, concepts, language } = screenText(text);
  return JSON.stringify({ where, route, language, concepts });
};
const first = lines.map(([where, text]) => shown(where, text));
for (const line of first) console.log(line);
// Long messages made of many lines, as the speed bench reads them.
for (const [i, text] of thousandCharacterMessages(lines.map(([, text]) => text)).entries()) console.log(shown(`long:${i}`, text));
const again = [...lines].reverse().map(([where, text]) => shown(where, text)).reverse();
const differ = again.filter((line, i) => line !== first[i]);
console.log(JSON.stringify({ lines: lines.length, differentWhenReadAgainInReverse: differ.length }));
