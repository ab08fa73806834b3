import { describe, expect, it } from 'vitest';
import { readCheckinReply } from '../../../src/domain/checkin-reply.js';
import { checkinArrival } from '../../../src/domain/checkin-schedule.js';
import { parseQuietHours } from '../../../src/domain/quiet-hours.js';
import { sparkline } from '../../../src/domain/member-trends.js';

describe('reading a typed check-in reply', () => {
  it('GIVEN digits, number words and n/5 on the scale THEN they are answers', () => {
    for (const [text, value] of [['4', 4], [' three ', 3], ['3/5', 3], ['2 out of 5', 2], ['about 2', 2], ['Five!', 5], ["I'd say 1", 1]] as const) {
      expect(readCheckinReply(text)).toEqual({ kind: 'answer', value });
    }
  });
  it('GIVEN a whole number off the scale THEN it is out of range, with the number', () => {
    expect(readCheckinReply('9')).toEqual({ kind: 'out-of-range', value: 9 });
    expect(readCheckinReply('zero')).toEqual({ kind: 'out-of-range', value: 0 });
  });
  it('GIVEN words that are not a number THEN nothing is guessed', () => {
    for (const text of ['pretty good', '3.5', 'meh', '3 hours of sleep', '']) expect(readCheckinReply(text)).toEqual({ kind: 'unclear' });
  });
  it('GIVEN cancel or later and their plain synonyms THEN they are understood', () => {
    for (const text of ['cancel', 'Stop', 'never mind']) expect(readCheckinReply(text).kind).toBe('cancel');
    for (const text of ['later', 'Not now', 'snooze']) expect(readCheckinReply(text).kind).toBe('later');
  });
});

describe('when a check-in really comes, given quiet hours', () => {
  it('GIVEN 07:00 inside 21:00–08:00 THEN 08:00; 22:00 inside it THEN never; outside THEN as set', () => {
    const quiet = { start: '21:00', end: '08:00' };
    expect(checkinArrival('07:00', quiet)).toEqual({ kind: 'at-quiet-end', at: '08:00' });
    expect(checkinArrival('22:00', quiet)).toEqual({ kind: 'never' });
    expect(checkinArrival('09:00', quiet)).toEqual({ kind: 'as-set' });
  });
  it('GIVEN quiet 22-7 THEN bare hours are on the 24-hour clock', () => {
    expect(parseQuietHours('22-7')).toEqual({ ok: true, value: { start: '22:00', end: '07:00' } });
  });
});

describe('a sparkline', () => {
  it('GIVEN answers and gaps THEN one mark a day, a dot for a day without', () => {
    expect(sparkline([1, null, 3, 5])).toBe('▁·▄█');
  });
});
