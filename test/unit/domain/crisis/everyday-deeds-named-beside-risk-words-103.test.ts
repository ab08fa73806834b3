import { describe, expect, it } from 'vitest';
import { screenText } from '../../../../src/domain/crisis/screen.js';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// Everyday deeds named right beside words of risk (branch t-t-en103): a dose with the reading it keeps (frames-everyday-said.ts
// `routineDoses`), notes of work named by where they go (frames.ts `donation`), a plan revealed as a favour asked of the boss
// (frames-everyday-said.ts `decidedDeeds`, everyday-frames.ts `errandExplainsIt`), and silence explained by a child's event
// (frames-away-for.ts). The patterns' own reading, and the whole screen for the going explained.
const { each } = routesBy(patternRouteOf);

describe('the crisis screen reads English everyday deeds named beside words of risk', () => {
  it('GIVEN a dose taken with a sugar or pressure check THEN nothing; a whole supply or a dose with a goodbye THEN imminent', () => {
    each([
      'took my insulin, checked my sugar, all good today',
      'took my meds and checked my blood sugar, 6.2 today',
      'did my shot and checked my glucose, 110 today',
    ], 'none');
    each([
      'took all my insulin, checked my sugar one last time. goodbye',
      'took my insulin tonight, all of it',
      'took all my insulin. goodbye',
      'took the whole bottle of my pills tonight, checked my sugar, its done',
    ], 'imminent');
  });

  it('GIVEN notes of work named by where they go THEN nothing; notes for family beside a time THEN imminent', () => {
    each([
      'wrote my note for the case file and sent it to my supervisor, done for today',
      'wrote my progress note and sent it to my supervisor, done for today',
      'wrote up my notes for the chart, done for tonight',
    ], 'none');
    each([
      'wrote a note for my family. done for today. its tonight',
      'wrote notes for the kids, theyre in the drawer, for after',
      'wrote my goodbye letters, tonight is the night',
      'left a note for my mom on the table. doing it tonight',
    ], 'imminent');
  });

  it('GIVEN a plan built up and revealed as a favour asked of the boss THEN nothing; a plan with no deed or a means THEN imminent', () => {
    each([
      'finally figured out how im gonna do it: asking for a raise. wish me luck monday',
      'figured out how im going to do it: asking for a transfer on friday',
      'worked out how i will do it, asking my manager for a promotion tomorrow',
    ], 'none');
    each([
      'finally figured out how im gonna do it. wish me luck monday',
      'figured out how im going to do it: pills. monday',
      'decided how i will do it: the bridge on monday',
      'know how im gonna do it now. tonight',
    ], 'imminent');
  });

  it('GIVEN silence foretold with a child\'s event as its reason THEN set aside as a going explained; silence with no reason THEN not', () => {
    for (const text of ['if i dont answer tomorrow its bc im at my kids tournament all day', 'if i dont reply saturday im at my daughters swim meet', 'wont be around tomorrow, at my sons game']) {
      expect(screenText(text).route ?? 'none', text).toBe('none');
      expect(screenText(text).concepts, text).toContain('going-explained');
    }
    for (const text of ['if i dont answer tomorrow its bc im gone. bye', 'if i dont answer tomorrow dont call anyone', 'if i dont reply saturday, you know why', 'wont be around after tomorrow']) {
      expect(screenText(text).concepts, text).not.toContain('going-explained');
    }
  });
});
