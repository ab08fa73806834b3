/**
 * Spanish harm from others: someone who comes into the writer's bed or room while they sleep, or touches them asleep
 * (notation in ../../patterns.ts; macros in ../es.ts): "el roomie se mete a mi cuarto en la noche", "mi padrastro se me
 * sube a la cama", "me toca cuando estoy dormida", "se acuesta conmigo aunque le digo que no".
 *
 * Only an adult named as the one who comes in, or the writer's refusal said: a child or a pet in the bed ("mi hijo se
 * mete a mi cama cuando tiene pesadillas", "el gato se me sube a la cama") is a night at home.
 */
const adult =
  'companero|companera|roomie|roommate|casero|casera|padrastro|tio|primo|cunado|suegro|jefe|patron|vecino|inquilino|huesped|el+novio+de+mi+mama|el+esposo+de+mi+mama|el+marido+de+mi+mama';
const inBed = 'en|a _ mi|la|mis _ cama|cuarto|recamara|habitacion|pieza|sabanas|colchon';
const refused = 'le _ dije|digo|he+dicho|pedi|pido _ que _ no|pare|se+salga|se+vaya';

export const harmIntrudedInSleep: Record<string, string[]> = {
  'sexual-assault': [
    // "el compa de piso se mete a mi cuarto en la noche", "mi padrastro se me sube a la cama".
    `${adult} __ se _ me? _ mete|metio|meta|sube|subio|acuesta|acosto _ ${inBed}`,
    // The refusal said: "se mete en mi cama y ya le dije que no", "se me acuesta al lado aunque le pido que pare".
    `se _ me? _ mete|metio|sube|subio|acuesta|acosto _ ${inBed} __ ${refused}`,
    `se _ me? _ mete|metio|sube|subio|acuesta|acosto _ ${inBed} __ sin+permiso|sin+que+yo+quiera|aunque+no+quiero`,
    // Lying down beside the writer against their word: "se me acuesta al lado aunque le pido que pare".
    `se _ me? _ acuesta|acosto|arrima|arrimo _ al+lado|a+mi+lado|junto+a+mi|conmigo __ ${refused}`,
    // Touched asleep: "me toca cuando estoy dormida", "me manoseaba mientras dormía".
    'me toca|tocaba|toco|manosea|manoseaba|manoseo|soba|sobaba _ cuando|mientras _ duermo|dormia|estoy+dormida|estoy+dormido|estaba+dormida|estaba+dormido',
  ],
};
