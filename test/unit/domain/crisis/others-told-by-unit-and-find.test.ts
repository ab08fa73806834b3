import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// A coworker named by unit and role before "i work with" (lexicon.ts `roleAfterUnit`, whose.ts).
describe('GIVEN a coworker named by unit and role before "i work with"', () => {
  it('WHEN the coworker is the one at risk THEN someone-else', () => {
    by.each([
      'ER nurse I work with has fresh cuts up her forearm',
      'ICU nurse i work with has been cutting again',
      'ER nurse i work with says she took a bottle of pills last night',
      'EMS medic i ride with has fresh cuts on his wrist',
    ], 'someone-else');
  });

  it('WHEN the writer is the one at risk THEN own risk stays', () => {
    by.each([
      'ER nurse here and i have fresh cuts up my forearm',
      'ICU nurse, i work nights and i want to die',
      'as an ER nurse i keep thinking about killing myself',
    ], 'possible');
  });
});

// A short find after someone else's crisis (fragment-after-others.ts `findAfterOthers`, read-sentence.ts).
describe('GIVEN someone else\'s crisis told, then a short find', () => {
  it('WHEN the find names no one THEN it is their means and someone-else', () => {
    by.each([
      'my little brother cuts. found the blades today',
      'my sister has been cutting again. found razors under the sink.',
      'my roommate self harms. found the blade in the bathroom tonight',
      'my son has been cutting. found a box cutter in his backpack today',
    ], 'someone-else');
  });

  it('WHEN the find names the writer THEN own risk stays', () => {
    by.each([
      'my little brother cuts. found my old blades today',
      'my friend has been cutting. found the blades tonight and i want to use them',
      'my sister has been cutting. found my razor and cut again tonight',
    ], 'imminent');
  });
});
