import { auditText, type AuditAction, type NewAuditEntry } from '../storage/audit-log.js';
import type { Store } from '../storage/store.js';
import type { CommandContext } from './command.js';

/**
 * Records an admin or supervisor action taken through the bot, by the member in `ctx`, in the
 * append-only audit trail. Details are short facts, never free text a member wrote.
 */
export async function auditAction(
  ctx: CommandContext,
  action: AuditAction,
  details: NewAuditEntry['details'] = {},
  subjectId: string | null = null,
): Promise<void> {
  const { store, now } = ctx.services;
  await store.audit.record(
    { communityId: ctx.community.id, actorId: ctx.member.id, actorRole: ctx.member.role, action, subjectId, details },
    now(),
  );
}

const unaudited = new Set(['id', 'createdAt', 'updatedAt']);
const settingsElsewhere = new Set(['pairing', 'attribute']);
const memberFields = new Set(['backupSupervisorId', 'crisisContactMemberId']);

/**
 * Records which community settings an admin's `/community <setting>` changed, old → new, each
 * value cut to a few words (a crisis policy is kept as its opening words and its length).
 */
export async function auditCommunityChange(ctx: CommandContext, setting: string, before: object, after: object, value = ''): Promise<void> {
  // Settings kept outside the community row (debrief rounds, member attributes): what was asked.
  if (settingsElsewhere.has(setting)) {
    // "/community attribute @alex newer": the member reference is left out, so no name outlives them.
    const kept = setting === 'attribute' ? value.split(/\s+/).slice(1).join(' ') : value;
    await auditAction(ctx, 'community.setting', { setting, value: auditText(kept) });
    return;
  }
  const details: Record<string, string | number | boolean | null> = { setting };
  let subjectId: string | null = null;
  const old = before as Record<string, unknown>;
  for (const [field, next] of Object.entries(after as Record<string, unknown>)) {
    if (unaudited.has(field)) continue;
    const from = auditText(old[field]);
    const to = auditText(next);
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    // A member id (the backup supervisor) goes in subjectId, which a deletion blanks, not in the text.
    if (memberFields.has(field)) {
      details[field] = `${from === null ? 'none' : 'a member'} → ${to === null ? 'none' : 'a member'}`;
      subjectId = typeof next === 'string' ? next : null;
    } else details[field] = `${String(from)} → ${String(to)}`;
  }
  // Nothing changed (the same value again, or a role change, which has its own entry): no row.
  if (Object.keys(details).length > 1) await auditAction(ctx, 'community.setting', details, subjectId);
}

/** A role the platform decided (its admin, or a mapped group joined or left): recorded like an admin's change. */
export async function auditPlatformRoleChange(
  store: Store,
  communityId: string,
  memberId: string,
  from: string,
  to: string,
  isPlatformAdmin: boolean,
  at: Date,
): Promise<void> {
  await store.audit.record(
    { communityId, actorId: null, actorRole: 'platform', action: 'member.role', subjectId: memberId, details: { from, to, source: isPlatformAdmin ? 'platform admin' : 'platform group' } },
    at,
  );
}
