import type { Role } from '../domain/roles.js';
import type { Role as StoredRole } from './generated/enums.js';

/*
 * The domain's roles and the database enum are the same three words today. These two maps are
 * where they meet: if either side gains, loses or renames a role, they stop compiling.
 */
const toStored = { peer: 'peer', supervisor: 'supervisor', admin: 'admin' } as const satisfies Record<Role, StoredRole>;
const fromStored = { peer: 'peer', supervisor: 'supervisor', admin: 'admin' } as const satisfies Record<StoredRole, Role>;

export const storedRole = (role: Role): StoredRole => toStored[role];
export const domainRole = (stored: StoredRole): Role => fromStored[stored];
