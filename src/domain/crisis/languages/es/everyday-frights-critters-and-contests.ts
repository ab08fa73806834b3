/**
 * Spanish everyday words that look like harm or a death, read after the seventy-seventh fresh batch (notation in
 * ../../patterns.ts; macros in ../es.ts). Joined to the Spanish frames by ./frames.ts and ./frames-asked.ts.
 */

/**
 * `frightGiven` (harmlessDeed, right after the blow's verb, read by ../../little-doer.ts): "pegar", "dar" or "sacar" a fright is to startle, not to hit ("mi abuelo me pega
 * cada susto", "la niña me sacó tremendo susto", "me dio un sustote el perro"). "me pega" with nothing after it stays a blow.
 */
export const frightGiven: string[] = ['pegar|dar|sacar|meter|pegaba|pegan|daba|sacaba _? un|unos|una|tremendo|tremendos|buen|buenos|cada|sus|semejante|tal|sendos susto|sustos|sustote|sustotes|sustazo|sustazos|sustito|espanto|espantos|sobresalto|sobresaltos'];

/**
 * `diedInAContest` (idiom, right after a dying): a team that "se murió" in a cup, a round or on penalties is out of it
 * ("el Madrid se murió desde octavos", "las Chivas murieron en cuartos otra vez", "nos morimos en penales"). A person's death
 * names no round, so "mi tío se murió en el hospital" stays.
 */
export const diedInAContest: string[] = ['en|desde la|los|el? champions|libertadores|sudamericana|concachampions|concacaf|liguilla|liga|clasico|cuartos|octavos|semis|semifinal|semifinales|mundial|eurocopa|penales|penaltis|repechaje|playoffs|torneo|clausura|apertura'];

/**
 * `penaltyKick` (media): a penalty is football only when kicked, missed, saved or called ("falló el penal", "nos pitaron un penal",
 * "los penales"); "el penal" alone is also the prison ("mi primo intentó ahorcarse en el penal", "lo mataron en el penal de
 * Apodaca"), which no game explains.
 */
export const penaltyKick: string[] = ['penales|penalti|penaltis|penaltito', 'tiro|tira|tiran|tiraron|tirar|fallo|falla|fallan|fallaron|fallar|cobro|cobra|cobran|cobrar|cobraron|pitaron|pitan|pito|pitar|marco|marca|marcaron|atajo|atajar|ataja|otro|tremendo|ultimo _? penal'];

/**
 * `threatOfATreat` (idiom, right after "amenazó con"): a relative "threatening" to sing, cook or bring their karaoke is a
 * joke about a treat ("mi compadre amenazó con poner cumbias toda la noche", "mi tía amenaza con cantar en la boda", "mi
 * abuela amenazó con hacer su famoso pozole"). Only a performance or a dish: "amenazó con traer su pistola", "amenazó con venir a mi
 * casa" or "amenazó con subir fotos" stay threats.
 */
export const threatOfATreat: string[] = [
  'con cantar*|bailar*|cocinar*|hornear*|guisar*|karaoke',
  'con traer*|llevar*|poner*|hacer*|sacar* _? su|sus|el|la|los|las|un|una|otra|otro|otra+vez? famoso|famosa|famosos|famosas? karaoke|guitarra|acordeon|bocina|bocinas|musica|playlist|mariachi|banda|tamales|pozole|mole|pastel|ensalada|ponche|rompope|chistes|disfraz|pinata|villancicos|canciones|discos|cumbias|rancheras|baile|bailes',
];

/**
 * `critterAsDoer` (harmlessDeed, right before the act, read by ../../little-doer.ts): an animal that follows, bites or keeps the writer up is no person's
 * harm ("el perro de la vecina me persigue cuando voy por el pan", "el gallo de la vecina no me deja dormir", "los zancudos no me
 * dejan dormir"). "el perro de mi ex", "la rata de mi jefe" are the insult said of a person, so a dog, a rat or a pig counts
 * only with a neighbour or a street as its owner; a sexual assault is never cleared by a doer (read-sentence.ts).
 */
const critters = 'gallo|gallos|gallina|gallinas|guajolote|guajolotes|pajaro|pajaros|pajarito|pajaritos|paloma|palomas|zancudo|zancudos|mosquito|mosquitos|mosco|moscos|mosca|moscas|abeja|abejas|avispa|avispas|hormiga|hormigas|cucaracha|cucarachas|raton|ratones|alacran|alacranes|arana|aranas|loro|loros|perico|pericos|cotorro|cotorra|guacamaya|chivo|chivos|cabra|cabras|pato|patos|ganso|gansos|mapache|mapaches|tlacuache|ardilla|ardillas|caballo|caballos|yegua|conejo|hamster|tortuga|pitbull|chihuahua|chucho|chuchos|michi|michis|mascota|mascotas';
const insultsToo = 'perro|perra|perros|perras|perrote|perrotes|gato|gatos|rata|ratas|marrano|marranos|puerco|puercos';
const dets = 'el|la|los|las|mi|mis|un|una|unos|unas|su|sus|tu|tus|estos|esos|estas|esas|ese|esa|este|esta';
export const critterAsDoer: string[] = [
  `${dets} ${critters}`,
  `${dets} ${critters}|${insultsToo} del|de+la|de+los|de+las|de+mi|de+mis vecino|vecina|vecinos|vecinas|calle|esquina|cuadra|colonia|barrio|rancho|patio|edificio|parque|privada|fraccionamiento`,
  `${dets} ${critters}|${insultsToo} de+al+lado|de+enfrente|de+junto|callejero|callejeros|callejera|callejeras`,
];
