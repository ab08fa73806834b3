import type { NoteCipher } from '../security/note-cipher.js';
import type { Prisma } from './database.js';

/** The lookup keys of one Slack installation; the installation itself is opaque JSON here. */
export interface SlackInstallationKeys {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
  installerUserId?: string;
}

const keyOf = (keys: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean }): string | undefined =>
  keys.isEnterpriseInstall ? (keys.enterpriseId ? `E:${keys.enterpriseId}` : undefined) : keys.teamId ? `T:${keys.teamId}` : undefined;

/**
 * Slack installations (OAuth distribution). The whole installation, bot and user tokens included,
 * is sealed with the project's AES-256-GCM cipher before it reaches the database.
 */
export class SlackInstallationRepository {
  constructor(
    private readonly prisma: Prisma,
    private readonly cipher: NoteCipher,
  ) {}

  async save(keys: SlackInstallationKeys, installation: unknown): Promise<void> {
    const key = keyOf(keys);
    if (!key) throw new Error('an installation needs a team id, or an enterprise id for an org-wide install');
    const sealed = this.cipher.encrypt(JSON.stringify(installation));
    const row = {
      teamId: keys.teamId ?? null,
      enterpriseId: keys.enterpriseId ?? null,
      isEnterpriseInstall: keys.isEnterpriseInstall,
      installerUserId: keys.installerUserId ?? null,
      sealed,
    };
    await this.prisma.slackInstallation.upsert({ where: { key }, create: { key, ...row }, update: row });
  }

  /** Re-seals every installation not sealed with the current key (`peercircle rotate-key`); returns how many. */
  async resealTokens(): Promise<number> {
    let resealed = 0;
    // A handful of rows per deployment: one read is enough.
    for (const row of await this.prisma.slackInstallation.findMany({ select: { key: true, sealed: true } })) {
      if (this.cipher.isCurrent(row.sealed)) continue;
      // Only if unchanged since read, so an installation updated meanwhile is never overwritten.
      const updated = await this.prisma.slackInstallation.updateMany({
        where: { key: row.key, sealed: row.sealed },
        data: { sealed: this.cipher.encrypt(this.cipher.decrypt(row.sealed)) },
      });
      resealed += updated.count;
    }
    return resealed;
  }

  /**
   * The installation serving a workspace: its own, else the org-wide one of its enterprise (given
   * the enterprise id, or found through the workspaces already seen under it).
   */
  async find(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): Promise<unknown | undefined> {
    const direct = keyOf({ ...query, isEnterpriseInstall: query.isEnterpriseInstall ?? false });
    const row =
      (direct ? await this.prisma.slackInstallation.findUnique({ where: { key: direct } }) : null) ??
      (query.enterpriseId ? await this.prisma.slackInstallation.findUnique({ where: { key: `E:${query.enterpriseId}` } }) : null) ??
      (query.teamId
        ? await this.prisma.slackInstallation.findFirst({ where: { isEnterpriseInstall: true, teamIds: { has: query.teamId } } })
        : null);
    return row ? JSON.parse(this.cipher.decrypt(row.sealed)) : undefined;
  }

  /** Remembers that a workspace belongs to an org-wide install, so outgoing messages find its token. */
  async linkTeam(enterpriseId: string, teamId: string): Promise<void> {
    const row = await this.prisma.slackInstallation.findUnique({ where: { key: `E:${enterpriseId}` } });
    if (!row || row.teamIds.includes(teamId)) return;
    await this.prisma.slackInstallation.update({ where: { key: row.key }, data: { teamIds: { push: teamId } } });
  }

  /**
   * Org-wide installations (a few per deployment at most; `limit` bounds it), opened, each with its
   * enterprise id: for finding which org a workspace not yet linked belongs to.
   */
  async orgWide(limit: number): Promise<{ enterpriseId: string; installation: unknown }[]> {
    const rows = await this.prisma.slackInstallation.findMany({ where: { isEnterpriseInstall: true }, orderBy: { createdAt: 'asc' }, take: limit });
    return rows.flatMap((row) => (row.enterpriseId ? [{ enterpriseId: row.enterpriseId, installation: JSON.parse(this.cipher.decrypt(row.sealed)) as unknown }] : []));
  }

  /** Uninstall or token revocation: forget the installation and its tokens. Returns how many went. */
  async delete(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean }): Promise<number> {
    const key = keyOf(query);
    if (!key) return 0;
    const { count } = await this.prisma.slackInstallation.deleteMany({ where: { key } });
    return count;
  }

  /** The user who installed the app in a workspace (a platform admin for the bot). */
  async installerOf(teamId: string, enterpriseId?: string): Promise<string | undefined> {
    const row = await this.prisma.slackInstallation.findFirst({
      where: { OR: [{ key: `T:${teamId}` }, ...(enterpriseId ? [{ key: `E:${enterpriseId}` }] : [])] },
    });
    return row?.installerUserId ?? undefined;
  }
}
