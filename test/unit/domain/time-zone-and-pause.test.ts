import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateOf, localClockOf } from '../../../src/domain/local-time.js';
import { parsePauseUntil } from '../../../src/domain/pause.js';
import { parseTimeZone, suggestTimeZones } from '../../../src/domain/time-zone.js';

describe('parseTimeZone', () => {
  it('GIVEN any casing of an IANA name THEN the canonical spelling', () => {
    expect(parseTimeZone('europe/london')).toEqual({ ok: true, value: 'Europe/London' });
    expect(parseTimeZone(' America/New York ')).toEqual({ ok: true, value: 'America/New_York' });
    expect(parseTimeZone('UTC')).toEqual({ ok: true, value: 'UTC' });
  });

  it('GIVEN a misspelt city THEN the nearest zone is suggested', () => {
    const result = parseTimeZone('Tokio');
    expect(!result.ok && result.error).toContain('Did you mean Asia/Tokyo?');
  });

  it('GIVEN an offset or an abbreviation THEN refused, because they shift with daylight saving', () => {
    for (const input of ['+02:00', 'GMT+2', 'EST', 'pst']) {
      const result = parseTimeZone(input);
      expect(!result.ok && result.error).toContain('daylight saving');
    }
  });

  it('GIVEN a zone that does not exist THEN no guess when nothing is close', () => {
    const result = parseTimeZone('Mars/Olympus_Mons');
    expect(!result.ok && result.error).toContain("I don't know the time zone");
  });

  it('GIVEN a partial name THEN autocomplete suggestions start with it', () => {
    expect(suggestTimeZones('europe/ber')[0]).toBe('Europe/Berlin');
  });

  it('GIVEN hostile input THEN a Result, never an exception, and the echo is bounded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (input) => {
        const result = parseTimeZone(input);
        if (!result.ok) expect(result.error.length).toBeLessThan(400);
      }),
      { numRuns: 200 },
    );
  });
});

describe('local dates and times across time zones and DST', () => {
  it('GIVEN the US spring-forward morning THEN New York local time skips 02:00-03:00', () => {
    expect(localClockOf(new Date('2026-03-08T06:59:00Z'), 'America/New_York')).toBe('01:59');
    expect(localClockOf(new Date('2026-03-08T07:00:00Z'), 'America/New_York')).toBe('03:00');
  });

  it('GIVEN the UK clocks going forward THEN London moves from GMT to BST', () => {
    expect(localClockOf(new Date('2026-03-29T00:30:00Z'), 'Europe/London')).toBe('00:30');
    expect(localClockOf(new Date('2026-03-29T01:30:00Z'), 'Europe/London')).toBe('02:30');
  });

  it('GIVEN one instant THEN Kiritimati and Pago Pago are on different calendar days', () => {
    const instant = new Date('2026-11-23T11:00:00Z');
    expect(localDateOf(instant, 'Pacific/Kiritimati')).toBe('2026-11-24');
    expect(localDateOf(instant, 'Pacific/Pago_Pago')).toBe('2026-11-23');
    expect(localClockOf(instant, 'Asia/Kolkata')).toBe('16:30');
  });
});

describe('parsePauseUntil (today is Monday 2026-11-23)', () => {
  const today = '2026-11-23';
  it.each([
    ['tomorrow', '2026-11-24'],
    ['3 days', '2026-11-26'],
    ['2 weeks', '2026-12-07'],
    ['1 month', '2026-12-23'],
    ['friday', '2026-11-27'],
    ['monday', '2026-11-30'],
    ['next monday', '2026-11-30'],
    ['2026-12-24', '2026-12-24'],
    ['off', null],
    ['resume', null],
  ])('GIVEN "%s" THEN resume on %s', (input, expected) => {
    expect(parsePauseUntil(input, today)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2026-11-23', 'already passed'],
    ['2020-01-01', 'already passed'],
    ['2028-01-01', 'more than a year away'],
    ['2026-02-30', "couldn't read"],
    ['whenever', "couldn't read"],
  ])('GIVEN "%s" THEN refused: %s', (input, expected) => {
    const result = parsePauseUntil(input, today);
    expect(!result.ok && result.error).toContain(expected);
  });

  it('GIVEN hostile input THEN a Result, and any date accepted lies in the coming year', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const result = parsePauseUntil(input, today);
        if (result.ok && result.value) expect(result.value > today && result.value <= '2027-11-23').toBe(true);
      }),
    );
  });
});

describe('zones that Node 20 lists under their old names', () => {
  it('GIVEN Asia/Kolkata, Europe/Kyiv or the old Asia/Calcutta THEN the current name is stored', () => {
    expect(parseTimeZone('Asia/Kolkata')).toEqual({ ok: true, value: 'Asia/Kolkata' });
    expect(parseTimeZone('europe/kyiv')).toEqual({ ok: true, value: 'Europe/Kyiv' });
    expect(parseTimeZone('Asia/Calcutta')).toEqual({ ok: true, value: 'Asia/Kolkata' });
  });
});
