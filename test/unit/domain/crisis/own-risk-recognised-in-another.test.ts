import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion) (branch t-en57): recognised-in-another.ts and
// languages/en/frames-same-here.ts.
describe('the crisis screen reads the English writer recognising themself in someone else\'s crisis', () => {
  it('GIVEN someone else\'s wish, thoughts or self-harm and then the writer\'s own "same" THEN possible', () => {
    expectRoutes([
      ['wrote participant endorses passive si on the intake form and thought. huh. relatable', 'possible'],
      ['participant said she just wants to not wake up some days. honestly same', 'possible'],
      ['my client told me she cuts when it gets bad. same tbh', 'possible'],
      ['client said hes been thinking about ending it and i was like, same', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN a "same" that is no recognition, or no crisis before it THEN someone else\'s crisis or nothing', () => {
    expectRoutes([
      ['client reports passive ideation. same as last week, safety plan reviewed', 'someone-else'],
      ['same. client reports passive ideation, plan reviewed', 'someone-else'],
      ['supervisor said the case notes are a nightmare. same', 'none'],
      ['client told me shes sick of the rain. same', 'none'],
    ], patternRouteOf);
  });
});
