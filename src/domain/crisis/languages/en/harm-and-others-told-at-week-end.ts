/**
 * Harm from others and someone else's crisis told in passing in a work chat at the end of the week (branch t-en64; notation in
 * ../../patterns.ts, joined to the other files by ../en.ts):
 * - a court date for the writer's own order ("off thursday for the restraining order hearing", "my hearing on the protection
 *   order") — not an order explained at a training or a client's;
 * - the one who hit the writer named by the blow ("the guy who punched me is back on my unit") — not "who hit me up";
 * - an attempt on the writer's life by someone named ("he tried to strangle me") — not "this week tried to kill me lol";
 * - a mark given again ("she gave me another busted lip") — not a gift;
 * - someone found by family on a day ("his wife found him this morning");
 * - someone drinking or using themself into a ward ("drank herself into the er again", "partied himself into detox").
 * test/unit/domain/crisis/harm-and-others-told-at-week-end.test.ts holds each beside its look-alikes.
 */
const blow = 'punched|slapped|kicked|shoved|choked|strangled|assaulted|attacked|headbutted|stabbed|bit|beat|jumped';

export const harmAndOthersToldAtWeekEnd: Record<string, string[]> = {
  threat: [
    'court|hearing|date|judge|appearance|lawyer _ for|about|on _ my|the restraining|protective|protection order|orders',
  ],
  'partner-violence': [
    `who _ ${blow} me`,
    // "hit me" only before what follows the blow ("who hit me is back"): "who hit me up", "hit me with the news" are talk.
    'who hit|hits me is|was|has|got|gets|keeps|at|in|on|last|yesterday|and|back',
    // "my ex tried to kill me", "he tried to strangle me last night": an attempt on the writer by someone named (a day or a class
    // that "tried to kill me" names no one, frames-idiom.ts).
    '@agent _ tried|trying|tries|attempted _ to _ kill|murder|strangle|choke|drown|stab|shoot|suffocate|smother me',
    'he|she|they|partner|husband|wife|boyfriend|girlfriend|bf|gf|ex gave|gives|give me _ another|a|new|fresh black+eye|shiner|fat+lip|split+lip|busted+lip|concussion|bruise|bruises',
  ],
  // Found by family, the day told and nothing after: "my mentee's sister found her sunday", "his wife found him this morning"
  // (not "her mom found her a new place", "found him a ride tuesday": what was found for them follows).
  'other-death': [
    'mom|mother|dad|father|wife|husband|partner|sister|brother|roommate|girlfriend|boyfriend|son|daughter|family found him|her|them tuesday|monday|wednesday|thursday|friday|saturday|sunday|yesterday|this+morning|last+night|this+weekend|overnight',
  ],
  'other-overdose': [
    'drank|drinking|drinks|drunk|used|using|partied|partying|binged|binging @refl into _ the? icu|er|hospital|coma|detox|ambulance|emergency+room',
  ],
};
