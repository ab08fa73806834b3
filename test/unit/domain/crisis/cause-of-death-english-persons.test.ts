import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the reading is proved by itself.
const by = routesBy(patternRouteOf);

// cause-of-death.ts: a person named in English inside a message read as Spanish is found through the English lexicon's
// third persons, its pronouns left out ("he" is also Spanish "he llorado").
describe('the crisis screen reads a bare cause of death after an English person word in a Spanish message', () => {
  it('GIVEN a death or loss of a person named in English, then a bare cause THEN someone else', () => {
    by.each(['perdimos a un client anoche. suicidio.', 'falleció el coworker de mi turno. suicidio.', 'perdimos a un peer del grupo. suicidio.', 'murió la daughter de mi vecina. suicidio.'], 'someone-else');
  });

  it('GIVEN a loss of no one, with Spanish "he" after it, and a bare cause THEN still the writer\'s possible risk', () => {
    by.each(['perdí el trabajo y he llorado. suicidio.', 'falleció mi perro. suicidio.', 'falleció la impresora, he perdido todo. suicidio.'], 'possible');
  });
});
