import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// "that's it, that's the msg" closing a vent is the meme of nothing more to say (languages/en/frames-idiom.ts), not a plan made.
describe('the crisis screen reads a vent closed by "that\'s it, that\'s the message" as the wish it holds', () => {
  it('GIVEN a wish or a low closed by the meme THEN possible, not imminent', () => {
    by.each([
      'i want to die. thats it, thats the post',
      'honestly wish i was dead. that is it that is the whole message',
      'i hate being alive. thats it thats the tweet',
      'cant stop thinking about killing myself. thats it thats the message',
    ], 'possible');
  });

  it('GIVEN "that\'s it" after a means, a time or a plan THEN still imminent', () => {
    by.each([
      'i have the pills ready. thats it.',
      'got the rope. that is it. tonight',
      'wrote the notes for everyone. thats it, im doing it tonight',
    ], 'imminent');
  });

  it('GIVEN the meme over everyday things THEN nothing', () => {
    by.each([
      'mondays should be illegal. thats it thats the tweet',
      'pineapple belongs on pizza. that is it, that is the post',
      'the new rota is a joke. thats it thats the msg',
    ], 'none');
  });
});
