/**
 * English own risk spread across sentences (branch t-own, 2026-12-02), joined by en.ts (notation in ../../patterns.ts;
 * macros in ../en.ts): a means named in one sentence and taken in another by a pronoun ("the pills on the passenger
 * seat. going to park and take them"), an amount checked and held ("checked how many it would take and i have double
 * that"), a dose meant to end breathing ("use until i stop breathing", "mix them tonight and not wake up"), calm said as
 * a wonder ("funny how calm i feel"), and wishes said through money, survival, reasons to live or letting the current
 * take the writer. The pronoun and the amount are hints: they count only beside a means, a time or own risk
 * (concepts.ts, hint-weights.ts), so "picked up my antibiotics, going to take them with dinner" stays everyday.
 * test/unit/domain/crisis/own-risk-spread.test.ts holds each family beside its look-alikes.
 */
export const ownRiskSpreadConcepts: Record<string, string[]> = {
  intent: [
    // Using with the safety net taken away on purpose, in harm-reduction words: "no narcan in the house on purpose", "not bringing
    // strips on purpose", "nobody is reversing this one".
    'no|without _ narcan|naloxone _ __ on+purpose|deliberately|intentionally',
    'not+bringing|not+carrying|not+keeping|not+using|left+the|left+my|ditched+the|ditched+my _ narcan|naloxone|strips|test+strips|fent+strips|kit _ __ on+purpose|deliberately|intentionally',
    'nobody|no+one|noone _ is|will|gonna|going+to|gets+to _ reverse|reversing|narcan|narcanning|revive|reviving _ me|this+one|this+time',
    // A dose meant to stop the body: "planning to shoot it until i stop breathing", "mix them tonight and never wake up".
    'use|using|shoot|shooting|take|taking|drink|drinking|mix|mixing|swallow|swallowing _ it|them|em|everything|it+all _ __ until|till|til _ i _ stop|quit _ breathing',
    'use|using|shoot|shooting|take|taking|drink|drinking|mix|mixing|swallow|swallowing _ __ @timing|tonite|tn _ and _ not|never _ wake+up|wake',
    'mix|mixing _ them|the _ __ with _ the|my _ __ and _ not|never _ wake+up|wake',
  ],
  // Using with the safety net taken away on purpose, in harm-reduction words: "no narcan in the house on purpose", "not bringing
  // strips on purpose", "nobody is reversing this one" (a peer's own use, not a client's: whose.ts reads "he" as someone else).
  'wish-dead': [
    // Life as a bill the writer cannot pay: "cant afford to keep being alive", "cant afford to stay alive".
    'can+not|cannot _ afford _ to _ keep|stay|go+on _ being? _ alive|living|breathing|existing',
    // Survival regretted: "hate that i survived", "wasnt supposed to survive it", "wish the ambulance had been late".
    'hate|hated|regret|sorry _ that _ i _ survived|lived|made+it|woke+up|came+to',
    'was+not|wasnt|was+never _ supposed|meant _ to _ survive|wake+up|make+it|come+back',
  ],
  'suicidal-thoughts': [
    // A part of the writer drawn to the edge: "part of me wanted to step off", "some part of me wants to let go of the wheel".
    'part _ of _ me _ wanted|wants|want|keeps+wanting|still+wants _ to _ step+off|step+in+front|swerve|drive+off|let+go+of+the+wheel|stay+under|jump+off|jump+in+front|not+come+back|not+wake+up|stop+breathing|die|be+dead',
    // No reason to live said as a count: "asked for three reasons to live ... nothing", "couldnt name one reason to live".
    'reasons|reason _ to|for _ live|living|stay|keep+going _ __ nothing|none|not+one|not+a+single|could+not+name|can+not+name|could+not+think',
    // The current, the water, the dark let to take the writer: "stop fighting the current and let it pull me under".
    'stop|quit _ fighting|swimming|struggling|kicking _ __ and _ let _ it|the+water|the+current|the+waves _ take|pull|drag|have _ me',
  ],
};

export const ownRiskSpreadHints: Record<string, string[]> = {
  'means-hint': [
    // A dose held with no reversal at hand, the reversal kits given away: "at the motel with a gram and no narcan", "gave both my narcan kits to maria".
    'with|have|got _ a|some|the _ gram|bag|bundle|point|half _ and _ no _ narcan|naloxone|strips|kit',
    'gave|give|giving _ away? _ my|both+my|all+my|both+of+my _ narcan|naloxone _ kits|kit|sprays',
    // A means set out where the writer drinks: "oxy and gin lined up on the counter".
    '@pills|pills|oxy|oxys|fent|bottle|vodka|gin|whiskey|fifth|rum _ __ lined+up|laid+out|set+out _ on _ the|my _ counter|table|nightstand|desk',
    // The amount checked and held: "i have double that", "i have that many", "and i have more than that".
    'it _ would|will _ take _ __ and _ i _ have|got _ double|twice|more+than|that+many|that+much|enough',
    'i _ have|got _ them _ all _ in _ a|my _ ziploc|bag|baggie|envelope|sock|pocket|coat',
  ],
  // Done said of a night: "tonight im done", "im done after tonight" ("after tonight nothing will be the same" is a wedding). Alone it is a shift or an
  // essay ("im done tonight, heading home"); beside any other sign it is the writer's end (hint-weights.ts).
  finality: [
    'tonight|tonite|tn|after+tonight _ i+am|im _ done|finished|out',
    'i+am|im _ done|finished _ after+tonight|tonight|tonite|tn',
  ],
  'plan-talk': [
    // A decision said as made and things made ready: "its not a crisis its a decision", "its all ready at home".
    'it+is|its|this+is a decision',
    'it+is|its|everything+is|everything+s _ all? _ ready _ at|in|for|now',
    // The means taken by a pronoun a sentence later: "going to park by the water and take them", "after the news im taking them".
    'going+to|planning+to|about+to _ __ and _ take|swallow|use|mix _ them|em|it+all',
    'i+am|im taking|using|swallowing|mixing them|em',
    'i _ will _ take|use|swallow _ them|em _ __ @timing|tonite|tn',
  ],
  'plan-hint': [
    // "checked online how many it would take" (not "how many tiles it would take": the amount is the means itself).
    'looked+up|googled|researched|checked|checked+online|searched|read+up _ how much|many it would|will take|takes',
  ],
  // Things handed to one person by name, "gave my sister my car keys and my jewelry box": a goodbye, everyday alone.
  'goodbye-hint': ['gave|given|giving my brother|sister|mom|dad|son|daughter|nephew|niece|friend|roommate|neighbor|coworker my|all+my'],
  calm: [
    // Calm said as a wonder: "funny how calm i feel now", "so strange how peaceful i am".
    'how _ calm|peaceful|light|settled _ i _ feel|am|feel+now',
  ],
};
