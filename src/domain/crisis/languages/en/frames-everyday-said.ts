/**
 * Everyday English said in crisis words, read by frames (notation in ../../patterns.ts): a sigh the writer takes back by
 * saying what it was about, a thing ended that is no life, a routine dose, things given away before a move. Each list is
 * joined to its frame in frames.ts.
 */

/** "its just monday and im being dramatic", "it's an expression": a sigh taken back. */
export const sighsTakenBack: string[] = [
  // "its just monday and im being dramatic" (not "i don't think i'm being dramatic").
  'just|only _ being|so _ dramatic',
  'its|it+is|just _ an|a _ expression|figure+of+speech',
  // "i said it but i meant of embarrassment", "i mean the spreadsheet should die" (not "i mean it", "i mean of course i do").
  'meant|mean _ of|from _ embarrassment|shame|cringe|boredom|laughing',
  'meant|mean _ the _ spreadsheet|printer|game|team|meeting|homework|assignment|wifi|traffic _ should|is|was|needs',
  'to be clear _ i+am|im _ fine|okay|ok|safe',
];

/**
 * What a sign quoted before it was about: "the 'i want to die' tweet was about the eagles losing" (read.ts takes the sign back only when a quoted word stands before it in the sentence).
 */
export const quotedSignAbout: string[] = [
  'tweet|comment|post|message|status|caption|text|story _ was|is _ about',
];

/**
 * "gonna end it with him tonight", "end it with my gym membership", "i'm going to end it... my relationship with caffeine",
 * "end it tonight — the lease": a relationship, a subscription or a chore named right after the ending (never a means: "end it
 * with pills" names none of these).
 */
export const thingsEnded: string[] = [
  'it|things|all with him|them',
  'it|things|all _ with _ my|the|our _ gym|membership|subscription|lease|contract|phone+plan|carrier|streak|diet|situationship|relationship',
  // "the lease on the storage unit" (not "ended the lease, left the dog with the neighbor", a life's affairs settled).
  'my|the _ relationship|homework|membership|subscription|contract|streak|diet|essay|assignment',
  'my|the lease|contract on|for',
];

/**
 * The day's dose told as a routine: "took my meds, going to bed", "took all my meds, ate breakfast, walked the dog",
 * "decided with my psychiatrist to taper". read.ts sets these beside the taking, so "all of my pills" with no
 * routine stays a whole supply.
 */
export const routineDoses: string[] = [
  'ate|had _ breakfast|lunch|dinner',
  'walked|fed _ the|my _ dog|dogs|cat',
  'small wins|win',
  // "me and my psychiatrist decided to taper one of my meds" (a refill is not: "refill my klonopin early").
  'psychiatrist|pdoc|prescriber|doctor _ decided|and+i+decided|agreed _ to _ taper|titrate|lower|switch',
];

/**
 * "anyone want my old switch games? giving away a bunch before i move, free to good home": the move named in the giving's own
 * sentence ("anyone want my plants, i won't be around" names none, and a bare "anyone want" or "sold my truck" explains nothing).
 */
export const givenAwayEveryday: string[] = [
  'before _ i|we|the|my|our _ move|moving|moves|relocate|relocating',
  'free to good home|a+good+home',
];

/** Ages a crisis is dated by ("at 19"), not clock times: 13 and up. */
const youngAges = Array.from({ length: 17 }, (_, i) => 13 + i).join('|');

/**
 * Recovery told as the past, in words the older distant past does not hold: "i tried to kill myself at 19", "the first year
 * sober i thought about dying daily", "how i got through the years when i wanted to die", "i remember asking this group if it
 * was normal", "old me would've taken all those pills".
 */
export const pastToldInRecovery: string[] = [
  `tried|attempted|overdosed|wanted|started|first _ __ at ${youngAges}`,
  'the _ first _ year|years|months|winter _ sober|clean|in+recovery|of+recovery|of+sobriety',
  'years|months when i wanted|was|felt|thought|tried|could+not',
  'i remember _ asking|telling|posting|writing|saying',
  'old+me|past+me|younger+me|old+self would|did|used|had',
];

/**
 * A will made as life admin: "did my will and an advance directive at open enrollment", "updated my will finally. adulting".
 * Joined to the donation frame (it explains the preparation in its own sentence) and to the purpose frame (a message naming
 * one is no bare sign).
 */
export const papersAsLifeAdmin: string[] = ['adulting|open+enrollment|estate+planning|advance+directive|living+will|health+care+proxy|healthcare+proxy|life+admin|legal+plan'];

/**
 * A fear of dying told as past, right before the dying: "ran the 5k and thought i was gonna die", "in the pit i was sure i was
 * going to die" (read.ts sets aside the intent that follows; "i thought i was going to kill myself" names no mere dying).
 */
export const fearedDying: string[] = ['thought|felt+like|swore|was+sure|was+convinced|was+certain i|we was|were'];
