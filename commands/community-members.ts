import type { CommandContext } from '../src/core/command.js';
import { err, ok, type Result } from '../src/core/result.js';
import type { Role } from '../src/storage/members.js';

/** Names per page: a page stays well inside one message on every platform (Discord: 2,000 characters). */
export const MEMBERS_PAGE_SIZE = 30;

const roleOrder: Record<Role, number> = { admin: 0, supervisor: 1, peer: 2 };
const roleWord: Record<Role, string> = { admin: 'admin', supervisor: 'supervisor', peer: 'peer' };

/** `/community members [page]`: the first page unless told. */
export function parseMembersPage(text: string): Result<number> {
  const trimmed = text.trim().replace(/^page\s+/i, '');
  if (trimmed === '') return ok(1);
  const page = Number(trimmed);
  return /^\d{1,5}$/.test(trimmed) && page >= 1 ? ok(page) : err('Please give a page number, like `/community members 2`.');
}

/**
 * Everyone in the community and their role. An admin sees every member by name. A supervisor sees
 * the other supervisors and admins by name, and peers only as a count: a peer's name reaches a
 * supervisor only with their consent or under the crisis policy, and being listed would tell a
 * supervisor who uses peercircle.
 */
export async function membersView(ctx: CommandContext, pageText: string): Promise<string> {
  const page = parseMembersPage(pageText);
  if (!page.ok) return page.error;
  const { prisma } = ctx.services.store.database;
  const c = ctx.community;
  const all = await prisma.member.findMany({ where: { communityId: c.id }, select: { id: true, displayName: true, platformUserId: true, role: true } });
  const name = (m: (typeof all)[number]) => m.displayName ?? m.platformUserId;
  const byAdmin = ctx.member.role === 'admin';
  const listed = all
    .filter((m) => byAdmin || m.role !== 'peer')
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || name(a).localeCompare(name(b)));
  const peers = all.filter((m) => m.role === 'peer').length;
  const pages = Math.max(1, Math.ceil(listed.length / MEMBERS_PAGE_SIZE));
  const shown = Math.min(page.value, pages);
  const lines = listed.slice((shown - 1) * MEMBERS_PAGE_SIZE, shown * MEMBERS_PAGE_SIZE).map((m) => {
    const duties = [m.id === c.backupSupervisorId ? 'backup supervisor' : null, m.id === c.crisisContactMemberId ? 'crisis contact' : null].filter(Boolean);
    return `- ${name(m)}: ${roleWord[m.role]}${duties.length > 0 ? ` (${duties.join(', ')})` : ''}`;
  });
  const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);
  const title = `**Members and roles**: ${people(all.length)}${pages > 1 ? ` (page ${shown} of ${pages})` : ''}`;
  const footer = [
    shown < pages ? `More: \`/community members ${shown + 1}\`.` : null,
    byAdmin
      ? 'Change a role with `/community role @name supervisor` (or admin, peer).'
      : `…and ${people(peers)} with the peer role. Peers' names are shown to admins only: a name reaches a supervisor only with the member's consent or under the crisis policy.`,
  ].filter((l): l is string => l !== null);
  return [title, ...(lines.length > 0 ? lines : ['- Nobody with a supervisor or admin role yet.']), '', ...footer].join('\n');
}
