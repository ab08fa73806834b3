/**
 * Spanish own risk as it is typed in chat (branch t-quiet-es; notation in ../../patterns.ts, macros in ../es.ts).
 *
 * Pills taken with how many or how much, said loosely after the taking: "ya tomé como 20 de las de mi tía", "me tomé las
 * de dormir de mi abuelo, todas", "me tragué el frasco de sertralina entero", "acabo de tomarme las pastillas de mi papá como
 * 40"; and the body feeling it, which counts only beside what was taken ("ya me siento mareada"). The day's pill told as
 * routine stays quiet (everyday-routines-and-idioms.ts), and so does "me tomé como 20 minutos en llegar".
 *
 * Passive wishes: God asked not to let the writer wake ("le rezo a Dios que no me deje despertar"), being dead preferred
 * ("prefiero estar muerto que..."), wanting to stop existing or breathing, no reasons left to stay alive, an accident wished
 * on oneself ("ojalá me atropelle un camión"), being one too many in the world, one's time here served.
 */
const taken = 'tome|trague|trage|bebi|meti|tomado|tragado|me+tome|me+trague|me+he+tomado|he+tomado|he+tragado|acabo+de+me+tomar|acabo+de+tomar|acabo+de+me+tragar|acabe+de+me+tomar';
const drugs = '@pastillas|pastis|pastias|pastiyas|de+dormir|litio|sertralina|fluoxetina|quetiapina|seroquel|clozapina|pregabalina|gabapentina|amitriptilina|metformina';
const dios = 'dios|diosito|la+virgen|virgencita|al+senor|jesus|el+de+arriba';

export const wishesAndDosesInChat: Record<string, string[]> = {
  'acting-now': [
    // A count after the taking: "ya tomé como 20 de las de la presión", "me tomé unas 30 de mi mamá".
    `${taken} como|unas|unos|casi|mas+de @cuantas de _ las|los|mis|sus|esas|esos|mi|su`,
    // A count after the pills: "acabo de tomarme las pastillas de mi mamá como 30".
    `${taken} _ las|los|mis|sus|unas _ ${drugs} __ como|unas|casi|mas+de @cuantas`,
    // All of them, told after a comma: "me tomé las de dormir de mi abuela, todas".
    `${taken} _ las|los|mis|sus|unas _ ${drugs} __ ,? todas|todos|todititas|toditas|completas`,
    // The whole bottle or box: "me tragué el frasco de litio entero", "me tomé toda la caja de sertralina".
    `${taken} _ el|un|la|una frasco|bote|blister|caja|tira de|del? las|los|mis? ${drugs} _ completo|completa|entero|entera`,
    `${taken} _ el|un frasco|bote|blister completo|entero`,
    `${taken} _ todo+el|toda+la frasco|bote|blister|caja|tira de ${drugs}`,
  ],
  present: [
    // The body feeling what was taken: "ya me siento mareada", "ya siento todo raro" (a hint: only beside a taking or a means).
    'ya _ me? _ siento|estoy|empiezo+a+sentir _ mareado|mareada|mariado|mariada|raro|rara|todo+raro|adormilado|adormilada|dormido|dormida|pesado|pesada',
  ],
  'wish-dead': [
    // God asked not to let the writer wake: "le rezo a Dios que no me deje despertar", "le pido a Diosito que no me despierte".
    `pido|pedi|pedia|rezo|ruego|suplico _ a _ ${dios} __ que _ no _ me _ despierte|despiertes|amanezca|despertar`,
    `pido|pedi|pedia|rezo|ruego|suplico _ a _ ${dios} __ que _ no _ me _ deje|dejes despertar|amanecer`,
    // Being dead preferred: "prefiero estar muerta que seguir así", "preferiría estar bajo tierra".
    'prefiero|preferiria|preferiera _ estar|estar+ya _ muerta|muerto|muertx|bajo+tierra|en+el+panteon|en+el+cementerio',
    // To stop existing or breathing: "quisiera dejar de existir", "sería mejor dejar de respirar y ya".
    'quisiera|quiero|quiera|ojala+pudiera|mejor|seria+mejor|gustaria _ dejar _ de _ existir|respirar',
    // No reasons left: "me cuesta encontrar razones para seguir vivo", "ya no encuentro motivos para seguir viviendo".
    'cuesta+encontrar|no+encuentro|no+tengo|ya+no+tengo|no+veo|sin|ninguna|ningun _ razones|razon|motivos|motivo _ para _ seguir|estar _ vivo|viva|viviendo|vivir|respirando',
    'razones|razon|motivos|motivo _ para _ vivir',
    // An accident wished on oneself: "ojalá me atropelle un camión", "ojalá un accidente me saque de aquí".
    'ojala|quisiera+que|a+ver+si _ un|una _ accidente|carro|camion|bala|bus|rayo|infarto __ me _ saque|lleve|llevara|sacara|mate|matara|atropelle|atropellara|agarre|agarrara',
    'ojala|quisiera+que|a+ver+si _ me _ atropelle|atropellara|agarre+una+bala|agarrara+una+bala|caiga+un+rayo|cayera+un+rayo|de+un+infarto|diera+un+infarto',
    // One too many in the world: "estoy de más en este mundo", "siento que sobro en esta vida".
    'estoy|estar|siento+que+estoy de+mas _ en _ este|esta|el|la _ mundo|vida|planeta|tierra',
    // One's time here served: "ya cumplí mi tiempo aquí", "ya cumplí mi misión en este mundo".
    'cumpli mi _ tiempo|mision aqui|en+este+mundo|en+la+tierra|en+esta+vida',
  ],
};
