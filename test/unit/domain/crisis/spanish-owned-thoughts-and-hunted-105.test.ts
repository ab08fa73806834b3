import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads a thought told in the impersonal and then owned (fresh batch 105, impersonal-owned.ts)', () => {
  it('GIVEN a thought of killing oneself asked about or told of "uno" WHEN the writer then says it happens to them THEN possible', () => {
    expect.each(
      [
        'es normal pensar en matarse cuando uno va manejando? a mi me pasa',
        'uno piensa en quitarse la vida a veces, yo tambien lo pienso seguido',
        'sera que es comun pensar en suicidarse cuando uno esta solo en la noche? porque me pasa mucho',
        'pensar en matarse cuando uno anda bien bajoneado, la verdad yo lo pienso diario',
        'oiga, es raro pensar en morirse cuando uno se levanta? me pasa todos los dias',
      ],
      'possible',
    );
  });

  it('GIVEN the same question WHEN the writer denies it, goes on to something else or only asks THEN no own risk', () => {
    expect.each(['es normal pensar en matarse cuando uno esta triste? a mi nunca me pasa', 'pensar en matarse cuando uno esta en la regadera, me pasa que luego se me olvida el shampoo'], 'none');
    expect.each(['mi amiga dice que piensa en matarse cuando esta sola, a mi me da miedo por ella'], 'someone-else');
  });
});

describe('the crisis screen reads the writer hunted by an ex out of prison, a gang or the one owed (fresh batch 105, es/harm-sought-and-coming-for-me.ts)', () => {
  it('GIVEN an ex out of prison, a gang or a loan shark coming for or asking after the writer THEN harm from others', () => {
    expect.each(
      [
        'mi exmarido salio de la carcel y ya me mandaron a decir que viene por mi',
        'los de la mara andan preguntando por mi en la colonia',
        'me andan buscando los pandilleros, ya fueron a la casa de mi abuela',
        'el prestamista al que le debo fue a mi casa con dos tipos',
        'rafaguearon la tienda de la esquina y ahora unos vatos andan preguntando por mi',
        'mi ex me mando a decir que viene por mi en cuanto salga',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN a pick-up, a hand-over of the children, a boss asking or the trash can THEN nothing', () => {
    expect.each(
      [
        'mi mama me mando a decir que viene por mi a la escuela',
        'mi ex me mando a decir que viene por los ninos el sabado',
        'me anda buscando mi jefa para que le ayude con la tienda',
        'tire el bote de basura y ya mi papa viene por mi',
        'balacearon a un muchacho en la esquina y mi mama anda preguntando por mi hermano',
      ],
      'none',
    );
  });
});
