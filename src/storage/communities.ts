import type { CommunityRef } from '../core/events.js';
import type { Prisma } from './database.js';
import type { Community } from './generated/client.js';
import { createOnce } from './create-once.js';
import { SingleFlight } from './single-flight.js';

export type { Community };

export class CommunityRepository {
  // Overlapping reads of one community (a burst from one workspace) share one query; nothing is
  // kept once it answers.
  private readonly reads = new SingleFlight<Community>();

  constructor(private readonly prisma: Prisma) {}

  /** The community for a workspace or server, created with defaults on first sight. */
  async findOrCreate(ref: CommunityRef, defaults: { timeZone: string; locale: string }): Promise<Community> {
    const key = { platform_externalId: { platform: ref.platform, externalId: ref.externalId } };
    const existing = await this.read(ref);
    if (existing) return existing;
    return createOnce(
      () => this.prisma.community.create({ data: { platform: ref.platform, externalId: ref.externalId, name: ref.name ?? null, ...defaults } }),
      () => this.prisma.community.findUnique({ where: key }),
    );
  }

  private read(ref: CommunityRef): Promise<Community | null> {
    return this.reads.read(`${ref.platform}:${ref.externalId}`, () =>
      this.prisma.community.findUnique({ where: { platform_externalId: { platform: ref.platform, externalId: ref.externalId } } }),
    );
  }

  byId(id: string): Promise<Community | null> {
    return this.prisma.community.findUnique({ where: { id } });
  }
}
