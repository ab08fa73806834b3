import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Someone else's death or attempt told as a loss to the community (languages/en/others-lost-from-the-community.ts), an elder's
// funeral (frames-over.ts `naturalDeath`), the hour thoughts come and a deed told done (frames-times-not-set.ts), and a death
// preferred to who the writer is, taken up (harm-told-to-die.ts, frames-known-14.ts `agreed`).
describe('the crisis screen hears a community loss apart from the writer\'s own risk', () => {
  it('GIVEN one of our own lost last night, or chosen kin who attempted THEN someone else', () => {
    by.each([
      'we lost another one of our queens this morning. overdose.',
      'the house lost one of our girls over the weekend, i cant stop crying',
      'my chosen brother attempted last night, hes in the icu',
      'drag mother overdosed after the show, shes stable now',
    ], 'someone-else');
  });

  it('GIVEN a game lost, an elder\'s funeral or a dead name THEN nothing', () => {
    by.each([
      'we lost one of our players to a knee injury in the second half',
      'memorial for my grandma saturday, she was 94',
      'service for my great aunt today, family was mostly fine with my partner',
      'we lost the league final last night, our queens were robbed',
    ], 'none');
  });

  it('GIVEN the hour the thoughts come, a deed told done on a past day, beside feeling safe now THEN possible, not imminent', () => {
    by.each([
      'the si gets loud around midnight, im ok rn tho',
      'kms thoughts hit hardest at 3am, safe right now',
      'self harm check in: did it again yesterday, cleaned it up, no stitches',
      'the suicidal thoughts get loudest after midnight, im okay for now',
    ], 'possible');
  });

  it('GIVEN a plan set for an hour THEN imminent', () => {
    by.each([
      'im doing it at 2am when everyone is asleep, i want to die',
      'going to kill myself tonight',
      'gonna give her what she wants, she said she would rather have a dead daughter than a gay one. tonight im done',
    ], 'imminent');
  });

  it('GIVEN a death preferred to who the writer is, taken up THEN imminent; only said THEN harm', () => {
    by.each([
      'dad said hed rather have a dead son than a trans daughter so ill give him what he wants tonight',
      'my mom told me she would rather have a dead kid than a gay one. guess im gonna give her what she wants this weekend',
    ], 'imminent');
    by.each([
      'grandma said shed rather have a dead grandson than a queer one. we dont talk anymore',
      'my dad told me hed rather have a dead son. i moved in with my aunt and im safe',
      'dad said hed sooner bury a son than have one like me',
    ], 'harm-from-others');
    by.each([
      'my mom wants a new air fryer so im gonna give her what she wants for christmas',
      'this killed me, im deceased, my mom said she would rather have a dog than another kid',
    ], 'none');
  });
});
