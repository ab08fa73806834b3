import { describe, expect, it } from 'vitest';
import { screenWith } from '../../../../src/domain/crisis/screen.js';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// everyday-stay-and-move-out.ts, read by the patterns alone: the reading sets the sigh aside (`going-explained`), so the learned
// opinion adds no route. Every line is written for the test; look-alikes with risk or harm said keep their route.
const routes = routesBy(patternRouteOf);
const setAside = (text: string) => screenWith(text, { second: null }).concepts.includes('going-explained');

describe('the crisis screen sets aside a lazy day in bed and a child threatening to move out', () => {
  it('GIVEN staying in bed with its everyday reason (a weekend, the rain) WHEN nothing else is said THEN it is set aside as no risk', () => {
    const lines = [
      'ion even wanna get out of bed today, it is sunday and cold',
      'not getting out of bed til noon, its saturday and its raining',
      'rain all day so i aint getting out of bed, the weekend is mine',
      'dont feel like getting out of bed, its a holiday and its gloomy out',
    ];
    routes.each(lines, 'none');
    for (const text of lines) expect(setAside(text), text).toBe(true);
  });

  it('GIVEN bed beside hopelessness or a wish THEN it keeps its own route and is not set aside', () => {
    routes.ownRisk(['couldnt get out of bed saturday, whats the point of any of it', 'its sunday and i cant get out of bed, i just want to not wake up']);
    expect(setAside('its raining and i cant get out of bed, dont see a reason to keep going')).toBe(false);
  });

  it('GIVEN a child or a roommate threatening to move out THEN it is set aside as no harm', () => {
    const lines = [
      'my son keep threatening to move out the minute he turn 18',
      'my teenager threatened to move out again because i took the phone',
      'roommate threatening to move out over the dishes, be for real',
      'my granddaughter is threatening to move out to her daddy house, lord help',
    ];
    routes.each(lines, 'none');
    for (const text of lines) expect(setAside(text), text).toBe(true);
  });

  it('GIVEN a partner threatening to leave, or a child threatening harm THEN nothing is set aside', () => {
    for (const text of ['my husband keeps threatening to move out and take the kids', 'my son threatened to hit me if i took his phone']) expect(setAside(text), text).toBe(false);
    routes.each(['my son threatened to hit me if i took his phone'], 'harm-from-others');
  });
});
