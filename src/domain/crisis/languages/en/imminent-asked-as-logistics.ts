/**
 * English imminent risk asked or told as logistics (branch t-en110; notation in ../../patterns.ts, joined to the other
 * own-risk files by ../en.ts). Each is a hint, everyday alone, that composes by ../../hint-weights.ts with the sign beside
 * it: no way back needed from a place ("dont need a ride back after"); not wanting to be found at home; a home given up
 * with no next one ("not moving anywhere new"); absence widened to everything ("i wont be here. for anything"); self-care or a way out named as a stash ("self care, mine is the 80 tylenol"). The ending already settled ("ive got it sorted how this ends") is a plan by
 * itself.
 * A trip, a concert, a move, a vacation or a spoiler stay everyday: test/unit/domain/crisis/imminent-asked-as-logistics.test.ts
 * holds each family beside its look-alikes.
 */
export const imminentAskedAsLogistics: Record<string, string[]> = {
  absence: [
    // No way back needed, said with "after": "dont need a ride back after", "wont need a lift home afterwards".
    'not _ need|needing _ a? ride+back|ride+home|lift+back|lift+home|return+ticket|way+back|trip+back after|afterwards|after+that|after+this',
  ],
  finality: [
    // Absence widened to everything after a pause (pieces-joined.ts): "i wont be here. for anything".
    'not _ be here|around|there for anything at+all',
    // Not wanting to be found at home or by family: "id rather not be found at home", "dont want my kids to find me".
    'rather|want|wanting|wanted|need _ not _ be found at+home|at+my+place|in+my+apartment|in+my+room|by+my+kids|by+my+family|by+my+mom|by+my+wife|by+my+husband|by+my+roommate|by+the+kids',
    'not _ want|need _ my|the kids|children|daughter|son|mom|wife|husband|family|roommate _ to _ find|be+the+one+to+find|be+the+ones+to+find me',
  ],
  'means-hint': [
    // Self-care or a way out named as a stash of pills, a rope or a gun: "all this talk of self care, mine is the 80 tylenol in
    // my nightstand", "my exit plan is the 60 seroquel". A count from five up, or a means that is never a treat.
    'self+care|selfcare|self-care|coping+skill|coping+skills|exit+plan|way+out|plan+b|escape+plan ,? _ mine|mines|mine+is|is|=|:? the|my? @many @pills',
    'self+care|selfcare|self-care|coping+skill|coping+skills|exit+plan|way+out|plan+b|escape+plan ,? _ mine|mines|mine+is|is|=|:? the|my|a? rope|noose|gun|pistol|revolver|razor|razors|blade',
  ],
  plan: [
    // The ending already settled by the writer: "ive got it sorted how this ends", "decided how it all ends". "how this story
    // ends" names a story, and knowing how it ends is a spoiler.
    'sorted|decided|planned|settled|worked+out _ how this|it+all|all+this|everything|this+all ends|will+end|is+going+to+end|is+gonna+end',
  ],
  'preparation-hint': [
    // A home given up with no next one: "im not moving anywhere new", "not moving anywhere else after this".
    'not moving|moving+into|going+to+live|gonna+live anywhere+new|anywhere+else|somewhere+new|someplace+new',
  ],
};
