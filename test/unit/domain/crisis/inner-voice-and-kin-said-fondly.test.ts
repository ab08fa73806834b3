import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Whose words and whose marks (branch t-mx87): the writer's inner voice quoted (quotes.ts `innerVoiceAt`, `innerVoices` in the
// language files), and kin said fondly as a diminutive (es.ts `kinSaidFondly`).
describe('the crisis screen hears the writer in their own inner voice', () => {
  it('GIVEN a wish quoted as said by my brain, my mind or my anxiety THEN own risk', () => {
    by.ownRisk([
      'mi mente dijo "ya no quiero vivir" otra vez',
      '"me quiero morir" dijo mi ansiedad a las 4am',
      '"nadie me extrañaría" dice mi cerebro cada noche',
      '"i dont want to wake up" said my brain again',
    ]);
  });

  it('GIVEN the same words said by a sister, by their brain or by a friend THEN someone else', () => {
    by.each(['"me quiero morir" dijo mi hermana anoche', 'mi amiga dijo "ya no quiero vivir"', '"me quiero morir" dijo su prima en el chat'], 'someone-else');
  });
});

describe('the crisis screen hears kin said fondly as someone else', () => {
  it('GIVEN a little sister, cousin or friend with marks, pills taken or a wish THEN someone else', () => {
    by.each(
      ['mi hermanita se hizo cortadas en las piernas', 'mi primito se tomó unas pastillas y está en urgencias', 'mi amiguita dice que se quiere morir', 'mi sobrinita tiene cortes en los brazos y no quiere hablar'],
      'someone-else',
    );
  });

  it('GIVEN the writer with marks, or a diminutive in an errand THEN own risk or nothing', () => {
    by.ownRisk(['tengo cortadas en los brazos otra vez']);
    by.each(['le di a mi hermanita mis pastillas de la gripa', 'mi primito me ganó en el fifa jaja', 'mi hijita cumple años mañana'], 'none');
  });
});

// A role the writer holds, named after "being a" (whose.ts `isObject`): no one else named, so the sign stays the writer's.
describe('the crisis screen hears "being a peer" as the writer in a role', () => {
  it('GIVEN "being a peer/peer specialist" beside the writer or "ur own" sign THEN own risk', () => {
    by.ownRisk([
      'being a peer worker when ur own unalive thoughts get loud at 2am',
      'being a peer when your own suicidal thoughts are this loud is hard',
      'being a peer and wanting to die is a weird combo',
      'being a peer mentor while i keep thinking about killing myself',
    ]);
  });

  it('GIVEN a peer, a client or a mom who is the one at risk THEN someone else', () => {
    by.each(['my peer has suicidal thoughts', 'being a mom, she says she wants to die sometimes', 'being a peer specialist, my client told me he wants to die'], 'someone-else');
  });
});

