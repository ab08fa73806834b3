import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// The writer's own risk said obliquely (branch t-oblique, languages/en/own-risk-said-obliquely.ts): each family in wordings
// the development files do not hold, beside look-alikes built from the same shapes.
describe('the crisis screen reads English own risk said obliquely', () => {
  it('GIVEN a sleep wished to last forever or the long sleep THEN possible risk; a nap after a shift THEN nothing', () => {
    expectRoutes(
      [
        'some nights i wish i could just sleep and have it last forever',
        'honestly just ready for the big sleep at this point',
        'i want to fade away for good, not for a weekend',
      ],
      'possible',
    );
    expectRoutes(['ready for a long nap after this shift', 'i want to sleep for a week after finals'], 'none');
  });

  it('GIVEN getting through doubted or a life one is not built for THEN possible risk; a party or a fat cat THEN nothing', () => {
    expectRoutes(
      [
        'not sure i want to see another christmas',
        'i really am not built for this life',
        'pretty sure i shouldnt have been born',
        'so sick of existing every single day',
      ],
      'possible',
    );
    expectRoutes(['not sure i want to make it to the party tonight', 'my cat is not built for being this fat', 'so sick of this rain every single day'], 'none');
  });

  it('GIVEN death as the fix, still breathing regretted, waking disappointed, death welcomed or a grave preferred THEN possible risk; a monday THEN nothing', () => {
    expectRoutes(
      [
        'sometimes i think me dying would solve so much for my family',
        'still breathing, sadly. another monday',
        'woke up annoyed that im still here again',
        'if death came for me tonight id go quietly',
        'most days id rather be pushing up daisies honestly',
      ],
      'possible',
    );
    expectRoutes(['woke up disappointed that it is monday', 'a new laptop would solve so much for my workflow'], 'none');
  });

  it('GIVEN a world that would spin on, grief that would pass or a bus not minded THEN own risk; a conference or a sad movie THEN nothing', () => {
    expectOwnRisk([
      'honestly people would be sad for a bit and then move on',
      'if a truck took me out on the freeway i wouldnt even mind',
      'the world would go on fine without me',
    ]);
    expectRoutes(['the world will keep spinning without me at the conference lol', 'cried for a bit and then got over it, the movie was sad'], 'none');
  });

  it('GIVEN a substitute held instead of the blade or cuts told by the body part THEN own risk; a sliced finger THEN nothing', () => {
    expectOwnRisk(['holding ice instead of a razor tonight, barely', 'drew on my arm with a red marker instead of cutting', 'carved my thigh up after group, its whatever']);
    expectRoutes(['sliced my finger making dinner lol', 'put ice on it instead of a heating pad'], 'none');
  });

  it('GIVEN life that cannot be handled or no future to picture THEN possible risk; life admin or the gym THEN nothing', () => {
    expectRoutes(['i just cant handle life anymore', 'dont have it in me to keep fighting', 'cant see any future for me'], 'possible');
    expectRoutes(["i can't handle life admin anymore", "i don't have it in me to keep going to this gym", 'when i first got sober i couldnt imagine a future, now i run the group'], 'none');
  });

  it('GIVEN an out-of-office, a door left for whoever, therapy cancelled or dark awaited beside a means THEN imminent; a trip or fireworks THEN nothing', () => {
    expectRoutes(
      [
        'cat is with the neighbors. left the back door unlocked so the police can get in',
        'cancelled my therapist. the pills are counted out on the desk',
        'have the rope in the car. waiting for it to get dark',
        'what happens after a whole bottle of trazodone? asking cause i just did',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'set my out of office to permanently until the new role starts',
        'dog is at the neighbors while we travel, door unlocked for the plumber',
        'cancelled therapy because the roads are closed',
        'waiting for dark to watch the fireworks',
        'is it ok to submit the timesheet late? asking bc i already did',
      ],
      'none',
    );
  });
});
