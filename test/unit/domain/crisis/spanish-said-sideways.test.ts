import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so each family is proven by the language files (languages/es/imminent-said-sideways.ts,
// harm-watched-and-cornered.ts) and not by the learned opinion. Every line is written for the test, in several regions'
// wording, and each family sits beside everyday look-alikes of the same shape that must stay quiet.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish imminent risk said without the words of dying', () => {
  it('GIVEN the means ready or on the body now THEN it is imminent; laundry, music and a rope for clothes are not', () => {
    routes.each(['la soga ya esta', 'estoy acostada con el frasco de pastis en la mano', 'aqui sentado con el fierro en el regazo, vos sabes'], 'imminent');
    routes.each(['la cuerda ya esta lista para tender la ropa', 'estoy sentado con la guitarra en las piernas practicando'], 'none');
  });
  it('GIVEN a gun turned on oneself, a car driven into water or a truck, walking into water, using until not waking THEN it is imminent', () => {
    routes.each(
      [
        'tengo el revolver de mi tio y lo voy a usar contra mi esta noche',
        'voy a estrellar el carro contra un trailer, hoy',
        'ya me voy al rio y me meto hasta que no aguante, esta noche',
        'hoy me meto todo lo que tengo hasta no volver a despertar',
      ],
      'imminent',
    );
    routes.each(['manana manejo hasta el mar con los ninos, ya tengo todo listo'], 'none');
  });
  it('GIVEN climbing now, a letter left where it will be found, or the act after this message THEN it is imminent', () => {
    routes.each(
      [
        'me subo al techo del edificio, ya deje la carta en la mesa',
        'le deje la nota pegada en el refri a mi hermana, esta noche es',
        'voy rumbo al puente luego de mandar este mensaje',
        'ya wrote the letters, estan en el buro. cuando regrese mi esposo ya no voy a estar',
        'cuantos dias tardan en encontrarte si cierras con llave el depa? es para hoy',
        'esta es la ultima vez que me van a ver la cara. la azotea ya esta abierta',
      ],
      'imminent',
    );
    routes.each(
      [
        'me subo al techo a limpiar el tinaco hoy',
        'ya deje la carta de renuncia en la mesa del jefe, el viernes es mi ultimo dia',
        'le escribi una carta a cada uno de mis hijos por su cumpleanos',
        'despues de este mensaje me desconecto, buenas noches a todos',
        'hoy es el ultimo dia que ven mi cara en la oficina, me jubilo, gracias a todos',
        'la azotea esta abierta para la carne asada de esta noche',
      ],
      'none',
    );
  });
  it('GIVEN waiting to be alone, life insurance checked, a leaving with God THEN it is imminent; car insurance, a shop errand and a trip are not', () => {
    routes.each(['a las 3 de la manana cuando todos duerman lo hago', 'ya revise la poliza, paga aunque sea suicidio, el viernes', 'hoy me voy con diosito, ya no aguanto'], 'imminent');
    routes.each(
      [
        'el seguro del carro paga despues de dos meses, que lata',
        'ya me voy con el senor de la tienda a cargar las cajas',
        'ya pague la renta hasta marzo porque me voy de intercambio',
        'ya deje la comida del gato servida para una semana porque me voy de vacaciones',
      ],
      'none',
    );
  });
  it('GIVEN everyday idioms, a dose asked for pain, coffee finished THEN it is none', () => {
    routes.each(
      [
        'me muero de hambre, quien pide pizza',
        'me mata la espalda despues del turno',
        'me tome todo el cafe y ya no duermo jaja',
        'cuantas pastillas de ibuprofeno puedo tomar para el dolor de muela',
        'me tomo las pastillas como me las receto el doctor',
      ],
      'none',
    );
  });
});

describe('the crisis screen reads Spanish harm from others told sideways', () => {
  it('GIVEN the phone broken to cut off help, money or location held, whereabouts questioned THEN it is harm; care and mishaps are not', () => {
    routes.each(
      [
        'mi marido me estrello el movil para que no pidiera ayuda',
        'mi pareja me administra todo el sueldo y me da lo justo',
        'el weon me rastrea la ubicacion todo el dia',
        'mi viejo me pide explicaciones por que me tarde cinco minutos',
        'mi nieto me saca la plata de la pension cada mes',
        'mi nuera me esconde los medicamentos y me grita',
        'mi hijo me quita el baston para que no salga',
      ],
      'harm-from-others',
    );
    routes.each(
      [
        'se me rompio el cel y no pude llamar a nadie',
        'mi hija me administra la pension porque ya no veo bien y me ayuda mucho',
        'el doctor me pregunto por que me tarde en venir a consulta',
        'mi mama me esconde los dulces jaja',
      ],
      'none',
    );
  });
  it('GIVEN a threat named, a weapon shown in fights, someone lying in wait THEN it is harm; a ride home and a date are not', () => {
    routes.each(
      [
        'el cliente me amenazo con quemarme el carro si no le doy el servicio',
        'mi jeva saca el cuchillo cuando peleamos',
        'mi ex me dijo que me va a esperar a la salida del colegio',
        'un usuario me espero en el estacionamiento dos noches seguidas',
        'el papa de mis hijos esta esperando abajo y esta borracho, no quiero bajar',
      ],
      'harm-from-others',
    );
    routes.each(['te espero a la salida del cine a las 8', 'mi esposo me espera afuera de la clinica con el carro', 'la maestra me amenazo con reportarme si no entrego la tarea jaja'], 'none');
  });
  it('GIVEN an ex around the house, a key kept, touch or cornering at work, a relationship demanded under threat THEN it is harm; agreed visits, shifts and a sulk are not', () => {
    routes.each(
      [
        'mi exesposo ronda la casa de mi mama todas las noches',
        'mi expareja todavia tiene copia de la llave y encuentro cosas movidas',
        'el encargado me toca siempre que me quedo sola en la bodega',
        'mi padrastro le pega a mi hermana y a mi tambien',
        'el compañero de turno me grita y me acorrala en la oficina cuando estamos solos',
        'un cliente viene todos los dias preguntando por mi y ya me da miedo',
        'me escribe que si no vuelvo con el me voy a arrepentir',
        'mi esposo me mata si se entera que vine al grupo',
        'me mata si me separo',
      ],
      'harm-from-others',
    );
    routes.each(
      [
        'mi ex pasa por los ninos los sabados como quedamos en el juzgado',
        'me toca cubrir el turno cuando estamos solos en la oficina, es aburrido',
        'si no salgo con ella este finde se va a enojar jaja',
        'si no vuelvo con el gym me voy a poner gorda jaja',
        'quisiera no estar en la oficina hoy',
        'mi abuela me mata si no voy a la comida del domingo',
        'mi jefe me mata si llego tarde otra vez jaja',
      ],
      'none',
    );
  });
});
