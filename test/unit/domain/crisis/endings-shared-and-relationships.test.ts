import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('a relationship ended with someone named (thing-ended.ts)', () => {
  it('GIVEN someone ending it with the writer or with another person THEN no one at risk', () => {
    expect.each(
      [
        "he'll end it with me this weekend i just know it",
        'she is going to end it with him this weekend',
        'he ended it with me last night and took the dog',
        'my sister finally ended things with him, good for her',
      ],
      'none',
    );
  });

  it('GIVEN an ending with a means or a time and no one named after it THEN still risk', () => {
    expect.ownRisk(['going to end it with pills tonight', 'im going to end it this weekend', 'gonna end it all tonight with the pills']);
    expect.each(["she said she's going to end it tonight", 'my client told me hes going to end it this weekend'], 'someone-else');
  });
});

describe('a death everyone shares (fate-shared.ts)', () => {
  it('GIVEN "we\'re all gonna die" said of an audit, a quiz or life THEN nothing', () => {
    expect.each(
      [
        'we are all gonna die lol the audit is tomorrow',
        "we're all going to die someday, might as well eat the cake",
        'everyone is going to die eventually so whatever',
        'we all gonna die if the wifi goes out during the training',
      ],
      'none',
    );
  });

  it('GIVEN the writer\'s own dying, or two people dying together tonight THEN still imminent', () => {
    expect.each(["i'm going to die tonight", 'we are going to die together tonight, me and him', 'i am all going to die alone tonight'], 'imminent');
  });
});
