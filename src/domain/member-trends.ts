import { addDays } from './local-time.js';
import type { CheckinQuestion } from './checkin-questions.js';

export const TREND_DAYS = 28;

/** One question over the member's last four weeks: a value per day, null when they didn't answer. */
export interface QuestionTrend {
  question: CheckinQuestion;
  values: (number | null)[];
}

export interface MemberTrends {
  /** The local dates shown, oldest first, ending today. */
  days: string[];
  questions: QuestionTrend[];
  checkIns: number;
}

export function memberTrends(
  questions: CheckinQuestion[],
  checkIns: { localDate: string; answers: Record<string, number> }[],
  today: string,
): MemberTrends {
  const days = Array.from({ length: TREND_DAYS }, (_, i) => addDays(today, i - TREND_DAYS + 1));
  const byDay = new Map(checkIns.map((c) => [c.localDate, c.answers]));
  return {
    days,
    questions: questions.map((question) => ({
      question,
      values: days.map((day) => {
        const value = byDay.get(day)?.[question.id];
        return typeof value === 'number' ? value : null;
      }),
    })),
    checkIns: days.filter((day) => byDay.has(day)).length,
  };
}

const bars = ['▁', '▃', '▄', '▆', '█'];

/** One character per day: a bar for 1–5, a dot for a day without an answer. */
export function sparkline(values: (number | null)[]): string {
  return values.map((v) => (v === null ? '·' : (bars[Math.min(5, Math.max(1, Math.round(v))) - 1] ?? '·'))).join('');
}

export function average(values: (number | null)[]): number | null {
  const given = values.filter((v): v is number => v !== null);
  return given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
}
