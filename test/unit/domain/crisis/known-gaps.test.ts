import { describe, it } from 'vitest';
import { expectRoutes } from '../../../helpers/crisis-routes.js';

// Known gaps, kept visible rather than rewritten: each test states what the screen should do and is marked to fail
// while it does not. When a change mends one, its test fails: turn it back into a plain test.
describe('known gaps of the crisis screen', () => {
  // Since the 2026-12-03 (ninth session) retraining the learned opinion raises plain hopelessness to imminent: the
  // member gets the emergency number and "Are you safe right now?" first, where asking directly ("Are you thinking about
  // suicide?") is the route for it. Still own risk either way. The patterns read it as possible.
  it.fails('KNOWN GAP: GIVEN "I can\'t do this anymore" with no plan, means or time THEN it is possible, not imminent', () => {
    expectRoutes([
      ["I can't do this anymore", 'possible'],
      ['cant anymore', 'possible'],
    ]);
  });
});
