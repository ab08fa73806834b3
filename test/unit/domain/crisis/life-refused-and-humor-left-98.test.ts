import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// A life weighed and refused, dark humour left, others spared (languages/en/own-risk-life-refused.ts).
describe('the crisis screen hears a life refused in a queer peer room', () => {
  it('GIVEN a life refused if this is all of it THEN own risk', () => {
    by.ownRisk([
      'if this is all life is, i dont want any of it',
      'honestly if this is what the rest of my life looks like i dont want it',
      'if that is all there is then count me out',
      'if this is all it gets, i do not want it',
    ]);
  });

  it('GIVEN the same words about a meal, a job or a party THEN nothing', () => {
    by.each([
      'if this is all there is to eat, i dont want it',
      'if this is what the new menu looks like i dont want it lol',
      'if this is all the party has, count me out and lets go to the diner',
    ], 'none');
  });

  it('GIVEN sleep that would be the end, not minded, or a slang joke that stopped being one THEN own risk', () => {
    by.ownRisk([
      'honestly wouldnt mind if i went to sleep and that was the end',
      'would be peaceful if i just drifted off and that was it',
      '"this killed me" was always just a joke, lately i wish it was real',
      'kms used to be a joke for me but now i wish it wasnt',
    ]);
  });

  it('GIVEN slang for laughing hard, a nap minded or a dead name THEN nothing', () => {
    by.each([
      'this killed me lmao im deceased',
      'wouldnt mind if i fell asleep on the couch during the movie',
      'my dead name used to be a joke between me and my sister, now its just a name',
      'i dont mind if i fall asleep early tonight, long week',
    ], 'none');
  });

  it('GIVEN dark humour named as the last thing left beside a place, or a future not worth fighting for THEN risk', () => {
    by.each([
      'standing on the tracks behind the station lmao. memes are all i have left',
      'sitting on the ledge of the parking garage haha. jokes are the only thing i got left',
    ], 'imminent');
    by.ownRisk([
      'whats the point of fighting for a future where i still cant be myself',
      'what is the point in surviving for a future like this',
      'the world doesnt have room for people like me',
      'maybe i should just stop taking up space',
    ]);
  });

  it('GIVEN dark humour as taste, a point argued or space in a room THEN nothing', () => {
    by.each([
      'sitting on the train tracks for our photoshoot lol the lighting was perfect',
      'dark humor is my favorite genre of meme lol',
      'whats the point of fighting about the thermostat again',
      'my boxes should stop taking up space in the hallway',
    ], 'none');
  });

  it('GIVEN others spared the writer in a wish THEN possible, not imminent', () => {
    by.each([
      'wish i could vanish and nobody would have to deal with me anymore',
      'i wish i could stop existing so no one would have to put up with me',
      'everyone would be better off not dealing with me',
      'sometimes i wish i could fade away and noone would have to worry about me',
    ], 'possible');
  });
});
