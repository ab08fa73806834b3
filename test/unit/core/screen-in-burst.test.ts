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

  it('GIVEN a vent in pieces WHEN the member then answers the bot with "cancel", a number or "later" THEN that reply is read alone and raises nothing', () => {
    for (const reply of ['cancel', 'stop', 'exit', '2', 'three', 'later', 'never mind']) {
      // Read as one text with "cancel", "stop" or "exit" after it, this vent came out as possible risk.
      expect(routeShownForBurst(['I feel awful today', 'honestly not great, rough shift', reply]), reply).toBeNull();
    }
  });

  it('GIVEN a disclosure sent in pieces with a number in between THEN the pieces are still read together', () => {
    expect(routeShownForBurst(["i'm so done with all of it", '3', 'have the pills right here'])).toBe('imminent');
  });
});
