import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en84):
// reported-condition.ts.
describe('the crisis screen reads whose i follows a reported condition on a thing', () => {
  it('GIVEN a reported condition on a thing before the speaker\'s "i" THEN someone else; the writer\'s own condition or a condition on "i" told to the writer THEN own risk or harm', () => {
    const by = routesBy(patternRouteOf);
    by.each([
      'my roommate keeps saying if the test comes back positive im going to kill myself',
      'my coworker told me if the review goes badly im going to end it, and she meant it',
      'my roommate said that if the loan gets denied im just gonna end it',
      'my sister says if the divorce goes through shes done living',
    ], 'someone-else');
    by.ownRisk(['if the audit goes bad im just gonna end it', 'my boss keeps saying the audit is due. if it goes bad im gonna kill myself']);
    by.each(['he says if i dont come back to him hell tell everyone my secrets'], 'harm-from-others');
  });
});
