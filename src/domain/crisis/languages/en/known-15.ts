/**
 * English patterns for the known misreadings of the fifteenth session (notation in ../../patterns.ts).
 */

// Closing one's online life: "deleted my tiktok", "deactivated my insta", "wiping all my socials". Apps are deleted every day, so
// alone it is nothing (never a bare sign, ../../read.ts `bareSign`); beside own risk, a goodbye or another act it is a preparation
// (hint `accounts-hint`, ../../concepts.ts).
export const accountsClosed: Record<string, string[]> = {
  'accounts-hint': [
    'deleted|deleting|delete|deletes|deactivated|deactivating|deactivate|wiped|wiping|nuked _ my|all+my? _ insta|ig|instagram|tiktok|tt|snapchat|snap|twitter|facebook|fb|email|socials|accounts|account|profile|profiles|discord|reddit|apps|social+media',
  ],
};

// No reason seen to get up, said of every day ("cant see a reason to get up anymore", "dont see the point in getting out of bed most
// days"); a reason to get up early for something ("no reason to get up early tomorrow") names a day, not all of them.
export const reasonToRiseGone: Record<string, string[]> = {
  hopelessness: [
    'not _ see _ a|any|much|the? _ reason|point _ to|in _ get+up|getting+up|wake+up|waking+up|get+out+of+bed|getting+out+of+bed _ anymore|any+more|most+days|every+day|each+day|these+days',
  ],
};
