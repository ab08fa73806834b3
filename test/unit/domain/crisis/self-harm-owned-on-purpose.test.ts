import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('"did it on purpose" owning a self-harm just told is no dose taken (single-signs.ts taken-hint)', () => {
  it('GIVEN a wall punched, a burn or a scratch and then "did it on purpose" THEN possible', () => {
    expect.each(
      [
        'slammed my fist into the door till it bled. did it on purpose',
        'hit my head on the wall over and over last night. i did it on purpose',
        'burned my arm with a lighter again. did it on purpose so i could feel it',
        'scratched my legs until they bled. yeah i did it on purpose',
      ],
      'possible',
    );
  });

  it('GIVEN the whole bag, a shot or more than ever done on purpose THEN still imminent', () => {
    expect.each(
      [
        'did the whole bag on purpose. not waking up from this one',
        'did way more than i ever do on purpose tonight, im alone',
        'did enough fent on purpose to drop a horse tonight',
      ],
      'imminent',
    );
  });
});
