import { hints, type HintKind } from './concepts.js';

/** How hints rank and combine when no own-risk concept is in the message (concepts.ts says what each kind is). */
const kindRank: Record<HintKind, number> = { last: 1, final: 1, absence: 1, act: 2, settle: 3, weak: 4, time: 5 };
export const hintRank = (concept: string) => (concept in hints ? kindRank[hints[concept]!.kind] : 0);

/**
 * Signs that are urgent together without any other risk: last words alone; finality beside any other sign ("my last
 * night" + "tonight"); absence beside any sign but a time ("wrote the letters" + "you won't need to
 * worry about me"; "won't be around tomorrow" alone is a day off); two endings; an act beside a time,
 * a goodbye or a different act ("rope" + "today", "pills counted" + "the date is set"); settling
 * affairs beside a goodbye, an act or other affairs settled in another sentence. A goodbye or a plan beside a time is an everyday plan, unless a plan, a time and another
 * weak sign (a low check-in, a giving away) stand together.
 */
export function hintsAreUrgent(hinted: [string, { kind: HintKind }][], endings: number, settledApart = false): boolean {
  const kinds = hinted.map(([, hint]) => hint.kind);
  if (kinds.includes('last')) return true;
  const others = kinds.filter((kind) => kind !== 'final' && kind !== 'absence');
  if (kinds.includes('final')) return endings >= 2 || others.length > 0;
  if (kinds.includes('absence')) return endings >= 2 || others.some((kind) => kind !== 'time');
  const acts = kinds.filter((kind) => kind === 'act').length;
  // "my wills done. funeral is prepaid too.": affairs settled in two sentences of their own are two, though one concept names them.
  // An account deleted is one more affair settled, not a second kind of sign ("deleted my old accounts. sent my art folder for the zine").
  const settles = Math.max(new Set(hinted.filter(([, hint]) => hint.kind === 'settle').map(([concept]) => (concept === 'accounts-hint' ? 'preparation-hint' : concept))).size, settledApart ? 2 : 0);
  const weak = kinds.filter((kind) => kind === 'weak').length;
  // "1/5. its decided. tonight", "doing it tn. gave away my switch": a plan and a time beside a low check-in or a giving away is no everyday plan.
  const planBesideAnother = hinted.some(([concept]) => concept === 'plan-talk') && new Set(hinted.filter(([, hint]) => hint.kind === 'weak').map(([concept]) => concept)).size >= 2;
  return acts + settles >= 2 || (acts + settles >= 1 && weak >= 1) || (acts >= 1 && kinds.includes('time')) || (planBesideAnother && kinds.includes('time'));
}
