/**
 * English own risk told by first responders in call and run vocabulary (branch t-en104, notation in ../../patterns.ts,
 * joined to the other own-risk files by ../en.ts). The job gives the words; the risk is the writer's (or, by whose.ts,
 * the crewmate's who said it):
 * - a wish that the fire, the wreck or the round had taken them: "wish the fire had gotten me too" (not "wish the fire had
 *   gotten the shed");
 * - going out with the next call: "i'm going out with the next run", "if the next one's a kid im going out with it"
 *   (not "going out with the crew after the next call");
 * - gallows humor that turns: "idk if im joking anymore when i say kms" (not "i'm joking when i say this shift will kill me");
 * - worth more through a pension or a line-of-duty benefit: "better off with the pension than with me";
 * - a long gun by the door while waiting for the house to empty: "the 12 gauge is by the door and im waiting for the house to
 *   be empty" (not "the shotgun is in the safe and we're waiting for the house to sell").
 * test/unit/domain/crisis/first-responders-talk.test.ts holds each family beside its look-alikes.
 */
export const ownRiskOnTheJob: Record<string, string[]> = {
  'wish-dead': [
    'wish|wished|wishing|hoped|hoping _ the|that _ fire|blaze|crash|wreck|collapse|roof|flashover|bullet|round|shooter|explosion|car _ had|would+have|would|had+have _ got|gotten|taken|took|killed|get|take _ me|him|her|them',
    // Envying the dead a call leaves behind: "some nights i envy the DOAs", "heard a guy shoot himself on the line and part of me
    // was jealous" ("part of me" holds the writer in the match, so whose.ts reads it as theirs, not the caller's).
    'envy|envied|envying|jealous+of|envious+of _ the|all+the _ doas|doa|dead|dead+ones|deceased|ones+who+died|ones+that+died|ones+who+go|ones+who+went|ones+we+lose|ones+we+lost',
    'shoot|shot|hang|hanged|hung|kill|killed|overdose|overdosed|jump|jumped|die|died _ himself|herself|themselves|themself|myself? __ part+of+me _ was|is|felt|got _ jealous|envious|kind+of+jealous|a+little+jealous',
  ],
  'suicidal-thoughts': [
    // The joke that stopped being one: "idk if im joking anymore when i say kms", "cant tell if im kidding about eating my gun".
    'idk|dont+know|not+know|do+not+know|not+sure|cannot+tell|cant+tell|can+not+tell|unsure _ if|whether _ i+am|im _ joking|kidding _ anymore? __ kms|kill+myself|eat+my+gun|eating+my+gun|end+it|ending+it|unalive+myself|kill+me',
  ],
  intent: [
    // Going out with the next call: "i'm going out with the next run", "if the next one's a kid I'm going out with it".
    'going+out|go+out with the? next _ call|run|fire|job|tone|code',
    'if _ the? _ next _ one|call|run|job|tone|code|one+is|ones|one+s _ __ going+out|go+out _ with _ it|them|her|him',
    // A long gun ready while the house empties: "the 12 gauge is by the door and i'm just waiting for the house to be empty".
    '12+gauge|12+gage|twelve+gauge|gauge|shotgun|rifle|gun|pistol|glock|sidearm|service+weapon|off-duty|duty+weapon __ __ ,? _ waiting|wait _ for|until|till|til _ the? _ house|place|apartment|everyone|wife|kids|family _ to? _ be|get|go? _ empty|gone|clear|out|asleep|leave',
  ],
  burden: [
    // Worth more through a pension or a benefit: "my wife would be better off with the pension than with me".
    'better+off _ with _ the|my? _ pension|insurance|payout|benefits|death+benefit|lodd+benefit|life+insurance|survivor+benefits _ than _ with? _ me|him|her',
  ],
  'last-words': [
    // Instructions for when the writer does not check in, left with what is kept for after: "if I dont check in by 0700 tell them
    // the combo to the safe is my badge number" (not "if i dont check in by 0700 tell them im stuck in traffic").
    'if _ i _ not|dont _ check+in|checked+in|answer|text+back|call+back|come+back|make+it+back|show+up|wake+up _ by|before|in? _ __ tell|give|show _ them|her|him|my _ __ __ the+safe|my+safe|gun+safe|my+will|the+will|insurance|policy|passwords',
  ],
};
