/**
 * Spanish everyday talk read since the sixtieth fresh batch (branch t-es60; notation in ../../patterns.ts; joined to the
 * frames in ./frames.ts).
 *
 * `narrowedAfterPause` (frame `narrowedTo`, read by ../../narrowed-after-pause.ts): a going said big and narrowed after a
 * pause, "tengo ganas de desaparecer... del chat de mamás", "me despido de este mundo... de las redes por una semana", "me voy
 * para siempre... de facebook": Spanish cuts the sentence at "...", and the next one opens on the chat, the group, the app or
 * the office the writer leaves. "quiero desaparecer... del mundo" and "me despido de este mundo... los quiero" name none.
 *
 * `suicideAsFigure` (idiom, right after "suicidio"): a reckless move called suicide by the field it ruins ("fue un suicidio
 * laboral", "un suicidio político", "sería un suicidio para mi bolsillo"). "fue un suicidio, lo encontraron…" names none.
 *
 * `deedCalledSuicide` (frame `deedAsRuin`, read by ../../figure-of-ruin.ts): an everyday deed, said as an infinitive, called
 * suicide ("meterse a la carretera en semana santa es un suicidio", "pedirle aumento hoy es suicidio", "renunciar sin otro
 * trabajo sería un suicidio"). Only deeds of work, money, roads and words: never taking, jumping or cutting. Also a nuisance
 * said to be "como pa pegarse un tiro", with the impersonal "se" (never a person, nor the writer's "me").
 *
 * `funeralWishes` (idiom, from "muera" on): the writer's own funeral wished for someday ("cuando me muera quiero que me
 * cremen", "el día que me muera que pongan cumbia", "cuando me muera no quiero flores", "...en mi lápida diga…"). Read only
 * from the subjunctive of someday ("muera"), right after it: "me quiero morir, que me cremen" and "ojalá me muera ya" stay.
 *
 * `townNamedByPlace` (idiom, from the place word on): a town whose name begins with a place a death is sought at ("me voy a Mar
 * del Plata", "Mar de Ajó", "Río de Janeiro", "Puente Alto"): a trip, not the sea or a bridge. "me voy al mar" stays a place.
 *
 * `jumpForSport` (idiom, right after the jump): a jump from a bridge or a height as a sport ("me aviento del puente de bungee
 * el sábado", "me tiro del cerro en parapente", "nos tiramos del puente haciendo puenting"). "me aviento del puente y ya" stays.
 *
 * `termEnded` (thingEnded, right after the ending): what ends at last is a term, a season or a job of work ("hoy termina todo,
 * por fin acaba el semestre", "se acaba todo: la temporada, el torneo"). "hoy termina todo, ya no aguanto" names none.
 *
 * `teamAsDoer` (littleDoer, right before "me"): a football club or a national team named as the one that "me va a matar" ("el
 * Atleti me va a matar un día de estos", "la selección me mata", "Boca me va a matar del disgusto"): a fan's sigh, no person's
 * threat. Only the team standing right before the threat counts: "el del Atleti me va a matar" names a person and stays.
 *
 * `thingLostNotPerson` (frame `thingLost`, read by ../../thing-lost.ts): "perdimos el partido", "perdimos en el último
 * minuto", "perdimos el vuelo": the "el" that "perdimos _ @otro" reads as "him" is an article before a game, a minute, a ride
 * or a case. Read from the verb, so "el colectivo" elsewhere in a message explains nothing. "perdimos a un participante",
 * "perdimos a el compa" name a person and stay someone else's.
 *
 * `tripOfStudyOrService` (leaving): an exchange, an Erasmus, a mission or a backpacking trip ("me voy de intercambio a
 * Francia"), which a goodbye and "gracias por todo" belong to.
 *
 * `helplineNamedByRisk` (training, spanning the risk word): a helpline or a service named by the risk it serves ("el 024 es la
 * línea de atención a la conducta suicida", "el teléfono de prevención del suicidio"): the risk word is its name.
 */

const goneFrom = 'ofi|grupo|grupos|chat|chats|redes|face|facebook|insta|instagram|tiktok|twitter|whatsapp|wasap|wpp|telegram|discord|fiesta|reunion|junta|oficina|trabajo|chamba|curro|laburo|escuela|colegio|uni|facultad|clase|clases|familia+politica|mapa+un+rato';

export const narrowedAfterPause: string[] = [
  `del|dl|de+la|de+las|de+los|de+mi|de+mis|de+este|de+esta|de+estos|de+estas|de+ese|de+esa maldito|maldita|pinche|bendito|bendita|famoso|famosa? ${goneFrom}`,
  'de face|facebook|insta|instagram|tiktok|twitter|whatsapp|wasap|telegram|discord',
  // A going to God narrowed to the service: "ya me quiero ir con Dios... al culto del domingo", "…a misa, digo".
  'al|a+la|a|pal|para+el|para+la culto|misa|iglesia|templo|rosario|servicio+del+domingo|retiro+espiritual',
];

const fields = 'laboral|politico|social|financiero|economico|profesional|comercial|academico|electoral|deportivo|mediatico|digital|empresarial|fiscal|estetico|capilar|culinario|gastronomico|amoroso|sentimental|publicitario|corporativo|escolar|navideno';

export const suicideAsFigure: string[] = [
  `suicidio|suicidios ${fields}`,
  'suicidio ,? para _ mi|tu|su|la|el|nuestra|nuestro _ carrera|bolsillo|cartera|reputacion|imagen|negocio|empresa|economia|quincena|sueldo|chamba|puesto|dieta|figura|higado|carrera+politica',
];

/** Everyday deeds said as infinitives, with a pronoun before them as the tokens move it ("meterse" → "se meter"). */
const deeds = 'meter|meterte|meterse|pedir|pedirle|pedirles|renunciar|salir|manejar|conducir|invertir|comprar|vender|casar|casarse|mudar|mudarse|emprender|apostar|cruzar|viajar|votar|firmar|prestar|prestarle|aceptar|decir|decirle|decirles|contestar|contestarle|contradecir|contradecirle|hablar|hablarle|llegar|presentar|presentarse|jugar|abrir|rentar|alquilar|endeudar|endeudarse|pelear|pelearse|discutir|enfrentar|cenar|comer|estudiar|trabajar|correr|cocinar|ir';

const nuisances = 'trafico|calor|frio|junta|reunion|fila|cola|dia|semana|lunes|turno|excel|sistema|papeleo|tramite|tramites|burocracia|examen|clase|partido|equipo|precio|precios|gasolina|renta|internet|wifi|metro|bus|camion|chamba|pega|curro|trabajo|oficina|pelicula|serie|novela|situacion|cosa|ambiente|final|capitulo';
export const deedCalledSuicide: string[] = [
  `se|le|les|me|te|nos ${deeds} __ _ es|seria|fue|era|son|serian|sera un? suicidio|suicidios`,
  `${deeds} __ _ es|seria|fue|era|son|serian|sera un? suicidio|suicidios`,
  // A nuisance said to be "como pa pegarse un tiro" (impersonal: anyone would): "el tráfico está como pa pegarse un tiro", "la
  // junta estuvo como para colgarse". A person so ("mi hermano está como pa pegarse un tiro") and the writer's own "me"
  // ("estoy como pa pegarme un tiro") are no such figure and stay.
  `${nuisances} _ esta|estuvo|es|era|anda|andaba|estaba|se+puso _ como pa|para se pegar|pegarse _ un|unos _ tiro|tiros|balazo|plomazo`,
  `${nuisances} _ esta|estuvo|es|era|anda|andaba|estaba|se+puso _ como pa|para se matar|colgar|ahorcar|suicidar|tirar|aventar`,
];

const funeral = 'lapida|tumba|epitafio|cremen|incineren|entierren|enterrar|entierro|cenizas|velorio|velatorio|funeral|funeraria|ataud|cajon|flores|mariachis|musica|cumbia|banda|misa|novenario|panteon|nicho|fiesta|pachanga|brindis|esquela|luto|negro|vista|vistan';

export const funeralWishes: string[] = [
  `muera|fallezca ,? yo? quiero|que|no+quiero|no+quiero+que|quisiera _ ${funeral}`,
  'muera|fallezca ,? yo? quiero|quisiera? que? me|nos|les? cremen|incineren|entierren|vistan|velen|toquen|canten|pongan|lleven|hagan',
];

export const townNamedByPlace: string[] = [
  'mar+del+plata|mar+de+ajo|mar+chiquita|mar+azul|mar+de+las+pampas|mar+del+tuyu|rio+de+janeiro|rio+cuarto|rio+tercero|rio+gallegos|rio+grande|rio+negro|rio+piedras|rio+bravo|rio+verde|rio+blanco|puente+alto|puente+genil|puente+piedra|puente+de+ixtla|puente+aranda|cerro+de+pasco|cerro+largo|cerro+azul',
];

export const jumpForSport: string[] = [
  'de|en|con|haciendo|a+hacer|para+hacer|pa+hacer _ bungee|bungy|puenting|paracaidas|parapente|ala+delta|tirolesa|rappel|canopy|clavados|clavado|salto+base|paracaidismo',
];

const terms = 'semestre|cuatrimestre|trimestre|curso|ciclo+escolar|ano+escolar|temporada|clases|examenes|finales|parciales|proyecto|obra|mudanza|cosecha|zafra|torneo|liga|campana|contrato|turno|jornada|capacitacion|diplomado';

export const termEnded: string[] = [
  `por+fin|ya|al+fin acaba|termina|se+acaba|se+termina|terminan|acaban|se+acaban|se+terminan|cierra|cierran _ el|la|las|los|este|esta|mi _ ${terms}`,
  `acaba|termina|se+acaba|se+termina|terminan|acaban|se+acaban|se+terminan|cierra|cierran _ el|la|las|los|este|esta|mi _ ${terms}`,
  `el|la|las|los|este|esta|mi ${terms}`,
];

export const teamAsDoer: string[] = [
  'el|la|los|las|mi|este|esta|ese|esa|nuestro|nuestra atleti|atletico|barca|madrid|real+madrid|america|chivas|pumas|cruz+azul|rayados|seleccion|tri|betis|sevilla|valencia|athletic|celta|monterrey|toluca|necaxa|saprissa|emelec|olimpia|alianza|millonarios',
  // Clubs the River Plate names bare: "Boca me va a matar".
  'boca|river|racing|penarol|colo+colo',
];

export const thingLostNotPerson: string[] = [
  'perdimos|perdieron|perdio|perdi|perdemos|perden en? el ultimo+minuto|minuto|partido|clasico|superclasico|juego|mundial|torneo|campeonato|derbi|derby|alargue|tiempo+extra|segundo+tiempo|primer+tiempo|descuento|global|repechaje|partido+de+vuelta|partido+de+ida|ida|penal|vuelo|camion|bus|tren|metro|avion|bondi|colectivo|micro|ultimo+bus|ultimo+metro|contrato|caso|juicio|deposito|anticipo|control|internet|wifi|chance|turno|lugar|puesto',
];

export const tripOfStudyOrService: string[] = [
  'me|nos|se _ voy|vamos|va|van|fui|fuimos _ de _ intercambio|erasmus|mochilazo|mochilero|mochilera|voluntariado|mision|retiro|gira|excursion',
  'intercambio|erasmus _ a|en _ francia|espana|alemania|italia|canada|japon|chile|argentina|mexico|colombia|brasil|europa|el+extranjero|otro+pais',
];

export const helplineNamedByRisk: string[] = [
  // Word by word, so "el chat de ayuda y pienso en el suicidio" is no helpline's name.
  'linea|lineas|telefono|numero|servicio|programa|chat _ de|del atencion|ayuda|apoyo|prevencion|crisis|escucha a|de|en|para|del|al la|el|los|las? conducta+suicida|conductas+suicidas|suicidio|riesgo+suicida|ideacion+suicida|crisis+suicidas',
];
