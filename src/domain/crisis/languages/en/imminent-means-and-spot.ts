/**
 * A hanging's means and its spot told together (branch t-en59; notation in ../../patterns.ts, joined by ../en.ts): "i've got the
 * cord and i've picked the tree", "found the branch, got the belt", "have the rope and the beam picked". A plan's act (`plan-hint`):
 * alone it routes nothing, beside a time, a decision or own risk it is urgent ("this sunday is when i go. i've got the cord and
 * i've picked the tree"). A purpose told right after explains it ("got the cord and picked the tree for the lights"), and a
 * tree or a cord alone is everyday ("picked out the tree at the farm", "got the extension cord").
 * test/unit/domain/crisis/imminent-means-and-spot.test.ts holds it beside its look-alikes.
 */
const ligature = 'cord|rope|belt|ligature|noose|strap|extension+cord|dog+leash|leash';
const spot = 'tree|branch|beam|rafter|rafters|railing|hook|doorframe|banister';

export const imminentMeansAndSpot: Record<string, string[]> = {
  'plan-hint': [
    `got|have|bought|found|grabbed|has _ the|a|my _ ${ligature} _ __ picked|chose|chosen|found|scoped|picked+out|scoped+out _ the|a|my|which _ right|perfect|sturdy|strong|good? _ ${spot}`,
    `picked|chose|chosen|found|scoped|picked+out|scoped+out _ the|a|my|which _ right|perfect|sturdy|strong|good? _ ${spot} _ __ got|have|bought|found|grabbed _ the|a|my _ ${ligature}`,
  ],
};
