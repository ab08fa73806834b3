/**
 * Spanish imminent risk told through things handed out and others left to understand later, read since fresh batch 92
 * (Central American Spanish; notation in ../../patterns.ts, joined in ../es.ts, weighed by ../../hint-weights.ts). Each is a
 * hint, quiet alone, urgent beside another:
 * - belongings handed to named people (preparation-hint, settling, so a birthday's "hoy" beside it stays quiet): "le di mi
 *   guitarra al Kevin", "les dejé la chumpa y la bici"; alone a lent jacket or a gift ("regalé" is read in own-risk-said-softly.ts);
 * - others who will only understand later (unknowing-hint, weighed as an absence): "mañana lo van a entender", "después
 *   van a entender por qué", "no saben por qué se las di"; alone a lesson ("ya lo vas a entender cuando seas mamá") stays quiet
 *   because it needs another sign;
 * - love sent to the family in a message (goodbye-hint, weak): "le mandé audio a mi mamá que la quiero mucho";
 * - a child placed with a relative (preparation-hint, settling): "mi cipote se queda con mi prima"; alone a weekend away.
 * test/unit/domain/crisis/spanish-handed-out-and-reasons-gone-92.test.ts holds each beside its look-alikes.
 */
const things =
  'guitarra|chumpa|chamarra|chaqueta|campera|sueter|bici|bicicleta|tenis|consola|play|cadena|reloj|tele|bocina|compu|laptop|gorra|botas|herramientas|anillo|rosario|celular|cel|moto|carro|perro|gato';
const kids = 'cipote|cipota|cipotes|chamaco|chamaca|chamacos|bicho|bicha|bichos|nino|nina|ninos|hijo|hija|hijos|chavo|chava|plebe|plebes|chigüin|chiguin|chiguines';
const kin = 'prima|primo|tia|tio|abuela|abuelo|hermana|hermano|mama|mami|suegra|madrina|padrino|cunada|comadre';

export const imminentHandedOutAndUnderstood: Record<string, string[]> = {
  'preparation-hint': [
    // Belongings handed to someone named: "le di mi guitarra al Kevin", "les dejé la chumpa y los tenis".
    `le|les _ di|deje|pase|encargue _ mi|mis|la|el|los|las _ ${things} _ al|a|a+la|a+los`,
    // A child placed with a relative: "mi cipote se queda con mi prima".
    `mi|mis _ ${kids} _ se _ queda|quedan|quedara|quedaran|va+a+quedar|van+a+quedar _ con _ mi|su _ ${kin}`,
  ],
  'unknowing-hint': [
    // Others left to understand later: "mañana lo van a entender", "después entenderán".
    'manana|despues|luego|pronto|algun+dia|un+dia _ lo|me|todo? _ van+a|vas+a|va+a _ entender|comprender',
    'manana|despues|luego|pronto|algun+dia|un+dia _ lo|me? _ entenderan|entendera|entenderas|comprenderan',
    // Not knowing why things were given: "no saben por qué se los di", "sin que sepan por qué".
    'no _ saben|sabe|sospechan|sospecha _ por+que _ se _ lo|la|los|las _ di|regale|deje',
    'sin _ que _ sepan|sepa _ por+que|para+que|que+es+despedida|que+es+la+ultima',
  ],
  'goodbye-hint': [
    // Love sent to the family in a message: "le mandé audio a mi mamá que la quiero mucho".
    'mande|envie|deje _ un? _ audio|mensaje|wasap|whatsapp|nota|video _ a _ mi|mis _ mama|mami|papa|familia|hijos|hija|hijo|vieja|jefa|abuela|hermana|hermano __ que _ la|lo|los|las _ quiero|amo',
  ],
};
