/**
 * English imminent risk told by who should not be the one to find the writer (notation in ../../patterns.ts, joined to the other
 * own-risk files by ../en.ts): "i don't want you to be the one who finds me", "please don't let the kids be the ones that find
 * me", "make sure it's not my daughter who finds me". Being found is the writer's body found after: finality, urgent beside a
 * day or any other sign (../../hint-weights.ts). The "not" is the pattern's own, so it is meant. Only "finds me" itself: "the one
 * who finds the typo", "not the one who found out" name a thing or news.
 */
const finder = 'one|ones|person|first|first+one|kids|kid|children|daughter|son|wife|husband|mom|mum|dad|roommate|partner|family|neighbor|neighbour';

export const imminentFoundAfter: Record<string, string[]> = {
  finality: [
    // The finder not wanted or let be: "don't want you to be the one who finds me", "dont let my son be the one".
    `do+not|dont|never _ want|let|wants _ __ be the|my|our? ${finder} who|that|to find|finds|walks+in+on|walk+in+on me`,
    // The finder ruled out: "make sure it's not my daughter who finds me" ("i'm not the one who found me a sponsor" is no wish).
    `make+sure|so|so+that _ it|its|it+is _ not|never the|my|our? ${finder} who|that find|finds|walks+in+on me`,
  ],
};
