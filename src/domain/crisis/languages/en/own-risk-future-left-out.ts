/**
 * English own risk told by a future the writer leaves themself out of (branch t-en57; notation in ../../patterns.ts, joined to
 * the other own-risk files by ../en.ts): no "me" in a year named ("i dont think theres a me in 2029", "theres no me in five
 * years"), a thing not needed years on ("not like im gonna need it in 10 years"). Read as the wish to be dead told sideways,
 * possible risk with no plan; a time or a means beside it raises it as any wish's would. "theres no me in team" names no time,
 * a passport skipped for its cost names no years, and "cant see myself in this job in 5 years" keeps the writer in the future.
 * test/unit/domain/crisis/own-risk-future-left-out.test.ts holds each beside its look-alikes.
 */
const yearsOn = '20*|next+year|the+future|a+year|a+few+years|a+couple+years|five+years|5+years|ten+years|10+years|twenty+years|20+years|a+decade|my+30s|my+40s|old+age|retirement|then';

const yearsAhead = 'grow+up|growing+up|grow+old|get+married|getting+married|have+kids|having+kids|turn+16|turn+18|turn+21|start+school|finish+school|graduate+high+school|graduate+college';

export const ownRiskFutureLeftOut: Record<string, string[]> = {
  'wish-dead': [
    // No "me" in a year named: "i dont think theres a me in 2029", "theres no me in five years", "cant see there being a me by next year".
    `not|dont|doubt|never _ think|see|reckon|believe|picture|imagine _ there+is|theres|there+s|there+will+be|there+being|there+ll+be _ a|any _ me|version+of+me _ in|by|at _ ${yearsOn}`,
    `there+is|theres|there+s|there+will+be|there+ll+be no|not+a|not+any _ me _ in|by _ ${yearsOn}`,
    // A thing not needed years on: "not like im gonna need it in 10 years", "as if i'll be using it in a decade".
    `not+like|as+if _ i+am|i+will|i _ going+to|gonna|ever? _ need|needing|use|using|renew|renewing _ it|them|one|that|a+pension|a+passport _ in|by _ ${yearsOn}`,
    // Not there for a child's years ahead: "i wont be around to see my daughter grow up", "i'll never live to see them get
    // married". A trip or a shift names a day, not years ("won't be around to see the recital, i'm on nights").
    `i _ not|never _ be|being around|here|alive _ to|for _ see|watch _ __ ${yearsAhead}`,
    `i _ not|never live|living _ to _ see|watch _ __ ${yearsAhead}`,
    `not+sure|doubt _ i _ be|being|live|living around|here|alive|to _ to|for? _ see|watch _ __ ${yearsAhead}`,
  ],
};
