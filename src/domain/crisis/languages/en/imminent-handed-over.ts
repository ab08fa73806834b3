/**
 * Imminent risk said through hand-overs, keeping people away and second-language or patois phrasing (branch t-imm-prep):
 * hints that stay quiet alone and compose by hint-weights.ts ("take care of biscuit for me" beside "im not going to be
 * around after tonight"; "please dont call the cops" beside another absence). Joined by en.ts (notation in ../../patterns.ts).
 */
export const imminentHandedOver: Record<string, string[]> = {
  absence: [
    // Keeping people away: "please dont call the cops", "dont try to find me", "i dont want narcan anywhere near me", "nobody needs to call".
    'do+not|dont|nobody|no+one|never _ call|calling _ the? _ cops|police|911|ambulance|an+ambulance|the+ambulance',
    'do+not|dont _ try _ to? _ find|stop|save|reach|look+for _ me',
    'do+not|dont _ want _ narcan|naloxone|an+ambulance|paramedics|cpr _ anywhere+near|near|on|used+on _ me',
    'nobody|no+one _ needs|need|has|have _ to _ call|come|look|find|check',
    // A cover story: "dispatch thinks im on my 10hr break", "the boys think I'm fixing it".
    'thinks|think|thought _ i+am|im _ on+my|on+a|at+work|checking|fixing|working|asleep|sleeping|just+resting',
  ],
  'goodbye-hint': [
    // Radio and trucker sign-offs: "73s everybody", "been real".
    '73|73s _ everybody|everyone|all|yall|folks|gang|friends',
    'it+has|its|has|it+is|been _ been? _ real',
  ],
  finality: [
    // A time that stands for the act: "at midnight its over", "by dawn it's done" (a bare "it", nothing named as ending).
    'at|by|after _ midnight|dawn|sunrise|sunset|nightfall _ it+is|its|it+will+be|everything+is|i+am _ over|done|finished|gone',
  ],
  'farewell-hint': [
    // Whom the children, the pet or the boat now belong to: "telling him the kids are his now", "tell my crew the nets are theirs".
    'kids|children|babies|dog|cat|dogs|cats|nets|boat|truck|house _ are|is _ his|hers|yours|theirs _ now',
    'tell|telling|told _ my|the _ __ the|my _ __ are|is _ theirs|hers|his|yours',
    // The pet or the child left in someone's care "for me": "i need you to take care of biscuit for me".
    'need _ you _ to _ take+care+of|look+after|feed|watch _ __ for _ me',
  ],
  'preparation-hint': [
    // Things handed over: "told my sister she can have the truck", "the savings to mom".
    'she|he|they _ can|gets|get _ have|keep _ my|the _ truck|car|guitar|house|dog|cat|stuff|things|chain|shoes|ring|savings|jewelry|tools',
    // Handled for after: "i've sorted everything", "it's handled", "make sure my clients get reassigned".
    'sorted|handled|arranged _ everything|it+all',
    'everything|it|all _ is|s _ handled|sorted|taken+care+of|in+order|arranged',
    'make+sure|see+that _ my _ __ get|gets|are|is _ reassigned|covered|fed|taken+care+of|looked+after|picked+up',
  ],
  'means-hint': [
    // A vehicle aimed at something hard: "put this rig into the bridge pillar", "drive the truck into a tree".
    'put|drive|driving|steer|steering|ram|ramming|aim _ this|the|my _ rig|truck|car|semi|van _ into _ the|a _ bridge|pillar|wall|tree|overpass|abutment|barrier|train',
    // Patois and second-language: "mi tie di rope already", "pills I have many".
    'tie|tied|tying _ the|a|my _ rope|noose _ already|up|now',
    'pills|tablets|medicine|medicines _ i _ have|got _ many|plenty|enough|much',
  ],
  place: [
    // "tonight me go bridge": a second-language going, with no article.
    // "me" as the subject only: "i go bridge" is as often "bridge club".
    'me go|going bridge|river|tracks|railway|rooftop|cliff',
  ],
  timing: [
    // Waiting for the house to empty: "mi jus a wait fi everybody leave di yard", "waiting till they all go to sleep".
    'wait|waiting _ for|till|until _ everybody|everyone|them|the+kids|my+wife|my+husband|they _ to? _ leave|leaves|go|sleep|asleep|gone|left',
  ],
  intent: [
    // Second-language plain words: "I finish life today".
    'i|me finish|end life|my+life today|tonight|tomorrow|now',
  ],
};
