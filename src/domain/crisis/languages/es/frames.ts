import type { Lexicon } from '../../lexicon.js';
import { spanishFramesOfJoining } from './frames-joining.js';
import { spanishFramesOfInviting } from './frames-invited.js';
import { spanishFramesOfAsking } from './frames-asked.js';
import { spanishThingsEnded } from './everyday-things-ended.js';
import { tasksPiledUpLaughed } from './everyday-tasks-piled-up.js';
import { farewellFromWork, farewellToAThing } from './farewell-to-a-thing.js';
import { pastimePlanned } from './everyday-pastime-planned.js';
import { idiomsOfEffortAndDelight, leavingForWorkOrStudy, nuisancesCutOff, spanishRoutineDose } from './everyday-routines-and-idioms.js';
import { deedDecided, doseForAilment, jobAsLaPega, moodThatGrabbed, nightNamed, roleOrGuideAbout, sleepUntil, thingsThatKill, toyOrRanchGun, willAtTheNotary, worstTimesPast } from './everyday-wills-lessons-and-nuisances.js';
import { cardForGroup, dayDoseTold, topicOfStudy, decisionNamed, effortAtStudy, farewellAtWork, jokeTakenBack, pettyCondition, sleepBounded, subscriptionsEnded } from './everyday-days-decisions-and-jokes.js';
import { blunderAfterSigh, choreAfterFedUp, connectionAfterSigh, seenAfterSigh, fullnessAfterDying, goodbyeForAGreeting, laughSpelledAround, laughThenJoke, mischiefBefore, pettyReasonAfterAct, ropeForTheMove, teamLosing, trainingMaterials } from './everyday-blunders-chores-and-bets.js';
import { lastRideAtAnHour } from './times-on-the-24-hour-clock.js';
import { fellBehind, hungUpOnAPastime, laughThenNo, workPlanNamed, lettersForAWorkshop, nuisanceAfterSigh, nuisanceBefore, pillsForAilment, shiftOrThingLeft, willSaidOfHeirs } from './everyday-errands-shifts-and-sighs.js';
import { goingDenied } from './imminent-going-told-apart.js';
import { cycleClosedAtWork, newsAfterBlow, seeingEachOtherAgain, vehicleAfterGrab } from './everyday-blows-and-cycles.js';
import { absenceForAReason, dayOffAfterTime, dayOffNamed, goingWishedForever, goodbyeToAThing, wishedTime } from './everyday-absences-and-wished-goings.js';
import { cardForColleague, doseNamed, laughTold, leavingForRestOrLeave, mediaNamedFondly, medicineKept } from './everyday-doses-farewells-and-laughs.js';
import { askingTaught, habitualTime, pillsOfAnAilment, placeLeftForever, ropeForSport, sleepForADayOff, timeOfCarryingOn } from './everyday-moves-habits-and-gear.js';
import { deedCalledSuicide, funeralWishes, helplineNamedByRisk, jumpForSport, termEnded, thingLostNotPerson, narrowedAfterPause, suicideAsFigure, townNamedByPlace, tripOfStudyOrService } from './everyday-pauses-figures-and-funerals.js';
import { lineReached } from './lifeline-unanswered.js';
import { actingDenied } from './frames-acting-denied.js';
import { supplyRunOut } from './everyday-supply-run-out.js';
import { methodThoughtOf } from './frames-method-thought-of.js';
import { sameHereEs } from './frames-same-here.js';
import { timeWithout } from './time-without.js';
import { timeThoughtsWereHad } from './times-thoughts-were-had.js';
import { gadgetAsNuisance, workoutNearlyDone } from './everyday-sighs-at-gadgets-and-workouts.js';
import { doseGivenInCare, dyingOverAPurchase, givingOutgrown } from './everyday-care-purchases-and-outgrown.js';
import { homeUnbearable, ideationAskedAbout, placeBarred } from './own-ideation-and-home-unbearable.js';
import { diedInAContest, penaltyKick, threatOfATreat } from './everyday-frights-critters-and-contests.js';
import { cardForTeam, doseTapered, stuckInTraffic } from './everyday-roads-teams-and-tapers.js';
import { craftChecked, restrictionTold, serviceNamedByViolence } from './everyday-checks-help-and-services.js';
import { foodFinished, habitQuit, yearsClean } from './everyday-food-finished-and-years-clean.js';
import { followedOnTheRide } from './harm-cut-off-and-followed-for-days.js';
import { blunderInThePerfect, carryingOnAtWork, pillsCheckedOrSwallowedByAPet, steppedAwayAWhile } from './everyday-steps-away-and-perfect-blunders.js';

/**
 * Spanish context frames (notation in ../../patterns.ts; macros in ../es.ts): the words around a sign that say how to
 * read it (the distant past, media and training talk, an everyday leaving, idioms, a joke taken back, someone else's
 * words and how they are now). read.ts and its parts weigh each sign by them; a frame routes nothing by itself.
 */

/** Ages of the old, 80 to 109, said as a number ("8" or "9" alone is a child's age). */
const oldAge = Array.from({ length: 30 }, (_, i) => String(80 + i)).join('|');

export const spanishFrames: Lexicon['frames'] = {
  ...spanishFramesOfJoining,
  ...spanishFramesOfInviting,
  ...spanishFramesOfAsking,
  distantPast: ['recuerdo|me+acuerdo|acuerdas _ cuando|de+cuando', 'hubo un+tiempo|una+epoca|una+temporada|un+periodo|una+etapa', 'ya paso|paso+hace', 'cuando _ consumia|tomaba|usaba|bebia', 'en el? 190*|191*|192*|193*|194*|195*|196*|197*|198*|199*|200*|201*|2020|2021|2022|2023|2024|2025', 'hace|hacia _ anos|ano|meses|tiempo|mucho+tiempo|muchos+anos|decadas', 'cuando yo? era|tenia', 'cuando yo? estaba _ en+la+prepa|en+la+secundaria|chica|chico|joven|en+la+uni|en+la+universidad|en+mi+adiccion|consumiendo', 'de cuando', 'de joven|chico|chica|nina|nino|adolescente', 'en la prepa|secundaria|universidad', 'antes yo? si? me|queria|pensaba|cortaba', 'antes de _ la|mi _ recuperacion|tratamiento|terapia', ...timeWithout, 'el ano pasado', 'celebro|celebra|cumple|cumplio|cumplo _ un|dos|tres|ano|anos|meses _ limpio|limpia|sobrio|sobria|sin', 'ya tengo _ anos|meses _ sin', 'sobrevivi|sobreviviente|sobrevivientes|sobrevivir', 'mi historia|testimonio', 'en|durante _ la|el _ pandemia|cuarentena|encierro|confinamiento', 'hoy|ahora _ ayudo|trabajo|celebro|celebre|acompano|estoy+bien|doy+platicas|doy+talleres|doy+terapia', 'ya estoy _ a+salvo|bien', ...worstTimesPast, ...yearsClean],
  // "su marido le pega desde hace años": harm since years ago goes on.
  resumed: ['pega|golpea|maltrata|amenaza|abusa|viola|controla|insulta|humilla _ desde _ hace', 'otra vez|de+nuevo', 'volvio|vuelve|volvieron|empezo|empezaron _ a|otra', 'vuelvo|volvi|he+vuelto|estoy+volviendo|volviendo a pensar|pensarlo|sentir|sentirlo|querer|tener|hacerlo|hacer|cortar|me|consumir|usar|caer|recaer', 'sigue|siguen _ haciendolo|pegando|golpeando|igual', 'todavia lo|me|pasa|sigue'],
  // A verb in the present beside the match: "hace meses que pienso en matarme" is now, not the past.
  recent: ['pienso|pensando|siento|quiero|tengo|estoy|ando|vengo|sigo', 'desde hace', 'he+vuelto|vuelvo|volvi|anoche|ayer|hoy|ahorita|ahora|otra+vez|de+nuevo|volvieron|volvio|ultimamente', 'esta _ manana|noche|semana', 'sin ganas',
    // A weekday just gone: "mi señor me pegó el sábado pero ya pasó" is last week, not a past put away.
    'el|este _ sabado|domingo|lunes|martes|miercoles|jueves|viernes|finde|fin+de+semana'],
  media: ['obra+de+teatro|teatro|documental|exposicion|mural _ sobre|acerca+de|de+la', 'documental|reportaje|articulo|podcast|cantar|canto|cantamos|cantando|cancion|canciones|letra|pelicula|serie|libro|novela|poema|juego|videojuego|meme|frase|cantando|cantamos|karaoke|personaje|round|nivel|partida|protagonista|sonando|sono|cantaron|cantan|canta|concierto|rola|rolas|telenovela|novela|rosa+de+guadalupe|capitulo|cantina|free+fire|fortnite|minecraft|roblox|smash|smash+bros|cinematica|los+sims|mario+kart|fifa|valorant|warzone|en+el+lol|pubg|gta|xbox|nintendo|en+la+radio|noticiero|periodico|rock|cumbia|reggaeton|bachata|corrido|corridos|cineforum|cine+forum|cineclub|cine+club|filmoteca|peli|pelis', ...penaltyKick, ...mediaNamedFondly],
  // Only the workshop itself is training talk: "la joven del taller" is a member of the writer's workshop, not a lesson.
  training: [
    'noticia*|pregunta|preguntas|preguntar|preguntamos|preguntando|practic*|fondos|refugios|aprobaron|personal|capacitacion|el+taller|un+taller|este+taller|ese+taller|talleres|curso|protocolos|protocolo+de|el+protocolo+dice|nuevo+protocolo|protocolo+nuevo|politica|procedimiento|prevencion|campana|caminata|platica|estadisticas|noticias|formulario|formato|webinar|certificacion|entrenamiento|documentar|documentamos|registro|escala|asist|kits|kit|lei|casos|cofacilitador|tesis|investigacion|seminario|diplomado|folleto|glosario|terminos|encuesta|charla|juegos+de+rol|como+documento',
    // A community's day or vigil of remembrance: "el día de la memoria es el 31", "la vigilia por los que perdimos".
    'dia+de+la+memoria|dia+del+recuerdo|dia+mundial|dia+internacional|dia+nacional|vigilia|concientizacion|conmemoracion',
    // How to ask, not someone asked: "¿cómo le pregunto a un participante si...?" ("no sé cómo preguntarle" is a worry).
    'como _ le|les? _ pregunto|preguntan|pregunte|preguntamos|preguntas|preguntar',
    'que _ hacemos|hago|hacer _ si',
    'si _ alguien|cliente|clienta|participante|usuario|usuaria|miembro _ dice|menciona|habla|revela|pregunta|cuenta|escribe',
    'cuando un|una|alguien participante|cliente|clienta|usuario|usuaria|persona|joven _ dice|cuenta|menciona|habla|revela|pregunta',
    'cuando alguien|alguno|alguna dice|cuenta|menciona|habla|revela|escribe',
    'grupo _ de _ duelo',
    // Overdose work in general: a role play, a case review, supervision, a screening, figures in the paper ("diario" alone is "daily").
    'role+play|roleplay|simulacro|simulacion|hice+de|revision+de+caso|revision+de+casos|supervision|cribado|tamizaje|pdf|en+el+diario|salio+en+el+diario|periodico|noticiero|estadisticas|cifras|muertes+por',
    // The words themselves as the topic: "no digáis cometió suicidio, mejor murió por suicidio".
    'no _ digais|digan|digas|decir|usar|usen|uses|useis _ cometio|cometer|cometido|se+suicido|suicida|suicidas|suicidado',
    'mejor|mejor+decir|decid|digan|di|usar|usen _ murio|muere|fallecio|fallece _ por _ suicidio',
    ...topicOfStudy,
    ...trainingMaterials,
    ...roleOrGuideAbout,
    ...helplineNamedByRisk,
    ...serviceNamedByViolence,
    ...askingTaught,
    ...ideationAskedAbout,
  ],
  serious: ['no _ es broma|bromeo|estoy+bromeando|es+drama|es+joda|es+chiste', 'neta|enserio|en+serio|de+verdad', 'pero _ la+verdad|posta|neta|si|de+a+de+veras'],
  leavingDenied: goingDenied,
  leaving: ['me salgo|voy _ del|de _ grupo|programa|chat|canal',
    // The last of a day's or a week's work: "último mensaje de la semana: tomen agua", "último reporte del turno".
    'ultimo|ultima mensaje|post|correo|reporte|informe|nota|notas|turno|guardia de|del _ la|el? _ dia|semana|mes|ano|turno|guardia|viernes|jueves|lunes|semestre|trimestre|jornada', 'termine|acabe _ el|mi _ programa|tratamiento|contrato|servicio|beca|practicas',
    'acaba|termina|vence|acabo|termino _ el|mi _ contrato|programa|beca|practicas|servicio',
    'despedida|fiesta+de+despedida _ de|del _ la|el? _ agencia|trabajo|oficina|equipo|chamba|empresa|clinica|programa|escuela',
    // A hand-over at work: "le pasé la clave del wifi a la nueva coordinadora para el lunes".
    'clave|claves|contrasena|contrasenas|llaves|llave _ del|de+la|de+los _ sistema|wifi|oficina|portal|expediente|expedientes|bodega|almacen|clinica|programa|grupo|turno', 'ultimo dia', 'me cambio|mudo|mudamos|mudanza', 'mudar|mudarme|me+mudar|mudando|mudandome|nos+mudamos', 'me _ cambian|cambiaron|transfieren|trasladan|mandan _ a|al|de _ equipo|oficina|sede|sucursal|puesto|area|turno', 'cambio|cambiando|cambie _ de _ chamba|trabajo|curro|laburo|pega|empleo|ciudad|pais|casa|depa|piso|equipo|area', 'viaje|viajes|paseo|gira',
    // The end of a shift: "termine el turno, ya me voy a dormir, no me busquen hasta mañana", "se acabó la pega por hoy".
    'hasta manana|el+lunes|luego|al+rato|la+proxima', 'termine|acabe|se+acabo|se+termino _ el|la|mi _ turno|shift|jornada|pega|chamba|curro|laburo', 'me voy _ a _ mi? _ casa? _ a _ dormir|descansar|comer|banar', 'avion|aeropuerto|vuelo', 'nuevo trabajo|puesto', 'vacaciones|jubilacion|jubilo|jubile|me+jubilar|despedida+del+trabajo|renuncia',
    // A will made in good health: "tiene 70 y está sana, solo es precavida", "el abogado me dijo que lo hiciera".
    'abogado|abogada|precavida|precavido|por+si+acaso|esta+sana|esta+sano|estuvo+bonito|pronostico+es+bueno|solo+soy+responsable', 'me despedir.yo _ de _ equipo|residencia|clinica|oficina|trabajo|turno|centro|programa|grupo|chamba', ...leavingForWorkOrStudy, ...leavingForRestOrLeave, ...shiftOrThingLeft, ...absenceForAReason, ...goodbyeToAThing, ...cycleClosedAtWork, ...seeingEachOtherAgain, ...tripOfStudyOrService],
  // A trivial mishap or nuisance told before "me quiero morir jaja" ("se me quemo el arroz", "nos dejo tarea").
  mishap: [
    'se me _ borro|cayo|olvido|perdio|rompio|quemo|descompuso|murio|trabo|colgo|paso+el|fue+el',
    // A game lost: "nos mataron 4-0", "nos golearon".
    'nos _ mataron|golearon|humillaron|barrieron|aplastaron|masacraron|bailaron',
    'perdimos|perdio|perdieron _ el|la _ partido|clasico|final|juego|mundial',
    // A game played badly: "me mataron 8 veces en el mismo jefe", "se murió en la cancha, ni un tiro al arco".
    'me|nos _ mataron|mato _ veces|otra+vez|en+el+jefe|en+la+partida|en+el+nivel', 'se murio|murieron|durmio|durmieron _ en+la+cancha|en+el+partido|en+el+segundo+tiempo', 'ni un tiro|gol _ al _ arco',
    'nos|me _ dejo|dejaron|toco|tocaron|pusieron|cambiaron _ tarea|turno|examen|guardia|el|la|los|las',
    // A shift or a chore put on the writer again: "si me vuelven a poner en el turno del domingo", "si me ponen a laburar el feriado".
    'nos|me ponen|pone|toca|tocan|vuelven+a+poner|vuelve+a+poner|vuelven+a+tocar|mandan|hacen _ en|a? _ el|la|turno|guardia|laburar|trabajar|cerrar|abrir|cubrir|feriado|domingo|sabado',
    'tarea|examen|trafico|calor|frio|lunes|fila|papeleo|junta|juntas|turno|turnos|guardia|arroz|harto+de|harta+de|que+calor|que+frio',
    // The ride: "este bondi me va a matar, 40 minutos esperando".
    'bondi|colectivo|micro|guagua|subte|tranque|taco|trancon|embotellamiento|parada',
    // Boredom said first: "estoy tan aburrido que me quiero morir jajaja ya que sea viernes" (a sigh only when the message laughs).
    'tan|bien|re|super|muy aburrido|aburrida|aburridos|aburridas', 'que aburrimiento|hueva|flojera|pereza', 'me aburro|aburri|estoy+aburriendo',
    ...nuisancesCutOff,
    ...laughTold,
    ...thingsThatKill,
    ...nuisanceBefore,
    ...mischiefBefore,
    ...teamLosing,
  ],
  // Near a means or a place, its everyday use: a prescription picked up, cooking, cleaning, a barbecue, camping.
  everyday: [
    ...doseGivenInCare,
    ...pillsCheckedOrSwallowedByAPet,
    'recoger|surtir|resurtir|recogiendo|paso+por|pasar+por|voy+por|ir+por _ la|las|los|mis|su|sus|el _ @pastillas|receta|medicina|medicinas|insulina',
    'como _ me|te|se? _ las|los|la|lo? _ recetaron|receto|indicaron|indico|mando+el+doctor|mando+la+doctora',
    'recetadas|recetados|recetada|recetado|receta+medica|dosis+normal',
    // A dose asked for pain: "¿cuántas pastillas de ibuprofeno puedo tomar para el dolor de muela?".
    'para+el+dolor|dolor+de|al+dia|por+dia|cada+cuantas+horas|dosis+maxima|fiebre|muela|colicos',
    // A course finished as told: "me tomé todas las pastillas del antibiótico como dijo el doctor".
    'antibiotico|antibioticos|vitaminas|como+dijo+el+doctor|como+dijo+la+doctora|como+me+dijo+el+doctor|como+me+dijo+la+doctora|como+me+dijo+el+psiquiatra|como+me+dijo+la+psiquiatra|como+dijo+el+psiquiatra',
    // Taken on a schedule: "me tomo la pastilla de la presión todos los días a las 8".
    'todos+los+dias|cada+dia|cada+manana|cada+noche|en+ayunas|con+el+desayuno|despues+de+comer|una+en+la+manana',
    'caza|cazar|cazando|cacería|caceria|venado|tiro+al+blanco|campo+de+tiro|club+de+tiro',
    'arreglando|reparando|instalando|impermeabilizando|mantenimiento|antena|tinaco|colecta|caminata|maraton|recaudacion',
    'cocinar|cocinando|cebolla|verduras|picando|picar+la|picar+el|picar+las|picar+los|pollo|carne|asado|asada|parrilla|carnita|camping|acampar|pesca|pescar|limpiar|limpieza|trapear|alberca|piscina|mudanza|tendedero|jardin|atardecer|paisaje|selfie',
    ...medicineKept,
    ...pillsForAilment,
    ...supplyRunOut,
    ...ropeForTheMove,
    ...ropeForSport,
    ...stuckInTraffic,
    ...followedOnTheRide,
  ],
  tapered: doseTapered,
  joke: ['jaj*|jej*|jsj*|xd|lol|lmao|😂|🤣|😅', ...laughSpelledAround],
  // "me quiero matar jaja, es broma", "no mentira": taken back ("no es broma", "no es joda" are meant).
  retract: ['es|era|obvio+es|solo+es|es+pura _ broma|chiste|cotorreo|joda|choro|vacilon', 'no mentira|mentiras', 'mentira jaj*', ...jokeTakenBack, ...laughThenNo, ...laughThenJoke, 'just kidding', 'jk'],
  thingEnded: [...spanishThingsEnded, ...subscriptionsEnded, ...termEnded],
  // Someone's crisis told as behind them, with how they are now (read with `over`, read.ts): "ya esta estable", "le va bien", "hoy tiene nietos".
  wellNow: [
    'estable|estables|mejorando|recuperada|recuperado|sobrio|sobria|limpio|limpia|sobriedad',
    'esta|estan|anda|andan|va|van|estoy _ bien|mejor|muy+bien|super+bien|de+maravilla|increible',
    'diploma|graduo|gradua|graduacion|titulo|trabajo+nuevo|nuevo+trabajo|chamba+nueva|tiene+trabajo|consiguio+trabajo',
    'vino|volvio|regreso|viene _ al|a+la|a _ grupo|escuela|trabajo|reunion|junta|clases',
    'ahora|hoy _ tiene|trabaja|estudia|ayuda|acompana|dirige|coordina',
    // "ahora es abuela feliz", "hoy es promotora": who the person is now.
    'ahora|hoy|ya es _ abuela|abuelo|mama|papa|feliz|consejera|consejero|promotora|promotor|mentora|mentor|enfermera|enfermero|maestra|maestro|voluntaria|voluntario|madrina|padrino',
    // "ya tiene su propio departamento", "ya no tiene contacto con él", "dijo que está tranquila": a life of one's own now.
    'ya tiene _ su|sus _ propio|propia|propios|propias',
    'ya no tiene|tienen _ contacto',
    'dijo|dice _ que _ esta|anda tranquila|tranquilo|en+paz',
    // "ahora las toma como se las recetaron": medicine taken as prescribed now.
    'como _ se|me|le? _ las|los|la|lo _ recetaron|receto|indicaron|indico',
    'celebr* _ un|dos|tres|ano|anos|meses',
    'salio _ del|de+la _ refugio|hospital|clinica|albergue|anexo',
  ],
  // A crisis told as over, nearer than the distant past: "el año pasado", "en marzo", "tenía ideas", "antecedentes de".
  over: ['ano|mes|verano|invierno|otono|semestre pasado', 'en|desde _ enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre', 'hace _ meses|anos|tiempo|un+ano|un+tiempo', 'antes', 'solia|tenia|tuvo _ ideas|pensamientos|intentos|historia|antecedentes', 'antecedentes|historial _ de',
    // "se cortaba en el colegio, ahora tiene 30": school years and childhood are behind.
    'en _ el|la _ colegio|prepa|secundaria|escuela|instituto|liceo|uni', 'de|cuando+era _ chico|chica|nino|nina|adolescente|joven|chamaco|chamaca', 'de de+la? _ 190*|191*|192*|193*|194*|195*|196*|197*|198*|199*|200*|201*|2020|2021|2022|2023|2024|2025'],
  naturalDeath: ['de _ cancer|vejez|viejita|viejito|causas+naturales|alzheimer|demencia|una+larga+enfermedad', 'en paz', 'hospicio|cuidados+paliativos', 'a los 7*|8*|9*|10* anos',
    // An old age told beside an elder's affairs or death: "antes de irse a los 92", "tiene 90 y quiere que todo esté en orden".
    `a+los|irse+a+los|murio+a+los|fallecio+a+los|se+fue+a+los|tiene|tenia|con ${oldAge} anos?|anitos?`],
  // Someone else's last words, read only inside their quoted message and beside concern (read.ts), as in English:
  // "me escribió 'gracias por todo, cuida a mis hijos' y ya no responde", "'ya no voy a ser un problema' y apagó el cel".
  farewell: [
    'gracias _ por _ todo|siempre|aguantarme',
    'perdon|perdoname|perdonenme|perdoname|disculpame',
    'cuida|cuiden|cuidame|cuidenme _ a _ mi|mis',
    'ya no _ voy|vas|van _ a _ ser|tener|saber|ver|oir',
    'no _ voy|vas|van _ a _ saber _ de _ mi',
    'no _ voy _ a _ llegar _ a',
    'ya _ me _ canse|cansé _ de _ todo',
    'se acaba|termina _ hoy|esta+noche|aqui|todo',
    'ya _ hice _ las|mis|la _ cartas|carta',
    'adios|me+despido|los+quiero|las+quiero|te+quiero+mucho',
    // A status or a text: "nos vemos del otro lado" ("...del río jaja, me voy de pesca" has no concern beside it).
    'nos vemos|veremos _ del|en+el _ otro _ lado',
    // "esta es la última chela que me tomo contigo": the last time said as the last.
    'ultima|ultimo _ chela|cerveza|trago|copa|cafe|vez|comida|cena _ que _ me _ tomo|tomare|como|veo|vemos|tomamos _ contigo|con+ustedes|juntos',
    // "puso 'hoy es mi último día' y nadie sabe nada de él": a last day with no job named, quoted, beside concern.
    'hoy|manana|este _ es|sera _ mi _ ultimo+dia|ultima+noche|ultimo+mensaje',
  ],
  lastWords: [
    'no _ van|vas _ a _ saber _ de _ mi',
    'ya no _ voy _ a _ ser _ un|una _ problema|carga|estorbo',
    'no _ voy _ a _ llegar _ a',
    'ya _ hice _ las|mis|la _ cartas|carta',
    'cuida|cuiden|cuidame _ a _ mis _ hijos|hijas|ninos|nenes',
    'esta noche se acaba|termina',
  ],
  // Someone else found, or at a high place, as an emergency goes on (emergency-scene.ts).
  scene: [
    'encontre|encontramos|halle|hallamos _ a _ mi|nuestro|nuestra _ tio|tia|papa|mama|abuelo|abuela|vecino|vecina|hermano|hermana|hijo|hija|esposo|esposa|primo|prima|amigo|amiga',
    'lo|la _ encontre|encontramos|hallamos',
    'esta|estaba|anda _ en|arriba+de|sobre _ el|la|las _ __ puente|azotea|techo|cornisa|vias|barandal|acantilado',
  ],
  concern: [
    'no|ya+no _ responde|contesta|atiende|aparece|abre|sale|me+contesta|me+responde',
    'apago|apagado|apagó _ el|su? _ cel|celular|telefono|movil',
    'colgo|me+colgo',
    'regalo|regalado|regalando _ su|sus|la|el|las|los',
    'agarro|tomo|se+llevo _ las+llaves|el+carro|la+pistola|el+arma',
    'esta|anda|se+fue _ por|en|al|a+la|hacia _ el|la? _ rio|puente|vias|azotea|mar',
    '911|ambulancia|policia|patrulla|urgencias',
    'llorando|borracho|borracha',
    // "le mandé mensaje y nada": written to and no answer.
    'mande|mandamos|escribi|escribimos|marque|marcamos|llame|llamamos _ mensaje|msj|whatsapp|wasap|al+cel? _ y _ nada',
    // Nobody has heard from them since: "nadie sabe nada de él", "no sabemos dónde anda".
    'nadie|no _ sabe|sabemos|saben|ha+sabido|hemos+sabido _ nada? _ de+el|de+ella|donde+esta|donde+anda',
  ],
  // A crisis told as now: "anoche", "otra vez", "todavía".
  current: ['anoche|ayer|ahorita|todavia|aun|sigue|siguen|recayo|madrugada', 'otra vez', 'de nuevo', 'esta|hoy+en+la manana|noche|madrugada', 'hace _ rato|un+rato|horas|minutos'],
  // A time wished, not set (everyday-absences-and-wished-goings.ts): "ojalá no despertara mañana".
  pastTime: [...wishedTime, ...habitualTime, ...timeOfCarryingOn, ...timeThoughtsWereHad, ...carryingOnAtWork],
  idiom: [
    ...goingWishedForever,
    ...diedInAContest,
    ...threatOfATreat,
    ...craftChecked,
    ...restrictionTold,
    'uno',
    // "me tomé como 20 minutos en llegar": a time taken, not pills ("me tomé 20 pastillas" stays).
    'minutos|mins|horas|hrs|segundos|dias|semanas|meses|anos _ en|para|de|pa',
    ...dayOffAfterTime,
    // "no quiero despertar mañana, tengo examen": waking for a duty named right after, not a wish never to wake.
    // A duty of the job too: "me quiero morir, mañana me toca la auditoría de expedientes", "…el lunes hay inventario".
    'manana|temprano|el+lunes|pasado+manana ,? tengo|hay|me+toca|nos+toca _ examen|turno|clase|clases|trabajo|junta|guardia|cita|que+trabajar|que+ir|auditoria|inventario|entrega|reporte|informe|presentacion|exposicion|reunion|capacitacion|supervision|inspeccion|visita+de+supervision|cierre|que+entregar|que+presentar',
    // "me hice cortes de pelo": a haircut, not a cut.
    'de pelo|cabello|fleco|flequillo|barba|unas|cabellos',
    // "mi jefa me mata si me ve llegar tarde": a nuisance seen, not the writer found.
    'llegar|llegando _ tarde|sin|con',
    'comiendo|durmiendo|jugando|con+el+celular|con+el+cel|sin+uniforme|sin+cubrebocas',
    // "quisiera no estar en esta junta": not wanting to be at an event or a place.
    'en|aqui+en la|esta|el|este|una|un|esa|ese junta|reunion|clase|turno|fiesta|boda|cena|platica|taller|fila|cola|trafico|examen|llamada|zoom|capacitacion',
    'a _ mi|mis|este|esta|ese|esa _ vecino|vecina|vecinos|jefe|jefa|suegra|suegro|companero|companera|companeros|cliente|clientes|supervisor|supervisora',
    'con+la+almohada|con+una+almohada|con+la+pelota|con+el+balon|jugando',
    'de|del _ vacaciones|paseo|compras|risa|verguenza|hambre|sueno|frio|calor|cansancio|ganas|amor|aburrimiento|miedo|nervios|pena|sed|envidia|emocion|flojera|susto|estres|coraje|celos|gusto|felicidad|alegria|orgullo|contento|contenta|ternura|tanto|la+risa|un+disgusto|curiosidad|intriga|ansias|antojo',
    'por _ verte|ir|ver|saber|probar|comer|conocer|llegar|salir',
    'trabajando|estudiando|atajando|entrenando|corriendo|limpiando|cocinando|haciendo|jugando|chambeando|currando|bailando',
    'el+pelo|el+cabello|las+unas|el+fleco|la+barba|el+flequillo|la+luz|el+internet|la+llamada|la+senal|el+agua|el+gas|el+cable|la+linea',
    'bateria|compu|computadora|laptop|impresora|pila|hoja|papel|la+lata|una+lata|vidrio|rasurando|afeitando|pelando|antibiotico|antibioticos|receta|tratamiento|vitaminas|manas|gripa|gripe|covid|virus|chisme|resfriado|costumbres|hamaca|tendedero|cortina|columpio',
    // A drink finished ("me tomé todo el café") and a letter for work ("dejé la carta de renuncia en la mesa").
    'el+cafe|cafe|cafecito|el+refresco|la+coca|el+jugo|la+leche|el+mate|la+sopa|el+caldo|el+atole|la+cerveza|las+chelas|de+renuncia|de+motivacion|de+recomendacion|de+presentacion',
    'el+perrito|el+perro|mi+perrito|mi+perro|el+gato|mi+gato|la+perrita|mi+perrita|la+mascota|mi+mascota|el+gatito|mi+gatito',
    'tranquila|tranquilo|en+paz|hospicio|de+cancer|de+vieja|de+viejo|de+covid|de+un+infarto',
    'en+el+gym|en+el+gimnasio|en+el+examen|en+la+chamba|en+el+trabajo|en+el+curro|en+la+presentacion|en+el+partido',
    'contigo|con+ustedes|en+tus+brazos|a+tu+lado|en+tu+boca',
    'en+el+tren|en+el+metro|en+el+camion|en+el+bus|en+la+oficina|en+la+fila|en+el+trafico|en+la+final|en+la+cancha',
    'si _ llego|llega|llegamos|llegas _ tarde',
    'este|esta|ese|esa proyecto|tarea|reporte|examen|codigo|ensayo|materia|semestre|trabajo|calor|verano|trafico|frio|clima|lluvia|tramite|burocracia|sistema|ruido|humedad|invierno|equipo|club|torneo|temporada|bondi|colectivo|micro|guagua',
    'el|la calor|verano|trafico|frio|clima|lluvia|tramite|burocracia|ruido|humedad|invierno|papeleo',
    'de lo _ ocupad*|cansad*|aburrid*|estresad*|harta|harto|llena|lleno',
    'por _ unas|unos|un|una',
    'si _ no _ entrego|termino|acabo|mando|hago|traigo|tomo|como|duermo|descanso|salgo|veo|voy|llamo|visito|estudio|limpio|ayudo',
    // "me voy a morir si no me dan el aumento", "...si no gana mi equipo".
    'si _ no _ dan|pagan|suben|aceptan|contratan|gana|ganamos|ganan|clasifica|clasificamos',
    // A drink finished, not a bottle of pills: "me tomé todo el café", "me tomé toda la coca" ("todo el frasco" stays).
    'todo|toda el|la|mi|su _ cafe|cafecito|refresco|agua|jugo|leche|te|tecito|mate|coca|sopa|licuado|atole|chocolate|smoothie|horchata|limonada',
    // A dose asked of an everyday painkiller: "¿cuántas pastillas de ibuprofeno puedo tomar?" ("...se necesitan para no despertar" stays).
    'de _ ibuprofeno|paracetamol|tylenol|advil|aspirina|naproxeno|acetaminofen|loratadina|omeprazol|vitamina|vitaminas _ puedo|debo|se+pueden|me+puedo _ tomar',
    'olvide|se+me+olvido',
    // A trivial mishap right after: "me quiero matar jaja se me borro el reporte".
    'se me _ borro|cayo|olvido|perdio|rompio|quemo|descompuso|murio|trabo|colgo|quedo|quedaron', 'me _ llamaron|equivoque|cai|tropece|confundi|cacharon',
    // A message sent to the wrong people: "me quiero matar jaja, mandé el mail a toda la lista sin querer".
    'mande|envie|reenvie|respondi|conteste _ el|un|la|mi _ mail|email|correo|audio|meme|sticker __ a _ toda|todo|todos|mi _ la|el? _ lista|grupo|equipo|oficina|mundo|jefe|jefa',
    'con _ el|los|las|tanto|tanta|este|esta|estos|estas|esa|ese _ excel|formulas|word|powerpoint|impresora|compu|papeleo|trabajo|chamba|curro|junta|juntas|trafico|calor|frio|ruido|vecino|vecinos|ninos|jefe|jefa|tarea|reporte|notas|medicaid|formularios|formulario|pregunta|preguntas|musica|gripa|gripe|tos|resfriado|fiebre|migrana|cruda|resaca',
    'en instagram|insta|ig|tiktok|twitter|redes|face|facebook',
    // English work words read in a bilingual message: "suicide prevention training friday" is the training's name.
    'prevention|awareness|training|trainings|hotline|webinar|workshop|postvention',
    'la risa', 'en la cama',
    ...idiomsOfEffortAndDelight,
    ...tasksPiledUpLaughed,
    ...farewellToAThing,
    ...farewellFromWork,
    ...cardForColleague,
    ...farewellAtWork,
    ...cardForGroup,
    ...cardForTeam,
    ...decisionNamed,
    ...pettyCondition,
    ...effortAtStudy,
    ...sleepBounded,
    ...willAtTheNotary,
    ...moodThatGrabbed,
    ...deedDecided,
    ...nightNamed,
    ...sleepUntil,
    ...toyOrRanchGun,
    ...jobAsLaPega,
    ...nuisanceAfterSigh,
    ...fellBehind,
    ...lastRideAtAnHour,
    ...hungUpOnAPastime,
    ...willSaidOfHeirs,
    ...lettersForAWorkshop,
    ...workPlanNamed,
    ...pastimePlanned,
    ...blunderAfterSigh,
    ...blunderInThePerfect,
    ...steppedAwayAWhile,
    ...goodbyeForAGreeting,
    ...choreAfterFedUp,
    ...connectionAfterSigh,
    ...seenAfterSigh,
    ...fullnessAfterDying,
    ...pettyReasonAfterAct,
    ...newsAfterBlow,
    ...vehicleAfterGrab,
    ...suicideAsFigure,
    ...funeralWishes,
    ...townNamedByPlace,
    ...jumpForSport,
    ...sleepForADayOff,
    ...gadgetAsNuisance,
    ...workoutNearlyDone,
    ...dyingOverAPurchase,
    ...givingOutgrown,
    ...homeUnbearable,
    ...placeBarred,
    ...foodFinished,
  ],
  narrowedTo: narrowedAfterPause,
  deedAsRuin: deedCalledSuicide,
  thingLost: thingLostNotPerson,
  lineReached,
  actingDenied,
  methodThoughtOf,
  sameHere: sameHereEs,
  placeLeft: placeLeftForever,
  awayFor: dayOffNamed,
  // "ya me tomé las pastillas para el dolor de cabeza": medicine told with the ailment it is for (not a whole supply).
  // The work or study that tired the writer (reason-named.ts): "estoy cansado del trabajo, mano", "agotada de tanto estudiar".
  habitQuit,
  tiringStretch: [
    'cansado|cansada|cansao|cansados|cansadas|agotado|agotada|agotao|molido|molida|fundido|fundida|reventado|reventada|harto|harta _ del|de+la|de+las|de+los|de+mi|de+mis|de+tanto _ trabajo|chamba|jale|laburo|curro|turno|turnos|escuela|semana|dia|viaje|gym|partido|estudio|estudios|mudanza|camello|pega|brete|uni|clases|trafico|examenes|examen|tarea|tareas|trabajar|estudiar|manejar|limpiar|caminar',
  ],
  ailmentDose: ['para|pa|pal _ el|la|los|las|mi|mis? _ dolor|dolores|cabeza|muela|muelas|espalda|rodilla|cuello|migrana|jaqueca|gripa|gripe|resfriado|fiebre|tos|garganta|colicos|regla|cruda|resaca|alergia|alergias|presion|azucar|estomago|acidez|gastritis'],
  prescribed: [...spanishRoutineDose, ...doseNamed, ...dayDoseTold, ...doseForAilment, ...pillsOfAnAilment],
};
