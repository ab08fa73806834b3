import type { CheckinQuestion } from './checkin-questions.js';

/** At or below this, a day counts as low. A screen for the member's own reflection, never a diagnosis. */
export const LOW_DAY_THRESHOLD = 2.5;

/** Mean of the answers on a 1–5 scale where 5 is the lighter end (heavy-high questions flipped). NaN if none. */
export function wellbeingScore(questions: CheckinQuestion[], answers: Record<string, number>): number {
  const values = questions
    .filter((q) => Number.isInteger(answers[q.id]) && answers[q.id]! >= 1 && answers[q.id]! <= 5)
    .map((q) => (q.highIsHeavy ? 6 - answers[q.id]! : answers[q.id]!));
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

export const isLowDay = (score: number): boolean => score <= LOW_DAY_THRESHOLD;
