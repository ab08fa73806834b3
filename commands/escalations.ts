import { z } from 'zod';
import { acknowledgeEscalation } from '../src/core/acknowledge.js';
import { defineCommand, type CommandContext } from '../src/core/command.js';
import { reasonText } from '../src/core/escalations.js';
import { ephemeral } from '../src/core/messages.js';
import { nameOf } from '../src/core/name-disclosure.js';
import { formatShortLocal } from '../src/domain/local-time.js';
import { err, ok, type Result } from '../src/core/result.js';
import type { Escalation } from '../src/storage/escalations.js';

type Listed = { number: number; escalation: Escalation & { member: { displayName: string | null; platformUserId: string } } };

/**
 * The requests and signals whose names were sent to this member (as a supervisor, the crisis
 * contact or the backup), numbered in the order they arrived. The numbers never shift: a request
 * acknowledged or resolved keeps its number, so `ack 2` always means the same one.
 */
async function openForMe(ctx: CommandContext): Promise<Listed[]> {
  const { store } = ctx.services;
  const told = await store.nameDisclosures.toMember(ctx.member.id);
  const ids = [...new Set(told.map((t) => (t.details as { escalationId?: string }).escalationId).filter((id): id is string => typeof id === 'string'))];
  const open = await store.escalations.openAmong(ids);
  return open.map((escalation) => ({ number: ids.indexOf(escalation.id) + 1, escalation })).sort((a, b) => a.number - b.number);
}

function parseAck(text: string): Result<number | null> {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return ok(null);
  const n = Number(words[1]);
  if (words[0] === 'ack' && words.length === 2 && Number.isInteger(n) && n >= 1 && n <= 100_000) return ok(n);
  return err('Type `/escalations` to see what is open for you, or `/escalations ack 2` to acknowledge number 2.');
}

export const escalations = defineCommand({
  name: 'escalations',
  description: 'Supervisors and crisis contacts: requests waiting for you, and acknowledging them',
  usage: ['escalations', 'escalations ack 2'],
  options: [{ name: 'action', description: 'ack and a number, like "ack 2"' }],
  args: z.object({ action: z.string().max(40, 'Type `/escalations`, or `/escalations ack 2` to acknowledge number 2.').optional() }),
  async run(ctx, { action }) {
    const ack = parseAck(action ?? '');
    if (!ack.ok) return [ephemeral(ack.error)];
    const listed = await openForMe(ctx);
    if (ack.value === null) return [ephemeral(render(listed, ctx))];
    const chosen = listed.find((l) => l.number === ack.value);
    if (!chosen) return [ephemeral(`Number ${ack.value} isn't open for you: it was acknowledged or has passed. \`/escalations\` lists what is open.`)];
    const reply = await acknowledgeEscalation(ctx, chosen.escalation.id);
    return [ephemeral(`${ack.value}. ${nameOf(chosen.escalation.member)}: ${reply}`)];
  },
});

const levelWords: Record<string, string> = { urgent: 'urgent', reach_out: 'reach out soon', watch: 'worth a gentle check-in' };

function render(listed: Listed[], ctx: CommandContext): string {
  const footnote = "Only requests and signals sent to you by name are listed. Signals members kept to themselves count only in the team totals of `/digest`.";
  if (listed.length === 0) {
    const who = ctx.member.role === 'peer' ? 'This lists requests sent to you as a supervisor or crisis contact. ' : '';
    return `Nothing is waiting for you. ${who}${footnote}`;
  }
  const zone = ctx.member.timeZone ?? ctx.community.timeZone;
  const lines = listed.map(({ number, escalation: e }) => {
    const level = levelWords[e.level] ?? e.level;
    return `${number}. **${nameOf(e.member)}** ${reasonText(e.rule).split('.')[0]} · ${level} · since ${formatShortLocal(e.raisedAt, zone)}`;
  });
  return [
    `**Waiting for you** (times in ${zone})`,
    ...lines,
    '',
    `To acknowledge one, type \`/escalations ack ${listed[0]!.number}\` with its number: the member is told you've seen it.`,
    footnote,
  ].join('\n');
}
