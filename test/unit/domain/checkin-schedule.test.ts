import { describe, expect, it } from 'vitest';
import { checkinDueState } from '../../../src/domain/checkin-schedule.js';

const night = { start: '22:00', end: '07:00' };
const due = (checkinTime: string, now: string, quietHours: { start: string; end: string } | null = null, catchUpMinutes = 240) =>
  checkinDueState({ checkinTime, now, quietHours, catchUpMinutes });

describe('when the daily check-in may go out (member-local times)', () => {
  it('GIVEN 09:00 THEN waiting at 08:59, due at 09:00 and a little later', () => {
    expect(due('09:00', '08:59')).toEqual({ state: 'waiting', dueAt: '09:00' });
    expect(due('09:00', '09:00')).toEqual({ state: 'due', dueAt: '09:00' });
    expect(due('09:00', '09:30')).toEqual({ state: 'due', dueAt: '09:00' });
  });

  it('GIVEN the bot was down all morning THEN the prompt still goes out inside the catch-up window, and not after it', () => {
    expect(due('09:00', '12:59', null, 240)).toEqual({ state: 'due', dueAt: '09:00' });
    expect(due('09:00', '13:01', null, 240)).toEqual({ state: 'missed' });
  });

  it('GIVEN a check-in time inside morning quiet hours THEN it comes when quiet hours end', () => {
    expect(due('06:30', '06:45', night)).toEqual({ state: 'waiting', dueAt: '07:00' });
    expect(due('06:30', '07:00', night)).toEqual({ state: 'due', dueAt: '07:00' });
  });

  it('GIVEN a check-in time inside evening quiet hours that end tomorrow THEN nothing more today', () => {
    expect(due('23:00', '23:30', night)).toEqual({ state: 'missed' });
  });

  it('GIVEN catch-up after downtime reaching into quiet hours THEN it waits, never sends inside them', () => {
    expect(due('21:00', '22:15', night)).toEqual({ state: 'waiting', dueAt: '21:00' });
  });
});

import fc from 'fast-check';
import { parseWeekdays } from '../../../src/domain/weekdays.js';

describe('parseWeekdays', () => {
  it.each([
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['Mon, Wed, Fri', [1, 3, 5]],
    ['monday and thursday', [1, 4]],
    ['fri-mon', [1, 5, 6, 7]],
    ['weekdays', [1, 2, 3, 4, 5]],
    ['weekends', [6, 7]],
    ['every day', []],
  ])('GIVEN "%s" THEN %j', (input, expected) => {
    expect(parseWeekdays(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['funday', 'mon-', '', 'm'])('GIVEN "%s" THEN a message naming the form to use', (input) => {
    const result = parseWeekdays(input);
    expect(!result.ok && result.error).toContain('mon-fri');
  });

  it('GIVEN hostile input THEN a Result with days between 1 and 7', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        const result = parseWeekdays(input);
        if (result.ok) expect(result.value.every((d) => d >= 1 && d <= 7)).toBe(true);
      }),
    );
  });
});
