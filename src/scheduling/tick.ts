import { checkinReminder, scheduledCheckinPrompt } from '../core/checkin-messages.js';
import { backupDisclosure } from '../core/escalations.js';
import { checkinDueState } from '../domain/checkin-schedule.js';
import { promptDeliverBy, reminderDeliverBy } from '../domain/delivery-deadline.js';
import { isQuietAt, type QuietHours } from '../domain/quiet-hours.js';
import type { Store } from '../storage/store.js';
import { claimPromptsOfMembersStillHere, findPromptCandidates, type ClaimMode, type PromptToSend } from './due-check-ins.js';
import { queueDueDigests } from './due-digests.js';
import { closeUnansweredRequests, queueCheckReminders, queueDueRounds, queueHalfwayChecks } from './due-pairings.js';
import { deleteExpiredCheckIns } from './retention.js';
import { claimAndQueueReminders, findReminderCandidates } from './due-reminders.js';

export interface TickReport {
  at: Date;
  /** Prompts this pass claimed and queued (another process may have claimed others). */
  promptsQueued: number;
  /** Due, but quiet hours hold them until they end. */
  heldForQuietHours: number;
  /** Past today's catch-up window (e.g. after downtime): skipped, not sent late. */
  missed: number;
  remindersQueued: number;
  /** Urgent escalations nobody acknowledged in time, passed to the backup supervisor. */
  backupNotified: number;
  /** Weekly supervisor digests queued (one per community and week). */
  digestsQueued: number;
  /** Debrief pairing rounds started (one per community and round date). */
  pairingRounds: number;
  /** "Did you meet?" messages queued halfway through rounds. */
  pairingChecks: number;
  /** The one reminder, a day later, to members who have not answered "Did you meet?". */
  pairingCheckReminders: number;
  /** On-demand debrief requests closed unanswered, the member offered other help. */
  debriefRequestsClosed: number;
  /** Check-ins (and their notes) deleted for being older than the community's retention period. */
  expiredCheckIns: number;
  /** Files handed to members on this machine (terminal data exports, charts) past their day, deleted. */
  expiredFiles: number;
  /** Time spent on the whole pass, and on finding due check-ins alone, in milliseconds. */
  elapsedMs: number;
  findMs: number;
}

const CLAIM_CHUNK = 2500;
const FIND_PARTS = 2;

const quietOf = (start: string | null, end: string | null): QuietHours | null => (start && end ? { start, end } : null);

/**
 * One scheduler pass as if it were `at`: finds the check-ins and reminders that are due, claims
 * them (exactly once, whatever the number of processes) and queues their messages in the outbox.
 */
export async function runTick(store: Store, at: Date): Promise<TickReport> {
  const started = performance.now();
  const { prisma } = store.database;

  // On PostgreSQL, two connections each find the due members of half the communities: a backlog of
  // tens of thousands is found in about half the time on two cores. The embedded database has one.
  const parts = store.database.kind === 'postgres' ? FIND_PARTS : 1;
  const candidates = (await Promise.all(Array.from({ length: parts }, (_, index) => findPromptCandidates(prisma, at, { index, of: parts })))).flat();
  const findMs = performance.now() - started;
  let held = 0;
  let missed = 0;
  // Every member of a community gets the same prompt on the same local day: it is built once per
  // (community, day), and that day's due prompts are kept side by side, so a chunk claims a
  // community's together and can queue them as one batch (claimAndQueuePrompts).
  const byCommunityDay = new Map<string, { prompt: object; due: PromptToSend[] }>();
  // Members in the same situation (check-in time, quiet hours, local time, catch-up window) get the
  // same answer: each situation is decided once, not once per member of a backlog.
  const decided = new Map<string, { state: 'due'; deliverBy: Date } | { state: 'waiting' | 'missed' }>();
  for (const c of candidates) {
    const situation = `${c.checkinTime}|${c.quietStart}|${c.quietEnd}|${c.localTime}|${c.catchUpMinutes}`;
    let decision = decided.get(situation);
    if (decision === undefined) {
      const state = checkinDueState({
        checkinTime: c.checkinTime,
        quietHours: quietOf(c.quietStart, c.quietEnd),
        now: c.localTime,
        catchUpMinutes: c.catchUpMinutes,
      });
      decision = state.state === 'due' ? { state: 'due', deliverBy: promptDeliverBy(at, c.localTime, state.dueAt, c.catchUpMinutes) } : { state: state.state };
      decided.set(situation, decision);
    }
    if (decision.state !== 'due') {
      if (decision.state === 'missed') missed++;
      else held++;
    } else {
      const key = `${c.communityId}|${c.localDate}`;
      let group = byCommunityDay.get(key);
      if (group === undefined) byCommunityDay.set(key, (group = { prompt: scheduledCheckinPrompt(c.checkinQuestions, c.localDate), due: [] }));
      group.due.push({
        memberId: c.memberId,
        localDate: c.localDate,
        communityId: c.communityId,
        platformUserId: c.platformUserId,
        payload: group.prompt,
        deliverBy: decision.deliverBy,
      });
    }
  }
  const due = [...byCommunityDay.values()].flatMap((group) => group.due);
  // Claimed in chunks, taken in a random order: short statements keep lock times short, and
  // processes ticking at once mostly work on different chunks instead of queueing on the same rows.
  const chunks: PromptToSend[][] = [];
  for (let i = 0; i < due.length; i += CLAIM_CHUNK) chunks.push(due.slice(i, i + CLAIM_CHUNK));
  chunks.sort(() => Math.random() - 0.5);
  let claimed = 0;
  // Two chunks at a time: the database works on one while this process prepares the next.
  let next = 0;
  // Found free a moment ago: claimed plainly until one turns out claimed since (ClaimMode).
  const mode: ClaimMode = { skipClaimed: false };
  const worker = async () => {
    while (next < chunks.length) {
      const won = await claimPromptsOfMembersStillHere(prisma, chunks[next++]!, at, mode);
      claimed += won;
    }
  };
  await Promise.all([worker(), worker()]);

  const reminders = (await findReminderCandidates(prisma, at)).filter(
    (r) => !isQuietAt(quietOf(r.quietStart, r.quietEnd), r.localTime),
  );
  const reminded = await claimAndQueueReminders(
    prisma,
    reminders.map((r) => ({ ...r, payload: checkinReminder(r.checkinQuestions, r.localDate), deliverBy: reminderDeliverBy(at, r.localTime) })),
    at,
  );

  const backupNotified = await store.escalations.escalateUnacknowledged(at, backupDisclosure);
  const digestsQueued = await queueDueDigests(store, at);
  const pairingRounds = await queueDueRounds(store, at);
  const pairingChecks = await queueHalfwayChecks(store, at);
  const pairingCheckReminders = await queueCheckReminders(store, at);
  const debriefRequestsClosed = await closeUnansweredRequests(store, at);
  const expiredCheckIns = await deleteExpiredCheckIns(prisma, at);
  const expiredFiles = store.files.sweep(at);

  return {
    at,
    backupNotified,
    digestsQueued,
    pairingRounds,
    pairingChecks,
    pairingCheckReminders,
    debriefRequestsClosed,
    expiredCheckIns,
    expiredFiles,
    promptsQueued: claimed,
    heldForQuietHours: held,
    missed,
    remindersQueued: reminded.length,
    elapsedMs: performance.now() - started,
    findMs,
  };
}
