/**
 * Own risk given away by the logistics of not being around, added after the ninetieth fresh batch (notation in ../../patterns.ts;
 * joined to the other imminent files by ../en.ts). Each is a hint, weighed with the others by hint-weights.ts:
 * - a supply said gathered ("stockpiled enough.", "stashed enough now"): plan talk, so a day beside it alone stays everyday
 *   ("stockpiled enough toilet paper for saturday"), and a day with another weak sign beside it is urgent;
 * - the reminders that keep a treatment going switched off ("stop the refill reminders", "cancel my med reminders"): weak, urgent
 *   only beside another sign (switching pharmacies with no other sign stays everyday);
 * - asking what becomes of a person's messages or accounts when they die (weak), and cleaning up one's own before a set time
 *   (settling): together a goodbye arranged, apart an admin's policy question or a tidy-up before an audit.
 */
const reminders = 'reminders|reminder|refills|refill|auto-refill|autorefill|alerts|notifications|texts|pings';
const traces = 'dms|messages|texts|chats|account|accounts|emails|email|inbox|history|data|files|drive|photos|profile|socials';

export const imminentToldThroughLogistics: Record<string, string[]> = {
  'plan-talk': [
    'stockpiled|stashed|hoarded|squirreled+away|saved+up|collected|gathered enough|enuf|plenty|more+than+enough',
  ],
  'goodbye-hint': [
    `stop|cancel|turn+off|shut+off|quit|end|unsubscribe _ the|my|those|all? _ refill|med|meds|medication|pill|pills|prescription|script|pharmacy _ ${reminders}`,
    `wont|will+not|do+not|dont|not+gonna _ need _ __ refill|refills|med|meds|medication|prescription|script _ ${reminders}? _ after|anymore|any+more`,
    // "when someone dies do their slack DMs get deleted", "what happens to my accounts if i die"; a joke's own wish ("if i die at
    // my desk please delete my browser history") asks a favour, not what becomes of a person's traces.
    `when|if|after _ someone|somebody|a+person|you|a+user|a+member|people _ dies|die|died|passes|pass|are+gone|is+gone _ __ their|his|her|your|the _ __ ${traces}`,
    `what _ happens|happened _ to _ my|your|their|someones|a+persons _ __ ${traces} _ when|if|after _ __ die|dies|died|pass|passes|gone`,
  ],
  'preparation-hint': [
    // "should i clean mine up before this weekend", "wipe my dms before friday".
    `clean|cleaning|wipe|wiping|delete|deleting|clear|clearing|scrub|scrubbing|purge|purging _ up? _ mine|my _ ${traces}? _ up? _ before|by _ this|the|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|next|i+go|i+am+gone|im+gone`,
  ],
};
