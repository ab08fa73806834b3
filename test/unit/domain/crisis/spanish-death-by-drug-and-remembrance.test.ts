import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Someone else's death told by the drug that caused it (languages/es/someone-else-families.ts `drugsThatKill`), and a day or a
// vigil of remembrance as training talk (the `training` frame in languages/es/frames.ts). Branch t-mx87.
describe('the crisis screen hears a death told by its drug, and a remembrance day as an event', () => {
  it('GIVEN someone who died of or by a named drug THEN someone else', () => {
    by.each(['falleció de heroína mi vecino', 'se murieron dos chavos del barrio por fentanilo', 'mi compa murió por una mezcla de pastillas', 'se murió la morra de la esquina de cristal'], 'someone-else');
  });

  it('GIVEN a death of old age, of laughter, a plant, or an illness THEN nothing', () => {
    by.each(['se murió de risa con el meme', 'se murió la planta por falta de agua', 'murió de viejo el perro', 'mi tío murió de cáncer'], 'none');
  });

  it('GIVEN a remembrance day, a world day or a vigil for overdose or suicide THEN nothing', () => {
    by.each(['el día de la memoria de las víctimas de sobredosis es el 31', 'el día mundial de prevención del suicidio es el 10', 'la vigilia por sobredosis es en la plaza', 'hay carteles de concientización sobre el suicidio en la escuela'], 'none');
  });

  it('GIVEN the writer own risk or someone else overdosing beside the same words THEN still read', () => {
    by.ownRisk(['hoy es el día, me voy a matar']);
    by.each(['mi hermano tuvo una sobredosis ayer'], 'someone-else');
  });
});
