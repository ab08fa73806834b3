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

/**
 * One line for a `--community` left out or not found: which option, the communities this database
 * holds (as `--community` takes them) and how to pass one.
 * @param command the command that needs it, e.g. "digest"
 * @param reference what was given; undefined when --community was left out
 */
export function communityNeeded(command: string, reference: string | undefined, known: KnownCommunity[], limit = 20): string {
  const head =
    reference === undefined
      ? `peercircle ${command} needs --community`
      : `No community "${reference.replace(/\s+/g, ' ').slice(0, 80)}" for --community`;
  if (known.length === 0) {
    return `${head}, and this database has no community yet: start the bot and use it once (the terminal's is terminal:local), then pass --community terminal:local.\n`;
  }
  const shown = known.slice(0, limit).map((c) => `${c.reference}${c.name ? ` (${c.name})` : ''}`);
  const more = known.length > limit ? `, and more (the first ${limit} are shown)` : '';
  return `${head}: this database has ${shown.join(', ')}${more}. Pass one as --community ${known[0]!.reference} (or a community's id).\n`;
}
