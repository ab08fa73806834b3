import { auditAction } from './audit.js';
import { auditSentence, sentenceCase } from './audit-sentences.js';
import { formatShortLocal } from '../domain/local-time.js';
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

/** Entries per page: a page stays well inside one message on every platform (Discord: 2,000 characters). */
export const AUDIT_PAGE_SIZE = 12;

export interface AuditView {
  days: number;
  page: number;
}

/** `/community audit [days] [page N]`: 7 days and the first page unless told. */
export function parseAuditView(text: string): Result<AuditView> {
  const match = /^(?:(\d{1,3}))?\s*(?:page\s+(\d{1,4}))?$/i.exec(text.trim());
  const days = match ? parseAuditDays(match[1] ?? '') : parseAuditDays(text);
  if (!days.ok) return err(`${days.error} Add \`page 2\` for older entries.`);
  const page = Number(match?.[2] ?? 1);
  return page >= 1 ? ok({ days: days.value, page }) : err('Pages start at 1, like `/community audit 30 page 2`.');
}

/** The audit trail as a chat message: one sentence per entry, newest first, a page at a time, times in `zone`. */
export function renderAuditLines(lines: AuditLine[], view: AuditView, zone: string): string {
  const span = `last ${view.days === 1 ? 'day' : `${view.days} days`}`;
  if (lines.length === 0) return `**What admins and supervisors did, ${span}**\nNothing recorded in that time.`;
  const pages = Math.ceil(lines.length / AUDIT_PAGE_SIZE);
  const page = Math.min(view.page, pages);
  const newestFirst = [...lines].reverse().slice((page - 1) * AUDIT_PAGE_SIZE, page * AUDIT_PAGE_SIZE);
  const title = `**What admins and supervisors did, ${span}** (times in ${zone}${pages > 1 ? `; page ${page} of ${pages}` : ''})`;
  const entries = newestFirst.map((line) => `- ${formatShortLocal(new Date(line.at), zone)} — ${sentenceCase(auditSentence(line))}`);
  const more = page < pages ? `\nOlder entries: \`/community audit ${view.days} page ${page + 1}\`. An operator can export everything with \`peercircle audit\`.` : '';
  return `${title}\n${entries.join('\n')}${more}`;
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
export async function auditReport(ctx: CommandContext, text: string): Promise<string> {
  const view = parseAuditView(text);
  if (!view.ok) return view.error;
  const { store, now } = ctx.services;
  const to = now();
  const from = new Date(to.getTime() - view.value.days * 86_400_000);
  const entries = await store.audit.between(ctx.community.id, from, new Date(to.getTime() + 1));
  await auditAction(ctx, 'audit.view', { days: view.value.days });
  return renderAuditLines(await auditLines(store.database.prisma, entries), view.value, ctx.member.timeZone ?? ctx.community.timeZone);
}
