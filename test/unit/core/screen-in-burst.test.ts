import { describe, expect, it } from 'vitest';
import { routePriority } from '../../../src/domain/crisis/concepts.js';
import { burstFiles, routeShownForBurst } from '../../helpers/crisis-bursts.js';
import { readCorpusFile } from '../../helpers/crisis-corpus.js';

const urgency = (route: string | null) => (route === null ? routePriority.length : routePriority.indexOf(route as (typeof routePriority)[number]));

describe('a burst read with the messages before it', () => {
  const rows = burstFiles('dev').flatMap(readCorpusFile);

  it('GIVEN every development burst THEN reading the pieces together never shows a less urgent route than reading each alone', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const pieces = row.text.split(' || ');
      expect(urgency(routeShownForBurst(pieces)), row.text).toBeLessThanOrEqual(urgency(routeShownForBurst(pieces, true)));
    }
  });

  it('GIVEN the development bursts THEN read together they reach more of the risk than each piece alone, with at most one more false alarm', () => {
    const risk = rows.filter((row) => row.route !== 'none');
    const none = rows.filter((row) => row.route === 'none');
    const reached = (alone: boolean) => risk.filter((row) => routeShownForBurst(row.text.split(' || '), alone) !== null).length;
    const alarms = (alone: boolean) => none.filter((row) => routeShownForBurst(row.text.split(' || '), alone) !== null).length;
    expect(reached(false)).toBeGreaterThan(reached(true));
    expect(alarms(false)).toBeLessThanOrEqual(alarms(true) + 1);
  });
});
