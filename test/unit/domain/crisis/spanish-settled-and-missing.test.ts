import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so each family is proven by the language files (languages/es/imminent-settled-and-set.ts,
// others-missing-and-hurt.ts) and not by the learned opinion. Every line is written for the test, in several regions'
// wording, and each family sits beside everyday look-alikes of the same shape that must stay quiet.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish imminent risk told through affairs settled and the act set up', () => {
  it('GIVEN debts or the funeral paid, or dependants left in care, beside another sign THEN it is imminent', () => {
    routes.each(
      [
        'ya liquide todas las tarjetas y deje una carta pa mi jefa. hoy se acaba mi sufrimiento',
        'ya tengo pagado el nicho y el velorio, deje todo en orden. me voy al puente y no regreso',
        'los chamacos se quedan con mi hermana, ya les di su abrazo de despedida. voy pal puente',
        'deje al perrito con mi vecina con croquetas para dos semanas. el viernes me voy al cerro y no vuelvo',
        'hice una lista de quien se queda con que, la moto pa mi primo. ya esta decidido, manana es el dia',
      ],
      'imminent',
    );
    routes.each(
      [
        'por fin liquide la tarjeta, ahora a ahorrar pa las vacaciones',
        'ya pagamos el funeral de mi abuelo, gracias a todos por el apoyo',
        'deje a los ninos con mi mama y me fui al super, hoy toca limpieza',
        'deje al gato con mi vecina con comida para una semana porque me voy de viaje',
        'hice una lista de quien lleva que a la posada, yo llevo el ponche',
      ],
      'none',
    );
  });
  it('GIVEN pills bought so nobody suspects, a lethal dose asked, or the engine in a closed garage THEN it is imminent', () => {
    routes.each(
      [
        'fui juntando frascos de clonazepam en varias farmacias pa que no se den cuenta. esta noche',
        'cuantas de amitriptilina son letales? es pa hoy en la noche',
        'ya lo decidi, con el carro prendido en la cochera cerrada esta noche. perdon a todos',
        'ahorita me los inyecto todos, tengo todas las ampolletas de morfina de mi abuela',
      ],
      'imminent',
    );
    routes.each(
      [
        'compre regalos en varias tiendas para que no sospechen de la sorpresa',
        'cuantas pastillas de ibuprofeno puedo tomar al dia para el dolor de muela?',
        'deje el carro en la cochera porque va a llover esta noche',
        'me tomo la pastilla de la tiroides todos los dias a las 7 en ayunas',
      ],
      'none',
    );
  });
  it('GIVEN poison or a container of pills taken, a vehicle\'s path, the dose that will kill THEN it is imminent', () => {
    routes.each(
      [
        'acabo de tragarme el matarratas que habia en la bodega',
        'me trague una caja de paracetamol hace media hora',
        'me voy a aventar enfrente del primer camion que pase',
        'ando manejando a toda velocidad hasta estrellarme',
        'no es una recaida, es mi despedida. ya tengo la dosis que me va a matar',
        'manana es el aniversario de mi nina y me voy con ella, ya deje todo en orden',
      ],
      'imminent',
    );
    routes.each(
      [
        'me meti debajo del carro a cambiar el aceite',
        'hoy es el aniversario de mi papa y me voy con el al panteon a llevarle flores',
        'me tome un cafe y una caja de galletas jaja',
        'este trafico me va a matar, una hora en el bus',
        'me muero de hambre, ya me comi toda la caja de galletas',
        'me mata este calor, voy a la playa y no vuelvo hasta las 6',
      ],
      'none',
    );
  });
  it('GIVEN soft wishes said regionally THEN it is own risk; idioms of dying stay quiet', () => {
    routes.ownRisk([
      'ojala me diera un infarto y ya, sin hacer nada yo',
      'si no fuera por mis hijos ya no estaria aqui',
      'fantaseo con no frenar cuando voy en la autopista',
      'mi familia estaria mejor si me muero, lo veo claro',
      'ya ni quiero vivir, mana, todo se me cae',
      'no sirvo ni para estar viva',
    ]);
    routes.each(
      [
        'me muero de la verguenza, se me cayo el cafe en la junta',
        'me mata de risa mi sobrino',
        'ya ni quiero ir a esa fiesta',
        'esta guagua me va a matar, una hora y no llega',
        'me voy a morir si no me suben el sueldo',
        'no aguanto mas este club, cada domingo lo mismo',
        'ya no puedo mas con esta tos, no duermo',
      ],
      'none',
    );
  });
});

describe('the crisis screen reads someone else\'s crisis told as missing, overdosed or hurt in Spanish', () => {
  it('GIVEN someone missing from a shelter or treatment, or gone saying there is no return THEN it is someone else\'s', () => {
    routes.each(
      [
        'mi sobrino se escapo del anexo y no sabemos nada de el desde el lunes',
        'la senora del albergue lleva cuatro dias desaparecida',
        'llevamos tres dias sin saber nada de mi prima',
        'dejo su mochila en el refugio y no volvio, sus amigas estan preocupadas',
        'mi papa salio diciendo que ya no iba a volver y dejo la cartera en la mesa',
        'el senor del 3B no ha regresado desde antier y dejo la puerta abierta',
        'la vecina de abajo lleva cuatro dias sin abrir y ya sale olor, llamamos a la patrulla',
      ],
      'someone-else',
    );
    routes.each(['mi sobrino salio del anexo y ahora trabaja en un taller', 'mi gato no aparece desde ayer, ya pegue carteles', 'llevamos tres dias sin luz en la colonia', 'mi hijo lleva dos dias sin salir de su cuarto por el videojuego', 'mi tio se fue a vivir a texas y no ha vuelto desde hace anos'], 'none');
  });
  it('GIVEN an overdose in street words or objects swallowed THEN it is someone else\'s', () => {
    routes.each(
      [
        'el Chino se malviajo en el parque y lo tuvimos que llevar',
        'mi primo se puso morado despues de fumar, le dimos respiracion',
        'la coca del Beto venia con fentanilo, casi no la cuenta',
        'narcan x2 otra vez en el puente, todos vivos',
        'una muchacha del programa se trago unas baterias, esta en urgencias',
      ],
      'someone-else',
    );
    routes.each(['el pastel se puso duro en el horno', 'me tome una pastilla para el dolor de cabeza y ya se me paso'], 'none');
  });
  it('GIVEN a child or a partner hurt, held or groomed, told by someone near THEN it is someone else\'s', () => {
    routes.each(
      [
        'al hijo de mi comadre le dan correazos cada que se porta mal, lo vi con marcas',
        'mi vecina le grita a su nene que se muera',
        'el novio de mi amiga no la deja salir ni trabajar',
        'el entrenador le manda mensajes raros a mi sobrina de 12',
        'el marido de mi clienta la empujo por las escaleras',
        'mi alumno tiene cortadas en los brazos y no quiere hablar',
      ],
      'someone-else',
    );
    routes.each(['la pega esta pesada hoy, puro papeleo', 'me rio mucho con los cabros de la pega', 'el profe le manda tareas por correo a mi hija'], 'none');
  });
  it('GIVEN a goodbye quoted with no answer since THEN it is someone else\'s; a fishing trip stays quiet', () => {
    routes.each(
      [
        'mi pana puso en su estado "nos vemos del otro lado" y le escribi mensaje y nada',
        'mi tio me dijo "ya no quiero ser una carga" y apago el celular',
        'el chamo me dijo "es el ultimo trago que me tomo contigo" y ya no contesta',
      ],
      'someone-else',
    );
    routes.each(['nos vemos del otro lado del charco, me voy a espana el lunes', 'el ultimo trago que me tomo contigo antes de la boda jaja'], 'none');
  });
});
