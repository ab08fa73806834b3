import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' reading alone: what an everyday leaving or a donation explains, and what it must not.
const expectPatternRoutes = (cases: [string, string][]) => expectRoutes(cases, patternRouteOf);

describe('the crisis screen reads a leaving that is denied as a cover story', () => {
  it('GIVEN a move or a trip told to someone and then denied in a few words THEN the goodbyes are urgent again', () => {
    expectPatternRoutes([
      ['gave my cat to my cousin, said it was for a work trip. it isnt. wanted her settled before i do it', 'imminent'],
      ['le deje mis plantas a mi comadre y le dije que me mudaba. no me mudo. ya tengo todo para esta noche', 'imminent'],
    ]);
  });
  it('GIVEN a real move or a real trip THEN the goodbyes stay everyday', () => {
    expectPatternRoutes([
      ['left the cat with my cousin while im on the work trip, back sunday', 'none'],
      ['le deje mis plantas a mi comadre porque me mudo a puebla el sabado', 'none'],
    ]);
  });
});

describe('the crisis screen reads "last message on here" as last words', () => {
  it('GIVEN a last message on the server with goodbyes THEN it is imminent; a last message about the schedule is not', () => {
    expectPatternRoutes([
      ['this will be my last message on here. already told the people i love goodbye', 'imminent'],
      ['last message about the schedule: shifts are posted, see you monday', 'none'],
    ]);
  });
});

describe('the crisis screen reads a donation as explaining only its own sentence', () => {
  it('GIVEN things given to a charity and a sign in another sentence THEN the sign still counts', () => {
    expectPatternRoutes([['all my clothes are going to the thrift store. wrote letters for my kids. i wont be around after friday', 'imminent']]);
  });
  it('GIVEN clearing out for a charity or a yard sale THEN it is everyday', () => {
    expectPatternRoutes([
      ['bagged up my old clothes for goodwill and gave away the books i never read', 'none'],
      ['getting rid of the tools at the garage sale saturday, giving the rest to my nephew', 'none'],
    ]);
  });
});
