/**
 * English own risk told by recovery peers without the usual words (batch 107; notation in ../../patterns.ts, joined by
 * ../en.ts): wounds kept open on purpose ("new marks from tuesday, i keep picking at them on purpose": self-harm) and being gone so as not to be a problem for anyone ("like just not
 * being a problem for anyone anymore": burden). A scab picked with no purpose ("picking at my sunburn") and a problem solved
 * at work ("not a problem for anyone, the shift is covered") stay out.
 */
export const ownHarmKeptOpen: Record<string, string[]> = {
  'self-harm': [
    // "i keep picking at them on purpose", "reopening the cuts so they scar".
    'picking|pick|picked|scratching|reopening|reopen|reopened|opening _ at? _ them|the+scabs|my+scabs|the+cuts|my+cuts|the+wounds|my+wounds|the+marks|my+marks _ on+purpose|so+they+scar|so+they+bleed|until+they+bleed|so+they+never+heal|so+they+dont+heal|so+they+do+not+heal',
  ],
  burden: [
    // "just not being a problem for anyone anymore", "stop being a problem to everyone".
    'not|stop|stopped|no+longer _ being|be _ a _ problem|burden|weight _ for|to|on _ anyone|everyone|anybody|everybody _ anymore|ever+again',
  ],
};
