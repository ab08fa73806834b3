import { err, ok, type Result } from '../core/result.js';
import { MAX_SHORT_INPUT, short } from './clock-time.js';

const names = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const help = 'Use day names like "mon-fri", "mon,wed,fri", "weekdays" or "every day".';

/**
 * The ISO weekdays (1 = Monday … 7 = Sunday) someone chose. "every day" is an empty list, meaning
 * no limit of their own: the community's days apply.
 */
export function parseWeekdays(input: string): Result<number[]> {
  if (input.length > MAX_SHORT_INPUT) return err(`That is longer than any list of days. ${help}`);
  const text = input.trim().toLowerCase();
  if (['every day', 'everyday', 'all', 'any', 'daily'].includes(text)) return ok([]);
  if (text === 'weekdays') return ok([1, 2, 3, 4, 5]);
  if (text === 'weekends' || text === 'weekend') return ok([6, 7]);
  const days = new Set<number>();
  for (const part of text.split(/\s*(?:,|\band\b|\s)\s*/).filter(Boolean)) {
    const range = part.split(/-|–|\bto\b/).map((p) => p.trim());
    const [from, to] = range.map(dayNumber);
    if (from === undefined || (range.length === 2 && to === undefined) || range.length > 2) {
      return err(`I couldn't read "${short(part)}" as a day. ${help}`);
    }
    if (to === undefined) days.add(from);
    else for (let d = from; ; d = (d % 7) + 1) {
      days.add(d);
      if (d === to) break;
    }
  }
  if (days.size === 0) return err(`Please name at least one day. ${help}`);
  return ok([...days].sort((a, b) => a - b));
}

function dayNumber(word: string | undefined): number | undefined {
  if (!word || word.length < 2) return undefined;
  const index = names.findIndex((name) => word.startsWith(name) || name.startsWith(word));
  return index === -1 ? undefined : index + 1;
}

export function describeWeekdays(days: number[]): string {
  if (days.length === 0 || days.length === 7) return 'every day';
  return days.map((d) => names[d - 1]!.replace(/^./, (c) => c.toUpperCase())).join(', ');
}
