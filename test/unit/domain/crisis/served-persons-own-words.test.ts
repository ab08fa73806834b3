import { describe, expect, it } from 'vitest';
import { expectRoutes, patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';
import { screenWith } from '../../../../src/domain/crisis/screen.js';
import { vetoKeyOf } from '../../../../src/domain/crisis/learned/opinion.js';

// said-by-served.ts, concept other-said: someone the writer serves saying they will kill themselves is never everyday talk,
// so the learned opinion may not veto it (as it may a teenager's "i'm literally going to die").
const patterns = routesBy(patternRouteOf);
const conceptsOf = (text: string) => screenWith(text, { second: null }).concepts;

describe("a served person's own words of suicide", () => {
  it('GIVEN a client, participant, patient or sponsee who said or wrote it THEN someone-else, through the whole screen', () => {
    expectRoutes([
      ["mi cliente puso 'ya me voy a quitar la vida' en la hoja de entrada", 'someone-else'],
      ['my client said she is going to kill herself', 'someone-else'],
      ["pt told me 'im going to kill myself tonight' and hung up", 'someone-else'],
      ["my sponsee texted 'i'm done, i'm gonna end my life'", 'someone-else'],
      ['participant wrote on the intake form that he plans to kill himself', 'someone-else'],
      ['mi paciente me dijo que se va a matar', 'someone-else'],
    ]);
  });

  it('GIVEN those words THEN the pattern route rests on a concept the learned opinion may not veto', () => {
    for (const text of ['my client said she is going to kill herself', "mi cliente puso 'ya me voy a quitar la vida' en la hoja de entrada"]) {
      const concepts = conceptsOf(text);
      expect(concepts, text).toContain('other-said');
      expect(vetoKeyOf('someone-else', concepts), text).toBeNull();
    }
  });

  it('GIVEN a kid, a parent or a coworker saying it, or a client described, not quoted THEN vetoable as before', () => {
    for (const text of [
      "my daughter said she's gonna kill herself if i take her phone lol",
      'my coworker said "if i have to do one more audit im gonna jump out the window"',
      'el cliente que tenía ideas suicidas el año pasado hoy vino a decirme que consiguió su depa',
    ]) expect(conceptsOf(text), text).not.toContain('other-said');
  });

  it("GIVEN a client's word named for a glossary, or a client's idiom THEN no served person's own words", () => {
    expect(conceptsOf("anyone notice clients saying 'unalive' more? adding it to the glossary")).not.toContain('other-said');
    patterns.each(["my client said 'i'm gonna kill it at my interview'", 'my client said he would kill for a coffee'], 'none');
  });
});
