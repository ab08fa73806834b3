import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads "nobody needs me" as a burden, whichever way "nobody" is spelled', () => {
  // own-risk.ts: the burden was written "no one" with a space, which the notation reads as two slots, so only "no one" matched.
  it('GIVEN nobody, no one or noone needing or caring about the writer THEN possible risk', () => {
    expect.ownRisk([
      'nobody needs me',
      'honestly nobody needs me anymore',
      'noone needs me, the team runs fine without me',
      'it feels like nobody even cares about me',
      'no one needs me',
    ]);
  });

  // frames-idiom.ts: a task after "me" ("to cover", "to come in") is being needed for a shift, not needed at all.
  it('GIVEN nobody needing the writer for a task or a shift THEN nothing; a threat with a place after "me" THEN still harm', () => {
    expect.each(
      [
        'nobody needs me to cover saturday, enjoy the day off',
        'no one needs me to come in tomorrow so im sleeping in',
        'good news nobody needs me to drive the van this week',
        'no one needs me to host group tonight, sam has it',
      ],
      'none',
    );
    expect.each(['he said he will kill me at work tomorrow'], 'harm-from-others');
  });
});
