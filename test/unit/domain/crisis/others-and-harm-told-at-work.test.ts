import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// Families read after the forty-ninth fresh batch (branch t-oth49; languages/en/harm-locked-out-and-turned-up.ts,
// others-disclosed-and-found.ts, languages/es/harm-locked-out-and-turned-up.ts, others-disclosed-and-found.ts, little-doer.ts),
// each in wordings the development files do not hold, beside look-alikes that stay quiet.
describe('the crisis screen reads harm to a peer worker told through being locked out, turned up on and threatened at work', () => {
  it('GIVEN the locks changed with the writer’s things inside or thrown out at night in socks THEN harm; a toddler, a lease ended, a true-crime podcast THEN nothing', () => {
    expectRoutes(
      [
        'she put my stuff in bin bags and changed the locks while i was at work',
        'came back from my shift and the locks had been changed, all my meds are still inside',
        'he threw me out at 3am in my socks, second time this month',
        'volví del trabajo y mi marido había cambiado la chapa, mis papeles siguen adentro',
        'me cambiaron la chapa, todas mis cosas siguen adentro',
      ],
      'harm-from-others',
    );
    expectRoutes(
      [
        'my toddler locked me out on the balcony lol had to call my neighbour',
        'the landlord changed the locks after the lease ended, all good, we moved out in may',
        'listening to a true crime podcast about a man who changed the locks on his wife',
        'mi hijo de dos años me dejó encerrada fuera de la casa jaja',
        'el casero cambió la cerradura al terminar el contrato, ya nos mudamos',
      ],
      'none',
    );
  });

  it('GIVEN an ex or a relative turning up outside where the writer works, again or drunk, or parked outside at night THEN harm; a friend with cake, a dad with lunch THEN nothing', () => {
    expectRoutes(
      [
        'my ex showed up outside the clinic again, i had to hide in the staff room till he left',
        'my dad keeps showing up at my job drunk and yelling at me in front of customers',
        'my ex was parked outside my sisters place at 3am again',
        'my abuser turned up at the shelter door on tuesday',
        'mi ex volvió a aparecer afuera de la oficina, me escondí en el baño hasta que se fue',
        'mi exmarido se presentó otra vez en la puerta del trabajo',
      ],
      'harm-from-others',
    );
    expectRoutes(
      [
        'my mate turned up at the meeting with cake for my birthday',
        'my dad showed up at my work with lunch again, bless him',
        'mi amiga apareció en la oficina con un pastel',
      ],
      'none',
    );
  });

  it('GIVEN the writer’s address left on the car, a client’s relative who will find the worker who reported, a debt and the child’s school THEN harm; a parking ticket, a grandmother who knows when work ends THEN nothing', () => {
    expectRoutes(
      [
        'someone left a note under my wiper with my home address written on it',
        'me dejaron un papel en el parabrisas con mi domicilio escrito',
        'a family member of one of my clients called the front desk and said he knows where the peer worker lives',
        "the resident's son said he'd sort the worker who called the police on his mum",
        'el papá de una participante me esperó a la salida y me dijo que me cuidara',
        'my dealer says i owe him and he knows what school my son goes to',
        'dice que le debo y que sabe a qué escuela va mi hijo',
      ],
      'harm-from-others',
    );
    expectRoutes(
      [
        "there's a parking ticket on my windscreen with my reg on it, ugh",
        'mi abuela sabe a qué hora salgo del trabajo y me espera con la comida',
      ],
      'none',
    );
  });

  it('GIVEN hands round the throat, marks covered "because of what he did", cornered, the phone checked or broken THEN harm; a baby’s cuddle, a cold office, a shared card THEN nothing', () => {
    expectRoutes(
      [
        'he had his hands around my throat on saturday and i still cant swallow right',
        'been wearing a turtleneck to work to cover what he did on friday',
        'the bruises arent from me, please stop asking if i did it',
        'un compañero me volvió a acorralar en la bodega',
        'mi novio me checa el cel cada noche y me obliga a compartir la ubicación',
        'me quebró el celular para que no pidiera ayuda',
      ],
      'harm-from-others',
    );
    expectRoutes(
      [
        'my baby had his hands around my neck all night, cuddly boy',
        'wearing long sleeves because the office aircon is freezing',
        'my partner used my card for the shopping again, we share it',
        'mi pareja usó mi tarjeta para el súper, la compartimos',
      ],
      'none',
    );
  });
});

describe('the crisis screen reads someone else’s crisis a peer worker or a relative tells without quotation marks or by its aftermath', () => {
  it('GIVEN a client’s words told plainly (not planning to see christmas, nobody will have to put up with him, alive only because of group) THEN someone else; a client doing well, a naloxone drill THEN nothing', () => {
    expectRoutes(
      [
        'she told me in our 1:1 she doesnt plan on seeing christmas',
        'client said nobody will have to put up with him much longer after this weekend',
        'he told me that if it wasnt for group hed have ended it already',
        'a lad from the hostel told me if you werent my support worker id be dead by now',
        'un usuario me contó que no piensa llegar a navidad',
        'me dijo en la sesión que si no fuera por el grupo ya se habría matado',
        'la señora del grupo dice que no piensa llegar a su cumpleaños',
      ],
      'someone-else',
    );
    expectRoutes(
      [
        'my client is doing brilliantly, 6 months clean and plans on seeing christmas with his kids',
        'she told me she plans on seeing her family at christmas for the first time in years',
        'mi usuario va súper bien, piensa llegar a fin de año con trabajo nuevo',
        'did a naloxone drill on the ward today, narcan x2 on the dummy, all certified',
        'naloxone training tomorrow at 10, bring your kits',
        'la naloxona del simulacro, x2 al muñeco, todo bien',
      ],
      'none',
    );
  });

  it('GIVEN an attempt told by the hospital it led to, or someone brought back from the cliffs THEN someone else; sports "killed us" THEN nothing', () => {
    expectRoutes(
      [
        "my aunt is in hospital after trying to take her own life and i'm at work acting normal",
        'my cousin is in icu after trying to end his life',
        'mi primo está en el hospital después de intentar quitarse la vida',
        'mi vecina sigue internada después de tratar de ahorcarse',
        'my mate walked out to the cliffs on sunday night and the coastguard talked him down',
      ],
      'someone-else',
    );
    expectRoutes(['the refs killed us tonight, absolute robbery, we were murdered in the second half', 'nos mataron en el partido, el árbitro nos robó'], 'none');
  });

  it('GIVEN self-harm told by its aftermath (bloody tissues hidden, plasters under long sleeves, fresh cuts seen) THEN someone else; a nosebleed THEN nothing', () => {
    expectRoutes(
      [
        "found bloody tissues shoved under my son's bed again",
        'my daughter started wearing long sleeves in july and i keep seeing plasters',
        'saw fresh cuts when he rolled up his sleeve to wash up',
        'encontré pañuelos con sangre en el bote de basura de mi hija',
        'sigo encontrando toallas manchadas de sangre en el cuarto de mi hermano',
      ],
      'someone-else',
    );
    expectRoutes(['found bloody tissues after his nosebleed at footy'], 'none');
  });

  it('GIVEN a relative or a participant in danger from someone (an abuser lurking, crashing heard from her flat, a pension taken by the carer, shut in again) THEN someone else', () => {
    expectRoutes(
      [
        'a participant told me her abuser is out and lurking near her building',
        "mum's neighbour keeps hearing crashing from her flat most nights",
        'a mi abuelo el que lo cuida le saca la jubilación y él no dice nada',
        'a mi amiga la volvió a encerrar el marido, no contesta',
      ],
      'someone-else',
    );
  });
});
