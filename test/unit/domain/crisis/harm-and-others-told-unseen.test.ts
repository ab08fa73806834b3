import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself. Families of wording the
// screen missed on fresh batches it had never seen (mixed-36, en-29, en-31, mixed-23), each beside look-alikes.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads harm held over money, the body, papers and whereabouts', () => {
  it('GIVEN a wage paid to someone else, credit in the writer’s name, birth control thrown out or papers held THEN harm from others', () => {
    routes.each(
      [
        'my wages get deposited straight into her account and i have to ask for bus fare',
        'turns out my ex opened three credit cards in my name last spring',
        'he keeps tossing my birth control in the trash when i am at work',
        'there were holes in the condoms, he did it on purpose',
        'my husband won’t sign my green card forms unless i stop seeing my sister',
        'she says one call and you’re deported, every single time we argue',
        'if i report the landlord he said he will tell my parole officer i am using',
        'found a gps tracker stuck under my car',
        'someone posted my home address in the comments of my video',
        'he took my keys, my phone and my purse and told me i am not going anywhere',
        'my brother screwed my bedroom window shut and keeps the only key',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN the same words about a joint account, a lawyer, a luggage tag or a pharmacy THEN nothing', () => {
    routes.each(
      [
        'my paycheck goes into our joint account and we split the bills',
        'i put an airtag on my luggage before the flight',
        'the realtor took pics of my front door for the listing',
        'the lawyer will not file my petition until i pay the retainer',
        'my partner and i track my cycle together because we want a baby',
        'the pharmacy said my birth control is ready for pickup',
        'i owe my sister twenty bucks before i can go to the concert lol',
        'the landlord has a key and can come in for repairs with a day’s notice',
      ],
      'none',
    );
  });

  it('GIVEN Spanish wages cashed, passports kept, condoms broken or a room locked THEN harm from others; a safe or a carer THEN nothing', () => {
    routes.each(
      [
        'mi pareja cobra mi quincena completa y no me da nada para la comida',
        'el dueño del taller nos guarda los pasaportes hasta que paguemos el viaje',
        'me encontré los condones rotos a propósito, no quiere que me vaya',
        'mi ex me encierra en el cuarto cuando sale a trabajar',
      ],
      'harm-from-others',
    );
    routes.each(['tengo un airtag en la mochila por si la pierdo', 'mi mamá tiene mi pasaporte guardado en la caja fuerte', 'mi hija me administra la pensión porque ya no veo bien'], 'none');
  });
});

describe('the crisis screen reads harm a teenager, an older writer or a worker tells', () => {
  it('GIVEN sextortion, a leaked IP, a coach’s secret, insulin held back, a carer stealing or spyware THEN harm from others', () => {
    routes.each(
      [
        'she wants 300 bucks in gift cards or she will post my pics everywhere',
        'some randoms leaked my ip and keep ddosing me every night',
        'my swim coach told me not to tell anyone about our late night calls',
        'my son holds back my insulin unless i hand him my pension',
        'the aide steals from my purse and says no one would believe an old lady',
        'my ex installed spyware on my phone, he reads everything',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN a server for a game, summer camp as a reward or help with signing checks THEN nothing', () => {
    routes.each(['we made a discord server for our dnd group', 'my mom said she would send me to summer camp if my grades are good', 'my daughter helps me sign my checks since my hands shake'], 'none');
  });
});

describe('the crisis screen reads someone else’s crisis told by a peer worker, a friend or family', () => {
  it('GIVEN harm to her, deaths on the caseload, shift-note shorthand or a friend’s warning signs THEN someone else’s crisis', () => {
    routes.each(
      [
        'a participant told me her husband flushes her birth control pills',
        'we had another death on our caseload this week, third one since june',
        'a resident from our recovery house overdosed on sunday and did not make it',
        'one of our participants was shot by her ex boyfriend last night',
        'pt endorses SI with plan and intent, transported to the ER',
        'my bestie has been cutting again and made me swear not to say anything',
        'my grandpa has been saving his pills in a jar and he asked me to keep his dog for good',
        'su pareja le tira las pastillas anticonceptivas y no la deja ir a la clínica',
        'perdimos a otro chavo del programa, sobredosis',
      ],
      'someone-else',
    );
  });

  it('GIVEN a cookout at the recovery house THEN nothing', () => {
    routes.each(['we had a great turnout at the recovery house bbq on sunday'], 'none');
  });
});
