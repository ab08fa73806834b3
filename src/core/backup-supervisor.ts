import type { Community } from '../storage/communities.js';
import type { ActorRole } from '../storage/audit-log.js';
import type { Member, Role } from '../storage/members.js';
import type { Store } from '../storage/store.js';
import { direct } from './messages.js';
import { nameOf } from './name-disclosure.js';

/**
 * The backup supervisor receives members' names, so they must hold the supervisor role. When a
 * member's role changes away from supervisor (an admin's command, or a platform group they left)
 * and they were the backup, the setting is cleared, recorded, and every admin is told. Returns the
 * sentence for the admin who made the change, or null when nothing was cleared.
 */
export async function clearBackupIfNotSupervisor(
  store: Store,
  community: Pick<Community, 'id'>,
  member: Member,
  role: Role,
  by: { actorId: string | null; actorRole: ActorRole },
  at: Date,
): Promise<string | null> {
  if (role === 'supervisor') return null;
  const { prisma } = store.database;
  const cleared = await prisma.community.updateMany({ where: { id: community.id, backupSupervisorId: member.id }, data: { backupSupervisorId: null } });
  if (cleared.count === 0) return null;
  await store.audit.record(
    {
      communityId: community.id,
      ...by,
      action: 'community.setting',
      subjectId: member.id,
      details: { setting: 'backup', backupSupervisorId: 'a member → none', reason: 'no longer a supervisor' },
    },
    at,
  );
  const sentence = `${nameOf(member)} is no longer a supervisor, so they are no longer the backup supervisor. Until you pick another supervisor with \`/community backup @someone\`, urgent requests nobody acknowledges go to no one else.`;
  const admins = await store.members.admins(community.id);
  await store.outbox.enqueue(
    admins
      .filter((admin) => admin.id !== by.actorId)
      .map((admin) => ({
        communityId: community.id,
        platformUserId: admin.platformUserId,
        kind: 'backup-cleared',
        message: direct(sentence),
        dedupeKey: `backup-cleared:${community.id}:${member.id}:${admin.id}:${at.toISOString()}`,
      })),
    at,
  );
  return sentence;
}
