import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the rule is proved by itself (everyday-frames.ts, `ailmentDose`).
const expect = routesBy(patternRouteOf);

describe('medicine told with the ailment it is for is the day\'s dose', () => {
  it('GIVEN pills already taken for a headache, a back, a cold or the blood pressure THEN nothing urgent', () => {
    expect.each(
      [
        'ya me tomé las pastillas para el dolor de cabeza',
        'ya me tome la pastilla pal dolor de muela, ahorita regreso',
        'already took the pills for my headache, going to lie down',
        'took my meds for the blood pressure and now im starving',
        // The sigh is explained by its excuse (means-after-excuse.ts); the dose after it is no means.
        'me quiero morir, mañana tengo examen y ya me tomé las pastillas para el dolor de cabeza',
      ],
      'none',
    );
  });

  it('GIVEN a whole supply or a count taken, whatever it is said to be for THEN still imminent', () => {
    expect.each(
      [
        'took the whole bottle for my headache',
        'me tomé todas las pastillas para el dolor',
        'took all my pills. for my family, sorry',
        'already took the pills for the pain to stop for good',
      ],
      'imminent',
    );
  });
});
