import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// An illness or the body wished to finish the writer (languages/en/own-wished-finished-off.ts,
// languages/es/own-wished-finished-off.ts).
describe('the crisis screen hears an illness or the body wished to finish the writer', () => {
  it('GIVEN the writer wishing an illness or their body would finish them WHEN read THEN possible risk', () => {
    by.each([
      'honestly hoping my body just gives out this time',
      'some nights i wish the bulimia had just finished me off',
      'ojalá la anorexia me mate y ya',
      'quisiera que mi corazón se rindiera de una vez',
      'a veces pienso ojalá el trastorno acabe conmigo',
    ], 'possible');
  });

  it('GIVEN a workout that finished the writer, a week wished over or the illness wished gone WHEN read THEN nothing', () => {
    by.each([
      'that leg day finished me off lol',
      'i dont want my heart to give out, thats why im eating my snacks',
      'ojalá el tca acabe y pueda comer normal algún día',
      'mi corazón se paró de la emoción cuando me llamó',
    ], 'none');
  });
});

// Lying still while the body fails, help not called (languages/en/own-wished-finished-off.ts).
describe('the crisis screen hears the writer letting the body fail without calling for help', () => {
  it('GIVEN the writer lying or sitting there letting it happen instead of calling anyone WHEN read THEN imminent', () => {
    by.each([
      'my chest hurts and im just lying here letting it happen, not calling anyone',
      'heart is racing weird, just sitting here letting it happen and not telling anyone',
      'pulse is super low and im lying here letting it happen instead of calling 911',
      'dizzy and my heart keeps skipping. laying here letting it happen rather than calling an ambulance',
    ], 'imminent');
  });

  it('GIVEN a feeling let happen in group, someone else letting it happen or a nap WHEN read THEN not the writer\'s imminent risk', () => {
    by.each([
      'in group we practiced noticing the urge and letting it happen without acting',
      'lying here letting the rain put me to sleep',
      'just sitting here letting the kettle boil',
    ], 'none');
  });
});

// A pet taken in by a relative as a preparation (languages/es/imminent-goodbyes-and-means.ts).
describe('the crisis screen hears a pet handed to a relative beside own risk', () => {
  it('GIVEN a pet taken in by a relative and a plan or hopelessness beside it WHEN read THEN imminent', () => {
    by.each([
      'a mi gata ya se la quedó mi vecina. ya no tiene sentido seguir aquí',
      'le di mi perro a mi prima, ya no lo voy a necesitar nada',
      'a mi perrito se lo llevó mi abuela. el sábado lo hago',
      'le dejé mi gato a mi hermana. ya tomé la decisión',
    ], 'imminent');
  });

  it('GIVEN a pet taken to the vet, on a trip or left while travelling WHEN read THEN nothing', () => {
    by.each([
      'a mi perro se lo llevó mi tía de vacaciones',
      'a mi perro se lo llevó mi tía al veterinario, el viernes lo recojo',
      'le dejé mi gato a mi vecina porque me voy de viaje el viernes',
    ], 'none');
  });
});
