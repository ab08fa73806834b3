import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// Everyday English said in crisis words (branch t-fa45; languages/en/frames-everyday-said.ts and the pill word "sleeping"),
// each in wordings the development files do not hold, beside the real risk that must keep its route.
describe('the crisis screen keeps everyday English said in crisis words quiet', () => {
  it('GIVEN a wish to die taken back by saying what it was about or that it was drama THEN nothing; the wish meant THEN possible', () => {
    expectRoutes(
      [
        'ok my "i want to die" post was about the finale, everyone calm down',
        'i want to die but its just tax season and im just being dramatic',
        'said i wanted to die at the meeting, it is just an expression, relax',
        'ugh i want to die. to be clear im fine, the wifi is just slow',
      ],
      'none',
    );
    expectRoutes(['i want to die and i do not think i am being dramatic', 'my last post was about my dad. i want to die'], 'possible');
  });

  it('GIVEN ending a relationship, a membership or homework THEN nothing; ending it with a means or for good THEN imminent', () => {
    expectRoutes(
      [
        'going to end it with them this weekend, the band just is not working',
        'i am gonna end it with my phone plan, 90 a month for nothing',
        'gonna end it tonight... the essay, i mean. 2000 words and done',
        'i will end it tomorrow — the lease on my office, too expensive',
      ],
      'none',
    );
    expectRoutes(['gonna end it tonight with the pills i saved', 'i am going to end it tonight, i have the rope ready'], 'imminent');
  });

  it('GIVEN the day\'s meds among the morning chores, or a taper the psychiatrist agreed THEN nothing; all of them at once THEN imminent', () => {
    expectRoutes(
      [
        'took my pills, had breakfast, fed the cat. small win',
        'my doctor agreed to taper my meds over the winter, a bit nervous',
      ],
      'none',
    );
    expectRoutes(['took all my pills at once, going to sleep for good'], 'imminent');
  });

  it('GIVEN things given away before a move THEN nothing; given away because the writer will not be around THEN imminent', () => {
    expectRoutes(['giving away my records before we move, free to a good home', 'my old desk is free to good home, giving it away before moving'], 'none');
    expectRoutes(['giving away my records, wont be around to play them after friday'], 'imminent');
  });

  it('GIVEN "sleeping" said of the writer asleep THEN nothing; sleeping pills at hand THEN imminent', () => {
    expectRoutes(['fell asleep on the couch, sleeping with my phone in my hand again', 'been sleeping badly, any tips'], 'none');
    expectRoutes(['i have her sleeping pills right here and i am taking them all tonight', 'swallowed the whole box of sleeping pills'], 'imminent');
  });

  it('GIVEN recovery told as the past, by an age, a first sober year, the years it lasted or the old self THEN nothing; the past come back THEN possible', () => {
    expectRoutes(
      [
        'i attempted suicide at 17. thirty years later i train the new peer staff',
        'the first months clean i wanted to die most mornings. now i sponsor two people',
        'i made it through the months when i wanted to die because my sister kept calling',
        'i remember posting here that i wanted to disappear. a lot has changed since',
        'old me would have swallowed the whole bottle. today i called my sponsor instead',
      ],
      'none',
    );
    expectRoutes(['i attempted suicide at 17 and the thoughts are back this week, i want to die'], 'possible');
  });

  it('GIVEN a will made as life admin THEN nothing; a will beside a means or a time THEN imminent', () => {
    expectRoutes(['finally signed my will. adulting', 'wrote my will and a health care proxy at open enrollment, hr pays the lawyer'], 'none');
    expectRoutes(['signed my will. its done. tonight', 'signed my will, adulting, the rope is ready'], 'imminent');
  });

  it('GIVEN a fear of dying told as past THEN nothing; dying said as what comes THEN imminent', () => {
    expectRoutes(['did my first half marathon and was sure i was going to die at the end', 'the turbulence was so bad i thought we were gonna die'], 'none');
    expectRoutes(['i am going to die tonight, i have it all ready'], 'imminent');
  });

  it('GIVEN "terminar con todo..." and then the chore, laughing or bare THEN nothing; an ending followed by a means, or by more despair THEN risk', () => {
    expectRoutes(['hoy acabo con todo... la tesis jaja', 'ya voy a terminar con todo... los reportes.', 'esta semana termino con todo... el gimnasio jajaja, nunca voy'], 'none');
    expectRoutes(['voy a terminar con todo... esta noche, la cuerda ya está'], 'imminent');
    expectRoutes(['voy a terminar con todo. la tarea no importa ya, nada importa'], 'possible');
  });
});
