import type { RoleGroups } from '../../src/domain/roles.js';

/** The Web API calls the standing needs, so the cache can be tried without Bolt. */
export interface StandingApi {
  /** users.info (with include_locale): is this user a workspace owner or admin, and their locale. */
  profile(token: string, userId: string): Promise<{ isAdmin: boolean; locale?: string }>;
  /** usergroups.users.list: who is in this user group? */
  groupMembers(token: string, groupId: string): Promise<string[]>;
  /** The user who installed the app in this workspace, when known. */
  installer(teamId: string): Promise<string | undefined>;
}

interface Cached<T> {
  value: T;
  until: number;
}

/**
 * What Slack says about a user's standing, for the core's role rules: `isPlatformAdmin` (workspace
 * owner or admin, or the installer) and `groups` (which of the community's mapped user groups they
 * are in); and their `locale`, which picks crisis lines for where they are. Answers are cached briefly so a busy workspace makes few calls; a failed call leaves the
 * answer unknown, and the member keeps the role they had.
 */
export class StandingCache {
  private readonly admins = new Map<string, Cached<{ isAdmin: boolean; locale?: string }>>();
  private readonly groups = new Map<string, Cached<string[]>>();

  constructor(
    private readonly api: StandingApi,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = { admin: 10 * 60_000, group: 60_000 },
  ) {}

  async of(teamId: string, userId: string, token: string, mapping: RoleGroups): Promise<{ isPlatformAdmin?: boolean; groups?: string[]; locale?: string }> {
    const [profile, groups] = await Promise.all([this.profileOf(teamId, userId, token), this.groupsOf(teamId, userId, token, mapping)]);
    return {
      ...(profile ? { isPlatformAdmin: profile.isAdmin } : {}),
      ...(profile?.locale ? { locale: profile.locale } : {}),
      ...(groups ? { groups } : {}),
    };
  }

  private async profileOf(teamId: string, userId: string, token: string): Promise<{ isAdmin: boolean; locale?: string } | undefined> {
    const key = `${teamId}:${userId}`;
    const cached = this.admins.get(key);
    if (cached && cached.until > this.now()) return cached.value;
    try {
      const installer = (await this.api.installer(teamId)) === userId;
      // The installer is an admin even when users.info can't be read; only the locale stays unknown.
      const profile = installer ? await this.api.profile(token, userId).catch(() => ({ isAdmin: true })) : await this.api.profile(token, userId);
      const value = { ...profile, isAdmin: installer || profile.isAdmin };
      this.remember(this.admins, key, value, this.ttlMs.admin);
      return value;
    } catch {
      return undefined;
    }
  }

  /** Only the community's mapped groups are asked about; none mapped means groups are not known. */
  private async groupsOf(teamId: string, userId: string, token: string, mapping: RoleGroups): Promise<string[] | undefined> {
    const mapped = [mapping.supervisorGroupId, mapping.adminGroupId].filter((id): id is string => id !== null);
    if (mapped.length === 0) return undefined;
    const memberOf: string[] = [];
    for (const groupId of mapped) {
      const key = `${teamId}:${groupId}`;
      let cached = this.groups.get(key);
      if (!cached || cached.until <= this.now()) {
        try {
          cached = this.remember(this.groups, key, await this.api.groupMembers(token, groupId), this.ttlMs.group);
        } catch {
          return undefined;
        }
      }
      if (cached.value.includes(userId)) memberOf.push(groupId);
    }
    return memberOf;
  }

  private remember<T>(map: Map<string, Cached<T>>, key: string, value: T, ttl: number): Cached<T> {
    if (map.size > 20_000) map.clear();
    const entry = { value, until: this.now() + ttl };
    map.set(key, entry);
    return entry;
  }
}
