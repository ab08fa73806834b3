import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusRow {
  route: string;
  lang: string;
  tag: string;
  text: string;
}

export const CORPUS_DIR = 'test/fixtures/crisis-corpus';

export function readCorpusFile(path: string): CorpusRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [route = '', lang = '', tag = '', text = ''] = line.split('\t');
      return { route, lang, tag, text };
    });
}

/** The development corpus: dev.tsv and every dev-*.tsv beside it (each author adds a file of their own). */
export function devCorpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name === 'dev.tsv' || /^dev-[\w-]+\.tsv$/.test(name))
    .sort()
    .map((name) => join(CORPUS_DIR, name));
}

/** The frozen held-out parts: heldout.tsv and any later heldout-*.tsv, each frozen in its own commit. */
export function heldOutFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => /^heldout(-[\w-]+)?\.tsv$/.test(name))
    .sort()
    .map((name) => join(CORPUS_DIR, name));
}

export const readDevCorpus = (): CorpusRow[] => devCorpusFiles().flatMap(readCorpusFile);

/** How a screen did on some rows: the share of a label's rows whose route passes `ok`, and own risk routed to either risk route. */
export function screenedShares(rows: readonly CorpusRow[], routeOf: (text: string) => string) {
  const pairs = rows.map((row) => [row.route, routeOf(row.text)] as const);
  const share = (labels: string[], ok: (got: string) => boolean) => {
    const these = pairs.filter(([label]) => labels.includes(label));
    return these.filter(([, got]) => ok(got)).length / these.length;
  };
  return {
    share: (label: string, ok: (got: string) => boolean) => share([label], ok),
    ownRisk: () => share(['imminent', 'possible'], (got) => got === 'imminent' || got === 'possible'),
  };
}
