/**
 * A medicine supply gathered at once and meant for a set time (notation in ../../patterns.ts; joined by ../en.ts): "picked up
 * all three refills at once", "filled every script the same day", then "stocking up for friday night". Each is a hint: many
 * refills at once is a means (`means-hint`), routing nothing alone ("got 3 refills at once before my trip"); stocking up for a time
 * is plan talk (`plan-talk`), everyday beside its time alone ("stocking up for the weekend, chips and salsa"); together, or beside
 * own risk, they are a supply gathered for a moment.
 */
const many = '2|3|4|5|6|two|three|four|five|six|several|multiple|all|all+my|all+of+my|every|a+few|a+bunch+of|like+3|like+4|like+5';

export const imminentStockedUp: Record<string, string[]> = {
  'means-hint': [
    `picked+up|picked|filled|got|grabbed|collected|refilled _ ${many} _ refills|scripts|prescriptions|bottles _ at+once|at+the+same+time|in+one+go|in+one+trip|the+same+day|on+the+same+day`,
  ],
  'plan-talk': [
    'stocking+up|stocked+up|stockpiling|loading+up _ for _ this|next|tomorrow|tonight|thursday|friday|saturday|sunday|monday|tuesday|wednesday|the+weekend|the+night',
  ],
};
