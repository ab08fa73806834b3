/**
 * Spanish own risk said as a crash into a vehicle or a wall and as the rest of a supply taken, read since fresh batch 95
 * (Rioplatense and Mexico City; notation in ../../patterns.ts, joined in ../es.ts):
 * - a crash wanted, planned or thought of (suicidal-thoughts): "pienso meterme contra un camión", "me quiero estampar contra
 *   un poste", "tengo ganas de estrellarme contra un muro", "me voy a meter abajo de un bondi"; "me quiero meter abajo de la
 *   cama" and "me estampé contra la puerta de vidrio" name no vehicle wanted;
 * - the rest of a bottle or a box of pills to be taken (acting-now, as "me tomo todas"): "me tomo lo que queda del frasco de
 *   litio", "me voy a tragar el resto de las pastillas"; "me tomo lo que queda del mate" or "del vino" names no supply.
 * test/unit/domain/crisis/spanish-crash-and-the-rest-95.test.ts holds each beside its look-alikes.
 */
const crashInto = 'camion|camioneta|trailer|bondi|colectivo|micro|bus|tren|subte|poste|pared|pilar|arbol|muro|columna|puente|barranco|precipicio';
const underWheels = 'camion|trailer|bondi|colectivo|micro|bus|tren|subte';
const supply = 'frasco|blister|blisters|pastillas|pastis|pepas|litio|clona|clonas|clonazepam|rivotril|alplax|tafil|tramadol|antidepresivos';
export const crashAndTheRestTaken: Record<string, string[]> = {
  'suicidal-thoughts': [
    `pienso|quiero|queria|voy+a|tengo+ganas+de|me+dan+ganas+de|ganas+de|pensando+en|pienso+en me meter|estampar|estrellar|tirar|cruzar|incrustar contra _ un|una|el|la|algun|alguna? _ ${crashInto}`,
    `me quiero|queria|voy+a|dan+ganas+de meter|estampar|estrellar|tirar|cruzar|incrustar contra _ un|una|el|la|algun|alguna? _ ${crashInto}`,
    // Under a vehicle only when it moves at the writer ("meterme abajo de la camioneta a arreglar el escape" is a repair).
    `pienso|quiero|queria|voy+a|tengo+ganas+de|me+dan+ganas+de|ganas+de|pensando+en|pienso+en me meter|tirar|cruzar abajo+de|debajo+de|delante+de un|una|el|la _ ${underWheels}`,
    `me quiero|queria|voy+a|dan+ganas+de meter|tirar|cruzar abajo+de|debajo+de|delante+de un|una|el|la _ ${underWheels}`,
  ],
  'acting-now': [
    `me _ tomo|trago|tomar.yo|tragar.yo|voy+a+tomar|voy+a+tragar|tomar.nf|tragar.nf lo+que+queda|lo+que+quedan|el+resto|lo+que+sobra|lo+que+me+queda|lo+que+me+quedan _ del|de+la|de+las|de+los|de+mis _ ${supply}`,
  ],
};
