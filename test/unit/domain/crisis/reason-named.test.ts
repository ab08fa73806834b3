import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../helpers/crisis-routes.js';

describe('a going or a weariness told with its everyday reason, read by the whole screen', () => {
  it('GIVEN the writer names their own return THEN nothing alarming, though "won\'t be back" alone reads as a goodbye', () => {
    for (const text of ["i won't be back until tuesday", 'wont be back till next week, yall hold down the fort', "not gonna be back till monday, offline for the move", 'wont be back until after the holidays']) expect(routeOf(text), text).toBe('none');
  });

  it('GIVEN the work that tired the writer named in Spanish THEN nothing alarming', () => {
    for (const text of ['estoy cansado del trabajo, mano', 'toy cansao del trabajo, mano', 'bien fundida del turno de hoy', 'agotado de tanto manejar, ya llegué']) expect(routeOf(text), text).toBe('none');
  });

  it('GIVEN a day named with no return, or weariness of living itself THEN the risk stays', () => {
    expect(routeOf('estoy cansada de vivir')).toBe('possible');
    expect(routeOf('cansado del trabajo y de la vida, ya no quiero seguir')).toBe('possible');
    expect(routeOf("i won't be back. thank you for everything")).toBe('imminent');
    expect(routeOf("gave away the guitar and the truck. i'm not going to be here for the holidays")).toBe('imminent');
    expect(['possible', 'imminent']).toContain(routeOf('nobody would even notice if i was gone till monday'));
  });
});
