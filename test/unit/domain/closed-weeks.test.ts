import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { weekOf } from '../../../src/domain/digest/closed-weeks.js';

describe('weekOf: the Monday of a date’s ISO week', () => {
  it('GIVEN every date of forty years (leap days, year ends, ISO weeks across years) THEN it agrees with luxon', () => {
    let date = DateTime.fromISO('1999-12-01', { zone: 'UTC' });
    const wrong: string[] = [];
    for (let i = 0; i < 365 * 40; i++, date = date.plus({ days: 1 })) {
      const iso = date.toISODate()!;
      if (weekOf(iso) !== date.startOf('week').toISODate()) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('GIVEN a Monday, a Sunday and a new year inside a week THEN the Monday before or on it', () => {
    expect(weekOf('2026-11-23')).toBe('2026-11-23');
    expect(weekOf('2026-11-29')).toBe('2026-11-23');
    expect(weekOf('2027-01-01')).toBe('2026-12-28');
  });

  it('GIVEN a date that does not exist, or another ISO form THEN the same answer as before (luxon reads it)', () => {
    for (const input of ['2026-02-30', '2026-13-01', 'not a date', '2026-W05', '2026-11-25T10:00']) {
      expect(weekOf(input)).toBe(DateTime.fromISO(input, { zone: 'UTC' }).startOf('week').toISODate()!);
    }
  });
});
