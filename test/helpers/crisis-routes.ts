import { expect } from 'vitest';
import { screenText, screenWith } from '../../src/domain/crisis/screen.js';

/** The route the whole screen gives a text (patterns and the learned opinion), 'none' for no route. */
export const routeOf = (text: string): string => screenText(text).route ?? 'none';

/** The route the patterns' reading alone gives a text, without the learned second opinion. */
export const patternRouteOf = (text: string): string => screenWith(text, { second: null }).route ?? 'none';

/** Each text gets its route, read by `read` (the whole screen unless told); a failure names the text. */
export function expectRoutes(cases: readonly (readonly [string, string])[], read: (text: string) => string = routeOf): void {
  for (const [text, route] of cases) expect(read(text), text).toBe(route);
}

/**
 * Checks for lists of wordings read by `read` (e.g. `patternRouteOf`, to prove a family of patterns by itself):
 * `each` expects every text to get one route, `ownRisk` expects possible or imminent, whichever the screen says.
 */
export function routesBy(read: (text: string) => string) {
  return {
    each(texts: readonly string[], route: string): void {
      for (const text of texts) expect(read(text), text).toBe(route);
    },
    ownRisk(texts: readonly string[]): void {
      for (const text of texts) expect(['possible', 'imminent'], text).toContain(read(text));
    },
  };
}
