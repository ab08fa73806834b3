import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Someone else's crisis and harm from others in farm words (languages/en/others-and-harm-in-the-country.ts, harm-lands-on.ts).
describe('the crisis screen reads others\' crises and harm told in farm words', () => {
  it('GIVEN someone going down with the farm, or wishing to die at work for the benefits THEN someone else\'s crisis', () => {
    by.each([
      'my neighbor says if the bank takes the farm hes goin with it',
      'one of my guys told me he would go down with the ranch before he sells',
      'a man at group said he wishes hed get killed at the plant so his wife gets the insurance',
      'my uncle keeps sayin if the county takes the place hes goin with it',
    ], 'someone-else');
  });

  it('GIVEN going with another car, a paint, or a plan for the weekend THEN nothing', () => {
    by.each([
      'if the bank takes the truck im goin with my brothers car instead',
      'he says hes goin with the red paint for the barn',
      'she said shed go with the blue tractor if the price is right',
    ], 'none');
  });

  it('GIVEN someone stopping life-keeping medicine on purpose THEN someone else\'s crisis', () => {
    by.each([
      'my dad keeps skippin his insulin on purpose',
      'my aunt quit takin her blood pressure meds on purpose',
      'grandpa stopped takin his heart pills on purpose',
      'my mom is not takin her seizure meds on purpose',
    ], 'someone-else');
  });

  it('GIVEN medicine refilled, picked up or switched THEN nothing', () => {
    by.each([
      'my dad keeps fillin his pill box every sunday night',
      'picked up my aunts blood pressure meds at the pharmacy',
      'grandpa switched heart pills last month and feels better',
    ], 'none');
  });

  it('GIVEN something slipped into the writer\'s drink, or a gun shown with "accidents happen" THEN harm', () => {
    by.each([
      'my husband put somethin in my tea, i cant keep my eyes open',
      'my stepdad spiked my drink again last night',
      'my brother showed me his shotgun and said accidents happen out here',
      'he said accidents happen during huntin season, pretty sure he meant me',
    ], 'harm-from-others');
  });

  it('GIVEN honey in the tea, milk spilled, or a new rifle shown off THEN nothing', () => {
    by.each([
      'put some honey in my tea, feelin better',
      'spilled milk on the floor, accidents happen',
      'my uncle showed me his new rifle, real nice scope',
    ], 'none');
  });

  it('GIVEN a doer owned by someone else harming at a place of theirs THEN someone else\'s crisis', () => {
    by.each([
      'her boyfriend showed up at her job with a gun. shes at her moms',
      'my sisters husband came to her house with a knife last night',
      'her ex showed up at her job with a knife',
      'clients boyfriend showed up at her work with a gun',
    ], 'someone-else');
  });

  it('GIVEN the writer named as where the harm lands THEN harm from others', () => {
    by.each([
      'her ex showed up at my work with a knife',
      'my ex showed up at my house with a gun',
      'his dad showed up at my house with a gun',
    ], 'harm-from-others');
  });
});
