import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Wounds kept open on purpose, and not being a problem for anyone anymore (languages/en/own-harm-kept-open.ts).
describe('the crisis screen hears wounds kept open and the wish to stop being a problem', () => {
  it('GIVEN the writer picking or reopening cuts on purpose or so they scar WHEN read THEN possible risk', () => {
    by.each([
      'i keep picking at the scabs on purpose',
      'reopened my cuts so they scar',
      'been scratching at my wounds until they bleed',
      'keep opening my marks again so they never heal',
    ], 'possible');
  });

  it('GIVEN the writer wishing to stop being a problem for anyone anymore WHEN read THEN possible risk', () => {
    by.each([
      'honestly i just want to stop being a burden to everyone',
      'i want to not be a problem for anyone anymore',
      'would be nice to stop being a weight on everybody ever again',
      'like just not being a problem for anybody anymore',
    ], 'possible');
  });

  it('GIVEN a sunburn picked, a problem solved at work or a scab told healing WHEN read THEN nothing', () => {
    by.each([
      'picking at my sunburn again lol',
      'the scabs from my knee surgery are healing nicely',
      'we found a sub, so it wont be a problem for anyone on friday',
    ], 'none');
  });
});
