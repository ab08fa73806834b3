import type { Community } from '../storage/communities.js';
import type { Database } from '../storage/database.js';

/** `--community` on the command line: the community's id, or platform:external-id such as slack:T0123. */
export async function findCommunity(database: Database, reference: string): Promise<Community | null> {
  const [platform, externalId] = reference.includes(':') ? reference.split(/:(.*)/s) : [];
  if (platform) {
    if (!['terminal', 'slack', 'discord'].includes(platform)) return null;
    return database.prisma.community.findFirst({ where: { platform: platform as 'slack', externalId: externalId ?? '' } });
  }
  return /^[0-9a-f-]{36}$/.test(reference) ? database.prisma.community.findUnique({ where: { id: reference } }) : null;
}

export interface KnownCommunity {
  reference: string;
  name: string | null;
}

/** The communities in this database as `--community` takes them, for the message when one is not found. */
export async function knownCommunities(database: Database, limit = 20): Promise<KnownCommunity[]> {
  const rows = await database.prisma.community.findMany({ orderBy: [{ platform: 'asc' }, { externalId: 'asc' }], take: limit + 1, select: { platform: true, externalId: true, name: true } });
  return rows.map((row) => ({ reference: `${row.platform}:${row.externalId}`, name: row.name }));
}

export function unknownCommunity(reference: string, known: KnownCommunity[], limit = 20): string {
  const head = `No community "${reference.slice(0, 80)}". Use its id or platform:external-id, such as slack:T0123.`;
  if (known.length === 0) return `${head}\nThis database has no community yet: start the bot and use it once (the terminal's is terminal:local).\n`;
  const shown = known.slice(0, limit).map((c) => `  ${c.reference}${c.name ? `  (${c.name})` : ''}`);
  const more = known.length > limit ? [`  …and more; the first ${limit} are shown.`] : [];
  return `${head}\nCommunities in this database:\n${[...shown, ...more].join('\n')}\n`;
}
