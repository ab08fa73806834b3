import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../../src/domain/crisis/detect-risk.js';
import { everydayPhrases, riskPhrases } from '../../fixtures/crisis-corpus.js';

describe('detectRisk on the project corpus', () => {
  it('GIVEN every risk phrase THEN the crisis route starts (recall 100% on the corpus)', () => {
    const missed = riskPhrases.filter((p) => detectRisk(p.text).kind === null).map((p) => p.text);
    expect(missed).toEqual([]);
  });

  it('GIVEN each risk phrase THEN it is read as the right kind (self, harm from others, unclear, someone else)', () => {
    const wrong = riskPhrases
      .map((p) => ({ ...p, got: detectRisk(p.text).kind }))
      .filter((p) => p.got !== p.kind)
      .map((p) => `${p.text} → ${p.got} (expected ${p.kind})`);
    expect(wrong).toEqual([]);
  });

  it('GIVEN everyday phrases, negations, idioms and other languages’ look-alikes THEN no alarm', () => {
    const alarms = everydayPhrases.filter((text) => detectRisk(text).kind !== null);
    expect(alarms).toEqual([]);
  });

  it('GIVEN a detection THEN it names rules, never the words', () => {
    const result = detectRisk('I want to die');
    expect(result.rules).toEqual(['want-to-die']);
    expect(JSON.stringify(result)).not.toContain('I want to die');
  });

  it('GIVEN any text THEN it answers quickly and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        const result = detectRisk(text);
        expect(result.kind === null || typeof result.kind === 'string').toBe(true);
      }),
    );
  });
});
