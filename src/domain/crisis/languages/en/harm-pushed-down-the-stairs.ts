/**
 * Pushed, shoved or thrown down the stairs, said in the passive with nobody named (batch 107; notation in ../../patterns.ts,
 * joined by ../en.ts): "i got pushed down the stairs at home today. not by accident". An everyday "got pushed" needs "by"
 * someone (harm-from-others.ts `beatenBy`); down the stairs it is a blow whoever did it. "fell down the stairs" names no push.
 */
export const harmPushedDownTheStairs: Record<string, string[]> = {
  'partner-violence': [
    'got|was|been|get|gets|getting _ pushed|shoved|thrown|kicked|dragged _ down _ the|a|our|my _ stairs|steps|staircase|stairwell',
  ],
};
