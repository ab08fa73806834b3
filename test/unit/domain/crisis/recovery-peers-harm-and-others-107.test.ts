import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Strangers online telling the writer to die (languages/en/harm-told-to-die.ts, languages/es/harm-told-to-die.ts).
describe('the crisis screen hears strangers messaging the writer to die', () => {
  it('GIVEN an account, a stranger or someone from a server that keeps messaging the writer to die WHEN read THEN harm from others', () => {
    by.each([
      'some random account keeps dming me to kys every night',
      'a guy from the fitness discord keeps messaging me that i should just die',
      'una cuenta anónima me escribe que me mate, todos los días otra vez',
      'un tipo de instagram me manda mensajes diciendo que ojalá me muera',
    ], 'harm-from-others');
  });

  it('GIVEN advice said to the writer or the writer messaging someone when they want to die WHEN read THEN it stays the writer\'s own', () => {
    by.each([
      'i keep messaging my sponsor when i want to kill myself',
      'alguien me dijo que si pienso en matarme la llame',
      'been texting my therapist bc i want to die and she answers fast',
    ], 'possible');
  });
});

// Purging drugs slipped into the writer's drink and a body pinched until it bruises (languages/en/harm-dosed-and-pinched.ts,
// languages/es/harm-dosed-and-pinched.ts, ../../../../src/domain/crisis/harm-dosed-and-pinched.ts).
describe('the crisis screen hears laxatives slipped to the writer and a body pinched until it bruises', () => {
  it('GIVEN someone slipping laxatives or diuretics into the writer\'s drink or food WHEN read THEN harm from others', () => {
    by.each([
      'my roommate snuck laxatives into my smoothie again',
      'my mom keeps putting diuretics in my food without telling me',
      'mi suegra me mete diuréticos en el agua',
      'mi hermano me echó laxantes en el café para reírse',
    ], 'harm-from-others');
  });

  it('GIVEN someone pinching the writer\'s body until it bruises WHEN read THEN harm from others, not the writer\'s self-harm', () => {
    by.each([
      'my bf grabs my stomach and pinches it until it bruises',
      'my mom pinches my thighs until they bruise and calls it motivation',
      'mi novia me pellizca la panza hasta dejarme moretones',
      'my gf "checks" my arms every morning and squeezes the fat till it bruises',
    ], 'harm-from-others');
  });

  it('GIVEN the writer taking laxatives, a pinch of affection or a relative\'s own laxatives WHEN read THEN no harm from others', () => {
    by.each([
      'i put laxatives in my tea again, day 3 of trying to stop',
      'my bf pinches my cheeks when im sad lol',
      'mom bought laxatives for her constipation, she puts them in her coffee',
      'mi abuela me pellizca los cachetes cada vez que me ve',
      'me tomé laxantes con la comida, mañana se lo cuento a mi terapeuta',
    ], 'none');
  });

  it('GIVEN the writer pinching themself until it bruises WHEN read THEN it stays the writer\'s own self-harm', () => {
    by.each(['i pinch the fat on my stomach until it bruises'], 'possible');
  });
});

// Someone else's body giving out from purging or starving (languages/en/others-purged-to-the-er.ts,
// languages/es/others-purged-to-the-er.ts), and someone posting in a chat that they are on a bridge
// (languages/en/others-called-from-a-height.ts).
describe('the crisis screen hears someone else\'s body giving out from an eating disorder', () => {
  it('GIVEN another person in the ER or the ICU from purging, or their potassium or heart failing from it WHEN read THEN someone else\'s crisis', () => {
    by.each([
      'his heart rate dropped to 30 from restricting, they kept him overnight',
      'my roommate got admitted to the icu for purging',
      'her electrolytes tanked because of laxatives again',
      'a mi prima se le bajó el potasio de tanto vomitar',
      'mi amiga acabó en la uci por no comer',
    ], 'someone-else');
  });

  it('GIVEN the writer\'s own labs, a natural death or an ER visit for something else WHEN read THEN nothing', () => {
    by.each([
      'my potassium was low at my appointment, eating more bananas',
      'grandpa\'s heart stopped in his sleep, he was 94',
      'my sister is in the ER for a broken arm',
      'mi abuela está en urgencias por una caída',
    ], 'none');
  });

  it('GIVEN someone in a chat posting that they are on a bridge or a ledge WHEN read THEN someone else\'s crisis', () => {
    by.each([
      'someone in the vent channel just posted they are on a bridge',
      'a member wrote she\'s on the ledge of the parking garage',
      'my client texted that he\'s standing on the overpass',
      'a kid in our server typed that hes at the bridge rn',
    ], 'someone-else');
  });

  it('GIVEN a roof fixed or a bridge crossed on a walk WHEN read THEN nothing', () => {
    by.each([
      'he said he\'s on the roof fixing the gutters',
      'we walked over the bridge to the farmers market',
      'my sponsor posted a photo from the bridge at sunset, so pretty',
    ], 'none');
  });
});
