import { DateTime } from 'luxon';
import { err, ok, type Result } from '../../core/result.js';

export const cadences = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof cadences)[number];

// Fortnights are counted from this Monday, so every process agrees which weeks have a round.
const FORTNIGHT_ANCHOR = DateTime.fromISO('2026-01-05', { zone: 'UTC' });

const day = (localDate: string) => DateTime.fromISO(localDate, { zone: 'UTC' });

/** Whether a round starts on this local date: the chosen weekday, every week, every other week, or the first of the month. */
export function isRoundDate(cadence: Cadence, weekday: number, localDate: string): boolean {
  const date = day(localDate);
  if (!date.isValid || date.weekday !== weekday) return false;
  switch (cadence) {
    case 'weekly':
      return true;
    case 'biweekly':
      return Math.floor(date.diff(FORTNIGHT_ANCHOR, 'days').days / 7) % 2 === 0;
    case 'monthly':
      return date.day <= 7;
  }
}

/** The first round date on or after `from`. */
export function nextRoundDate(cadence: Cadence, weekday: number, from: string): string {
  let date = day(from);
  for (let i = 0; i < 40; i++) {
    const iso = date.toISODate()!;
    if (isRoundDate(cadence, weekday, iso)) return iso;
    date = date.plus({ days: 1 });
  }
  return from;
}

/** The round's midpoint, when members are asked "Did you meet?": days after the round's start. */
export function halfwayDays(cadence: Cadence): number {
  return cadence === 'weekly' ? 3 : cadence === 'biweekly' ? 7 : 14;
}

export function parseCadence(text: string): Result<Cadence> {
  const value = text.trim().toLowerCase().replace(/[\s-]/g, '');
  const aliases: Record<string, Cadence> = {
    weekly: 'weekly', week: 'weekly', everyweek: 'weekly',
    biweekly: 'biweekly', fortnightly: 'biweekly', everytwoweeks: 'biweekly', everyotherweek: 'biweekly',
    monthly: 'monthly', month: 'monthly', everymonth: 'monthly',
  };
  const cadence = aliases[value];
  return cadence ? ok(cadence) : err('Please choose how often rounds run: weekly, biweekly (every two weeks) or monthly.');
}

/** "every Monday at 10:00", "every other Monday at 10:00", "the first Monday of each month at 10:00". */
export function describeSchedule(cadence: Cadence, weekdayName: string, time: string): string {
  if (cadence === 'weekly') return `every ${weekdayName} at ${time}`;
  if (cadence === 'biweekly') return `every other ${weekdayName} at ${time}`;
  return `the first ${weekdayName} of each month at ${time}`;
}
