/** What a member may do in a community: peers check in, supervisors get digests and escalations, admins run it. */
export const ROLES = ['peer', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The platform groups a community maps to roles (a Discord role, a Slack user group), if any. */
export interface RoleGroups {
  supervisorGroupId: string | null;
  adminGroupId: string | null;
}

export interface PlatformStanding {
  groups?: string[];
  isPlatformAdmin?: boolean;
}

/**
 * The role a member has now. A platform admin is always an admin (so a fresh install has one
 * without anyone typing a command). Where the community maps a group to a role and the adapter
 * knows the member's groups, membership of that group decides that role, both ways: joining the
 * group grants it and leaving takes it away. Everything else keeps the role set with /community.
 */
export function resolveRole(stored: Role, mapping: RoleGroups, standing: PlatformStanding): Role {
  if (standing.isPlatformAdmin) return 'admin';
  const groups = standing.groups;
  if (!groups) return stored;
  const inAdminGroup = mapping.adminGroupId !== null && groups.includes(mapping.adminGroupId);
  const inSupervisorGroup = mapping.supervisorGroupId !== null && groups.includes(mapping.supervisorGroupId);
  if (inAdminGroup) return 'admin';
  let role = stored;
  if (role === 'admin' && mapping.adminGroupId !== null) role = 'peer';
  if (inSupervisorGroup && role !== 'admin') return 'supervisor';
  if (role === 'supervisor' && mapping.supervisorGroupId !== null) role = 'peer';
  return role;
}
