import { describe, expect, it } from 'vitest';
import { combine, NEVER, type Scores } from '../../../../src/domain/crisis/learned/opinion.js';
import type { Scored } from '../../../../src/domain/crisis/learned/training.js';
import { catchWorth, chooseOwnImminent, chooseThresholds, defaultBudget } from '../../../../src/domain/crisis/learned/thresholds.js';
import { NOTHING_SET_ASIDE } from '../../../../src/domain/crisis/read.js';

const LOW = -5;

/** One out-of-fold scored line the patterns left alone, with every score low but those given. */
function scored(route: string, high: Partial<Scores> = {}): Scored {
  return {
    line: { route, lang: 'en', file: 'dev-a.tsv', patternRoute: null, concepts: [], setAside: NOTHING_SET_ASIDE, tag: 'plain', readAs: 'en', features: [] },
    scores: { own: LOW, harm: LOW, someoneElse: LOW, none: LOW, imminent: LOW, ...high },
  };
}

/**
 * A hundred everyday lines, so the budget (1% of them) pays for one false alarm: one everyday line scores high on
 * harm, another high on someone else's crisis; below each sit lines of that kind only the learned opinion can catch.
 */
function budgetForOne(harmLines: number, someoneElseLines: number): Scored[] {
  return [
    scored('none', { harm: 5 }),
    scored('none', { someoneElse: 5 }),
    ...Array.from({ length: 98 }, () => scored('none')),
    ...Array.from({ length: harmLines }, () => scored('harm-from-others', { harm: 4 })),
    ...Array.from({ length: someoneElseLines }, () => scored('someone-else', { someoneElse: 4 })),
  ];
}

describe('sharing the learned opinion’s false-alarm budget between routes', () => {
  it('GIVEN one false alarm to spend WHEN it buys one harm line or two someone-else lines THEN it goes to harm, the writer’s own safety', () => {
    const thresholds = chooseThresholds(budgetForOne(1, 2));
    expect(thresholds.harm).toBeLessThan(4);
    expect(thresholds.someoneElse).toBeGreaterThan(5);
  });

  it('GIVEN one false alarm to spend WHEN it buys one harm line or three someone-else lines THEN it goes to the three', () => {
    const thresholds = chooseThresholds(budgetForOne(1, 3));
    expect(thresholds.someoneElse).toBeLessThan(4);
    expect(thresholds.harm).toBeGreaterThan(5);
  });

  it('GIVEN the routes’ priority THEN a caught line of own risk outweighs harm, and harm outweighs someone else’s crisis', () => {
    expect(catchWorth.own).toBeGreaterThan(catchWorth.harm);
    expect(catchWorth.harm).toBeGreaterThan(catchWorth.someoneElse);
  });

  it('GIVEN a budget that pays for no false alarm THEN no threshold is lowered past an everyday line', () => {
    const thresholds = chooseThresholds(budgetForOne(1, 2), { ...defaultBudget, falseAlarms: 0.005 });
    expect(thresholds.harm).toBeGreaterThan(5);
    expect(thresholds.someoneElse).toBeGreaterThan(5);
  });
});

describe('own risk’s reserve of the false-alarm budget', () => {
  /**
   * Two hundred everyday lines (a budget of two false alarms): one scores high on own risk, two on harm. Lowering
   * harm past both catches ten harm lines; lowering own risk past its one catches a single imminent line.
   */
  const cheapHarm = (): Scored[] => [
    scored('none', { own: 5 }),
    scored('none', { harm: 5 }),
    scored('none', { harm: 5.1 }),
    ...Array.from({ length: 197 }, () => scored('none')),
    ...Array.from({ length: 10 }, () => scored('harm-from-others', { harm: 4 })),
    scored('imminent', { own: 4 }),
  ];

  it('GIVEN harm buys more lines per false alarm WHEN own risk has a reserve THEN own risk is lowered first, within it', () => {
    const thresholds = chooseThresholds(cheapHarm());
    expect(thresholds.own).toBeLessThan(4);
  });

  it('GIVEN no reserve THEN harm’s cheaper catches take the whole budget and the imminent line is lost (why the reserve exists)', () => {
    const thresholds = chooseThresholds(cheapHarm(), { ...defaultBudget, ownReserve: 0 });
    expect(thresholds.harm).toBeLessThan(4);
    expect(thresholds.own).toBeGreaterThan(5);
  });
});

describe('raising possible to imminent', () => {
  /** Forty possible lines whose urgency scores run from -9 to about -5 bits, and one at `top`. */
  const possibleLines = (top: number): Scored[] => [
    scored('possible', { imminent: top }),
    ...Array.from({ length: 40 }, (_, i) => scored('possible', { imminent: -9 + i / 10 })),
  ];

  it('GIVEN plain hopelessness the urgency classifier finds far more likely possible than imminent THEN the budget does not raise it', () => {
    // The 5% budget would let the two highest through, both below zero: the floor keeps them possible.
    const thresholds = chooseThresholds(possibleLines(-3));
    expect(thresholds.raise).toBeGreaterThan(-3);
    expect(thresholds.raise).toBeGreaterThanOrEqual(1);
  });

  it('GIVEN a possible line the urgency classifier finds far more likely imminent THEN the budget may still raise it', () => {
    const thresholds = chooseThresholds(possibleLines(6));
    expect(thresholds.raise).toBeLessThanOrEqual(6);
  });
});

describe('the imminent tier below the own-risk bar', () => {
  /**
   * Two hundred everyday lines (a tier budget of one at 0.5%): two score 3 bits on own risk, one of them urgent; below the
   * bar of 5 sits an imminent line at 2 bits that urgency calls imminent, and a possible line at 2 bits it calls possible.
   */
  const lines = (imminentOdds: number): Scored[] => [
    scored('none', { own: 3, imminent: 4 }),
    scored('none', { own: 3 }),
    ...Array.from({ length: 198 }, () => scored('none')),
    scored('imminent', { own: 2, imminent: imminentOdds }),
    scored('possible', { own: 2 }),
  ];
  const above = { ...chooseThresholds([]), own: 5, harm: NEVER, someoneElse: NEVER, raise: 1 };

  it('GIVEN an imminent line urgency calls imminent, under the bar THEN the tier is set low enough to catch it, within its budget', () => {
    const bar = chooseOwnImminent(lines(4), above, 0.005 * 200);
    expect(bar).toBeLessThanOrEqual(2);
    expect(combine(null, { own: 2, harm: -5, someoneElse: -5, none: -5, imminent: 4 }, { ...above, ownImminent: bar })).toBe('imminent');
  });

  it('GIVEN the same own risk with urgency calling it possible, or imminent only a little more likely THEN the tier does not route it', () => {
    const bar = chooseOwnImminent(lines(4), above, 0.005 * 200);
    expect(combine(null, { own: 2, harm: -5, someoneElse: -5, none: -5, imminent: -3 }, { ...above, ownImminent: bar })).toBeNull();
    // Above the raise's 1 bit, under the tier's own urgency (4 bits): four words of nothing once scored so.
    expect(combine(null, { own: 2, harm: -5, someoneElse: -5, none: -5, imminent: 2 }, { ...above, ownImminent: bar })).toBeNull();
  });

  it('GIVEN no imminent line the tier would catch THEN it is off', () => {
    expect(chooseOwnImminent(lines(-3), above, 0.005 * 200)).toBe(NEVER);
  });

  it('GIVEN a budget of no everyday line THEN the tier stops above the urgent everyday line', () => {
    expect(chooseOwnImminent(lines(4), above, 0)).toBe(NEVER);
  });
});
