/**
 * Spanish own risk read since the ninety-ninth fresh batch (Cuba, Spain and older Mexican speakers; notation in
 * ../../patterns.ts, joined by ../es.ts):
 * - shut in a car in a garage with the engine on: "estoy encerrao en el coche en el garaje con el motor encendío" ("dejé el
 *   coche en el garaje con el motor encendido para que se calentara" names no one shut in and stays);
 * - a bottle drunk with pills: "me acabo de beber media botella con las pastillas del sueño" (a nightly dose named alone
 *   stays the day's dose; a bottle carried or bought with the pills, "compré una botella de vino y las pastillas", is no drinking);
 * - Spain's goodbye to many: "perdonadme", "perdonadnos" beside a place or another sign;
 * - blows against a wall until the body shows it: "me di contra la pared hasta que se me hincharon los nudillos" ("me di
 *   contra la puerta sin querer" has no "hasta") ;
 * - an arm full of marks or cuts of one's own: "tengo el brazo lleno de marcas de esta semana" (marks need their time or
 *   blade: "lleno de marcas del gato" stays);
 * - a thought said as serious: "pienso en tirarme y lo pienso de verdad";
 * - a burden said in the general "you": "de esos días en los que piensas que sobras en el mundo";
 * - a wish kept up for days ("llevo días queriendo desaparecer");
 * - an accident fantasised or a harm let be: "fantaseo con tener un accidente", "si me pasara algo me daría igual".
 */
const pillsWord = 'pastillas|pastis|pildoras|calmantes|somniferos|ansioliticos|orfidales|lorazepam|diazepam|trankimazin|rivotril|clonazepam|tranquilizantes|lexatin|valium';
const bottle = 'botella|litro|caguama|petaca|garrafa';
const limb = 'brazo|brazos|munecas|muneca|piernas|pierna|muslos|muslo|barriga|tripa';
const freshMarks = 'marcas|rayas|heridas _ recientes|nuevas|frescas|de+esta+semana|de+estos+dias|de+ayer|de+anoche|de+cuchilla|de+la+cuchilla|que+me+hago|que+me+he+hecho';

export const ownRiskSaidInSpainAndCuba: Record<string, string[]> = {
  'acting-now': [
    'encerrado|encerrada|encerrao|encerra|metido|metida|dentro|sentado|sentada __ coche|carro|auto __ garaje|cochera __ motor _ encendido|encendio|prendido|en+marcha|arrancado',
    `bebi|bebido|beber|bebo|tome|tomado|trague|tragado|bajado|baje|acabado|acabe|metido|meti _ media|una|toda|entera _ ${bottle} _ de? _ vino|ron|tequila|vodka|whisky|alcohol|licor|aguardiente|ginebra|cerveza? ,? con|junto+con|encima+de _ ${pillsWord} del+sueno|de+dormir|para+dormir|pa+dormir?`,
  ],
  'goodbye-hint': ['perdonadme|perdonadnos|perdoneme|perdonenos'],
  'self-harm': [
    'di|doy|daba|pego|pegue|golpee|golpeo|golpeaba _ contra|a|en _ la|el _ pared|muro|puerta|espejo __ hasta _ que? _ se+me|me _ hincharon|hinchan|sangraron|sangran|rompi|rompieron|abri|abrieron|reventaron',
    'di|doy|daba|pego|pegue|golpee|golpeo|golpeaba _ contra|a|en _ la|el _ pared|muro|puerta|espejo __ hasta _ sangrar|me+sangrar|me+hacer+dano|me+romper|me+hinchar',
    `tengo|traigo|llevo _ el|los|las|la _ ${limb} _ lleno|llenos|llena|llenas _ de _ cortes|cortadas|cortaditas|cicatrices+nuevas`,
    `tengo|traigo|llevo _ el|los|las|la _ ${limb} _ lleno|llenos|llena|llenas _ de _ ${freshMarks}`,
  ],
  'suicidal-thoughts': [
    'pienso|pensaba|pensando|penso en me tirar|aventar|lanzar|matar|colgar y _ lo _ pienso|digo|pensaba|digo _ de+verdad|en+serio',
    'fantaseo|fantaseaba|fantaseando|fantasear|sueno+con|imagino _ con? _ tener|que+me+pase|sufrir|que+me+de _ un _ accidente|choque|infarto',
  ],
  // Said of oneself in the general "you": "de esos días en los que piensas que sobras en el mundo".
  burden: [
    'dias|noches|momentos|rachas|epocas _ que _ piensas|sientes|crees|notas _ que? _ sobras|estorbas|no+vales+nada|no+importas|eres+un+estorbo|eres+una+carga|nadie+te+echaria+de+menos',
  ],
  'wish-dead': [
    // A wish kept up for days: "llevo días queriendo desaparecer", "ando queriendo no despertar".
    'llevo|llevaba|ando|andaba|sigo _ queriendo|deseando _ desaparecer|me+morir|morir|no+despertar|no+existir|dejar+de+existir|no+estar',
    'si _ me _ pasara|pasase|pasa|atropellan|atropellaran|atropellara|muriera|muero _ algo? __ me _ daria|daba|da _ igual|lo+mismo|exactamente+igual',
  ],
};
