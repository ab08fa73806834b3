import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so the reading of whose risk it is (whose.ts, named-not-actor.ts) is proven by itself. Every line
// is written for the test: a person named only as the owner of a means the writer uses, or as the one the writer
// addresses, is not the one at risk; beside them, look-alikes where that person is the subject, or nothing is at risk.
const routes = routesBy(patternRouteOf);

describe('whose risk it is when someone else is named but the writer acts', () => {
  it('GIVEN a means that belongs to someone else, used by the writer THEN it is own risk', () => {
    routes.ownRisk([
      'took all of my grandma\'s sleeping pills tonight',
      'got her old razor blades out of the drawer and im doing it tonight',
      'i have my uncle\'s shotgun in the trunk and im driving to the lake tonight',
      'sitting in the garage with my husband\'s rifle rn',
      'got his old rifle out of the truck. tonight',
      'pulled their pistol out of the safe, loaded it, tonight',
      'carnal me tomé todas las pastillas de mi jefa',
      'me llevé la pistola de mi papá y hoy lo hago',
      'with my brother\'s gun in my hand rn',
      'grabbed his old pistol from the closet. tonight im done',
      'loaded his shotgun and sat in the car. tonight',
      'swallowed all her xanax, every single one',
      'just took all his meds',
      'cleaning his pistol rn, im done',
      'have her sleeping pills counted out on the table',
    ]);
  });
  it('GIVEN the reader addressed at the start THEN the writer is the one at risk', () => {
    routes.ownRisk([
      'fam i cant keep going, im ending it tonight',
      'yo bro im gonna kill myself tonight',
      'dude i already took the pills',
      'sis i dont want to be alive anymore',
      'guys this is my last message, thank you for everything',
      'homie just swallowed all of them',
      'man im so tired of living',
      'guys im done for good',
      'dude took all of them',
      'hermano ya no quiero vivir',
      'wey me voy a matar hoy',
      'amiga tengo la cuerda lista para esta noche',
      'mana ya no puedo más, me quiero morir',
      'oye compa ya me tomé todo el frasco',
      'pana ya no aguanto',
      'bestie i want to die',
      'homie i took the whole bottle',
      'mama if you read this im sorry, its not your fault',
    ]);
  });
  it('GIVEN the person named as the subject, or nothing at risk THEN it stays someone else\'s or none', () => {
    routes.each(
      [
        'bro said he wants to kill himself tonight',
        'dude is drunk again and says he has a gun',
        'my brother took all his pills last night and is in the ER',
        'she took all of her sleeping pills, we called 911',
        'my roommate got his dad\'s pistol and says he\'s going to use it',
        'bro got jumped outside the shelter and took his meds after',
        'mom says she has been saving up her pills',
        'mi compa se tomó todas las pastillas de su mamá',
        'el compa trae la pistola del apá y dice que se va a matar',
        'amiga, mi hermana dice que ya no quiere vivir',
        'mi pana dijo que se quiere matar',
        'my dad told me he wants to go see mom and i found her old sleeping pills missing',
        'room 3 took his meds and then the rest of the bottle, ems is here',
        'man if he finds out he will kill himself',
        'girl i sponsor took all her pills last night',
        'friends i made in rehab keep overdosing',
        'guys i sponsor keep talking about wanting to die',
      ],
      'someone-else',
    );
    routes.each(
      [
        'his dad keeps a rifle in the truck for hunting',
        'fam, dinner at 7, bring your appetite',
        'guys the group moved to room 4 tonight',
        'bro took my charger again lol',
        'dude i\'m dying of laughter at this meme',
        'grabbed my dad\'s fishing rod out of the truck, going to the lake tonight',
        'took my dad\'s truck to the shop this morning',
        'compa traigo la troca del apá, nos vemos en la fiesta',
        'amiga me muero de risa con tu foto',
      ],
      'none',
    );
  });
});
