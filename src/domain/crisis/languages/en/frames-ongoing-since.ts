/**
 * English `resumed` frames for a stretch that runs from a past month until now (batch 107; notation in ../../patterns.ts, read
 * by ../../past-reach.ts `resumedAfter`): "i've been saving my meds since the relapse started back in march". The "back in
 * march" would read as a distant past (frames.ts `distantPast`), but "since the relapse started back in march" says the
 * saving has gone on from then until now. Only with a beginning named ("since the relapse started", "ever since the new meds
 * kicked in"): "sober since back in march" and "i cut back in march" keep the past.
 */
const month = 'january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|the+new+year|new+years|christmas';

export const ongoingSince: string[] = [
  `since|ever+since _ the|my|this _ __ started|began|begun|kicked+in|hit|came+back _ back+in|back+around|in|around _ ${month}`,
];
