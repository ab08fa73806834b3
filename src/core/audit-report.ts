import { auditAction } from './audit.js';
import type { CommandContext } from './command.js';
import type { AuditEntry } from '../storage/audit-log.js';
import type { Prisma } from '../storage/database.js';
import { err, ok, type Result } from './result.js';

/** One audit row as an admin reads or exports it: names instead of ids, where the member still exists. */
export interface AuditLine {
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

export const AUDIT_MAX_DAYS = 365;

/** `/community audit [days]`: how far back to look, 7 days unless told. */
export function parseAuditDays(text: string): Result<number> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(7);
  const days = Number(trimmed);
  return /^\d{1,3}$/.test(trimmed) && days >= 1 && days <= AUDIT_MAX_DAYS
    ? ok(days)
    : err(`Please give how many days back to look, a whole number from 1 to ${AUDIT_MAX_DAYS}, like \`/community audit 30\`.`);
}

/** Resolves actor and subject ids to display names; a blanked id reads as a deleted member. */
export async function auditLines(prisma: Prisma, entries: AuditEntry[]): Promise<AuditLine[]> {
  const ids = [...new Set(entries.flatMap((e) => [e.actorId, e.subjectId, e.recipientId]).filter((id): id is string => id !== null))];
  const members = await prisma.member.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true, platformUserId: true } });
  const names = new Map(members.map((m) => [m.id, m.displayName ?? m.platformUserId]));
  const name = (id: string | null) => (id === null ? 'a deleted member' : (names.get(id) ?? 'a deleted member'));
  return entries.map((e) => ({
    at: e.at.toISOString(),
    actor: e.actorRole === 'operator' ? 'an operator (command line)' : e.actorRole === 'platform' ? 'the platform' : e.actorRole === 'bot' ? 'peercircle' : name(e.actorId),
    actorRole: e.actorRole,
    action: e.action,
    subject: e.action === 'member.data-deleted' ? null : e.subjectId === null ? null : name(e.subjectId),
    // A name disclosure says who was told: a member (or a deleted one), or the channel in its details.
    details: e.action === 'member.name-disclosed' && !('channel' in (e.details as object)) ? { ...(e.details as object), to: name(e.recipientId) } : (e.details as Record<string, unknown>),
  }));
}

/** Fits one chat message on every platform (Discord's limit is 2,000 characters). */
const MAX_CHARS = 1800;

/** The audit trail as a chat message: newest first, as many as fit, the rest by `peercircle audit`. */
export function renderAuditLines(lines: AuditLine[], days: number): string {
  const title = `**Audit log, last ${days} day(s)** (times in UTC)`;
  if (lines.length === 0) return `**Audit log, last ${days} day(s)**\nNothing recorded: no admin or supervisor actions in that time.`;
  const shown: string[] = [];
  let length = title.length + 200; // room for the "older" note
  for (const line of [...lines].reverse()) {
    const details = Object.entries(line.details)
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join('; ');
    const subject = line.subject ? ` → ${line.subject}` : '';
    const text = `- ${line.at.slice(0, 16).replace('T', ' ')} · ${line.actor} (${line.actorRole}) · ${line.action}${subject}${details ? ` · ${details}` : ''}`;
    if (length + text.length + 1 > MAX_CHARS) break;
    shown.push(text);
    length += text.length + 1;
  }
  const hidden = lines.length - shown.length;
  const more = hidden > 0 ? `\n…and ${hidden} older. An operator can export all of it with \`peercircle audit\`.` : '';
  return `${title}\n${shown.join('\n')}${more}`;
}

/** CSV for `peercircle audit --format csv`: one row per entry, details as JSON. */
export function auditCsv(lines: AuditLine[]): string {
  // A leading = + - @ would run as a formula in a spreadsheet: such a name is quoted as text.
  const cell = (raw: string) => {
    const value = /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const rows = lines.map((l) => [l.at, l.actor, l.actorRole, l.action, l.subject ?? '', JSON.stringify(l.details)].map(cell).join(','));
  return ['at,actor,actor_role,action,subject,details', ...rows].join('\n');
}

/** `/community audit [days]` for an admin: the trail, and the viewing itself recorded in it. */
export async function auditReport(ctx: CommandContext, daysText: string): Promise<string> {
  const days = parseAuditDays(daysText);
  if (!days.ok) return days.error;
  const { store, now } = ctx.services;
  const to = now();
  const from = new Date(to.getTime() - days.value * 86_400_000);
  const entries = await store.audit.between(ctx.community.id, from, new Date(to.getTime() + 1));
  await auditAction(ctx, 'audit.view', { days: days.value });
  return renderAuditLines(await auditLines(store.database.prisma, entries), days.value);
}
