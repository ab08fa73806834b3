import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveRole } from '../../../src/domain/roles.js';

const unmapped = { supervisorGroupId: null, adminGroupId: null };
const mapped = { supervisorGroupId: 'SUP', adminGroupId: 'ADM' };

describe('roles from platform groups', () => {
  it('GIVEN a platform admin THEN they are an admin, whatever else', () => {
    expect(resolveRole('peer', unmapped, { isPlatformAdmin: true })).toBe('admin');
    expect(resolveRole('supervisor', mapped, { isPlatformAdmin: true, groups: [] })).toBe('admin');
  });

  it('GIVEN the adapter does not know the groups (a DM) THEN the stored role stands', () => {
    expect(resolveRole('supervisor', mapped, {})).toBe('supervisor');
    expect(resolveRole('admin', mapped, { isPlatformAdmin: false })).toBe('admin');
  });

  it('GIVEN a mapped supervisor group THEN joining grants the role and leaving takes it away', () => {
    expect(resolveRole('peer', mapped, { groups: ['SUP'] })).toBe('supervisor');
    expect(resolveRole('supervisor', mapped, { groups: ['OTHER'] })).toBe('peer');
  });

  it('GIVEN no group mapped THEN roles set by /community stay, groups or not', () => {
    expect(resolveRole('supervisor', unmapped, { groups: [] })).toBe('supervisor');
    expect(resolveRole('admin', unmapped, { groups: ['SUP'] })).toBe('admin');
  });

  it('GIVEN an admin group mapped THEN an admin outside it steps down, to supervisor if in that group', () => {
    expect(resolveRole('admin', mapped, { groups: ['SUP'] })).toBe('supervisor');
    expect(resolveRole('admin', mapped, { groups: [] })).toBe('peer');
    expect(resolveRole('peer', mapped, { groups: ['ADM', 'SUP'] })).toBe('admin');
  });

  it('GIVEN any standing THEN the role is one of the three and membership of a mapped group always shows', () => {
    const role = fc.constantFrom('peer' as const, 'supervisor' as const, 'admin' as const);
    const id = fc.option(fc.constantFrom('A', 'B', 'C'), { nil: null });
    fc.assert(
      fc.property(role, id, id, fc.option(fc.array(fc.constantFrom('A', 'B', 'C')), { nil: undefined }), fc.boolean(), (stored, sup, adm, groups, owner) => {
        const result = resolveRole(stored, { supervisorGroupId: sup, adminGroupId: adm }, { groups, isPlatformAdmin: owner });
        expect(['peer', 'supervisor', 'admin']).toContain(result);
        if (owner || (adm && groups?.includes(adm))) expect(result).toBe('admin');
        else if (sup && groups?.includes(sup)) expect(result).not.toBe('peer');
        if (!owner && groups === undefined) expect(result).toBe(stored);
      }),
    );
  });
});
