import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Harm aimed at who the writer is (languages/en/harm-for-who-the-writer-is.ts).
describe('the crisis screen hears harm aimed at who the writer is', () => {
  it('GIVEN a slur on the writer\'s car or door, or hate messages naming where they will meet the writer THEN harm', () => {
    by.each([
      'somebody spray painted a slur on my front door last night',
      'woke up to a slur scratched into my windshield',
      'hate comments all week since the pride post, someone wrote theyll wait for me outside my work',
      'hate dms again, one guy wrote hell wait for me outside the club',
    ], 'harm-from-others');
  });

  it('GIVEN a name on a cake, a friend seeing the writer at a show or a car scratched in a lot THEN nothing', () => {
    by.each([
      'my sister wrote my name on the cake and spelled it right, not my dead name!!',
      'my friend said she will see me at my next show, so excited',
      'someone scratched my car in the grocery store lot, ugh',
    ], 'none');
  });

  it('GIVEN a relative throwing out the writer\'s hormones or binder, or keeping them in until they act normal THEN harm', () => {
    by.each([
      'my stepmom flushed my estradiol down the toilet',
      'mom trashed my binders and said im not leaving my room until i dress right',
      'my brother hid my testosterone so i cant take it',
      'dad says im never leaving this house till i stop this phase',
    ], 'harm-from-others');
  });

  it('GIVEN the writer throwing out their own things or staying in to finish work THEN nothing', () => {
    by.each([
      'threw my old binder in the trash, it was falling apart',
      'im not leaving the house until i finish this essay',
      'my roommate tossed the expired meds from our bathroom cabinet',
    ], 'none');
  });

  it('GIVEN a promise to fix the writer, an eviction over who visits, a host in the writer\'s bed or a group attack THEN harm', () => {
    by.each([
      'my grandpa swore he would straighten me out if i bring my girlfriend home',
      'the landlord says he will kick me out if my partner keeps staying over',
      'the guy whose couch im on keeps trying to climb into bed with me',
      'got bashed leaving the club by a group of guys',
      'she keeps letting herself in without knocking, i moved out of her place for a reason',
      'im not safe staying at my aunts anymore',
    ], 'harm-from-others');
  });

  it('GIVEN a plate fixed, a cat in bed or a jump in a game THEN nothing', () => {
    by.each([
      'my uncle said hed fix me a plate if i came to dinner',
      'my cat keeps trying to get in bed with me at 5am',
      'got jumped by a goomba in the first level lol this game killed me',
    ], 'none');
  });
});
