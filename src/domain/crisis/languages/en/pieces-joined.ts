/**
 * Burden and hopelessness said across a pause (notation in ../../patterns.ts for the patterns below): "they dont need me. nobody
 * does", "whats the point. of any of it", "my family wouldnt miss me. not one person". The second piece only echoes the first (a
 * "nobody" that repeats its verb, the "of …" that finishes "the point"), so the pause is dropped before wink reads the text and
 * patterns read the two as one clause. Only a piece that closes its sentence: "nobody does the dishes here" opens one of its own.
 */
const echo = /([a-z])\s*[.…]+\s+((?:and\s+)?(?:nobody|no one|noone|not one person|not a single person|not one|not even one person)(?:\s+(?:else\s+)?(?:does|did|will|would|has|cares|ever did|ever has|ever will|ever does|at all))?)(?=\s*(?:[.!?…]|$))/g;
const pointOf = /\b(point)\s*[.…]+\s+((?:of|in)\s+(?:any of (?:it|this|that)|anything|all of (?:it|this)|it all|trying|living|waking up|getting up|going on|life|being alive|this anymore|any of it anymore))(?=\s*(?:[.!?…]|$))/g;

// "i wont be here. for anything", "not gonna be around. for any of it": the pause widens an absence to everything, a piece
// that closes its sentence ("i wont be here for anything this week" goes on, and is a schedule). Read as "for anything at all".
const absenceWidened = /\b((?:be|being) (?:here|around|there))\s*[.…]+\s+for (?:anything|any of it|any of this|anybody|anyone)(?=\s*(?:[.!?…]|$))/g;

/** The text with an echoing piece joined to the sentence before it ("they dont need me, nobody does"). */
export function joinEchoedPieces(text: string): string {
  if (!text.includes('.') && !text.includes('…')) return text;
  return text.replace(echo, '$1, $2').replace(pointOf, '$1 $2').replace(absenceWidened, '$1 for anything at all');
}

// The first piece denies the writer a place ("they dont need me", "she doesnt want me around") and the echo makes it everyone.
export const burdenEchoed: Record<string, string[]> = {
  burden: [
    'not need|needs|want|wants|miss|love|like|care+about _ me anymore|here|around|at+all|either? ,? and? nobody|no+one|noone|not+one+person|not+a+single+person|not+one|not+even+one+person',
  ],
};
