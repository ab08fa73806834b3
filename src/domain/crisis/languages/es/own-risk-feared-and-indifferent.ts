/**
 * Spanish own risk said through fear of oneself, indifference to living, a jump only thought of and a poison taken with
 * no "me", read since fresh batch 95 (Rioplatense, Mexico City, Venezuelan; notation in ../../patterns.ts, joined in ../es.ts):
 * - indifference to living or dying (wish-dead): "me da igual vivir o morir", "me da lo mismo si vivo o me muero", "me chupa
 *   un huevo si vivo o muero"; "me da igual ir o quedarme" names no life;
 * - fear of oneself or of one's own thoughts tonight (suicidal-thoughts): "tengo miedo de mí misma esta noche", "no confío
 *   en mí misma esta noche", "me da miedo lo que pueda hacerme", the things that cross the mind when feared; "tengo miedo de
 *   mi jefe", "se me cruzan ideas para el negocio" and "no confío en mí para cocinar" name no self in danger;
 * - a jump or a hanging thought of, even when the writer says they do nothing (suicidal-thoughts): "pienso en tirarme",
 *   "pensando en colgarme", "miro el balcón y pienso en tirarme" (a height looked at now); "pienso en tirarme a la pileta" is a swim;
 * - tired of living, or a bus that would not bother the writer (wish-dead): "re podrida de vivir", "si me pisa un bondi no me
 *   molestaría"; a burden to the team or the family, or better off without the writer (burden): "soy una carga pa todo el
 *   equipo", "sin mí estarían mejor";
 * - a poison taken in the first person without "me" (acting-now): "tomé veneno pa ratas", "tragué raticida"; "tomé agua"
 *   names no poison.
 * test/unit/domain/crisis/spanish-feared-and-indifferent-95.test.ts holds each beside its look-alikes.
 */
const vehicle = 'bondi|colectivo|micro|guagua|camion|bus|carro|auto|coche|tren|subte|metro|trailer|moto|combi|buseta|troca';
const poison = 'veneno|raticida|matarratas|gramoxone|paraquat|herbicida|plaguicida|insecticida|cloro|lavandina|lejia|anticongelante|soda+caustica';
export const ownRiskFearedAndIndifferent: Record<string, string[]> = {
  'wish-dead': [
    'me _ da|chupa|vale _ igual|lo+mismo|un+huevo|un+pepino|un+carajo|tres+pedos|madre|verga ,? si? _ vivir|vivo|sigo+vivo|sigo+viva o _ me? morir|muero|muera|mori',
    'vivir|vivo o _ me? morir|muero|muera ,? me _ da|chupa|vale|es _ igual|lo+mismo|un+huevo|un+pepino|un+carajo|madre',
    'me importa|interesa _ si _ vivo|sigo+vivo|sigo+viva _ o _ no|me+muero|muero',
    // Tired of living said in the Southern Cone: "estoy re podrida de vivir", "reventado de existir".
    'podrido|podrida|reventado|reventada|quemado|quemada|re+podrida|re+podrido de vivir|la+vida|existir|estar+vivo|estar+viva',
    // Run over and it would not bother the writer: "si me pisa un bondi mañana no me molestaría" ("casi me pisa un bondi" weighs nothing).
    `si _ me _ agarra|agarrara|pisa|pisara|lleva+puesto|llevara+puesto|atropella|atropellara|choca|chocara _ un|una|el|la _ ${vehicle} __ no _ me _ molestaria|importaria|quejaria|afectaria|joderia|dolería|doleria`,
  ],
  'suicidal-thoughts': [
    // Fear of oneself: "tengo miedo de mí misma"; "tengo miedo de mi jefe" names another.
    'tengo|me+da|siento _ miedo|panico|terror de mi+mismo|mi+misma',
    'me _ da|tengo _ miedo|panico|terror _ de? _ lo+que _ pueda|podria|puedo|vaya+a _ hacer+me|me+hacer|hacerme|hacer _ si? _ me+quedo|estoy|quedo _ sola|solo',
    'miedo|panico|terror|asusta|asustan __ cosas|ideas|pensamientos _ que _ se+me+cruzan|se+me+pasan|se+me+vienen|me+pasan _ por|a _ la _ cabeza|mente|bocho|coco',
    'no confio|me+fio en? mi+mismo|mi+misma|mi+misma+esta+noche|mi+mismo+esta+noche|mi+esta+noche|mi+hoy|mi+ahora|mi+ahorita|mi+sola|mi+solo',
    // A jump or a hanging thought of: "pienso en colgarme"; a jump only with a height seen or nothing after it but a comma
    // ("pienso en tirarme a la pileta" is a swim).
    'pienso|pense|pensando|penso|pensaba en me colgar|matar|ahorcar|suicidar',
    'miro|veo|mirando|viendo|me+asomo|asomada|asomado _ el|la|al|a+la|las|por+la|por+el _ balcon|ventana|terraza|azotea|puente|vias|techo y? pienso en me tirar',
    'pienso|pense|pensando|penso|pensaba en me tirar ,? nada+mas|solo|y+ya|y+listo|y+terminar|y+acabar|de+una|pero',
  ],
  burden: [
    // A burden to a team or a family, read past "para todo el equipo" (a card for the team is an idiom, everyday-roads-teams-and-tapers.ts).
    'soy|siento+que+soy|me+siento _ una? carga para|pa|a todo+el|toda+la|mi|mis|el|la|los|todos+mis? equipo|familia|companeros|companeras|viejos|hijos|grupo|laburo|casa',
    // Better off without the writer, said the other way round: "sin mí estarían mejor" ("sin mi jefe" names another).
    'sin mi estarian|estaria|estarias|vivirian|viviria|van+a+estar|estaran|estara _ mejor|mas+tranquilos|mas+tranquilas|mas+tranquila|mas+tranquilo|en+paz',
  ],
  'acting-now': [
    `tome|trague|bebi|tomar.yo|tragar.yo|beber.yo ${poison}`,
    `tome|trague|bebi|tomar.yo|tragar.yo|beber.yo el|la|un|una|medio|media _ botella|frasco|vaso|bote|poco|taza? _ de _ ${poison}`,
  ],
};
