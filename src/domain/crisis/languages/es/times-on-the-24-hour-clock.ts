/**
 * Times said on the 24-hour clock, as the Southern Cone writes them in chat, read since fresh batch 95 (notation in
 * ../../patterns.ts, joined in ../es.ts): "a las 23 me voy", "a las 22 hs", "a las 00", "a la 01". A time is only a hint:
 * beside letters, a means or own risk it is urgent ("escribí una carta pa cada uno. a las 23 me voy"), alone it is a plan
 * ("a las 14 tengo turno con el médico"). A ride's last departure at an hour is a timetable (`lastRideAtAnHour`, idiom right
 * after "el último tren"): "pillo el último tren a las 23:40" is no finality, on either clock.
 */
export const timesOnThe24HourClock: Record<string, string[]> = {
  timing: ['a las|la 00|01|13|14|15|16|17|18|19|20|21|22|23|24|0|12hs|13hs|14hs|15hs|16hs|17hs|18hs|19hs|20hs|21hs|22hs|23hs|00hs'],
};

export const lastRideAtAnHour: string[] = ['tren|bondi|colectivo|subte|metro|micro|bus|autobus|camion|vuelo|avion|ferry|combi a+las|de+las|que+sale+a+las|sale+a+las|que+pasa+a+las'];
