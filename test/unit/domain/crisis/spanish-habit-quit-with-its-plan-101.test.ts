import { describe, it } from 'vitest';
import { patternRouteOf, routeOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading, and the whole screen: the habit quit is set aside for the learned opinion (reason-named.ts).
const expect = routesBy(patternRouteOf);
const whole = routesBy(routeOf);

describe('the crisis screen reads a Spanish habit quit with its plan or its aid as no plan of the writer\'s (fresh batch 101)', () => {
  // es/everyday-food-finished-and-years-clean.ts habitQuit
  it('GIVEN a plan with a means, a day set to stop existing or life named beside the habit THEN imminent', () => {
    expect.each(['ya tengo el plan, mañana lo hago con las pastillas', 'el lunes dejo de existir, ya tengo todo listo', 'ya dejé de comer, mañana me tomo todas las pastillas'], 'imminent');
    whole.each(['mañana dejo de fumar y de vivir, ya tengo el plan'], 'imminent');
  });

  it('GIVEN smoking, vaping or cigarettes quit tomorrow with the plan, the patches or the gum THEN nothing, by the patterns and by the whole screen', () => {
    const quits = ['desde mañana dejo de vapear, ya compré los parches', 'el lunes dejo el cigarro, ya compré los chicles de nicotina', 'ya tengo el plan: mañana dejo de fumar'];
    expect.each(quits, 'none');
    whole.each(quits, 'none');
  });
});
