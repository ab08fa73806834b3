import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns alone, so each family is proven by languages/es/imminent-calm-after-settling.ts and calm-at-a-place.ts, not by
// the learned opinion. Every line is written for the test, in Spain's, Argentina's and Uruguay's wording.
const routes = routesBy(patternRouteOf);

describe('the crisis screen reads Spanish imminent risk told through the quiet after settling things', () => {
  it('GIVEN debts paid or the burial paid beside a strange calm or payments no longer needed THEN it is imminent', () => {
    routes.each(
      [
        'salde las deudas con mi hermano y con el banco. me noto raramente tranquila',
        'ya pague las deudas y regale la moto. siento una paz rara',
        'el sepelio ya esta pago, lo fui pagando en cuotas. el mes que viene ya no va a hacer falta seguir pagando nada',
        'deje pagada la cocheria y la parcela. estoy extranamente en paz',
      ],
      'imminent',
    );
  });
  it('GIVEN a debt paid, a calm or a funeral plan told alone or as everyday relief THEN it stays quiet', () => {
    routes.each(
      [
        'ya pague las deudas de la tarjeta, que alivio',
        'me siento en paz despues de la meditacion del grupo',
        'termine de pagar el auto, ya no va a hacer falta seguir pagando la cuota',
        'mi abuela dejo pago su sepelio hace anos, es muy previsora',
      ],
      'none',
    );
  });
  it('GIVEN the writer by the water looking at it, calm, with a goodbye THEN it is imminent', () => {
    routes.each(
      [
        'estoy en la escollera mirando el mar, re tranquila. chau a todos',
        'sentado en el muelle viendo el agua. los quiero mucho',
        'aca en la rambla mirando el rio, todo tranquilo. adios chiquilines',
        'parada en el acantilado mirando el fondo. gracias por todo',
      ],
      'imminent',
    );
  });
  it('GIVEN a walk by the water told as a day out THEN it stays quiet', () => {
    routes.each(
      [
        'estoy en la rambla mirando el mar, re tranquila, despues voy a comer con los chicos',
        'sentada en el muelle mirando el agua con mate, que lindo dia',
        'estoy en el puerto mirando el agua, esperando el ferry a colonia',
      ],
      'none',
    );
  });
  it('GIVEN the house to oneself named as the moment beside a time THEN it is imminent', () => {
    routes.each(
      [
        'mis viejos se van el sabado y ya se lo que voy a hacer con la casa sola',
        'el finde me quedo con el piso vacio y ya tengo claro lo que voy a hacer',
        'cuando me quede sola esta noche ya se lo que voy a hacer',
        'mi companero se va manana y ya se lo que hare con el depa solo',
      ],
      'imminent',
    );
  });
  it('GIVEN plans for an empty house named as a party or rest THEN it stays quiet', () => {
    routes.each(['ya se lo que voy a hacer este finde: dormir todo el dia', 'con la casa sola el sabado hacemos la previa', 'cuando me quede sola en casa pido pizza'], 'none');
  });
});

describe('the crisis screen keeps Spanish team talk about farewells and protocols quiet', () => {
  it('GIVEN a farewell letter for one person the team serves who moves or retires THEN it stays quiet', () => {
    routes.each(
      [
        'hicimos una carta de despedida para el participante que se muda a Salto',
        'le escribimos una carta de despedida a la usuaria que se va a otra ciudad',
        'carta de despedida para la residente que se jubila, firmen todos',
      ],
      'none',
    );
  });
  it('GIVEN a farewell letter of the writer for family THEN it stays imminent', () => {
    routes.each(['ya escribi la carta de despedida para mi hija', 'deje una carta de despedida para mi vieja en la mesa de luz', 'tengo la carta de despedida para mis hermanos, esta noche', 'escribi cartas de despedida para todos ustedes'], 'imminent');
  });
  it('GIVEN a protocol or guide named with its state before its topic THEN it stays quiet, and own thoughts after it do not', () => {
    routes.each(['alguien tiene la guia nueva de riesgo suicida?', 'pasenme el protocolo vigente sobre autolesiones', 'el manual interno de conducta suicida esta en el drive'], 'none');
    routes.each(['el protocolo nuevo de riesgo suicida me tiene pensando en matarme', 'desde que lei la guia vigente sobre autolesiones tengo ganas de cortarme', 'tengo ideacion suicida y el protocolo actualizado no me ayuda', 'pienso en suicidarme todos los dias, ni el protocolo nuevo me sirve'], 'possible');
  });
});
