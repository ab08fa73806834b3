import { communityQuestions } from '../domain/checkin-questions.js';
import { wellbeingScore } from '../domain/checkin-summary.js';
import { localDateOf } from '../domain/local-time.js';
import type { Services } from './command.js';
import type { CommunityRef, UserRef } from './events.js';

/** One completed check-in on a member's own page: the day and its 1–5 score (5 the lighter end). */
export interface HomeDay {
  localDate: string;
  score: number;
}

/** What a member's own page shows about them; only ever rendered for that member. */
export interface HomeSummary {
  /** Their last completed check-ins, oldest first, at most `days`. */
  recent: HomeDay[];
  /** Whether they have talked to the bot yet. */
  known: boolean;
}

/** Looks up a member's own recent check-ins without creating anything: opening a page is not joining. */
export async function memberHome(services: Services, community: CommunityRef, user: UserRef, days = 14): Promise<HomeSummary> {
  const { prisma } = services.store.database;
  const row = await prisma.community.findUnique({ where: { platform_externalId: { platform: community.platform, externalId: community.externalId } } });
  const member = row ? await prisma.member.findUnique({ where: { communityId_platformUserId: { communityId: row.id, platformUserId: user.id } } }) : null;
  if (!row || !member) return { recent: [], known: false };
  const today = localDateOf(services.now(), member.timeZone ?? row.timeZone);
  // Look back far enough to find `days` check-ins on a weekdays-only schedule.
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - days * 2 * 86_400_000).toISOString().slice(0, 10);
  const questions = communityQuestions(row.checkinQuestions);
  const recent = (await services.store.checkIns.since(member.id, since))
    .map((checkIn) => ({ localDate: checkIn.localDate, score: wellbeingScore(questions, checkIn.answers) }))
    .filter((day) => Number.isFinite(day.score))
    .slice(-days);
  return { recent, known: true };
}
