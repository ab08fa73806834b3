import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en84):
// languages/en.ts (@agent: pt) and languages/en/harm-at-work-and-in-housing.ts (a note left among the writer's things).
describe('the crisis screen reads harm at work told in ward shorthand or left as a note', () => {
  it('GIVEN a patient named in ward shorthand as the one who hit THEN harm from others; a pt doing a chore or physical therapy THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each(['got hit by a pt tonight, black eye', 'a pt punched me during the restraint', 'got kicked by a pt on nights, bruised ribs', 'the pt in 12 choked me before security came'], 'harm-from-others');
    by.each(['my pt session went well today, the pt was great', 'pt hit the call light 40 times lol', 'pt kicked the blanket off again'], 'none');
  });

  it('GIVEN a note left among the writer\'s things that says it knows or watches THEN harm from others; a thank-you or a kind note THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each(['found a note on my car saying we know where you park', 'someone slipped a note under my door saying snitches get stitches', 'there was a note taped to my locker that said keep quiet or else', 'a letter in my mailbox said we know what you told hr'], 'harm-from-others');
    by.each(['found a thank you note in my locker from the night team', 'left a note on my desk, we know youre swamped, pizza in the break room', 'a note on my car from the neighbor about the parking spot'], 'none');
  });
});
