/**
 * English everyday reasons an absence is told with, and plans denied as free time (notation in ../../patterns.ts; frames
 * `awayFor` and `freeTime`, read by ../../away-explained.ts): "i won't be around to cover friday, dentist", "wont be around
 * tomorrow, got court", "no plans this weekend lol". A message whose only signs are such an absence or such plans, and that
 * names the reason or the free time, gives the learned opinion no route of its own. Never a reason that is itself a crisis
 * (a hospital stay, a funeral, "the er") nor plans for the future ("no plans for the future"). The reason must follow the
 * absence in its own sentence ("…not coming back. i mean that in the final way" names none).
 */
export const awayFor: string[] = [
  'dentist|dentists|orthodontist|dr+appt|doctor+appt|doctors+appt|appt|appointment|checkup|check-up|physical|eye+exam|vet|haircut|dmv|jury+duty|court|hearing|deposition|oil+change',
  'my|a|the shift|class|classes|exam|meeting|conference|interview|recital|wedding|vacation|flight|pto|day+off|kids+recital|kids+game|parent-teacher',
  // A child's event the writer is at all day: "its bc im at my kids tournament all day", "at my daughters swim meet".
  'at|for _ my|the|a|his|her _ kids|kid|sons|daughters|son|daughter|nephews|nieces? _ tournament|tourney|game|games|match|meet|swim+meet|track+meet|recital|competition|graduation|practice',
  'tournament|tourney|swim+meet|track+meet',
  'out _ of _ town|office|state',
  'on _ vacation|pto|leave|holiday|call',
  // Leave taken as the reason: "not going to be here tomorrow, finally taking pto", "won't be around, using a sick day".
  'taking|took|using|put+in+for|requested _ pto|leave|vacation|time+off|a+personal+day|a+mental+health+day|a+sick+day|a+day+off|my+days',
  // A shop's or a shift's duty the absence leaves undone: "wont be around to open tomorrow", "to close the shop saturday".
  'open|close|lock+up|unlock|opening|closing|cover|covering the? store|shop|cafe|bar|office|gym|bakery|kitchen|register|restaurant|salon|up|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend',
];

export const freeTime: string[] = [
  'no|not+any|nothing _ plans|planned _ this|for+the|tonight|tomorrow|today|on _ weekend|evening|friday|saturday|sunday|night',
  'no|not+any|nothing _ plans|planned _ tonight|tomorrow|today|yet',
];

/**
 * A pet, a child or plants asked to be looked after for a bounded time: "please look after my dog for me this weekend", "can
 * you feed my cat till sunday", "watch my kids while im at court". A favour with its end in sight, not a handing-on for after.
 */
// The time follows the one looked after at once ("my dog this weekend", "my cat till sunday"): "feed my fish after this weekend"
// is a handing-on for after, not a favour with its end in sight.
const cared = 'look+after|take+care+of|watch|feed|walk|mind|check+on|keep my dog|dogs|cat|cats|pup|puppy|kitten|pets|pet|fish|plants|kids|kid|son|daughter|boys|girls|baby|hamster|bird for+me?';
export const caredForAWhile: string[] = [
  `${cared} this|next weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday|evening|afternoon|morning`,
  `${cared} tonight|tomorrow|today|overnight`,
  `${cared} till|until|til|while|during`,
  `${cared} for a|the|two|three|few|couple days|nights|hours|weekend|week`,
  `${cared} for a|the couple|few days|nights|hours`,
];
