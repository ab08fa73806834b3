/**
 * English own risk said in disguise (branch t-own53; notation in ../../patterns.ts, joined to the other own-risk files by
 * ../en.ts): wordings an everyday reading clears. Those near the writer better off "with me gone" or "with me out of the
 * picture" (the burden is the writer's whoever the sentence's subject is; "better off with their dad this weekend" is a stay,
 * an idiom in frames.ts); signing off "for good" (a finality: a team's farewell, a `leaving`, still explains it, unless the
 * message denies that reading, `leavingDenied`); Hamlet's question answered for oneself (the quotation alone stays quiet); a
 * telling the writer cannot explain, weak beside a means got flatly. The surfaces denied a sentence later (a low battery, a
 * wound's story) are frames read by ../../surface-denied.ts. test/unit/domain/crisis/own-risk-said-in-disguise.test.ts holds
 * each family beside its look-alikes.
 */
export const ownRiskSaidInDisguise: Record<string, string[]> = {
  burden: [
    'better+off|happier|safer|easier|calmer _ __ with|and|once|now+that _ me _ gone|dead|out+of+the+picture|out+of+the+way|not+around|not+here|off+the+scene',
    'better+off|happier|safer|easier|calmer _ __ without|w+o|wo _ me',
    'better+off|happier|safer|easier|calmer _ __ if|once|when|after _ i+was|i+were|i+am|im|i _ gone|dead|out+of+the+picture|out+of+the+way|not+around|not+here|no+longer+here',
  ],
  // Signing off said for good: a finality, everyday only beside a job's farewell ("best of luck team", a last shift), which
  // `leaving` explains, unless that leaving is denied ("and not in a quitting way": `leavingDenied` in frames-surface-denied.ts).
  finality: ['log|logging|logged|signing|sign|signed|clocking|clock|checking|check off|out for+good|permanently|forever|for+the+last+time'],
  // The goodbye's everyday reading denied: "this isnt about work", "not in a career sense" (beside a farewell, an ending).
  absence: ['this|it|that _ is|s? _ not|nt _ about|a _ work|the+job|my+job|a+job+thing|a+work+thing|a+new+job|retirement', 'not _ in _ a|the _ career|moving|retiring _ way|sense'],
  // Hamlet's question answered for oneself: "leaning towards not to be". The quotation alone is a quotation and stays quiet.
  'wish-dead': ['leaning|lean|leant|voting|vote|going|picking|choosing towards|toward|for|with not+to+be|not+being|the+not+to+be', 'team not+to+be|not+being',
    // Logging off to a rest with no end: "log off and go rest. for a long time", "signing off to sleep forever" ("logging off
    // for the night, gonna sleep" names its end).
    'log|logs|logging|logged|sign|signs|signing|signed off _ __ rest|sleep|resting|sleeping _ for _ a+long+time|a+long+while|a+very+long+time|a+long+long+time|ever|forever',
    'log|logs|logging|logged|sign|signs|signing|signed off _ __ rest|sleep|resting|sleeping forever|for+good|permanently'],
  // A telling the writer cannot explain, after a means got flatly ("got the rope at lunch. not sure why im telling you"): a weak
  // sign that counts only beside another hint, so it never raises a disclosure of self-harm to urgent.
  'low-mood': ['why _ i+am|im|i _ telling|typing|writing|posting|saying|sharing _ you|yall|u|anyone|any+of+this|here|it'],
};
