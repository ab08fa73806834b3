import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself, in wordings not in the corpus.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads harm from others told sideways (languages/en/harm-told-sideways.ts)', () => {
  it('GIVEN money, aids or papers taken as leverage THEN harm from others; an errand with the same things THEN nothing', () => {
    routes.each(
      [
        'my wife hides my walker whenever she goes out',
        'he pawned my hearing aids so i cant hear the phone',
        'my brother took the car battery so i am stuck out here',
        'my girlfriend gives me just 15 dollars a week for everything',
        'my son holds back half my pension every month',
        'he made me withdraw money from my account for his truck',
        'she put all the loans in my name',
        'he will not give me my insulin unless i apologize',
        'my ex still has access to my bank and my email',
      ],
      'harm-from-others',
    );
    routes.each(
      [
        'my husband took the car to work so i took the bus',
        'my boss checks the receipts every friday',
        'she holds my meds until bedtime because i forget them',
        'my job gives me just 10 dollars a day for lunch',
        'my assistant has access to my email',
      ],
      'none',
    );
  });

  it('GIVEN home told as a cage, a blocked door, a night away because of someone THEN harm from others; furniture and houses in everyday talk THEN nothing', () => {
    routes.each(
      [
        'my apartment is a prison and she has the only key',
        'honestly its like living with a landmine',
        'my stepfather stood in the doorway and would not let me leave the kitchen',
        'im sleeping at my cousins so i dont have to go home while he is drinking',
        'i cant go home tonight because he is waiting up',
      ],
      'harm-from-others',
    );
    routes.each(['the apartment feels like a sauna', 'the landlord is coming by to fix the sink'], 'none');
  });

  it('GIVEN a threat in a euphemism, or a pursuer who keeps finding the writer THEN harm from others; everyday turns and schedules THEN nothing', () => {
    routes.each(
      [
        'my ex said he would put me in the ground',
        'the note on my windshield said i am next',
        'that guy from the shelter keeps saying he will handle me',
        'she told me to keep my mouth shut or else',
        'a stranger has been texting me from different numbers',
        'a client violated the restraining order again',
        'i was followed home from the train last night',
        'someone leaked my home address on reddit',
        'i got threatened by a man at the bus stop with a knife',
      ],
      'harm-from-others',
    );
    routes.each(
      [
        'the nurse said i am next in line',
        'my sister warned me im next on the layoff list',
        'she said see you soon and hung up',
        'i parked across the street again because the lot was full',
        'my mom keeps coming by my place with soup',
        'we did a case review of an old client whose ex slashed her tires in 2019',
      ],
      'none',
    );
  });

  it('GIVEN violence or sex told without its name THEN harm from others; the same words elsewhere THEN nothing', () => {
    routes.each(
      [
        'my husband punishes me whenever i talk back',
        'he stood over me with a belt',
        'she spat in my face at the door',
        'i got jumped outside the laundromat',
        'my manager said my shifts depend on whether i go out with him',
        'the landlord offered to drop the rent if i stay the night',
      ],
      'harm-from-others',
    );
    routes.each(['my grade depends on whether i pass the final', 'a client of mine got jumped at the camp last night'], 'none');
  });
});

describe("the crisis screen reads someone else's harm told sideways (languages/en/others-harmed-told-sideways.ts)", () => {
  it("GIVEN someone else's money or papers held, a room locked, a cover story for a mark, a goodbye then silence THEN someone else's crisis; everyday errands THEN nothing", () => {
    routes.each(
      [
        'my neighbor says her grandson keeps her pension and locks her in the back room',
        'a woman at the shelter told me her boss holds her passport',
        'my coworker came in with a split lip again and said she walked into a door',
        'my sponsee posted a goodbye on facebook and his phone is off',
        'one of the guys at the camp says a dealer wants him dead over a debt',
      ],
      'someone-else',
    );
    routes.each(['my son took his phone to school', 'my coach locked the gym after practice'], 'none');
  });
});

describe("the crisis screen reads someone else's wish reported in the third person (languages/en/someone-else-families.ts)", () => {
  it("GIVEN a wish never to have been born, a burden said over and over, thinking of ending a life, a relapse ending in death THEN someone else's crisis; a trip with a rifle THEN nothing", () => {
    routes.each(
      [
        'my nephew told me he wishes he was never born',
        'my roommate keeps saying shes just a burden',
        'my cousin has been talking about ending his life since the divorce',
        'a woman from my home group relapsed last month and died',
      ],
      'someone-else',
    );
    routes.each(['my brother took his rifle and left for the hunting trip'], 'none');
  });
});
