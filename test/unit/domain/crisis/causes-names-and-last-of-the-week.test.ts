import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion): cause-of-death.ts (a bare cause after a person), quotes.ts (a name
// before a report verb), reported-condition.ts (a time of the telling), single-signs.ts, the English and Spanish frames.
describe('the crisis screen reads causes, names, tellings and the last of the week', () => {
  it('GIVEN a bare cause after a comma that only names someone else THEN it is their death; the writer named THEN their own', () => {
    expectRoutes([
      ['another funeral saturday. client from the shelter, suicide. thats four since january', 'someone-else'],
      ['otro funeral el sabado. un senor del albergue, suicidio', 'someone-else'],
      ['me, suicidal? never thought id say it but yes', 'possible'],
      ['honestly, suicide', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN a lower-case name or a handle right before a quotation THEN the quoted goodbye is theirs; the writer\'s own quotation THEN their own', () => {
    expectRoutes([
      ["group chat went quiet after jay said 'im done, love u guys' and now nobody can reach him", 'someone-else'],
      ["user ghostmoth posted 'this is my last post, thank u all' 2 hrs ago", 'someone-else'],
      ["lol just said 'i want to die' out loud at work", 'possible'],
      ["the sign said 'closed forever'", 'none'],
      ['question about incident reports: a participant spit on me and pushed me into the wall during group today', 'harm-from-others'],
    ], patternRouteOf);
  });

  it('GIVEN a time of the telling between the report verb and the words THEN the words are still the teller\'s', () => {
    expectRoutes([
      ['participant told me today im gonna kill myself and i froze', 'someone-else'],
      ['she said this morning i want to die', 'someone-else'],
      ['i told my therapist today i want to die', 'possible'],
      ['today i want to die', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN a burden wished as absence THEN possible, never a pill taken', () => {
    expectRoutes([
      ["they'd be relieved if I was gone", 'possible'],
      ['pills are down', 'imminent'],
      ['they are all in me now', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN the last message or note of the week, letters for someone\'s milestone, or a letter to one\'s younger self THEN nothing; a last message alone THEN imminent', () => {
    expectRoutes([
      ['just finished my last note of the week, logging off. byeeee', 'none'],
      ['ultimo mensaje de la semana: tomen agua, registren sus horas y descansen', 'none'],
      ['my grandmas 90th is saturday, were all writing her letters', 'none'],
      ["we did the 'write a letter to your younger self' exercise in group today", 'none'],
      ['ultimo mensaje. los quiero a todos', 'imminent'],
      ['my last weekend. bye everyone', 'imminent'],
      ['writing letters to my kids tonight', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN plays and shows about overdose, and people named by where they work THEN nothing; a death wished on oneself at a wake THEN possible', () => {
    expectRoutes([
      ['saw that play about the overdose crisis at the community theater, bring tissues', 'none'],
      ['fuimos a ver la obra de teatro sobre sobredosis, muy buena', 'none'],
      ['i played about an hour then my client overdosed in the bathroom', 'someone-else'],
      ['ya no aguanto a los de nomina, otra vez me pagaron incompleto', 'none'],
      ['ya no aguanto mas de esta vida', 'possible'],
      ['se murio otro participante y en el velorio solo pensaba ojala hubiera sido yo', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN a short English note of someone else\'s suicide with no common word THEN it is read as English alone, their death', () => {
    expectRoutes([
      ['meeting buddy died by suicide', 'someone-else'],
      ['coworker found dead, suicide', 'someone-else'],
      ['se nos murio un companero del equipo el mes pasado, suicidio. todavia no caigo', 'someone-else'],
      ['suicidio', 'possible'],
      ['the participant weve all been worried about passed away yesterday. suicide. service is thursday', 'someone-else'],
      ['lost another one. weve had 4 deaths on our caseload since january. this one was a suicide', 'someone-else'],
      ['one of our former peers passed away by suicide on sunday', 'someone-else'],
      ['i almost died last week. suicide.', 'possible'],
      ['i almost died, suicide', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN someone\'s words of being a burden reported, going on after "and" THEN they are still theirs; the writer\'s "i" after it THEN their own', () => {
    expectRoutes([
      ['my mom keeps saying shes a burden and wed be better off. shes 78', 'someone-else'],
      ['My husband keeps saying he is a burden and we would be better off without him', 'someone-else'],
      ['my mom keeps saying shes a burden and i feel like a burden too', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN a cake cut now or a call jumped on THEN nothing; cutting or bleeding now THEN imminent', () => {
    expectRoutes([
      ['cutting the cake now', 'none'],
      ['gonna jump on that call in 5', 'none'],
      ['gonna jump in the shower then head out', 'none'],
      ['cutting right now', 'imminent'],
      ['im cutting again now', 'imminent'],
      ['bleeding a lot', 'imminent'],
      ['bleeding and it wont stop', 'imminent'],
      ['im gonna jump tonight', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN who will have the writer\'s plants or pets beside an absence on a day THEN imminent; a move, or a shift handed over THEN nothing', () => {
    expectRoutes([
      ['whoever gets my plants, the fern needs water twice a week. im not gonna be here monday', 'imminent'],
      ['a quien le toque mi orquidea, se riega los lunes. yo el lunes ya no voy a estar', 'imminent'],
      ['whoever gets my plants when i move, the fern needs water twice a week', 'none'],
      ['whoever takes my shift monday, the intake is at 9. im off till wednesday', 'none'],
      ['el que se quede con mi gato cuando me mude que le de de comer en la manana', 'none'],
    ], patternRouteOf);
  });
});
