import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the rule is proved by itself (joining-the-dead.ts).
const expect = routesBy(patternRouteOf);

describe('wishing to be with someone who has died is a wish to be dead', () => {
  it('GIVEN a death told and the writer wishing to be with, go with or join that person THEN own risk (possible), not only grief', () => {
    expect.each(
      [
        'my mom died in march and i just want to be with her',
        'i lost my brother to overdose and i want to go with him',
        'mama died in june. i want to join her',
        'my dad passed and i want to go to him so bad. i cant do this without him',
        'mi hermano murió y yo me quiero ir con él',
        'perdí a mi hijo en marzo, ojalá me pudiera ir con él',
        'mi mamá falleció hace un mes, quisiera estar con ella ya',
      ],
      'possible',
    );
  });

  it('GIVEN a wish to see them again, a wish to be with their family, or someone else wishing it THEN no own risk', () => {
    expect.each(
      [
        'my grandpa died and i wish i could see him again',
        'my grandma passed last year and this christmas i just want to be with her family',
        'she died in 2019 and i want to be with her kids this weekend',
        'mi abuelo murió y quiero ir con el equipo de la iglesia al rosario',
        'mi papá murió en mayo y quiero estar con mi mamá este diciembre',
        'my mom died and my sister wants to be with her on her birthday at the cemetery',
      ],
      'none',
    );
    expect.each(['my client died last week and i want to go with his family to the funeral'], 'someone-else');
  });

  it('GIVEN a going to them with a time THEN it is still intent (imminent), and a wish over a going is the wish', () => {
    expect.each(['mama been gone 6 yrs and tonight im going to go see her'], 'imminent');
    expect.each(['since dad passed i keep wishing i could go be with him'], 'possible');
  });
});
