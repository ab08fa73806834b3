import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en84):
// languages/en/frames-away-for.ts (leave taken as the reason) and frames-over.ts (a death met at a staff meeting).
describe('the crisis screen keeps quiet a day off with leave as its reason and a death the staff met about', () => {
  it('GIVEN a day off told with leave taken as the reason THEN nothing; the same absence with an ending THEN own risk', () => {
    const by = routesBy(patternRouteOf);
    by.each(['not going to be here tomorrow, taking pto finally', 'wont be around friday, using a mental health day', 'not going to be here monday bc i put in for time off'], 'none');
    by.ownRisk(['not going to be here tomorrow. i wrote letters for everyone', 'wont be around after friday and i want to die']);
  });

  it('GIVEN a death the staff met about THEN nothing; a death found by the writer or told bare THEN someone else', () => {
    const by = routesBy(patternRouteOf);
    by.each(['the debrief after the death on our floor helped a lot', 'grief group about the loss on 5 north tonight, i think ill go', 'huddle about the code this morning was good'], 'none');
    by.each(['a resident died by suicide on the unit last night', 'my patient overdosed and died in the bathroom'], 'someone-else');
  });
});
