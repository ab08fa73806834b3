import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone (languages/es/everyday-pauses-figures-and-funerals.ts, narrowed-after-pause.ts, figure-of-ruin.ts,
// thing-lost.ts; living somewhere in languages/es/everyday-routines-and-idioms.ts). Every line is written for the test in several
// regions' wording, with typos and chat spellings; each family sits beside risk, harm or someone else's crisis said in the same
// words that must keep its route.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish goings narrowed, figures of ruin, funerals someday and towns as everyday talk', () => {
  it('GIVEN a going said big and narrowed after a pause to a chat, a group or an app THEN it is no risk; narrowed to the world or followed by a goodbye it stays', () => {
    routes.each(
      [
        'q ganas de desaparecer... del grupo de las tias, puro reenvio de cadenas',
        'me despido de este mundo... de instagram, por lo menos hasta enero',
        'me quiero desaparecer... dl chat del edificio, otra vez peleando x el estacionamiento',
        'me voy para siempre... de facebook, ya me tiene harta',
        'adiós a todos... de la oficina, me voy de vacaciones dos semanas jajaja',
      ],
      'none',
    );
    routes.each(
      [
        'quiero desaparecer... del mundo entero, ya no puedo más',
        'tengo ganas de desaparecer. nadie me extrañaría',
      ],
      'possible',
    );
    routes.each(['me despido de este mundo... los quiero mucho, perdónenme'], 'imminent');
  });

  it('GIVEN a reckless move called suicide by its field or an everyday deed called suicide THEN it is no one\'s crisis; a death by suicide or the writer\'s thoughts keep their route', () => {
    routes.each(
      [
        'lo que hizo el gobernador con esa ley fue un suicidio político',
        'subir los precios en plena cuesta de enero es un suicidio comercial',
        'invertir todo en cripto sería un suicidio para mi bolsillo',
        'meterse al periférico un viernes a las 6 es un suicidio, mejor me quedo',
        'decirle a la suegra que su flan está seco es suicidio, parce',
        'renunciar sin tener otra chamba sería un suicidio, aguanta un poco',
      ],
      'none',
    );
    routes.each(
      [
        'su muerte fue un suicidio, lo encontraron en la bodega',
        'a mi compa de la secundaria lo perdimos por suicidio la semana pasada',
      ],
      'someone-else',
    );
    routes.each(['pienso en el suicidio todos los días', 'el suicidio es lo único que me queda'], 'possible');
  });

  it('GIVEN the writer\'s own funeral wished for someday THEN it is no risk; a wish to die now, with or without a funeral, stays possible', () => {
    routes.each(
      [
        'cuando me muera quiero que me cremen y echen las cenizas en el lago, ya le dije a mi hermana',
        'el día que yo me muera que toquen banda en el panteón',
        'cuando me muera que me entierren con la playera de mi equipo jaja',
        'cuando me muera, quiero que en la esquela pongan mi foto de joven',
        'cuando me muera no quiero luto, quiero baile',
      ],
      'none',
    );
    routes.each(
      [
        'ojalá me muera ya, no aguanto más',
        'me quiero morir, que me cremen y ya',
        'cuando me muera nadie me va a extrañar',
      ],
      'possible',
    );
  });

  it('GIVEN a trip to a town named by the sea, a river or a bridge THEN it is no risk; going to the sea or off a bridge with a time stays imminent', () => {
    routes.each(
      [
        'me voy a Mar del Plata el finde largo con los chicos',
        'nos vamos a mar de ajo el sabado, alguien riega mis plantas?',
        'este viernes me voy a Río de Janeiro por fin',
        'el lunes me voy a Puente Alto a ver a mi abuela',
      ],
      'none',
    );
    routes.each(['me voy al mar esta noche y no pienso regresar', 'hoy me voy al puente, ya lo decidí'], 'imminent');
  });

  it('GIVEN not wanting to live in a city, a flat or with someone THEN it is a move wished, no risk; not wanting to live, or to live in this world, stays possible', () => {
    routes.each(
      [
        'ya no quiero vivir en esta ciudad, todo está carísimo',
        'no quiero vivir mas con mis suegros, nos vamos a rentar',
        'no quiero vivir en un pueblo tan chico toda mi vida',
      ],
      'none',
    );
    routes.each(
      [
        'no quiero vivir más en este mundo',
        'no quiero vivir, en esta casa nadie me quiere',
        'ya no quiero vivir mas',
      ],
      'possible',
    );
    routes.each(['mi vecina me contó que su pareja la golpea, vive en un cuarto que él le renta'], 'someone-else');
  });

  it('GIVEN a jump from a bridge or a hill as a sport THEN it is no risk; a jump from a bridge with no sport stays imminent', () => {
    routes.each(
      [
        'el domingo me aviento del puente de bungee, que nervios jaja',
        'nos tiramos del cerro en parapente, estuvo buenísimo',
        'me voy a tirar del puente haciendo puenting en mis vacaciones',
      ],
      'none',
    );
    routes.each(['me aviento del puente y ya, no aguanto más', 'esta noche me tiro del puente'], 'imminent');
  });

  it('GIVEN everything ending with a term or a season named right after THEN it is no risk; everything ending with a means or a sigh stays imminent', () => {
    routes.each(
      [
        'hoy se acaba todo, por fin termina el cuatrimestre',
        'hoy termina todo: el torneo, la liga y mis rodillas jaja',
      ],
      'none',
    );
    routes.each(['hoy termina todo, ya tengo las pastillas', 'hoy termina todo, ya no aguanto'], 'imminent');
  });

  it('GIVEN a team named as the one that will kill the writer THEN it is a fan\'s sigh; a person named so stays harm from others', () => {
    routes.each(
      [
        'el Barça me va a matar, otra vez perdimos en el último minuto',
        'la selección me va a matar del coraje',
        'River me va a matar un día de estos, boludo',
      ],
      'none',
    );
    routes.each(['mi marido me va a matar, ya me lo dijo', 'el del taller me va a matar si no le pago'], 'harm-from-others');
  });

  it('GIVEN "perdimos el" before a game, a minute, a ride or a case THEN nobody died; "perdimos a" a person stays someone else\'s', () => {
    routes.each(
      [
        'otra vez perdimos en el descuento, no lo puedo creer',
        'perdimos el clásico y mi viejo no me habla',
        'por llegar tarde perdimos el vuelo a Lima',
        'perdimos el caso, la jueza no nos dio la razón',
      ],
      'none',
    );
    routes.each(['perdimos a un usuario del programa el domingo, se quitó la vida', 'anoche perdimos a una compañera por sobredosis'], 'someone-else');
  });

  it('GIVEN a goodbye before an exchange or a mission abroad THEN it is no risk; a goodbye with a means ready stays imminent', () => {
    routes.each(
      [
        'me despido de ustedes, gracias por todo, me voy de intercambio a Japón',
        'bueno familia, me voy de misión dos años, gracias x todo',
      ],
      'none',
    );
    routes.each(['me despido de ustedes, gracias por todo, la soga ya está lista'], 'imminent');
  });

  it('GIVEN a helpline named by the risk it serves THEN sharing it is no risk; the writer\'s own thoughts beside it stay possible', () => {
    routes.each(
      [
        'les paso el teléfono de atención a la conducta suicida de mi provincia, por si acaso',
        'el número de la línea de prevención del suicidio está en la pared de la sala',
      ],
      'none',
    );
    routes.each(['pienso mucho en el suicidio y no sé si llamar a la línea'], 'possible');
  });
});
