/**
 * Spanish everyday talk read since the fifty-third fresh batch (notation in ../../patterns.ts; joined to the frames in ../es.ts).
 *
 * `pillsForAilment` (everyday, near a means): pills fetched, bought or handed over with the ailment they treat ("a por las pastillas
 * del tiroides", "me dieron unas pa la gripa"), or beside an ailment the writer has ("ando con gripe"). Pills gathered ("ya junté
 * las pastillas de la presión") are no errand, and a pharmacy named alone explains nothing.
 * A purpose said after the pills ("para no despertar") is its own sign and stays.
 *
 * `shiftOrThingLeft` (leaving): a last shift or a last day at work ("mi último turno", Spanglish "last day"), and a thing sold or
 * scrapped ("me despido de la furgo", "al desguace", "al deshuesadero"), so a goodbye told with it is the shift's or the thing's.
 *
 * `nuisanceAfterSigh` (idiom, right after the sign): a sigh followed by the nuisance it is about ("que dios me lleve, otra vez se
 * cayó el sistema", "no aguanto más, llego en una hora", "ya no aguanto a mis hijos de vacaciones", "no aguanto más esto de
 * viajar"), or a person named by role ("ya no aguanto a la coordinadora"). "no aguanto más esto de vivir" names no nuisance and stays.
 *
 * `nuisanceBefore` (mishap, read only when the message laughs): a cut, a system down, a day off taken away, a long meeting.
 *
 * `fellBehind` (idiom, right after "colgarse"): the regional "colgarse con" for falling behind or keeping money ("me colgué con el
 * correo", "se colgó con la plata"); "me cuelgo con el cinturón" names no chore.
 *
 * `willSaidOfHeirs` (idiom, right after "cuando me muera"): who inherits ("te quedas con la casa", "les dejo todo"): a will.
 *
 * `lettersForAWorkshop` (idiom, right after "ya escribí las cartas"): letters of feedback for a workshop or a class.
 *
 * `laughThenNo` (retract): a laugh then "no", "naa", "mentira" taken back ("jajaja no, pero me muero de bronca").
 */

const ailmentLink = 'del|de+la|de+las|de+los|para+el|para+la|para+las|pa+el|pa+la|pal|contra+la|contra+el';
const ailments = 'tiroides|tiroide|colesterol|presion|tension|azucar|diabetes|gripe|gripa|resfriado|migrana|jaqueca|alergia|alergias|acidez|gastritis|reflujo|corazon|tos|artritis|asma|anemia|hierro|estomago|colitis|garganta|fiebre';
export const pillsForAilment: string[] = [
  // Fetched, bought or handed over with the ailment named: "a por las pastillas del tiroides", "me dieron las del colesterol".
  // Pills gathered ("ya junté las pastillas de la presión") are no errand, whatever they treat.
  `compre|compro|comprar|comprando|por|me+dieron|me+mandaron|me+recetaron|me+cambiaron|a+por|voy+por|paso+por|pasar+por|recoger|recogi _ las|unas|mis|la|una|mi? _ @pastillas|las|la _ ${ailmentLink} _ ${ailments}`,
  // An ailment the writer has: "ando con gripe, me compré unas pastillas". A pharmacy alone explains nothing: "compré pastillas en
  // la farmacia para no despertar" stays.
  `ando|estoy|tengo|ando+con|estoy+con|me+dio|me+pego _ ${ailments}`,
];
const workplace = 'aqui|clinica|clinic|oficina|chamba|curro|laburo|pega|trabajo|centro|hospital|programa|agencia|planta|tienda|escuela|sede';
export const shiftOrThingLeft: string[] = [
  // Said with the place ("mi último turno aquí", "mi última guardia en el hospital"): "hoy es mi último turno, gracias por todo"
  // names no workplace and may be the last of a life.
  `ultimo|ultima turno|guardia|jornada|shift ,? aqui|aca`,
  `ultimo|ultima turno|guardia|jornada|shift en|de _ el|la|esta|este? _ ${workplace}`,
  `ultimo dia _ en|de _ el|la? _ ${workplace}`,
  'last day|turno|shift',
  'me despedir.yo|despido|despedi _ de _ mi|la|el|nuestro|nuestra _ carro|coche|auto|vocho|vochito|furgo|furgoneta|camioneta|moto|bici|depa|piso|barrio|oficina|escritorio|celular|cel|compu|sofa|uniforme',
  'desguace|deshuesadero|chatarrero|yonke|junkyard|chatarreria',
];

const nuisances = 'sistema|internet|wifi|luz|red|senal|servidor|plataforma|pagina|app|compu|bondi|colectivo|micro|guagua|bus|metro|camion';
// Each idiom below opens on the sign's own last word, so it reads only after that sign ("cuida a mis hijos" is no nuisance).
const fedUp = 'aguanto|soporto|banco|mas';
const roles = 'coordinadora|coordinador|jefa|jefe|jefes|supervisora|supervisor|gerente|encargada|encargado|directora|director|patron|patrona|companera|companero|companeros|compa|roomie|suegra|suegro|cunada|cunado|vecina|vecino|profe|profesora|profesor|maestra|maestro|cliente|clientes|doña|dona|don|ex|esposo|esposa|marido|novio|novia|hermana|hermano';
export const nuisanceAfterSigh: string[] = [
  `lleve|recoja ,? otra+vez|de+nuevo ,? se _ cayo|fue|colgo|trabo|murio|cae|va _ el|la _ ${nuisances}`,
  `${fedUp} ,? llego|llegando|llegare|voy+llegando|ya+llego _ en|como|tarde|late|a+las|al`,
  `${fedUp} ,? a|con _ mis|los|las|estos|estas _ hijos|hijas|ninos|ninas|chamacos|crios|chiquillos|cabros|pibes|escuincles|vecinos|suegros`,
  // A person at work or at home named by role ("ya no aguanto a la coordinadora", "no soporto al jefe", "no banco a mi suegra"):
  // venting about someone, not about living. "ya no aguanto a nadie" and "no me aguanto a mí misma" name no role and stay.
  // "banco" alone is also the bank ("le pasé la clave del banco a mi hermana"): here only "no banco" or "banco más".
  `aguanto|soporto|mas|no+banco ,? a|al|con _ la|el|mi|mis|esta|este|los|las? _ ${roles}`,
  // People named by where they work ("ya no aguanto a los de nómina", "no soporto al de sistemas", "a la de recursos humanos").
  'aguanto|soporto|no+banco ,? a|con _ los|las|la|el de|del',
  'aguanto|soporto|no+banco ,? al de|del',
  // A chore or a season named right after (fresh batch 95): "no doy más con este laburo", "no puedo más con la facu" ("con la vida" stays).
  `doy+mas|puedo+mas|aguanto+mas|mas con _ este|esta|el|la|los|las|mi|mis _ laburo|trabajo|chamba|facu|facultad|tesis|calor|frio|trafico|papeleo|mudanza|obra|parcial|parciales|finales|guardias|turnos|materia|materias`,
  `${fedUp} ,? esto|eso _ de _ viajar|manejar|esperar|madrugar|hacer+fila|andar+en|ir+en|tomar+el|tomar+la`,
  `${fedUp} ,? el|la|este|esta _ traffic|taco|tranque|trancon|embotellamiento|fila|cola`,
];

export const nuisanceBefore: string[] = [
  `se _ va|fue|cae|cayo|corta|corto _ la|el _ ${nuisances}`,
  'apagon|apagones|sin+luz|gasolina|gas+prices|el+precio|los+precios|reunion|reuniones|capacitacion|capacitaciones',
  // A game bet: "si boca no gana el domingo…".
  'si _ no _ gana|ganamos|ganan|clasifica|clasificamos|pasa|pasamos',
  'me _ han+quitado|quitaron|cancelaron|movieron|cambiaron _ el|la|mi|mis _ finde|fin+de+semana|libre|dia+libre|vacaciones|descanso|franco',
];

export const fellBehind: string[] = [
  'colgue|colgo|cuelgo|cuelga|colgar|colgado|colgada con _ el|la|los|las|mi|mis|su|sus|tu|tus _ plata|dinero|lana|billete|vuelto|cambio|pago|pagos|cuota|renta|alquiler|correo|correos|mail|mails|mensajes|whatsapp|tarea|tareas|trabajo|entrega|informe|reporte|examen|deuda|deudas|cuentas|respuesta|llamada|papeles|tramite|serie|pedido',
];

/** "me colgué mirando series", "me colgué con el celu": the Southern Cone "colgarse" for getting lost in a pastime ("me cuelgo del ventilador" names none). */
export const hungUpOnAPastime: string[] = [
  'colgue|colgo|cuelgo|cuelga|colgamos|colgado|colgada mirando|viendo|jugando|hablando|leyendo|charlando|scrolleando|boludeando|chusmeando|en+tiktok|en+instagram|en+youtube|en+la+compu|con+el+celu|con+el+celular|con+la+play|con+la+serie|con+una+serie|con+el+partido|con+el+libro|con+la+novela',
  // "la encontraron colgada del teléfono": hanging on the phone for hours, talking ("colgada en el baño" names a place, not a phone).
  'colgado|colgada|colgados|colgadas|colgao|colga del|al|con+el|en+el _ telefono|telefonito|celular|celu|cel|fono|movil|tel|phone',
];

export const willSaidOfHeirs: string[] = [
  'muera|muero ,? te|les|se|nos _ quedai|quedas|quedan|queda|quedamos|toca|tocan|dejo|heredas|heredan|hereda|reparten|repartes',
];

export const lettersForAWorkshop: string[] = [
  'carta|cartas para _ los|las|mis|cada|el|la _ chicos+del+taller|chicas+del+taller|taller|clase|curso|alumnos|alumnas|estudiantes|participantes|devolucion',
];

/** `workPlanNamed` (idiom, opening on the plan itself): a safety or care plan made at work ("hice el plan de seguridad con él"). */
export const workPlanNamed: string[] = ['plan de _ seguridad|crisis|cuidado|cuidados|accion|tratamiento|intervencion|trabajo|emergencia', 'safety+plan|care+plan'];

export const laughThenNo: string[] = ['jaj*|jej*|jsj* no ,? pero', 'jaj*|jej*|jsj* naa|nah|nel|mentira|mentiras|mentirita'];
