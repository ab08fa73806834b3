/**
 * Someone else's crisis told as the reason for a to-do, added after the ninetieth fresh batch (notation in ../../patterns.ts;
 * joined to the other someone-else files by ../en.ts): an attempt named bare and then what the writer is doing about it ("my
 * sister attempted and im flying out", "my son overdosed so i need someone to take group", "a participant attempted, im at the
 * ER with her"). The writer's own move after it is what says "attempted" stands alone: "my sister attempted and failed the bar"
 * and "he attempted the climb so i'm driving up to cheer" name what was attempted.
 * Also violence in someone else's home told by them, which the writer must now document or act on ("guy in my group said his dad
 * hits his mom"): the hurt is between two of that person's family, so it is someone else's crisis, never the writer's harm.
 */
const response = 'flying|fly|driving|drive|going|heading|headed|leaving|taking+off|on+my+way|at+the+hospital|at+the+er|at+the+ed|in+the+er|with+her|with+him|with+them|staying|sitting|need|needs|have+to|gotta|got+to|must|cant|can+not|wont|will+not|be+out|out';

const hits = 'hits|beats|hurts|chokes|slaps|punches|hit|beat|hurt|choked|slapped|punched|is+hitting|has+been+hitting|beating';

export const othersCrisisAsAToDo: Record<string, string[]> = {
  'other-attempt': [
    `@other|@carer attempted|overdosed|oded|odd ,? and|so i|we _ ${response}`,
    `@other|@carer attempted|overdosed|oded|odd ,? i|im|we _ ${response}`,
  ],
  'other-disclosure': [
    `@other|@carer __ said|says|told+me|told+us|disclosed|mentioned _ his|her|their _ dad|mom|father|mother|stepdad|stepmom|parent|parents|uncle|brother|sister|grandpa ${hits} his|her|their mom|dad|mother|father|sister|brother|siblings|kids|grandma|stepmom|little+brother|little+sister`,
  ],
};
