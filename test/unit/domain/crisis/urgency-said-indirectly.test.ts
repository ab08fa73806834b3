import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// Urgency said indirectly and spread across sentences (branch t-urgent, languages/en/imminent-urgency-spread.ts and
// languages/es/imminent-urgency-spread.ts): each family in wordings the development files do not hold, beside look-alikes
// built from the same words.
describe('the crisis screen reads urgency said indirectly', () => {
  it('GIVEN a means held or watched now THEN imminent; a drill or a phone held THEN nothing', () => {
    expectRoutes(
      [
        'dads pistol is in my car now. just staring at it',
        'typing this with the bottle of pills in my other hand',
        'took the rifle out of the safe an hour ago. cant stop looking at it',
      ],
      'imminent',
    );
    expectRoutes(['just holding my nephew, hes so tiny', 'took the drill out of the case, fixing the shelf now'], 'none');
  });

  it('GIVEN a place seen from where the writer stands THEN imminent; a hike or a pool THEN nothing', () => {
    expectRoutes(['parked on the bridge. the river looks so small from up here', 'on the ledge of the garage roof. one more step', 'waded out into the river. going deeper'], 'imminent');
    expectRoutes(['the view from up here is unreal, hiked 6 miles', 'swimming lessons tonight, kid wants to go deeper'], 'none');
  });

  it('GIVEN the means saved up or got by deceit THEN imminent; beans for a storm or tips for a trip THEN nothing', () => {
    expectRoutes(['been stockpiling my seroquel since march. nearly enough now', 'lied to the urgent care doc to get more oxy. got them now'], 'imminent');
    expectRoutes(['stockpiling rice and batteries for hurricane season', 'saving up my tips for the trip, almost enough'], 'none');
  });

  it('GIVEN affairs settled beside another sign THEN imminent; an estate or a vacation hand-off THEN nothing', () => {
    expectRoutes(
      [
        'paid off my debts and tied up all the loose ends. dont make me say it',
        'handed my clients off to jordan so theyre covered. i wont be anywhere after friday',
        'wrote my own obituary. open it after the weekend',
      ],
      'imminent',
    );
    expectRoutes(['handing my clients off to jordan while im on vacation, back the 20th', 'writing my dads obituary this week, he was 88'], 'none');
  });

  it('GIVEN Spanish letters, a room made ready or a pet left with someone beside a time THEN imminent; a move or a party THEN nothing', () => {
    expectRoutes(
      [
        'ya le dejé la carta a mi hermano, mañana temprano lo hago',
        'tengo todo listo en el baño, hoy en la noche',
        'ya dejé arreglado lo del seguro pa mis hijos. el domingo ya no estoy',
        'le devolví la medalla a mi padrino y le dije gracias por todo',
      ],
      'imminent',
    );
    expectRoutes(['tengo todo listo en la cocina pa la cena de hoy', 'ya le dejé las llaves a mi hermano, el domingo me mudo a Monterrey'], 'none');
  });
});
