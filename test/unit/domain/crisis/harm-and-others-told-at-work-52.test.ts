import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// Families read after the fifty-second fresh batch (branch t-mix52; languages/en/harm-blocked-in-and-impersonated.ts,
// others-stashed-posted-and-shut-in.ts and their Spanish twins), each in wordings the development files do not hold, beside
// look-alikes that stay quiet.
describe('the crisis screen reads harm to a peer worker told through being blocked in, impersonated and threatened', () => {
  it('GIVEN someone standing in the door so the writer cannot leave THEN harm; a van or a stalled car in the way THEN nothing', () => {
    expectRoutes(
      [
        'my boss shouted at me then stood in front of the door so i couldnt get out',
        'he locked the door and stood there so i couldnt leave the room',
        'mi jefe me gritó y se puso delante de la puerta pa que no pudiera irme',
      ],
      'harm-from-others',
    );
    expectRoutes(
      [
        'the delivery van blocked the exit so i couldnt leave the car park for 20 mins',
        'el coche no arrancaba y se quedó en la puerta, no pude salir a tiempo',
      ],
      'none',
    );
  });

  it('GIVEN a partner going through the writer’s work, smashing it, or keeping her wages THEN harm; a supervisor’s review, a dropped phone THEN nothing', () => {
    expectRoutes(
      [
        'my girlfriend goes through my work laptop every night and screams about the women i support',
        'he broke my work laptop because he was jealous of a client',
        'im not allowed to keep my own wages, he takes the card',
        'mi marido revisa mis correos del trabajo y se pone celoso de mis compañeros',
      ],
      'harm-from-others',
    );
    expectRoutes(
      [
        'my supervisor reads my case notes every week for quality, all good',
        'dropped my phone and smashed the screen lol',
        'my partner reads my notes and laughs at my handwriting',
      ],
      'none',
    );
  });

  it('GIVEN someone calling the writer’s work under a false name to learn her hours THEN harm; a training role-play THEN nothing', () => {
    expectRoutes(
      [
        'my ex rang the office pretending to be a patient to find out when im on shift',
        'she keeps calling reception posing as a relative to know what days i work',
        'la exnovia de mi pareja llama al centro haciéndose pasar por paciente para saber a qué hora salgo',
      ],
      'harm-from-others',
    );
    expectRoutes(
      ['in the training we role played a caller pretending to be a client', 'en la capacitación practicamos cuando alguien llama haciéndose pasar por familiar'],
      'none',
    );
  });

  it('GIVEN a client’s relative threatening the writer’s car, a knife pulled, "yo soy la siguiente", the children taken THEN harm; bread cut, a queue, a custody ruling THEN nothing', () => {
    expectRoutes(
      [
        'a participants dad told me hed smash my car windows next time i come to the house',
        'her son threatened to torch my van if i report him again',
        'el hermano de un usuario dijo que me prende fuego la casa si vuelvo a ir',
        'el que vive conmigo me puso una navaja en el cuello',
        'el primo de mi ex me escribe diciendo que yo voy a ser la siguiente',
        'me dijo que si lo denuncio se lleva a mis hijos',
        'mi ex dice que si lo dejo se lleva a las niñas',
      ],
      'harm-from-others',
    );
    expectRoutes(
      [
        'sacó un cuchillo para cortar el pan y nos sentamos a comer',
        'en la fila del banco me dijeron que soy la siguiente',
        'el juez dijo que los niños se quedan con él los fines de semana',
      ],
      'none',
    );
  });

  it('GIVEN an ex watching from across the street, a tracker under the car, hit again with a swollen lip THEN harm; a parade watched from across the street THEN nothing', () => {
    expectRoutes(
      [
        'mi ex volvió otra vez al trabajo y se para en la esquina de enfrente mirándome',
        'encontré un gps debajo del carro, lo había puesto mi marido',
        'mi padrastro me pegó de nuevo ayer, tengo el labio hinchado',
      ],
      'harm-from-others',
    );
    expectRoutes(['desde la acera de enfrente mirando el desfile con mis hijos'], 'none');
  });
});

describe('the crisis screen reads someone else’s crisis told at work through a stash, a seat not kept, goodbyes posted and a shut door', () => {
  it('GIVEN pills kept for when someone is ready, a seat not to be kept, goodbyes posted and the rest deleted THEN someone else; cake, a seat at a meeting, a cleaned profile THEN nothing', () => {
    expectRoutes(
      [
        'one of my guys showed me the pills hes been saving and said they are for when hes ready',
        'a participant told me not to save her a spot next week because she wont be around',
        'my coworker posted goodbye messages on facebook and deleted everything else',
        'a usuaria le enseñó sus pastillas guardadas y dijo que son para cuando esté lista',
        'mi sobrino publicó mensajes de despedida y borró todo su perfil',
      ],
      'someone-else',
    );
    expectRoutes(
      [
        'saved the last slice of cake for when shes ready to eat',
        'save me a seat at the meeting, i’ll be there by 10',
        'cleaned up my instagram and deleted everything before the job interviews',
      ],
      'none',
    );
  });

  it('GIVEN someone found after an attempt, brought down by firefighters, shut in a garage or a bathroom not answering, or texting the writer their words THEN someone else; a failed car start, a sulking teen THEN nothing', () => {
    expectRoutes(
      [
        'his wife called, hes locked in the garage and not answering',
        'a mi compañero lo internaron tras un intento, me avisó su mamá',
        'la trajeron a urgencias después de un intento anoche',
        'mi vecina me llamó desde la azotea, los bomberos la bajaron y está ingresada',
        'la hija de una participante está encerrada en el baño y no contesta, ya llamamos',
        // Quoted words texted to the writer are the texter's: "textear" reports like "escribir".
        "un usuario me acaba de textear 'hoy me tomo todas las pastillas'",
        "mi amiga me texteó 'ya no aguanto, me voy a matar'",
        // "dijo '...'" with nobody named: the verb's own form names someone else.
        "dijo 'ya no quiero seguir viva' y colgó, estoy asustada",
        "escribió 'ya no puedo más, perdón' en el grupo y no contesta",
      ],
      'someone-else',
    );
    expectRoutes(['my teen is shut in his room with headphones on again, typical', 'tras un intento fallido de arrancar el carro llamamos a la grúa'], 'none');
  });
});

describe('the crisis screen keeps look-alikes from the fifty-second batch quiet', () => {
  it('GIVEN Tagalog "sa", a thing mourned with rip, a film forum, "ya tocaba", a supervision topic, the words for suicide as the topic THEN nothing', () => {
    expectRoutes(
      [
        'thank you po sa lahat, see you next week',
        'stuck sa traffic, late ako ng 10 mins',
        'rip my basil plant, did not make it through the heatwave',
        'rip my phone, it didnt make it through the wash',
        'vimos la peli de mar adentro en el cineclub del barrio',
        'ya renové el pasaporte, que con el viaje ya tocaba',
        'agenda item for team meeting: how we respond after a suicide in the community',
        'no digan se suicidó, digan murió por suicidio',
      ],
      'none',
    );
  });

  it('GIVEN SA said as the abbreviation, a Taglish wish, a supervision day told with a death THEN harm, possible, someone else', () => {
    expectRoutes(['got sa’d at the christmas party by a coworker', 'i experienced sa from my ex and i still see him at meetings'], 'harm-from-others');
    expectRoutes(['pagod na ako. gusto ko na lang mamatay honestly'], 'possible');
    expectRoutes(['supervision today was rough, my client overdosed last night'], 'someone-else');
  });

  it('GIVEN a milestone clean from self-harm, dying at the desk of boredom, a mail sent to the whole list after a sigh THEN nothing; an urge back or a desk with pills THEN risk', () => {
    expectRoutes(
      [
        '3 years clean from sh today',
        'today marks a year clean from cutting, proud of myself',
        'if i die at my desk from boredom tell my mom i loved her',
        'i want to die at my desk of boredom, this report is endless',
        'me quiero matar jaja, mandé el mail a toda la lista sin querer',
      ],
      'none',
    );
    expectRoutes(['3 years clean from sh and today i want to relapse so bad', 'clean from sh for 2 years but cut again last night'], 'possible');
    expectRoutes(['going to kill myself at my desk tonight, the pills are in my bag'], 'imminent');
  });
});

describe('the crisis screen reads own risk told in a second sentence or beside others’ figures', () => {
  it('GIVEN the blade back out or the thighs covered again after a clean streak, not safe with one’s own mind, oneself among the counted, "deseando estar muerta" THEN possible risk; paint, a hike, a landlord, funding news THEN nothing', () => {
    expectOwnRisk(
      [
        'made it 90 days. then last night the blade came back out',
        'relapsed after 200 days. thighs are covered again',
        'im not safe with my own thoughts lately',
        'read the overdose numbers for our county and wondered if id be one of them',
        'llevo semanas deseando estar muerto',
      ],
    );
    expectRoutes(
      [
        'my arms are covered in paint again lol',
        'legs are a mess after the hike, so many mosquito bites',
        'i dont feel safe with my landlord',
        'read that overdoses are up 20 percent, wondering if the city will fund more narcan',
        'el personaje del libro deseaba estar muerto',
      ],
      'none',
    );
  });
});
