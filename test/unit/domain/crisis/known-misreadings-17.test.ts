import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

const patterns = routesBy(patternRouteOf);

// Known misreadings of the seventeenth session (branch t-t-known2), each read as the family of wording it stands for, with
// look-alikes both ways, by the patterns alone.
describe('known misreadings (17), read as their families', () => {
  // cause-of-death.ts: "lost" someone, then a bare cause of death.
  it('GIVEN a person lost, then a bare cause of death THEN someone else', () => {
    patterns.each(['lost a client last night. suicide.', 'lost my brother last night. suicide.', 'we lost one of our guys over the weekend. overdose.', 'lost a peer on sunday. suicide.', 'lost my cousin this week. suicide', 'perdimos a un compañero anoche. suicidio.'], 'someone-else');
  });

  it('GIVEN a thing lost, or the writer losing it, then the same word THEN still the writer', () => {
    patterns.ownRisk(['lost my job last week. suicide.', 'lost my keys. suicide.', 'i lost it last night. suicide.', 'lost my mind. suicide.']);
  });

  // death-wished-on-writer.ts lifeEndedByAnother: someone else as the one who will end the writer's life.
  it('GIVEN someone else threatening to end the writer\'s life THEN harm from others', () => {
    patterns.each(['he says hes going to end my life', 'my ex swears he\'ll end my life', 'she said she\'d end me', 'he said he would end my life', 'my husband threatened to end my life', 'he will end my life if i leave'], 'harm-from-others');
  });

  it('GIVEN the writer ending their own life, or someone else theirs THEN their own route', () => {
    patterns.each(['i\'m going to end my life'], 'imminent');
    patterns.each(['i want to end my life'], 'possible');
    patterns.each(['my brother said he\'s going to end his life'], 'someone-else');
  });

  // little-doer.ts petTookIt: a pet's poisoning is an emergency for a vet.
  it('GIVEN a pet that took a poison or pills THEN nothing', () => {
    patterns.each(['my dog drank antifreeze', 'my dog swallowed a bottle of my pills', 'my cat got into the bleach', 'my dog just drank antifreeze, at the emergency vet now', 'mi perro se comió el veneno para ratas', 'mi perro se tomó mis pastillas'], 'none');
  });

  it('GIVEN the writer taking the poison, a pet only beside THEN imminent', () => {
    patterns.each(['i drank antifreeze', 'drank antifreeze', 'my dog and i drank antifreeze', 'walked my dog then drank antifreeze', 'i drank antifreeze, my dog found me'], 'imminent');
  });

  // languages/en/frames-shooting-sport.ts: shells bought for a hunt, a shoot or a club.
  it('GIVEN shells bought for a hunt, a shoot or shooting with others THEN nothing', () => {
    patterns.each(['got a box of 12 gauge shells for saturday\'s hunt', 'bought a box of shells, going shooting with my dad sunday', 'picked up a box of ammo for the trap league thursday', 'bought a box of shells for sunday\'s skeet shoot', 'grabbed a box of ammo for the range on sunday'], 'none');
  });

  it('GIVEN shells bought for a bare day, or beside risk THEN imminent', () => {
    patterns.each(['bought a box of shells for saturday', 'bought a box of shells for saturday. nobody will miss me', 'bought a box of shells. going hunting saturday and not coming back'], 'imminent');
  });

  // languages/en/known-15.ts reasonToRiseGone; reason-named.ts tells the learned opinion of a gathering.
  it('GIVEN no reason seen to get up, every day THEN possible', () => {
    patterns.each(['cant see a reason to get up anymore', 'dont see the point in getting out of bed most days', 'i cant see any reason to wake up anymore', 'cant see a reason to keep going', 'dont see a reason to go on'], 'possible');
  });

  it('GIVEN no reason seen to go to a gathering THEN nothing', () => {
    patterns.each(['cant see a reason to go to the party', 'i dont see a reason to go to the gym today', 'can\'t see any reason to go to class tomorrow', 'no reason to go to the office christmas party'], 'none');
  });

  // languages/es/everyday-errands-shifts-and-sighs.ts: "colgada del teléfono" is on the phone for hours.
  it('GIVEN someone hung up on the phone THEN nothing', () => {
    patterns.each(['la encontraron colgada del teléfono', 'mi hermana se la pasa colgada del teléfono horas', 'lo encontré colgado del celular con la novia', 'la encontraron colgada al teléfono con su mamá'], 'none');
  });

  it('GIVEN someone found hanged from a place THEN someone else', () => {
    patterns.each(['la encontraron colgada en el baño', 'lo encontraron colgado del árbol', 'lo encontraron colgado del ventilador'], 'someone-else');
  });

  // everyday-frames.ts takenAsPrescribed: a day's pills named by their ailment hold the pills.
  it('GIVEN a goodbye for the night after the day\'s pills THEN nothing', () => {
    patterns.each(['nos vemos, ya me voy a acostar, me tomé las pastillas de la presión', 'buenas noches a todos, ya me tomé la pastilla del azúcar y me voy a dormir', 'hasta mañana, ya tomé mis pastillas de la tiroides'], 'none');
  });

  it('GIVEN the whole supply taken, or the pills beside a goodbye for good THEN imminent', () => {
    patterns.each(['me tomé todas las pastillas de la presión', 'nos vemos, me tomé todas las pastillas de la presión', 'adiós a todos, me tomé las pastillas, ya no voy a despertar', 'me despido, me tomé el frasco de pastillas de la presión'], 'imminent');
  });

  // languages/es/others-feared-to-act.ts: the fear is about the one named before it.
  it('GIVEN a fear that someone named before will act THEN someone else', () => {
    patterns.each(['roommate has been giving stuff away and said she won\'t need it, tengo miedo de que haga algo', 'my sister gave away her guitar and said she wont need it, tengo miedo de que haga algo', 'my friend has been giving her things away, me da miedo que haga una locura', 'mi compañera de cuarto está regalando sus cosas, tengo miedo de que haga algo'], 'someone-else');
  });

  it('GIVEN a fear of the weather, or of the writer\'s own act THEN not someone else', () => {
    patterns.each(['tengo miedo de que haga frío mañana'], 'none');
    patterns.ownRisk(['tengo miedo de hacer algo']);
  });
});
