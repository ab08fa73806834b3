import { describe, it } from 'vitest';
import { expectRoutes } from '../../../helpers/crisis-routes.js';

describe('plain hopelessness asks directly', () => {
  // The ninth session's retraining raised these to imminent: the learned opinion's raise threshold was a share of the
  // possible lines, whatever their odds. Since the raise needs imminent at least twice as likely as possible
  // (RAISE_FLOOR in learned/training.ts), the member is asked "Are you thinking about suicide?" first.
  it('GIVEN "I can\'t do this anymore" with no plan, means or time THEN it is possible, not imminent', () => {
    expectRoutes([
      ["I can't do this anymore", 'possible'],
      ['cant anymore', 'possible'],
    ]);
  });
});
