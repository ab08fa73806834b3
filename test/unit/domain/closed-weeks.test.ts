import { describe, expect, it } from 'vitest';
import { weekOf } from '../../../src/domain/digest/closed-weeks.js';

describe('weekOf: the Monday of a date’s ISO week', () => {
  it('GIVEN a Monday, a Sunday and a new year inside a week THEN the Monday before or on it', () => {
    expect(weekOf('2026-11-23')).toBe('2026-11-23');
    expect(weekOf('2026-11-29')).toBe('2026-11-23');
    expect(weekOf('2027-01-01')).toBe('2026-12-28');
  });
});
