import { z } from 'zod';
import { err, ok, type Result } from '../core/result.js';

export interface CheckinQuestion {
  id: string;
  prompt: string;
  lowLabel: string;
  highLabel: string;
  /** True when a high answer is the heavy end (stress, emotional load). */
  highIsHeavy: boolean;
}

/** The words for both ends of a question's scale, shown with every question and correction. */
export function scaleLegend(question: CheckinQuestion): string {
  return `1 = ${question.lowLabel} … 5 = ${question.highLabel}`;
}

/**
 * The built-in daily questions: energy, stress, the emotional load of the work, boundaries held,
 * and time for oneself. Single items like these are a screen for the member's own reflection,
 * never a measure or a diagnosis.
 */
export const DEFAULT_CHECKIN_QUESTIONS: CheckinQuestion[] = [
  { id: 'energy', prompt: 'How is your energy today?', lowLabel: 'running on empty', highLabel: 'full of energy', highIsHeavy: false },
  { id: 'stress', prompt: 'How stressed do you feel?', lowLabel: 'calm', highLabel: 'overwhelmed', highIsHeavy: true },
  {
    id: 'load',
    prompt: 'How heavy was the emotional load of your work today?',
    lowLabel: 'light',
    highLabel: 'very heavy',
    highIsHeavy: true,
  },
  {
    id: 'boundaries',
    prompt: 'How well did you hold your boundaries today?',
    lowLabel: 'not at all',
    highLabel: 'fully',
    highIsHeavy: false,
  },
  {
    id: 'self',
    prompt: 'Did you do something for yourself today?',
    lowLabel: 'not at all',
    highLabel: 'yes, properly',
    highIsHeavy: false,
  },
];

export const checkinQuestionsSchema = z
  .array(
    z.object({
      id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
      prompt: z.string().min(3).max(200),
      lowLabel: z.string().min(1).max(40),
      highLabel: z.string().min(1).max(40),
      highIsHeavy: z.boolean().default(false),
    }),
  )
  .min(1)
  .max(8)
  .refine((questions) => new Set(questions.map((q) => q.id)).size === questions.length, 'question ids must be unique');

export type Answer = 1 | 2 | 3 | 4 | 5;

export function parseAnswer(input: string): Result<Answer> {
  const text = input.trim();
  return /^[1-5]$/.test(text) ? ok(Number(text) as Answer) : err('Please pick a number from 1 to 5.');
}

/** The community's own questions when it set valid ones, else the built-in ones. */
export function communityQuestions(configured: unknown): CheckinQuestion[] {
  const own = checkinQuestionsSchema.safeParse(configured);
  return own.success ? own.data : DEFAULT_CHECKIN_QUESTIONS;
}
