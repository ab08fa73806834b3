import type { CheckinQuestion } from './checkin-questions.js';

/** At or below this, a day counts as low. A screen for the member's own reflection, never a diagnosis. */
export const LOW_DAY_THRESHOLD = 2.5;

/**
 * Mean of the answers on a 1–5 scale where 5 is the lighter end: questions whose high answer is
 * heavy (stress, emotional load) count as 6 − x. Unanswered questions, unknown ids and answers
 * outside 1–5 are left out; NaN if nothing is left. A screen for the member's own reflection,
 * never a diagnosis.
 */
export function wellbeingScore(questions: readonly CheckinQuestion[], answers: Record<string, number>): number {
  const values = questions
    .filter((q) => Number.isInteger(answers[q.id]) && answers[q.id]! >= 1 && answers[q.id]! <= 5)
    .map((q) => (q.highIsHeavy ? 6 - answers[q.id]! : answers[q.id]!));
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** NaN (nothing answered) is not a low day. */
export const isLowDay = (score: number): boolean => score <= LOW_DAY_THRESHOLD;
