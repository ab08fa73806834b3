/**
 * Spanish everyday talk that borrows the words of risk (branch t-es68; notation in ../../patterns.ts), each a frame read by
 * read-sentence.ts or everyday-frames.ts:
 *
 * `doseGivenInCare` (everyday, near a means): pills given to someone as their own medicine ("a la perrita le dieron sus
 * pastillas", "le doy su jarabe a mi abuela a las 8"). The giving names the one cared for and their dose; a whole supply
 * ("le di todas sus pastillas") is never a dose given, and "se tomó sus pastillas" names no giving.
 * `dyingOverAPurchase` (idiom, opening on the dying's last word): a child or a teen who "se muere si no le compro los tenis",
 * dying over something the writer buys, gives or allows them. Only dying: "se va a matar si no le compro…" names no idiom and stays.
 * `givingOutgrown` (idiom, opening on the giving's last word, so it explains only the giving): things given away because they
 * are outgrown or to a charity ("regalé toda mi ropa vieja", "regalé los juguetes a la beneficencia"); "regalé todas mis cosas,
 * ya no las voy a necesitar" names neither, and a going beside the giving keeps its own route ("regalé mi ropa vieja, mañana ya
 * no voy a estar"). A fresh start is no such frame: "regalé mis cosas para empezar de cero, mañana ya no voy a estar" stays.
 */

const medicine = '@pastillas|pastilla|pastillita|pastillitas|medicina|medicinas|gotas|jarabe|dosis|inyeccion|antibiotico|desparasitante|insulina';
const give = 'dieron|di|dimos|doy|damos|dio|da|dan|toca+dar|tocaba+dar|puso|pusieron|pongo|ponemos';

export const doseGivenInCare: string[] = [
  // "le dieron sus pastillas", "les doy su medicina": a dose given to someone, their own.
  `le|les|la|lo ${give} _ su|sus ${medicine}`,
  // "a mi perrita le toca su pastilla": a pet's or a child's dose named as theirs.
  `perrita|perrito|perra|perro|gatita|gatito|gata|gato|mascota|michi|lomito|cachorro|cachorra __ ,? __ le|les _ ${give}|toca|tocan _ su|sus? _ ${medicine}`,
];

const buy = 'compro|compramos|compra|compran|regalo|regalamos|regala|regalan|doy|damos|da|dan|dejo|dejamos|deja|dejan|presto|prestamos|pago|pagamos|llevo|llevamos|traigo';

export const dyingOverAPurchase: string[] = [
  // "dijo que se iba a morir si no le compro los tenis", "se muere si no la dejo ir al concierto".
  `morir|morirse|muere|muero|moria|morira|moriria si no le|les|la|lo ${buy}`,
];

export const givingOutgrown: string[] = [
  // Outgrown or no longer used, named on the thing given: "regalé toda mi ropa vieja", "los juguetes que ya no usan".
  'ropa|cosas|juguetes|zapatos|tenis|libros|muebles|trastes|cobijas _ vieja|viejas|viejos|usada|usadas|usados|que+ya+no+me+queda|que+ya+no+les+queda|que+ya+no+uso|que+ya+no+usan|que+ya+no+usaba',
  // Given to a charity or a drive right after the giving: "regalé la ropa a la beneficencia", "a la venta de garaje".
  'a|al|para|pa _ la|el? _ beneficencia|caridad|venta+de+garaje|venta+de+cochera|cruz+roja|ejercito+de+salvacion|centro+de+acopio|colecta|bazar+de+la+iglesia',
];
