import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/domain/crisis/screen.js';
import { fastestRun } from '../helpers/fastest-run.js';

const routes = ['imminent', 'possible', 'harm-from-others', 'someone-else', null];

describe('crisis screen properties', () => {
  it('never throws and always names a route or none, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (input) => {
        expect(routes).toContain(screenText(input).route);
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear: ten times the text costs well under twenty times the time', () => {
    const unit = 'i want to die but not today, he hit me. my client od. ';
    const time = (text: string) => fastestRun(() => screenText(text));
    time(unit);
    const short = time(unit.repeat(7));
    const long = time(unit.repeat(70));
    // A floor under the short time keeps a busy machine's noise from failing it; a quadratic screen still would.
    expect(long).toBeLessThan(Math.max(short, 5) * 20);
  });
});
