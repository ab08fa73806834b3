import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// Known misreadings of the fourteenth session, each read as the family of wording it stands for, with look-alikes both ways.
// Where the learned opinion made the misreading, the whole screen (routeOf) is what is checked.
describe('known misreadings (14), read as their families', () => {
  // others-in-ward-shorthand.ts, concept other-observed: a ward's order is no everyday talk the learned opinion may veto.
  it('GIVEN a patient put on observation by the ward THEN someone-else, through the whole screen', () => {
    expectRoutes([
      ['rm 6 placed on suicide precautions after group', 'someone-else'],
      ['bed 11 put on suicide watch overnight', 'someone-else'],
      ['had to put the new admit on one to one tonight', 'someone-else'],
      ['the youth in 2 is still on close obs for self harm', 'someone-else'],
    ]);
  });

  it('GIVEN the writer on watch, a meeting one to one, a child watched, or watch told as over THEN not someone-else', () => {
    expectRoutes([
      ['they put me on suicide watch', 'possible'],
      ['im on 1:1 with my supervisor at noon', 'none'],
      ['my toddler is on close watch near the pool lol', 'none'],
      ['pt was on suicide watch last spring, discharged home and doing great', 'none'],
    ]);
  });

  // A phone's battery running out is a phone's goodbye.
  it('GIVEN a goodbye because the phone is dying THEN nothing', () => {
    expectRoutes([
      ['se me esta acabando la bateria, bye', 'none'],
      ['me quedan 3% de bateria, nos vemos al rato', 'none'],
      ['mi cel ya se va a apagar, chao chicos', 'none'],
    ]);
  });

  it('GIVEN a battery beside a place of risk or a goodbye with no return THEN imminent', () => {
    expectRoutes([
      ['me quedo sin bateria y ya no voy a volver, adios a todos', 'imminent'],
    ]);
  });

  // rest-earned.ts: a long rest told with the stretch of work that earned it.
  it('GIVEN logging off to a long rest after a tiring stretch of work THEN nothing', () => {
    expectRoutes([
      ['logging off to rest for a long while, pulled a double', 'none'],
      ['gonna sign off and sleep for a very long time. what a week', 'none'],
      ['signing off to sleep for a long time, finals week destroyed me', 'none'],
    ]);
  });

  it('GIVEN the long rest with no end, with despair or a means, or with no stretch of work THEN own risk', () => {
    expectRoutes([
      ['logging off to sleep for a long time. been a brutal week. the pills are on my desk', 'imminent'],
      ['logging off and sleeping for a long time, been a brutal week and i cant do this anymore', 'possible'],
      ['logging off to sleep forever, been a brutal week', 'possible'],
      ['logging off to go sleep. for a long long time', 'possible'],
    ]);
  });

  // frames-away-for.ts: an absence told with the shop's or the shift's duty it leaves undone.
  it('GIVEN not being around to open, close or cover THEN nothing, through the whole screen', () => {
    expectRoutes([
      ['cant be around to lock up the shop saturday', 'none'],
      ["i won't be around to close the store tonight, sorry team", 'none'],
      ['wont be around to cover sunday', 'none'],
    ]);
  });

  // A season named ("this year") makes it imminent; a child's years ahead with no time named is the wish to be dead
  // (languages/en/own-risk-future-left-out.ts), which the learned opinion no longer raises since the twenty-third session's retraining.
  it('GIVEN not being around for a season THEN imminent; for a child\'s years ahead THEN possible, through the whole screen', () => {
    expectRoutes([
      ['i wont be around to open presents this year', 'imminent'],
      ['i wont be around to see my daughter grow up', 'possible'],
    ]);
  });

  // harm-told-to-die.ts and told-to-die.ts: someone telling the writer to die is harm from others.
  it('GIVEN someone telling the writer to die THEN harm-from-others', () => {
    expectRoutes([
      ['my ex texted me that i should just die', 'harm-from-others'],
      ['my stepmom keeps telling me to go kill myself', 'harm-from-others'],
      ['kids at school keep saying i should kys', 'harm-from-others'],
    ], patternRouteOf);
  });

  it('GIVEN the writer taking those words up, an inner voice, or someone else wishing to die THEN not harm', () => {
    expectRoutes([
      ["my bf told me to kill myself and i think he's right", 'possible'],
      ['she told me to go die and tonight i might actually listen', 'imminent'],
      ['the voices keep telling me to kill myself', 'possible'],
      ['my mom told me she wants to die', 'someone-else'],
      ['he said i should go to bed', 'none'],
    ], patternRouteOf);
  });

  // harm-told-to-die.ts: a relative calling the writer a burden is their cruelty; feeling one is the writer's own.
  it('GIVEN a relative calling the writer a burden or worthless THEN harm-from-others', () => {
    expectRoutes([
      ["my dad says i'm a waste of space", 'harm-from-others'],
      ['my stepdad calls me a burden', 'harm-from-others'],
      ['my grandma said i was nothing but a burden', 'harm-from-others'],
    ], patternRouteOf);
  });

  it('GIVEN the writer feeling a burden, agreeing, or a relative calling herself one THEN not harm', () => {
    expectRoutes([
      ["mom said i'm a burden and honestly she's right", 'possible'],
      ['i feel like such a burden to my mom', 'possible'],
      ['my aunt keeps saying shes a burden', 'someone-else'],
    ], patternRouteOf);
  });

  // little-doer.ts petComesIn: a pet coming into the bed or the room.
  it('GIVEN a pet that gets into the writer\'s bed or room THEN nothing, through the whole screen', () => {
    expectRoutes([
      ['el perrito siempre se mete en mi cama', 'none'],
      ['mi gatita se mete a mi cuarto en las noches', 'none'],
      ['el cachorro se mete en mi cama cuando hace frio', 'none'],
    ]);
  });

  it('GIVEN a person who gets into the writer\'s bed or room THEN harm-from-others', () => {
    expectRoutes([
      ['mi padrastro se mete en mi cama cuando mi mama no esta', 'harm-from-others'],
      ['el novio de mi mama se mete en mi cuarto de noche', 'harm-from-others'],
    ]);
  });

  // petty-threat.ts pettyThreatLaughedOff: a relative's threat over family stakes, laughed at.
  it('GIVEN a relative threatening over family stakes with a laugh THEN nothing, through the whole screen', () => {
    expectRoutes([
      ['mi sobrina me amenazo con no invitarme a su fiesta jaja', 'none'],
      ['mi papa me amenazo con quitarme el wifi jajaja', 'none'],
      ['mi abuela me amenazo con contarle a mi mama jaja', 'none'],
      ['my son threatened to unfriend me if i comment on his posts again lol', 'none'],
      ['my sister threatened to show my middle school pics at the wedding lmao', 'none'],
    ]);
  });

  it('GIVEN a partner or an ex, a blow or a throwing out, even laughed at THEN harm-from-others', () => {
    expectRoutes([
      ['mi ex me amenazo con subir mis fotos jaja', 'harm-from-others'],
      ['mi hermano me amenazo con correrme de la casa jaja', 'harm-from-others'],
      ['my brother threatened to beat me up lol', 'harm-from-others'],
      ['mi pareja me amenazo con no dejarme ver a los niños jaja', 'harm-from-others'],
    ]);
  });

  // coped-well.ts: a way of coping used instead of the harm, told with how the person is now.
  it('GIVEN a client who coped instead of the harm and is well now THEN nothing, through the whole screen', () => {
    expectRoutes([
      ["my participant used her coping skills instead of drinking and she's doing great", 'none'],
      ["my client called her sponsor instead of using, he's doing ok now", 'none'],
      ["client's crisis plan held over the holidays and she's stable", 'none'],
    ]);
  });

  it('GIVEN a coping told beside a crisis told as now THEN someone-else', () => {
    expectRoutes([
      ['my client called her sister instead of using but last night she said she wants to die', 'someone-else'],
      ['my client is doing okay but she told me she has pills saved up', 'someone-else'],
    ]);
  });

  // The listed lines themselves, one test among the families above.
  it('GIVEN the listed misreadings THEN their routes', () => {
    expectRoutes([
      ['pt placed on suicide watch', 'someone-else'],
      ['me estoy quedando sin batería, chao', 'none'],
      ['im gonna log off and sleep for a long time, been a brutal week', 'none'],
      ['i wont be around to open tomorrow', 'none'],
      ['he said i should kill myself', 'harm-from-others'],
      ["mom said i'm a burden", 'harm-from-others'],
      ['la perrita se mete en mi cama', 'none'],
      ['mi hija me amenazo con no hablarme si no le compro el celular jaja', 'none'],
      ['mi hermana me amenazo con enseñar mis fotos de la prepa jaja', 'none'],
      ["my client's safety plan worked, she called her sister instead of using and she's doing okay", 'none'],
    ]);
  });
});
