import type { CommandContext } from '../../src/core/command.js';
import { communityQuestions, type CheckinQuestion } from '../../src/domain/checkin-questions.js';
import type { CheckInSessionRecord } from '../../src/storage/check-in-sessions.js';

export type Session = CheckInSessionRecord;

/** The step of a session the member stopped with `cancel`: nothing is open until `/checkin`. */
export const CLOSED = 'closed';

/**
 * The check-in question the member is answering today, if any: the one `/checkin` opened, or,
 * after the scheduler's prompt, the first one still unanswered. A session from an earlier day is
 * over and is dropped.
 */
export async function currentSession(ctx: CommandContext): Promise<Session | null> {
  const { checkInSessions, checkIns } = ctx.services.store;
  const open = await checkInSessions.open(ctx.member.id);
  if (open?.localDate === ctx.today) return open.step === CLOSED ? null : open;
  if (open) await checkInSessions.end(ctx.member.id);
  if (!(await checkInSessions.wasPrompted(ctx.member.id, ctx.today))) return null;
  const existing = await checkIns.forDay(ctx.member.id, ctx.today);
  if (existing?.completedAt) return null;
  const questions = communityQuestions(ctx.community.checkinQuestions);
  const next = questions.find((q) => existing?.answers[q.id] === undefined);
  return { localDate: ctx.today, step: next?.id ?? 'note', draft: null };
}

export async function saveStep(ctx: CommandContext, session: Session): Promise<void> {
  await ctx.services.store.checkInSessions.start(ctx.member.id, session);
}

export function stepAfter(questions: CheckinQuestion[], question: CheckinQuestion): CheckinQuestion | undefined {
  return questions[questions.indexOf(question) + 1];
}

/** One snooze per question per day: the outbox key that brings it back, and keeps it to once. */
export const snoozeKey = (ctx: CommandContext, localDate: string, step: string): string => `checkin-snooze:${ctx.member.id}:${localDate}:${step}`;

export async function wasCancelledToday(ctx: CommandContext): Promise<boolean> {
  const open = await ctx.services.store.checkInSessions.open(ctx.member.id);
  return open?.localDate === ctx.today && open.step === CLOSED;
}
