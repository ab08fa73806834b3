import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the rule is proved by itself (read.ts, frames `invited`).
const expect = routesBy(patternRouteOf);

describe('a place and a time told with others invited along are an outing', () => {
  it('GIVEN a bridge, a river or the tracks with a time and an invitation, and nothing of the writer\'s own risk THEN nothing', () => {
    expect.each(
      [
        'hanging out at the bridge after work anyone wanna come',
        'going to the bridge after work, anyone wanna come?',
        'heading to the river tonight if anyone wants to join',
        'im going to the tracks after group who is in',
        'vamos al puente después del trabajo, quién se apunta?',
        'mañana temprano al río con los niños, si alguien se anima',
      ],
      'none',
    );
  });

  it('GIVEN the same outing beside a wish to be dead THEN still own risk; a place and a time with no one invited THEN still urgent', () => {
    expect.ownRisk(['i want to die. heading to the bridge tonight, anyone wanna come']);
    expect.each(
      [
        'going to the bridge tonight, not coming back',
        'esta noche me voy al puente, ya no vuelvo',
        'at the bridge after work. done',
      ],
      'imminent',
    );
  });
});
