import { atLeastK, type Shown } from './privacy.js';

/** One member's place in one debrief group, in the ISO week its round started. */
export interface PairingRow {
  week: string;
  groupId: string;
  memberId: string;
  met: boolean;
}

/**
 * Debrief pairings that met, per closed week: a group counts when any of its members answered
 * "we met". Shown only when the week's rounds held at least k people.
 */
export function pairingsMetByWeek(rows: PairingRow[], weeks: readonly string[], k: number): { week: string; met: Shown<number> }[] {
  return weeks.map((week) => {
    const inWeek = rows.filter((r) => r.week === week);
    const people = new Set(inWeek.map((r) => r.memberId));
    const met = new Set(inWeek.filter((r) => r.met).map((r) => r.groupId)).size;
    return { week, met: atLeastK(() => met, people.size, k) };
  });
}
