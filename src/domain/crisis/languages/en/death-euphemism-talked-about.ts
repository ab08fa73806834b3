/**
 * English death's euphemisms talked about over and over (branch t-mx87; notation in ../../patterns.ts, joined by ../en.ts):
 * posting or talking about "the big sleep", "the long sleep" or a dirt nap, kept up ("keeps", "been", "always"), is suicidal
 * talk, the writer's ("i keep talking about the long sleep lately") or, with someone else as subject, theirs (read-sentence.ts
 * turns it into someone else's crisis: "he keeps talking about the big sleep every night"). "Joking" is left out: the joke
 * frame takes it back. "ready for the big sleep" is read as a wish elsewhere (own-risk-said-obliquely.ts); said once, or a book
 * named ("talking about the big sleep i need after finals", "reading the big sleep by chandler") stays everyday.
 * test/unit/domain/crisis/death-welcomed.test.ts holds the family beside its look-alikes.
 */
export const deathEuphemismTalkedAbout: Record<string, string[]> = {
  'suicidal-thoughts': [
    'keep|keeps|kept|been|always|constantly|still _ posting|posts|talking|talks|tweeting|tweets|writing|rambling|going+on|obsessing _ about|over _ "? _ the+big+sleep|the+long+sleep|the+eternal+sleep|the+dirt+nap|a+dirt+nap|the+forever+sleep "?',
  ],
};
