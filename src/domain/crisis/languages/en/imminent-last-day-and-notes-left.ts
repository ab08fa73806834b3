/**
 * English preparations told as a last good day and notes left out (branch t-en98; notation in ../../patterns.ts, joined by
 * ../en.ts). Each is a hint that needs another sign:
 * - one last good day with the group wanted first ("wanted one last good day with yall first"): finality, urgent beside a plan
 *   ("i've decided. after pride on saturday i'm done"); "one last beach day before school starts" names no one and no "first";
 * - notes or letters left on the bed or the pillow ("everything's packed up, notes are on the bed"): a goodbye, urgent beside
 *   "not coming to group thursday or ever" but everyday beside a time ("my lecture notes are on the bed, study after dinner");
 * - a means bought that "made it easier to decide" ("bought a gun yesterday ... that made it easier to decide"): a plan talked
 *   about, urgent beside the means.
 * test/unit/domain/crisis/last-day-and-notes-left-98.test.ts holds each beside its look-alikes.
 */
const withGroup = 'yall|y+all|you+all|you+guys|everyone|everybody|you|my+people|my+friends|the+group|my+chosen+family|the+girls|the+gang';

export const imminentLastDayAndNotesLeft: Record<string, string[]> = {
  finality: [
    `one|a|my last|final good|nice|normal|happy? day|night|weekend|time with _ ${withGroup} _ first|before+i+go|before+the+end`,
  ],
  'goodbye-hint': [
    'notes|letters|note|letter|cards _ are|is|s|were+left|left _ on|under _ the|my _ bed|pillow|pillows|nightstand',
  ],
  'plan-talk': [
    'made|makes|making _ it|things|everything _ easier|simpler _ to _ decide|go+through+with+it|do+it|pull+the+trigger',
  ],
};
