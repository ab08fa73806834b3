/**
 * Someone else's crisis told by a peer worker in shop talk, added after the sixty-third fresh batch (notation in
 * ../../patterns.ts; joined to the other someone-else files by ../en.ts):
 * - a death on the caseload said as a loss: "lost a guy on my caseload over the weekend", "we lost another one to fentanyl"
 *   (not "lost a client to a competitor", "lost my keys at group");
 * - a pet or plants handed on by someone else for good: "asked me to take his dog permanently, just in case", "she's giving
 *   away all her plants" (not "asked me to watch the dog this weekend", "gave me a cutting from her plant").
 * Each names someone else as the one at risk; whose.ts keeps the writer's own giving out of it.
 */
export const othersToldByPeerWorkers: Record<string, string[]> = {
  'other-death': [
    'lost|losing _ a|one|another|two|three|our _ guy|client|participant|member|kid|peer|resident|person|girl|woman|man|lady|dude _ on|from|in|off _ my|our|the _ caseload|case+load|roster',
    'lost|losing _ a|one|another|two|three|him|her|them|our _ guy|client|participant|member|kid|peer|resident|person|girl|woman|man|lady|dude|one? _ __ to _ fentanyl|an+overdose|overdose|od|an+od|suicide|dope|heroin|the+streets|the+disease',
  ],
  'other-disclosure': [
    'asked|asking|asks|wants _ me|us _ to _ take|keep|have|adopt _ his|her|their|the _ dog|cat|dogs|cats|pet|pets|kids|bird _ __ "? permanently|forever|for+good|just+in+case|after',
    'giving|gave|gives|given _ away _ all|most _ of? _ her|his|their _ plants|things|stuff|clothes|records|books|art|tools|guitar|games',
  ],
};
