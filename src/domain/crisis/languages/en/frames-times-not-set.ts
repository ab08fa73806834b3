/**
 * English times that set nothing (frame `pastTime`, notation in ../../patterns.ts): read-sentence.ts drops a time a frame covers,
 * so a time here never turns a wish or a thought beside it into intent. Like Spanish `wishedTime` (a time inside a wish not to
 * wake), these are times said of something other than a deed:
 * - when a feeling holds: "sleeping forever sounds nice right now", "dying seems easier today", "it feels tempting tonight";
 *   "im doing it right now" and "tonight i sleep forever" name no feeling and keep their time;
 * - a time asked about or wished to others in small talk: "anyway hows everyones weekend", "how was your friday", "any plans
 *   for the weekend?", "have a good weekend yall"; "see you all this weekend" is a leaving (frames.ts), "this weekend i'm done"
 *   is the writer's own;
 * - the sleepless hour when thoughts come (branch t-en9497): "lying awake at 4am thinking about it", "my brain at 3am every night",
 *   "3am thoughts again"; the hour is when the mind talks, not when a deed is set ("doing it at 3am" names no waking or mind);
 * - a deed told as done on a day gone by ("hit my head on the wall when it gets bad. did it tuesday", "did it again last
 *   night"): plan talk ("doing it tuesday") reads "do" in "did" by its lemma, so read-sentence.ts also drops plan talk that
 *   this frame opens at the same word (branch t-en96).
 */
const smallHours = '1am|2am|3am|4am|5am|12am|midnight|1+am|2+am|3+am|4+am|5+am|night';

export const timesNotSet: string[] = [
  `awake|sleepless|insomnia|lay+awake|laying+awake|lying+awake|wide+awake|cant+sleep|can+not+sleep|couldnt+sleep|could+not+sleep _ at|till|until|past|since|around|every _ ${smallHours}`,
  `brain|mind|head|thoughts|intrusives _ at|around|every _ ${smallHours}`,
  '1am|2am|3am|4am|5am thoughts|brain|mind|me|intrusives',
  'sounds|sound|sounding|seems|seem|feels|feel|looks|look|is+looking|is+sounding _ so|really|pretty|kinda|kind+of|real|very|more? _ nice|good|great|tempting|peaceful|appealing|better|easier|comforting|inviting|cozy|comfy|restful|lovely _ right+now|rn|today|tonight|these+days|lately',
  'how|hows|how+is|how+was|how+are|how+were|hbu _ everyones|everybodys|everyone|everybody|your|yalls|y+all|you+all|you+guys|ur|the _ weekend|weekends|friday|saturday|sunday|night|day|week|morning|evening|monday',
  'any|what _ plans _ for _ the|this|tonight|tomorrow? _ weekend|tonight|tomorrow|friday|saturday|sunday',
  'have|hope|enjoy _ everyone|yall|you|you+all|you+guys|y+all|all? _ has|have|had|having|enjoys|enjoy? _ a|the|your? _ good|great|nice|lovely|relaxing|restful|safe|happy _ weekend|night|day|friday|evening|holiday|holidays',
  // The hour the thoughts come, not one set for a deed (batch 98): "the sewerslide thoughts hit hard at 2am", "it gets loud around midnight".
  'thoughts|urges|ideation|si|it|they _ hit|hits|come|comes|came|get|gets|got|start|starts|kick+in|kicks+in _ hard|hardest|bad|worst|loud|louder|loudest|worse|the+hardest|the+worst? _ at|around|after|by _ @timing|night|1*|2*|3*|4*|5*|12*|midnight',
  // Safety said for now, not a time set: "i'm safe rn but they're there", "safe right now, just needed to say it".
  'safe|ok|okay|fine|alright|good _ right+now|rn|for+now|atm|at+the+moment|tonight',
  // A deed told done on a day gone by, no plan (batches 96 and 98): "s/h check in: did it again tuesday", "did it last night".
  'did|done it|that|this again|already|once+more|on|last|this+past? last? @timing|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|weekend|yesterday',
  'did|done it|that|this _ times|lot|again @timing|night|weekend',
];
