/**
 * English imminent risk told as a ligature fixed to an anchor (branch t-mx87): a cord, a belt, a rope or a sheet tied,
 * wrapped or looped around or to something that holds a weight indoors ("wrapping the belt around the closet rod",
 * "the cord is tied to the rafter", "*loops the sheet over the beam*"). Joined by en.ts (notation in ../../patterns.ts).
 * Only anchors that hold a hanging weight and are not where cords are stored or tied in a chore count: "wrapped the cord
 * around the hook", "tied the dog's leash to the railing", "tied the balloons to the doorknob" stay quiet.
 * test/unit/domain/crisis/ligature-anchored.test.ts holds the family beside its everyday look-alikes.
 */
const ligature = 'cord|cords|belt|rope|sheet|bedsheet|noose|scarf|extension+cord|cable|charger+cable|phone+cord|ligature';
const tiedVerb = 'tie|ties|tied|tying|wrap|wraps|wrapped|wrapping|loop|loops|looped|looping|knot|knots|knotted|knotting|fasten|fastened|fastening|hook|hooked';
const anchor = 'closet+rod|clothes+rod|rafter|rafters|ceiling+beam|beam|banister|bannister|stair+railing|shower+rod|ceiling+fan|pull-up+bar|pullup+bar|top+of+the+door|door+frame|doorframe';

export const imminentLigatureAnchored: Record<string, string[]> = {
  method: [
    // The act told: "looping the sheet over the rafter", "tying my belt to the banister".
    `${tiedVerb} _ the|my|a|an _ ${ligature} around|to|over|on|onto|round _ the|my|a _ ${anchor}`,
    // The thing already fixed: "the belt is already looped over the beam", "rope's tied to the rafter".
    `the|my|a _ ${ligature} is|s|are|already|now|been _ ${tiedVerb} _ around|to|over|on|onto|round _ the|my|a _ ${anchor}`,
  ],
};
