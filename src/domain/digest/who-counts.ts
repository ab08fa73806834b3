import type { Role } from '../roles.js';

/**
 * Who counts in a team digest.
 *
 * Whoever reads a digest must never be inside it: a reader who knows some answers in a figure
 * (their own) can take them out and narrow down everyone else's. Supervisors and admins read
 * digests, and roles change, so the rule looks at every role a member has held, not the role they
 * hold in the week reported: a week counts only members who have never held the supervisor or
 * admin role, judged when the week is first reported and frozen. Someone demoted to peer still
 * knows their own answers, so they never count again.
 *
 * A frozen week never changes, so someone promoted after it was shown stays inside it, and they
 * (and anyone they tell) know their own part. That is why each figure is also checked, when the
 * week is frozen, against readers who know every member's answers but one (insider-exposure.ts):
 * a figure that would pin anyone then is withheld from the start, so no later promotion, or any
 * number of them, can make an already-shown week give someone away.
 */

/** Supervisors and admins read digests; peers never do. */
export const readsDigests = (role: Role): boolean => role !== 'peer';

/** Whether a member's check-ins and support signals count in team digests, from every role they have held. */
export const countsInDigests = (rolesHeld: Iterable<Role>): boolean => [...rolesHeld].every((role) => !readsDigests(role));
