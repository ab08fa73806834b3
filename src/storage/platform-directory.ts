import type { Platform } from '../core/events.js';
import type { Prisma } from './database.js';

/**
 * The community a platform user was most recently active in, as its platform id (a Discord
 * server id). A command in a DM carries no server; this is where such a DM belongs.
 */
export async function homeCommunityOf(prisma: Prisma, platform: Platform, platformUserId: string): Promise<string | undefined> {
  const member = await prisma.member.findFirst({
    where: { platformUserId, community: { platform } },
    orderBy: { updatedAt: 'desc' },
    select: { community: { select: { externalId: true } } },
  });
  return member?.community.externalId;
}

/** The channel a community chose for debrief conversations (`/community pairing-channel`), if any. */
export async function pairingChannelOf(prisma: Prisma, platform: Platform, externalId: string): Promise<string | undefined> {
  const community = await prisma.community.findFirst({ where: { platform, externalId }, select: { pairingChannelId: true } });
  return community?.pairingChannelId ?? undefined;
}
