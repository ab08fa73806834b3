/**
 * English frames of shooting as a sport or a hunt, named after the ammunition bought for it (notation in ../../patterns.ts):
 * "got a box of shells for saturday's hunt", "bought a box of shells, going shooting with my dad sunday", "ammo for the trap
 * league". A day alone after the shells ("bought a box of shells for saturday") names no use and stays a plan's day.
 */

/** Right after the means, a purpose: the hunt, the shoot or the club it is for, a day may stand between ("for sunday's shoot"). */
export const shootingPurpose: string[] = [
  'for _ hunt|hunting|shoot|shooting|range|skeet|trap|clays|league|opener|competition|tournament|match|class|course|qualification|qual',
];

/** Near the means, shooting done with others or at a club ("going shooting with my dad", "sporting clays", "the gun club"). */
export const shootingEveryday: string[] = [
  'go|going|goin|went|headed|heading _ shooting|hunting _ with|w|at|on',
  'skeet|clays|sporting+clays|trap+shoot|trap+league|turkey+shoot|gun+club|rod+and+gun|shooting+range|shooting+club|hunter+safety|hunters+ed',
];
