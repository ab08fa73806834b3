import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (languages/en/plan-said-for-real.ts, frames-place-to-oneself.ts, harm-shot-at-home.ts). Every line is
// written for the test; each family sits beside risk said in the same words that must keep its route.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads a time said for real, a home to oneself and shots fired at the writer\'s home', () => {
  it('GIVEN "tonight for real" said of an everyday plan WHEN no act is named THEN it is no risk', () => {
    routes.each(
      [
        'im going to bed at 9 tonight for real, this week wore me all the way out',
        'meal prepping tonight fr, no more drive thru for me',
        'starting that budget tomorrow for real, sister holding me to it',
        'choir rehearsal tonight fr, pastor said no more excuses',
      ],
      'none',
    );
  });

  it('GIVEN "tonight for real" beside an act or own risk THEN it stays imminent', () => {
    routes.each(
      [
        'kms tonight fr, done pretending on shift',
        'catching the bus tonight for real. bye yall',
        'ending it tonight fr, the pills are counted out',
        'gonna unalive myself tomorrow for real, already said my goodbyes',
      ],
      'imminent',
    );
  });

  it('GIVEN a home to oneself because others are away WHEN nothing else is said THEN it is no risk', () => {
    routes.each(
      [
        'roommate moving out saturday so i got the whole place to myself',
        'wife and kids at her sisters til sunday, i have the house to myself',
        'finna have the crib to myself this weekend, gonna cook and watch the game',
        'husband on a fishing trip so I have the apartment to myself friday',
      ],
      'none',
    );
  });

  it('GIVEN a home to oneself beside a means, an act or a place picked THEN it stays imminent', () => {
    routes.each(
      [
        'have the house to myself saturday and the pills are ready',
        'gonna have the place to myself this weekend, finally gonna end it',
        'i have the spot picked out for tonight',
      ],
      'imminent',
    );
  });

  it('GIVEN someone shooting at the writer\'s home or car THEN it is harm from others', () => {
    routes.each(
      [
        'my neighbor shot at our house last night over the trash cans',
        'somebody shot up my car while I was at bible study',
        'they was shooting at my crib again, had the kids sleep in the tub',
        'a bullet came through my bedroom window last night and nobody will say who',
        'my ex brother fired into my apartment sunday',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN shots named in play, sport or a figure of speech THEN it is no risk', () => {
    routes.each(
      [
        'he shot some hoops at my house after service',
        'I took a shot at fixing my car myself, pray for me',
        'my bullet journal in my bedroom is finally organized',
        'we took shots at the bar for my cousin birthday',
      ],
      'none',
    );
  });
});
