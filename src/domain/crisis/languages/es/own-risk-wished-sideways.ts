/**
 * Spanish wishes to be dead told sideways, read since the fifty-eighth fresh batch (notation in ../../patterns.ts; joined in ../es.ts).
 * Each names the writer's own ending without the word "morir":
 *
 * - hit by a vehicle and "it would not be so bad" ("si me agarra un bondi no estaría tan mal", "si me pisa un camión, pues ni
 *   modo"): a wish, not harm from others (the vehicle is no person). "casi me agarra un bondi, qué susto" names no such weighing.
 * - envy of one who died and now rests ("me da envidia el compa que falleció, él ya descansó, yo sigo aquí"): the writer's wish,
 *   not the other's crisis. "ya descansó" alone is mourning and stays with the other.
 * - wishing to be in the place of the one dying or dead ("ojalá fuera yo el de la camilla", "quisiera estar yo en ese cajón").
 * - a future denied to the writer ("pa qué ahorro si no voy a llegar", "no hay un después pa mí", "no me veo llegando a viejo").
 * - a place where nothing would hurt any more ("ahí ya no dolería nada"): "ya no me duele nada" (healing) names no "ahí".
 */
const vehicle = 'bondi|colectivo|micro|guagua|camion|camioncito|bus|carro|auto|coche|tren|metro|trailer|trailero|rastra|moto|combi|chiva|buseta|trufi|troca|mula';
export const ownRiskWishedSideways: Record<string, string[]> = {
  'wish-dead': [
    `si _ me _ agarra|agarrara|pisa|pisara|lleva|llevara|choca|chocara|arrolla|arrollara|lleva+puesto|llevara+puesto|pasa+por+encima _ un|una|el|la _ ${vehicle} ,? no _ seria|estaria _ tan+mal|tan+malo|mala+idea|lo+peor`,
    `si _ me _ agarra|agarrara|pisa|pisara|lleva|llevara|choca|chocara|arrolla|arrollara|lleva+puesto|llevara+puesto _ un|una|el|la _ ${vehicle} ,? pues? _ ni+modo|mejor|que+mas+da|me+da+igual|me+daria+igual|seria+un+alivio|descansaria`,
    // Envy of one who died and now rests, with the writer still here.
    'envidia|envidio _ __ fallecio|murio|se+fue|descanso|descansa|se+murio',
    'ya _ descanso|descansa|se+fue|esta+en+paz ,? y? _ yo _ sigo|aun+sigo|todavia+sigo|aqui+sigo|aca+sigo|sigo+aca|sigo+aqui',
    // In the place of the one dying or dead.
    'ojala|quisiera|desearia _ fuera|fuese|estuviera|estuviese|estar|ser _ yo _ el|la|en _ de+la|del|ese|esa|el|la? _ camilla|cajon|ataud|urna|caja|velorio|funeral|lugar+del+muerto|lugar+de+la+muerta',
    // Somewhere nothing would hurt any more.
    'ahi|alli|alla|ahi+abajo _ ya? no _ doleria|dolería|dolera|sentiria|sufriria _ nada|mas',
  ],
  hopelessness: [
    // A future denied to the writer: old age, retirement, an "after".
    'si|total|igual _ no _ voy+a|pienso _ llegar|durar _ a? _ viejo|vieja|los+40|los+50|jubilarme|jubilacion|la+jubilacion',
    'ahorro|ahorrar|ahorrando _ pa|para _ la? _ jubilacion|vejez|retiro|futuro _ si _ no _ voy+a|pienso _ llegar|estar|durar',
    'no _ hay|tengo|existe _ un? _ despues|manana|futuro _ pa|para _ mi',
  ],
};
