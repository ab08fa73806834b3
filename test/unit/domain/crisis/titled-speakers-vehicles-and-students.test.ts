import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each mend is proved by itself: quote-speakers.ts (a title before a
// name), languages/es/tokens.ts (a title's full stop), languages/es/own-risk-said-softly.ts and everyday-blows-and-cycles.ts
// (a vehicle that hits), languages/en/someone-else.ts and frames-reentry-said.ts (a student lost), languages/es/others-told-plainly.ts.
describe('the crisis screen reads titled speakers, vehicles that hit, and students lost', () => {
  it('GIVEN a quotation after a title and a name THEN it is the named person\'s crisis, not the writer\'s', () => {
    expectRoutes([
      ['Mr. Jones told me "i\'m going to end it"', 'someone-else'],
      ['mrs k in group said "i want to die" and then laughed it off', 'someone-else'],
      ['la sra. Lopez me dijo "ya me quiero morir"', 'someone-else'],
      ['el sr Ramos dijo "me voy a matar esta noche"', 'someone-else'],
      ['my ms is acting up and i said "i want to die" lol', 'possible'],
      ['el dr. dijo que estoy bien', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a vehicle hitting the writer wished for THEN possible; a vehicle hitting as an accident THEN nothing; a person hitting THEN harm', () => {
    expectRoutes([
      ['a veces manejando pienso q si un camion me pega no estaria tan mal', 'possible'],
      ['si el bus me lleva ni modo', 'possible'],
      ['si un carro me pega el seguro paga todo', 'none'],
      ['mi esposo me pega cuando toma', 'harm-from-others'],
      ['el carro de mi ex me pego por atras a proposito', 'harm-from-others'],
      ['el gato me rasguno toda la mano jaja', 'none'],
      ['mi esposo me rasguno la cara', 'harm-from-others'],
    ], patternRouteOf);
  });

  it('GIVEN a student lost THEN someone else\'s crisis; a client or a student lost to another program or school THEN nothing', () => {
    expectRoutes([
      ['we lost a student today, campus is so quiet', 'someone-else'],
      ['we lost one of our students this week', 'someone-else'],
      ['we lost a student to the charter school', 'none'],
      ['we lost a client to another agency', 'none'],
      ['lost one of our participants to a new program, good for her', 'none'],
      ['we lost a client to an overdose last night', 'someone-else'],
    ], patternRouteOf);
  });

  it('GIVEN someone else\'s goodbyes sent to the family or the group THEN someone else\'s crisis; the writer\'s own goodbye at a job THEN nothing', () => {
    expectRoutes([
      ['mi prima mando despedidas al chat familiar y nadie le contesta', 'someone-else'],
      ['mi tio envio mensajes de despedida al grupo de la familia y no contesta', 'someone-else'],
      ['mande despedidas al grupo del trabajo, hoy fue mi ultimo dia', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a friend named in regional slang, a burial, or a child hurt at home by an adult THEN someone else\'s crisis; sibling squabbles and games THEN nothing', () => {
    expectRoutes([
      ['mi pata murio de sobredosis', 'someone-else'],
      ['me duele la pata', 'none'],
      ['we buried my nephew on tuesday. he was 19. nobody saw it coming', 'someone-else'],
      ['burying another client this week', 'someone-else'],
      ['buried my face in my pillow and cried', 'none'],
      ['my dad has been hitting my little brother and my mom acts like nothing is happening', 'someone-else'],
      ['my brother keeps hitting my sister lol typical siblings', 'none'],
      ['my dad is always beating my little brother at chess', 'none'],
    ], patternRouteOf);
  });
});
