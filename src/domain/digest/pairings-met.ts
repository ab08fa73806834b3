import { guard, type Shown } from './privacy.js';

/** One member's place in one debrief group, in the ISO week its round started. */
export interface PairingRow {
  week: string;
  groupId: string;
  memberId: string;
  met: boolean;
}

/**
 * Debrief pairings that met, per week: a group counts when any of its members answered "we met".
 * Shown only when the week's rounds held at least k people, and, like every digest figure, not
 * when the group of people differs from the last shown week's by fewer than k.
 */
export function pairingsMetByWeek(rows: PairingRow[], weeks: string[], k: number): { week: string; met: Shown<number> }[] {
  let previous: Set<string> | undefined;
  return weeks.map((week) => {
    const inWeek = rows.filter((r) => r.week === week);
    const people = new Set(inWeek.map((r) => r.memberId));
    const met = new Set(inWeek.filter((r) => r.met).map((r) => r.groupId)).size;
    const shown = guard(met, people, previous, k);
    if (shown.shown) previous = people;
    return { week, met: shown };
  });
}
