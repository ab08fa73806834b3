import type { CommunityRef } from '../core/events.js';
import type { Prisma } from './database.js';
import type { Community } from './generated/client.js';
import { createOnce } from './create-once.js';
import { SingleFlight } from './single-flight.js';

export type { Community };

/** How long a row read for an event's role groups may stand in for that event's own read. */
const HANDED_OVER_MS = 1000;

/**
 * An adapter reads a community's role groups just before the core reads the same row for the same
 * event. Each such read leaves one hand-over: the core's next read of that community takes it
 * instead of asking the database again, so an event costs one community read, not two. Unused
 * hand-overs lapse after HANDED_OVER_MS; nothing else is kept between events.
 */
interface HandOver {
  row: Community;
  at: number;
  left: number;
}

export class CommunityRepository {
  private readonly reads = new SingleFlight<Community>();
  private readonly handOvers = new Map<string, HandOver>();

  constructor(private readonly prisma: Prisma) {}

  /** The community for a workspace or server, created with defaults on first sight. */
  async findOrCreate(ref: CommunityRef, defaults: { timeZone: string; locale: string }): Promise<Community> {
    const key = { platform_externalId: { platform: ref.platform, externalId: ref.externalId } };
    const existing = this.takeHandOver(`${ref.platform}:${ref.externalId}`) ?? (await this.read(ref));
    if (existing) return existing;
    return createOnce(
      () => this.prisma.community.create({ data: { platform: ref.platform, externalId: ref.externalId, name: ref.name ?? null, ...defaults } }),
      () => this.prisma.community.findUnique({ where: key }),
    );
  }

  /** The platform groups a community maps to roles; none for a community not seen yet. */
  async roleGroups(ref: CommunityRef): Promise<{ supervisorGroupId: string | null; adminGroupId: string | null }> {
    const id = `${ref.platform}:${ref.externalId}`;
    const row = await this.read(ref);
    if (!row) return { supervisorGroupId: null, adminGroupId: null };
    const previous = this.handOvers.get(id);
    const fresh = previous && Date.now() - previous.at <= HANDED_OVER_MS;
    this.handOvers.set(id, { row, at: Date.now(), left: (fresh ? previous.left : 0) + 1 });
    return { supervisorGroupId: row.supervisorGroupId, adminGroupId: row.adminGroupId };
  }

  private read(ref: CommunityRef): Promise<Community | null> {
    return this.reads.read(`${ref.platform}:${ref.externalId}`, () =>
      this.prisma.community.findUnique({ where: { platform_externalId: { platform: ref.platform, externalId: ref.externalId } } }),
    );
  }

  private takeHandOver(id: string): Community | undefined {
    const handOver = this.handOvers.get(id);
    if (!handOver) return undefined;
    if (Date.now() - handOver.at > HANDED_OVER_MS) {
      this.handOvers.delete(id);
      return undefined;
    }
    if (--handOver.left === 0) this.handOvers.delete(id);
    return { ...handOver.row };
  }

  byId(id: string): Promise<Community | null> {
    return this.prisma.community.findUnique({ where: { id } });
  }
}
