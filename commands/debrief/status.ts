import type { CommandContext } from '../../src/core/command.js';
import { nameOf } from '../../src/core/pairing-messages.js';
import { formatLocalDay } from '../../src/domain/local-time.js';
import { describeSchedule, nextRoundDate, type Cadence } from '../../src/domain/pairing/cadence.js';
import { describeWeekdays } from '../../src/domain/weekdays.js';

/** `/debrief`: this round's partner, the member's debrief history and what they can do. */
export async function status(ctx: CommandContext): Promise<string> {
  const { pairings } = ctx.services.store;
  const [group, counts, profile, avoided, settings] = await Promise.all([
    pairings.currentGroup(ctx.community.id, ctx.member.id),
    pairings.historyCount(ctx.member.id),
    pairings.profile(ctx.member.id),
    pairings.avoidList(ctx.member.id),
    pairings.settings(ctx.community.id),
  ]);
  const partners = group?.members.filter((m) => m.id !== ctx.member.id).map(nameOf) ?? [];
  const rounds =
    settings?.enabled
      ? `${describeSchedule(settings.cadence as Cadence, describeWeekdays([settings.weekday]), settings.time)}; the next is ${formatLocalDay(nextRoundDate(settings.cadence as Cadence, settings.weekday, ctx.today))}`
      : '';
  return [
    '**Your debriefs**',
    `- This round: ${partners.length > 0 ? `with ${partners.join(' and ')} (since ${formatLocalDay(group!.roundDate)})` : "you're not in a debrief group right now"}`,
    `- So far: ${counts.rounds} round${counts.rounds === 1 ? '' : 's'} (${counts.met} you said you met), ${counts.onDemand} on-demand debrief${counts.onDemand === 1 ? '' : 's'}`,
    rounds ? `- Regular rounds: ${roundsFor(ctx)}; they happen ${rounds}` : '- Regular rounds: your community has not started them yet (an admin can, with `/community pairing weekly mon 10:00`)',
    `- On-demand: ${profile.onDemand ? "peers can ask you for a debrief now (`/debrief on-demand off` to stop)" : "you're not on the list of peers who can be asked (`/debrief on-demand on` to join)"}`,
    `- Your private don't-pair list: ${avoided.length === 0 ? 'empty' : `${avoided.length} ${avoided.length === 1 ? 'person' : 'people'} (\`/debrief avoid\` shows it; only you see it)`}`,
    '',
    'What you can do:',
    '- `/debrief now`: after a hard session, I ask peers who take on-demand debriefs',
    "- `/debrief swap`: can't make it this round; I let your partner know kindly",
    '- `/debrief leave`: leave this round (`/settings pairings off` stops rounds altogether)',
    "- `/debrief avoid @someone`: never pair me with them. You don't have to explain, and they are never told.",
  ].join('\n');
}

function roundsFor(ctx: CommandContext): string {
  // A supervisor debriefing their own team is not a peer debrief.
  if (ctx.member.role === 'supervisor') return "supervisors aren't put in peer rounds";
  return ctx.member.pairingsOptIn ? "you're in" : "you're out (`/settings pairings on` to join)";
}

