import type { UserRef } from '../core/events.js';
import type { Prisma } from './database.js';
import type { Role } from '../domain/roles.js';
import type { Member } from './generated/client.js';
import { createOnce } from './create-once.js';
import { toDateColumn } from './local-date-column.js';
import { storedRole } from './roles.js';
import { countsInDigests, readsDigests } from '../domain/digest/who-counts.js';

export type { Member, Role };

/** The fields a member changes with /settings. */
export interface MemberSettingsChange {
  timeZone?: string;
  checkinTime?: string;
  checkinWeekdays?: number[];
  quietHours?: { start: string; end: string } | null;
  pausedUntil?: string | null;
  checkinsOptIn?: boolean;
  pairingsOptIn?: boolean;
  consentNameToSupervisor?: boolean;
  consentNameOnSignal?: boolean;
}

export class MemberRepository {
  constructor(private readonly prisma: Prisma) {}

  /** Finds the member, or creates them on first contact (`created` tells which). */
  async findOrCreate(
    communityId: string,
    user: UserRef,
    defaults: { role?: Role } = {},
  ): Promise<{ member: Member; created: boolean }> {
    const key = { communityId_platformUserId: { communityId, platformUserId: user.id } };
    const existing = await this.prisma.member.findUnique({ where: key });
    if (existing) return { member: existing, created: false };
    let created = true;
    const member = await createOnce(
      () => this.prisma.member.create({ data: { communityId, platformUserId: user.id, displayName: user.displayName ?? null, ...joiningRole(defaults.role ?? 'peer', new Date()) } }),
      async () => {
        created = false;
        return this.prisma.member.findUnique({ where: key });
      },
    );
    return { member, created };
  }

  /** The locale the member's platform reports, kept so scheduled messages pick the same crisis lines. */
  setLocale(memberId: string, locale: string): Promise<Member> {
    return this.prisma.member.update({ where: { id: memberId }, data: { locale } });
  }

  markOnboarded(memberId: string, at: Date): Promise<Member> {
    return this.prisma.member.update({ where: { id: memberId }, data: { onboardedAt: at } });
  }

  /** The community's supervisors: who hears about a member who asked for support. */
  supervisors(communityId: string): Promise<Member[]> {
    return this.prisma.member.findMany({ where: { communityId, role: 'supervisor' }, orderBy: { createdAt: 'asc' } });
  }

  /** The community's admins: who hears about settings that need them (a missing crisis contact). */
  admins(communityId: string): Promise<Member[]> {
    return this.prisma.member.findMany({ where: { communityId, role: 'admin' }, orderBy: { createdAt: 'asc' } });
  }

  byId(memberId: string): Promise<Member | null> {
    return this.prisma.member.findUnique({ where: { id: memberId } });
  }

  /** Changes a member's role. The first time they take the supervisor or admin role, they stop counting in digests for good. */
  async setRole(memberId: string, role: Role, at = new Date()): Promise<Member> {
    const since = readsDigests(role) ? at : null;
    // Only a member who never held such a role gets the date: it is never moved or cleared.
    await this.prisma.member.updateMany({ where: { id: memberId, oversightSince: null }, data: { oversightSince: since } });
    return this.prisma.member.update({ where: { id: memberId }, data: { role: storedRole(role) } });
  }

  updateSettings(memberId: string, change: MemberSettingsChange): Promise<Member> {
    const { quietHours, pausedUntil, ...plain } = change;
    return this.prisma.member.update({
      where: { id: memberId },
      data: {
        ...plain,
        ...(quietHours !== undefined && { quietStart: quietHours?.start ?? null, quietEnd: quietHours?.end ?? null }),
        ...(pausedUntil !== undefined && { pausedUntil: pausedUntil === null ? null : toDateColumn(pausedUntil) }),
      },
    });
  }
}

/** A new member's role fields: one who joins as a supervisor or admin never counts in digests. */
export function joiningRole(role: Role, at: Date): { role: ReturnType<typeof storedRole>; oversightSince: Date | null } {
  return { role: storedRole(role), oversightSince: countsInDigests([role]) ? null : at };
}
