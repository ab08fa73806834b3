import { describe, expect, it } from 'vitest';
import { screenText } from '../../../../src/domain/crisis/screen.js';

// The patterns read a third person in these as someone else's crisis; the learned opinion, very sure
// the risk is the writer's own, routes them as such (opinion.ts `ownOverOther`).
describe('whose risk it is, when a third person is named beside the writer’s own', () => {
  it('GIVEN a relative’s means or a bare check-in plan beside the writer’s own intent THEN the writer gets the imminent route', () => {
    for (const text of ['my brother left his pills here. im gonna take every one tonight', 'found where my husband keeps the gun safe key. i think i know what im doing now', 'plan: not be here by monday.']) {
      expect(screenText(text).route, text).toBe('imminent');
    }
  });
  it('GIVEN a client’s or friend’s own words about their plan THEN it stays someone else’s crisis', () => {
    for (const text of ['my client said she wants to be gone by monday', 'my client found where her husband keeps the gun key', 'she told me she has a plan for tonight']) {
      expect(screenText(text).route, text).toBe('someone-else');
    }
  });
});
