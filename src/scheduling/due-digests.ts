import { renderTrendChart } from '../charts/trend-chart.js';
import { communityDigest, renderDigest } from '../core/digest.js';
import { direct } from '../core/messages.js';
import { weekOf } from '../domain/digest/closed-weeks.js';
import { deliverByFor } from '../domain/delivery-deadline.js';
import { addDays } from '../domain/local-time.js';
import { fromDateColumn, toDateColumn } from '../storage/local-date-column.js';
import type { Store } from '../storage/store.js';

/**
 * Weekly digests whose day and local time have come: each covers the four weeks that have ended
 * (for every member's time zone) and goes to the community's supervisors by direct message. The digest_runs key is the claim, and
 * it is written in the same transaction as the outbox rows, so each digest is sent once.
 */
export async function queueDueDigests(store: Store, at: Date): Promise<number> {
  const { prisma } = store.database;
  const due = await prisma.$queryRaw<{ id: string; local_date: Date }[]>`
    SELECT c.id, t.local_ts::date AS local_date
    FROM communities c
    CROSS JOIN LATERAL (SELECT (${at}::timestamptz AT TIME ZONE c.time_zone) AS local_ts) t
    WHERE c.digest_enabled
      AND extract(isodow FROM t.local_ts)::int = c.digest_weekday
      AND to_char(t.local_ts, 'HH24:MI') >= c.digest_time
      AND NOT EXISTS (
        SELECT 1 FROM digest_runs r
        WHERE r.community_id = c.id AND r.week = date_trunc('week', t.local_ts::date - 1)::date
      )`;
  let queued = 0;
  for (const row of due) {
    const community = await store.communities.byId(row.id);
    if (!community) continue;
    // The claim is the week of yesterday, as in the query above; the figures stop at the last week
    // that has closed everywhere, which a far-west member can hold back by a few hours.
    const week = weekOf(addDays(fromDateColumn(row.local_date), -1));
    const digest = await communityDigest(store, community, at);
    const supervisors = await store.members.supervisors(community.id);
    const png = await renderTrendChart(digest);
    const message = direct(`Your weekly team digest.\n\n${renderDigest(digest)}`, {
      attachment: {
        filename: `digest-${week}.png`,
        contentType: 'image/png',
        base64: png.toString('base64'),
        altText: "Line chart of the team's weekly average for each check-in question over the four weeks that have ended, each at the middle of its half-point range; the same figures are listed in the message.",
      },
    });
    const won = await prisma.$transaction(async (tx) => {
      const claimed = await tx.digestRun.createMany({ data: [{ communityId: community.id, week: toDateColumn(week), sentAt: at }], skipDuplicates: true });
      if (claimed.count === 0) return false;
      // To the private channel the admin chose, or else to each supervisor by direct message.
      const recipients = community.digestChannelId
        ? [{ platformUserId: '', channelId: community.digestChannelId, key: `channel:${community.digestChannelId}` }]
        : supervisors.map((s) => ({ platformUserId: s.platformUserId, channelId: null, key: s.id }));
      await tx.outboxMessage.createMany({
        data: recipients.map((r) => ({
          communityId: community.id,
          platformUserId: r.platformUserId,
          channelId: r.channelId,
          kind: 'digest',
          payload: message as object,
          dedupeKey: `digest:${community.id}:${week}:${r.key}`,
          nextAttemptAt: at,
          createdAt: at,
          deliverBy: deliverByFor('digest', at),
        })),
        skipDuplicates: true,
      });
      return true;
    });
    if (won) queued++;
  }
  return queued;
}
