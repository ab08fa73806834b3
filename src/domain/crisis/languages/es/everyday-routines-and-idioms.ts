/**
 * Spanish everyday talk that borrows the words of taking pills or of dying (notation in ../../patterns.ts). Part of the
 * Spanish frames (../es.ts).
 *
 * `prescribed` (everyday-frames.ts takenAsPrescribed): the day's dose told as routine after the taking, "ya me tomé la pastilla
 * de la presión", "me puse la insulina a las 7 como siempre", "gracias por recordarme". It explains only signs that carry the
 * taking verb or name the means; a single daily pill is named in the singular ("la pastilla de la tiroides"), so "todas las
 * pastillas de la presión" or "20 pastillas" keep their weight unless the writer says the routine itself ("como siempre").
 *
 * `idiomsOfEffortAndDelight`, read right after the sign (read.ts): killing oneself at the gym ("me voy a matar con las
 * pesas", "haciendo pierna"), dying of how lovely or tasty something is ("me muero de lo bonito que quedó", "de lo rico"),
 * dying while stuck waiting ("me estoy muriendo aquí en la parada"). The place of waiting is ordinary ground; "aquí en el
 * puente" stays a place.
 */

/** What a daily medicine is for, after the pill named in the singular: "la pastilla de la presión", "mi pastillita del azúcar". */
const condition = 'presion|tiroides|azucar|diabetes|colesterol|alergia|alergias|gastritis|acidez|migrana|anticonceptiva|anticonceptivo|corazon|tension|circulacion|vesicula|prostata|artritis|epilepsia|convulsiones';

export const spanishRoutineDose: string[] = [
  // The routine named: "como siempre", "como todos los días", "como de costumbre", "a la hora de siempre".
  'como _ siempre|de+costumbre|cada+dia|cada+manana|cada+noche|todos+los+dias|todas+las+mananas|todas+las+noches|diario|me+toca',
  'a+la+hora+de+siempre|mi+dosis+de+siempre|la+dosis+de+siempre|la+de+siempre|las+de+siempre|mi+dosis+diaria|la+dosis+diaria',
  // The single daily pill named by what it is for: "la pastilla de la presión", "la d la tiroides", "mi pastillita del azúcar".
  // It starts on the pill itself, so it stands after the means the pill names and explains it too.
  `pastilla|pastillita|pildora|medicina|dosis|tableta|capsula de|del|para la|el? ${condition}`,
  // Only the singular: the plural is also how pills saved up or mixed with drink are named ("ya junté las de la presión",
  // "una botella de tequila con las pastillas de la presión").
  `la|mi de|del|para la|el? ${condition}`,
  // The night's single pill: "me tomé la pastilla pa dormir".
  'la|mi pastilla|pastillita|pildora pa|para dormir',
  // Reminded or checked on: "gracias por recordarme", "como me dijiste", "ya desayuné".
  // Pronouns glued to a verb are read before it ("recordarme" as "me recordar").
  // A daily medicine named right after the taking: "ya me tomé el omeprazol y la metformina" ("me tomé todas las pastillas y
  // la metformina" keeps the whole supply).
  'tome|tomo|tomar|trague|puse|inyecte el|la|mi|mis|las|los? omeprazol|metformina|losartan|levotiroxina|eutirox|enalapril|atorvastatina|anticonceptiva|anticonceptivas|vitaminas|multivitaminico|litio|quetiapina|sertralina|fluoxetina|escitalopram|clonazepam|metadona|buprenorfina|suboxone',
  // The morning pill forgotten or the week's pills sorted: "me olvidé la pastilla de la mañana", "domingo de organizar pastillas".
  'organizador+de+pastillas|organizar+pastillas|organizar+las+pastillas|organizando+pastillas|organizando+las+pastillas',
  'pastilla|pastillita|pildora|dosis de _ la|las _ manana|noche|tarde|mananas|noches',
  'gracias por me|te? recordar|recordarme|acordar|preguntar',
  'como _ me _ dijiste|dijeron|recordaste|pediste',
  'ya _ desayune|cene|comi|almorce',
  'con|antes+del|despues+del _ desayuno|almuerzo|la+comida|la+cena|el+cafe|el+cafecito',
];

/** Utilities cut off, told before a sigh: "me cortaron el agua y la luz, que alguien me mate jajaja" (read only when it laughs). */
export const nuisancesCutOff: string[] = ['me|nos _ cortaron|quitaron|suspendieron _ el|la _ agua|luz|internet|gas|cable|wifi|linea|telefono'];

/** Said right after a wish to die or to kill oneself: the gym, delight, a wait in the heat. */
export const idiomsOfEffortAndDelight: string[] = [
  // "me voy a matar con las pesas", "me mato haciendo pierna", "me voy a morir en spinning" ("un corte en la pierna" is a body).
  'haciendo pierna|brazo|espalda|gluteo|gluteos|pecho|abdomen',
  'con|en|haciendo|de _ las|la|el|los? _ pesas|pesitas|sentadillas|abdominales|burpees|cardio|rutina|spinning|zumba|crossfit|caminadora|escaladora|entrenamiento|entreno|gimnasio|gym|pilates|yoga',
  // "me quiero morir de lo bonito que quedó", "me muero de lo rico", "de lo lindo que canta".
  'de lo _ bonito|bonita|lindo|linda|hermoso|hermosa|precioso|preciosa|bello|bella|rico|rica|sabroso|sabrosa|bueno|buena|tierno|tierna|chulo|chula|chido|chida|padre|guapo|guapa|cute|cuqui|gracioso|graciosa|emocionada|emocionado|feliz|orgullosa|orgulloso',
  // "me estoy muriendo aquí en la parada", "aki en la fila del banco": a wait somewhere ordinary.
  'aqui|aca|aki _ en _ la|el|esta|este _ parada|fila|cola|sol|trafico|tranque|taco|bus|micro|guagua|camion|colectivo|bondi|metro|subte|oficina|cocina|salon|banco|consultorio|sala+de+espera|calle|playa',
  // "Perú me va a matar del corazón", "este equipo me va a matar de un infarto": a fan's heart, not a threat ("de un golpe" stays).
  'matar|mata|matan|morir|muero|muera del|de _ corazon|infarto|un+infarto|un+paro|un+coraje',
  // "ya no aguanto las ganas de que empiece el partido": eagerness, not despair.
  'las ganas|la+emocion|la+curiosidad _ de|que|por',
  // "me corté el dedo picando cebolla": a finger in the kitchen, not a cut to hurt oneself.
  'el|un|la dedo|dedito|pulgar|yema|una',
  // A mishap told right after: "ay me quiero matar, me dejé el táper en el bondi", "me olvidé las llaves".
  'me _ deje|olvide|perdi|quede+afuera|equivoque+de',
  // Work as the effort: "me voy a matar a trabajar este finde" ("a golpes" is not work).
  // Read from the verb itself, so a sign followed by "vine a trabajar" keeps its weight.
  'matar|mato|mate|matando|morir|muero a trabajar|estudiar|chambear|currar|laburar|entrenar|limpiar|bailar|correr',
  // Vanishing from a chat or a party: "quiero desaparecer del grupo de la familia".
  // Read from the verb itself: "me dieron ganas de cortarme después del grupo" keeps its weight.
  'desaparecer|desaparezco|borrarme|me+borro|esfumarme|me+esfumo del|de+la|de+las|de+los grupo|chat|grupos|redes|face|facebook|insta|instagram|tiktok|twitter|whatsapp|fiesta|reunion|junta|oficina',
  // A sleep with its end named: "me voy a dormir y no despierto hasta el lunes" ("hasta que todo acabe" is no end).
  'hasta manana|tarde|mediodia|el+lunes|el+martes|el+miercoles|el+jueves|el+viernes|el+sabado|el+domingo|el+finde|la+tarde|el+otro+dia|bien+tarde|las+10|las+11|las+12',
  // A game lost, told right after: "quiero morirme, mi equipo perdió 5-0".
  'mi|el|nuestro equipo|club|cuadro|america|barca|madrid|boca|river|seleccion _ perdio|perdieron|descendio|quedo+eliminado|quedo+fuera|va+perdiendo',
  // A feast as the effort: "esta noche me mato con las alitas", "me voy a morir con tanto pozole".
  'con _ las|los|el|la|tanto|tanta|tantos|tantas _ alitas|tacos|pizza|pizzas|hamburguesas|postres|pastel|helado|pozole|tamales|comida|antojitos|empanadas|asado|parrillada|buffet',
  // Embarrassment said right after: "me quiero morir q vergüenza", "que oso", "qué roche".
  'que verguenza|oso|roche|cringe|chiviado|bochorno',
  // Into the water to swim: "me aviento al río a nadar con los primos" ("me aviento al río y ya" stays).
  'a nadar|banarme|me+banar|bucear|surfear|remar|pescar|refrescarme|me+refrescar|echarme+un+clavado|echarnos+un+clavado|darnos+un+chapuzon|darme+un+chapuzon',
  // Living somewhere, with someone or some way: "ya no quiero vivir en este barrio", "con mis papás", "a dieta" ("vivir en
  // este mundo", "con este dolor" stay).
  // Patterns read lemmas, so "vive en el rancho" said of someone else must not fit: only "este", "mis" and the like.
  // "ya no quiero vivir más en esta ciudad" (t-es60): "más" or "ya" may stand between; "un pueblo" only after the infinitive itself.
  'vivir mas|ya? en este|esta|ese|esa barrio|casa|ciudad|pais|depa|departamento|apartamento|colonia|pueblo|piso|cuarto|edificio|rancho|zona|vecindario|fraccionamiento|condominio',
  'vivir.nf mas|ya? en un|una barrio|casa|ciudad|pais|depa|departamento|apartamento|colonia|pueblo|piso|cuarto|edificio|rancho|zona|vecindario|fraccionamiento|condominio',
  'vivir mas|ya? con mis|mi papas|padres|mama|papa|jefes|suegros|suegra|suegro|roomies|roommates|companeros|companeras|tios|abuelos|hermanos',
  'vivir a+dieta|de+prestado|rentando|alquilando|en+renta|en+alquiler|al+dia',
  // A test failed, told right after: "me quiero matar, rendí mal el parcial", "reprobé cálculo".
  'rendi|reprobe|repruebo|trone|jale|desaprobe|perdi|me+fue+mal+en|me+fue+fatal+en _ el|la|los|las? _ parcial|parciales|examen|final|materia|curso|ramo|calculo|quimica|fisica|mate|mates|ingles',
  // Giving up on a task: "ya me rindo con el inglés", "no puedo más con el excel".
  'con _ el|la|los|las|este|esta _ ingles|matematicas|mates|quimica|fisica|calculo|excel|dieta|tesis|proyecto|rompecabezas|crucigrama|sudoku|tarea|tareas|ejercicio|codigo',
  // A neighbour's threat over parking or fees: "nos amenazó con llamar a la grúa", "con multarnos" ("con matarme" stays).
  'con _ la+grua|multar|multa|multarnos|multarme|cobrar|cobrarnos|cobrarme|reportarnos|acusarnos+con+el+casero|acusarme+con+el+casero',
  'aqui|aca|aki _ de _ calor|frio|hambre|sueno|sed|aburrimiento|cansancio|risa|verguenza|pena|nervios',
];

/**
 * A leaving for work, study or a new home (everyday-frames.ts, the leaving frame): "me voy a estudiar enfermería", "me salió
 * chamba en Monterrey", "me voy de la organización el viernes". Goodbyes and things given away beside it are the move's.
 * "me voy a ir con mi abuelita al cielo" names no work, study or home, and stays.
 */
export const leavingForWorkOrStudy: string[] = [
  'me voy|vamos a estudiar|trabajar|vivir|chambear|currar|laburar',
  'me|nos _ salio|salieron|dieron|ofrecieron|aceptaron _ beca|chamba|trabajo|chance|curro|laburo|pega|empleo|puesto|plaza|maestria|doctorado',
  'consegui|conseguimos _ beca|chamba|trabajo|curro|laburo|pega|empleo|puesto|plaza',
  'me voy|salgo|renuncio _ de _ la|el|esta|este _ organizacion|empresa|agencia|fundacion|ong|chamba|trabajo|oficina|colegio|escuela|clinica|hospital',
];
