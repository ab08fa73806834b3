/**
 * Spanish everyday talk read since the fifty-fifth fresh batch (notation in ../../patterns.ts; joined to the frames in ../es.ts).
 * Each list reaches a wording the older families (everyday-errands-shifts-and-sighs.ts, laughed-off.ts) missed by a spelling
 * or a clause: the sign itself stays read everywhere else.
 *
 * `laughSpelledAround` (joke): laughter typed from the other end ("ajajaj", "ajsjsj"), as common as "jajaja".
 *
 * `blunderAfterSigh` (idiom, right after the sign): an embarrassing mix-up told right after "me quiero morir" ("…, le mandé el
 * audio a la supervisora en vez de a mi hermana", "…, me saludó la jefa y le dije chao en vez de hola", "…, puse el sticker en el
 * grupo equivocado"). A saying or sending verb and the mix-up's own words ("en vez de", "sin querer", "por error") must both
 * stand: "me quiero morir en vez de seguir así" names no mix-up and stays.
 *
 * `goodbyeForAGreeting` (idiom, opening on the goodbye itself): "le dije chao en vez de hola": a goodbye said by mistake.
 *
 * `mischiefBefore` (mishap, read only when the message laughs): a pet, a child or a flatmate ate, broke or spilled the writer's
 * things ("el gato se comió mi almuerzo", "el perro me mordió las chanclas").
 *
 * `choreAfterFedUp` (idiom, opening on the sign's last word): "ya no puedo más con los trastes", "ya no aguanto los lunes", "ya
 * no puedo más con la cola del metro": the chore, the day or the queue borne is named. "ya no puedo más con la vida", "ya no
 * aguanto más esto" name none and stay.
 *
 * `connectionAfterSigh` (idiom, right after the sign): "me quiero morir con esta conexión", "…con el wifi de la oficina".
 *
 * `fullnessAfterDying` (idiom, right after the sign): "me voy a morir de la llenura", "…del empacho".
 *
 * `pettyReasonAfterAct` (idiom, right after the sign): a threat whose reason is a meeting, an exam or a shift named right after
 * it ("me iba a matar porque tengo 3 reuniones seguidas", "me tiro por la ventana porque hay junta"). "me voy a matar porque
 * tengo deudas" names no petty reason and stays.
 *
 * `teamLosing` (mishap): a team's loss bet on ("si boca pierde el domingo…"), beside the existing "si no gana"; a first-person
 * loss ("si pierdo el trabajo") is none.
 *
 * `laughThenJoke` (retract): a laugh then the word for a joke ("jajaja broma", "jsjs chiste"), as "jaja mentira" already was.
 *
 * `ropeForTheMove` (everyday, near a means): rope bought to tie a load for a move ("cuerda pa amarrar el colchón al carro",
 * "mañana nos mudamos"). "compré cuerda para amarrarme" reads "para me amarrar" and stays; so does "compré cuerda y ya sé dónde".
 *
 * `trainingMaterials` (training): slides and courses named the region's way ("las diapos de la formación"). Not "módulo": "en el
 * módulo de autolesiones me di cuenta que lo que hago… cuenta" is a disclosure a lesson set off.
 */

export const laughSpelledAround: string[] = ['ajaj*|ajsj*|ajsk*|jsjs*|jajs*'];

const sayOrSend = 'dije|puse|escribi|mande|envie|reenvie|conteste|respondi|salude|llame|marque|etiquete|subi|publique|comente|reaccione';
const mixUp = 'en+vez+de|en+lugar+de|por+error|sin+querer|por+equivocacion|equivocado|equivocada|al+reves';
export const blunderAfterSigh: string[] = [
  `${sayOrSend} __ ${mixUp}`,
  `me|le|les|yo|y|sin|ya|hoy __ ${sayOrSend} __ ${mixUp}`,
  // The words sent quoted: 'le escribí "te amo" al profe sin querer'.
  `${sayOrSend} _ "? __ "? __ ${mixUp}`,
  `me|le|les|yo|y|sin|ya|hoy _ ${sayOrSend} "? __ "? __ ${mixUp}`,
];

export const goodbyeForAGreeting: string[] = ['chao|chau|adios|bye|hasta+luego en+vez+de|en+lugar+de'];

export const mischiefBefore: string[] = [
  'gato|gata|gatito|perro|perra|perrito|perrita|loro|bebe|nene|nena|hermanito|hermanita|roomie|compa+de+piso _ se|me _ comio|comieron|robo|robaron|rompio|rompieron|derramo|mordio|mojo|cago|meo|tiro|escondio _ mi|mis|el|la|los|las|todo|toda',
];

const chores = 'trastes|platos|loza|ropa|quehaceres|limpieza|cola|fila|metro|bus|micro|combi|trafico|tarea|tareas|lunes|mananas|madrugones|reuniones|juntas|calor|frio|lluvia|humedad|mosquitos|zancudos|ruido|obra|examenes|parciales|finales|papeleo|tramites|burocracia|conexion|internet|wifi|impresora|excel|correos|mails|dieta|gym|gimnasio|mudanza|cajas';
const borneBy = 'el|la|los|las|este|esta|estos|estas|tanto|tanta|tantos|tantas|mi|mis|tu|tus';
// Each list below opens on the sign's own last word ("mas", "aguanto"), so it reads only after that sign.
const fedUp = 'aguanto|soporto|banco|mas|puedo';
export const choreAfterFedUp: string[] = [
  `${fedUp} ,? con ${borneBy} ${chores}|casa`,
  `${fedUp} ,? ${borneBy} ${chores}`,
];

/**
 * `seenAfterSigh` (idiom, right after the sign): the writer caught at something silly, or a clip of theirs from a party seen, told right
 * after "me quiero morir" ("…, el jefe me vio bailando en la cocina", "…, el video del karaoke ya lo vio toda la familia"). The
 * silly doing or the clip must be named: "…, mi mamá me vio las cortadas" names neither and stays.
 */
const watchers = 'jefe|jefa|suegra|suegro|familia|crush|profe|maestra|maestro|supervisora|supervisor|coordi|coordinadora|grupo|mama|papa|abuela|tia|tio|vecino|vecina|cliente|clientes|todos|todo+el+mundo|salon|equipo|oficina|ex';
const sillyDoing = 'bailando|cantando|roncando|babeando|cantar|bailar|en+pijama|en+calzones|en+chones|en+toalla|sin+maquillaje|con+la+bragueta|hablando+solo|hablando+sola|comiendo|tropezando|cayendome|echando+un+pedo|dormido|dormida|jeteado|jeteada';
const clip = 'video|videos|foto|fotos|audio|audios|story|historia|tiktok|reel';
const occasion = 'fiesta|karaoke|boda|posada|baile|cumple|cumpleanos|graduacion|carne+asada|asado|bautizo|xv|quince|quinceanera|reunion|convivio|bailongo|peda|borrachera|brindis';
export const seenAfterSigh: string[] = [
  `el|la|mi|mis|toda|todo|los|las _ ${watchers} _ me _ vio|vieron|cacho|cacharon|pillo|pillaron|escucho|oyo|grabo|grabaron _ ${sillyDoing}`,
  // A clip of a party or a karaoke only: "las fotos que le mandé a mi ex ya las vio todo el mundo" is no silly clip and stays.
  `el|la|mi|mis|los|las|ese|esa _ ${clip} _ de|del _ la|el|mi? _ ${occasion} __ lo|la|los|las|ya+lo|ya+la _ vio|vieron|escucho|escucharon|compartio|compartieron|subio|subieron|paso|pasaron`,
];

export const connectionAfterSigh: string[] = ['con _ el|la|esta|este|esa|ese|mi _ conexion|internet|wifi|senal|red|link|zoom|meet|teams|camara|micro|microfono'];

export const fullnessAfterDying: string[] = ['de|del _ llenura|empacho|indigestion|atracon|tanto+comer|comer+tanto'];

export const pettyReasonAfterAct: string[] = [
  'porque|pq|xq|ya+que _ tengo|hay|toca|tocan|pusieron|ponen _ reunion|reuniones|junta|juntas|examen|examenes|parcial|parciales|clase|clases|turno|turnos|guardia|guardias|entrega|entregas|exposicion|zoom|zooms|inventario|auditoria',
];

export const teamLosing: string[] = ['si _ pierde|pierden|perdemos|desciende|descienden|descendemos|empata|empatan|empatamos'];

export const laughThenJoke: string[] = ['jaj*|jej*|jsj*|ajaj* broma|bromita|bromis|bromilla|chiste|chistecito|joda|cotorreo|vacilon|coto'];

export const ropeForTheMove: string[] = [
  'pa|para amarrar|atar|sujetar|asegurar|tender|colgar _ el|la|los|las|un|una|unos|unas|mi|mis _ colchon|colchones|mueble|muebles|cajas|caja|carga|ropa|lona|toldo|bici|tabla|tablas|maleta|maletas|sofa|refri|lavadora',
  // A mattress alone is no move: "el arma está debajo del colchón" is where a means is hidden.
  'nos mudamos|cambiamos', 'trasteo|acarreo|flete',
];

export const trainingMaterials: string[] = ['formacion|formaciones|diapos|diapositivas|slides|ppt|capacitacion+de|temario'];
