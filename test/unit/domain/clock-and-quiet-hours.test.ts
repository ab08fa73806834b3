import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClockTime } from '../../../src/domain/clock-time.js';
import { isQuietAt, parseQuietHours } from '../../../src/domain/quiet-hours.js';

describe('parseClockTime', () => {
  it.each([
    ['8:30', '08:30'],
    ['08:30', '08:30'],
    ['20:05', '20:05'],
    ['8:30pm', '20:30'],
    ['8:30 PM', '20:30'],
    ['7am', '07:00'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ['0:00', '00:00'],
  ])('GIVEN "%s" THEN %s', (input, expected) => {
    expect(parseClockTime(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['25:00', '12:60', '13pm', '0am', '8', '', 'soon', '8:3', '-1:00', '24:00'])('GIVEN "%s" THEN a message saying how times look', (input) => {
    const result = parseClockTime(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/08:30|8:00|8am/);
  });

  it('GIVEN any string at all THEN it never throws and never echoes more than 40 characters of it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (input) => {
        const result = parseClockTime(input);
        if (result.ok) expect(result.value).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        else expect(result.error.length).toBeLessThan(200);
      }),
    );
  });
});

describe('parseQuietHours', () => {
  it.each([
    ['22:00-07:00', { start: '22:00', end: '07:00' }],
    ['10pm-7am', { start: '22:00', end: '07:00' }],
    ['22:00 to 7am', { start: '22:00', end: '07:00' }],
    ['13:00–14:00', { start: '13:00', end: '14:00' }],
    ['off', null],
  ])('GIVEN "%s" THEN it is understood', (input, expected) => {
    expect(parseQuietHours(input)).toEqual({ ok: true, value: expected });
  });

  it('GIVEN quiet hours that start and end together (the whole day) THEN a kind refusal pointing to turning check-ins off', () => {
    const result = parseQuietHours('22:00-22:00');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('/settings checkins off');
  });

  it('GIVEN quiet hours leaving less than an hour awake THEN refused', () => {
    expect(parseQuietHours('07:30-07:00').ok).toBe(false);
  });

  it('GIVEN quiet hours past midnight THEN late evening and early morning are quiet, the day is not', () => {
    const quiet = { start: '22:00', end: '07:00' };
    expect(isQuietAt(quiet, '23:15')).toBe(true);
    expect(isQuietAt(quiet, '03:00')).toBe(true);
    expect(isQuietAt(quiet, '07:00')).toBe(false);
    expect(isQuietAt(quiet, '12:00')).toBe(false);
    expect(isQuietAt(quiet, '22:00')).toBe(true);
    expect(isQuietAt(null, '03:00')).toBe(false);
  });

  it('GIVEN random and hostile input THEN a Result, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (input) => {
        expect(typeof parseQuietHours(input).ok).toBe('boolean');
      }),
    );
  });
});
