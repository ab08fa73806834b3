import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

const patterns = routesBy(patternRouteOf);

describe('how far a habit told as gone ("used to") reaches', () => {
  it('GIVEN "i used to <work>" and then the writer’s own wish in the present THEN it is the writer’s risk now', () => {
    patterns.ownRisk([
      'I used to supervise the night shift and I want to die',
      'i used to be a counselor but i keep thinking about ending it',
      'used to run the friday group, and im thinking about killing myself most nights',
    ]);
  });
  it('GIVEN the later clause told in the past, or the habit’s own quoted words THEN the past still covers it', () => {
    patterns.each(
      [
        'i used to drink and i wanted to die every day',
        'I used to say "I\'d rather be dead than sober". funny how that changed. 4 years',
        'i used to want to die, and i remember that feeling when i sit with new folks',
      ],
      'none',
    );
  });
  it('GIVEN "i\'m used to it" (being accustomed, not a habit gone) THEN the sentence reads as it did: the ex outside is harm', () => {
    patterns.each(["my ex was parked across the street again. i'm fine, i'm used to it, but i'm sleeping with my phone in my hand"], 'harm-from-others');
  });
  it('GIVEN a past that sets the whole sentence ("back in 2015") THEN a later clause stays in it', () => {
    patterns.each(['back in 2015 i was using every day and i wanted to die'], 'none');
  });
});
