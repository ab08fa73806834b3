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

export const unknownCommunity = (reference: string): string =>
  `No community "${reference.slice(0, 80)}". Use its id or platform:external-id, such as slack:T0123.\n`;
