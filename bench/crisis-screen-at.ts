import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Child process for bench/crisis-cv.ts: screens one corpus file with an older copy of the screen
 * (a `git archive` of src/ unpacked into a folder) and prints each line's route and concept ids as one JSON line.
 * Usage: node --import tsx bench/crisis-screen-at.ts <folder> <corpus file>
 */
const [folder = '', file = ''] = process.argv.slice(2);
const { screenText } = (await import(pathToFileURL(path.join(folder, 'src/domain/crisis/screen.ts')).href)) as { screenText: (text: string) => { route: string | null; concepts?: string[] } };
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split('\t')[3] ?? '');
console.log(
  JSON.stringify(
    texts.map((text) => {
      const screen = screenText(text);
      return { route: screen.route ?? 'none', concepts: screen.concepts ?? [] };
    }),
  ),
);
