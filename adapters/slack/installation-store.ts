import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { SlackInstallationRepository } from '../../src/storage/slack-installations.js';

/**
 * Bolt's installation store on the project's database: OAuth installs are kept sealed (AES-256-GCM),
 * keyed by workspace, or by Enterprise Grid org for an org-wide install.
 */
export function sealedInstallationStore(repository: SlackInstallationRepository): InstallationStore {
  return {
    async storeInstallation(installation: Installation) {
      const isEnterpriseInstall = installation.isEnterpriseInstall === true;
      await repository.save(
        {
          ...(installation.team?.id ? { teamId: installation.team.id } : {}),
          ...(installation.enterprise?.id ? { enterpriseId: installation.enterprise.id } : {}),
          isEnterpriseInstall,
          ...(installation.user?.id ? { installerUserId: installation.user.id } : {}),
        },
        installation,
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await repository.find({
        ...(query.teamId ? { teamId: query.teamId } : {}),
        ...(query.enterpriseId ? { enterpriseId: query.enterpriseId } : {}),
        isEnterpriseInstall: query.isEnterpriseInstall,
      });
      if (!found) throw new Error(`no installation for ${query.isEnterpriseInstall ? `enterprise ${query.enterpriseId}` : `team ${query.teamId}`}`);
      return found as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await repository.delete({
        ...(query.teamId ? { teamId: query.teamId } : {}),
        ...(query.enterpriseId ? { enterpriseId: query.enterpriseId } : {}),
        isEnterpriseInstall: query.isEnterpriseInstall,
      });
    },
  };
}
