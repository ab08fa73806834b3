/**
 * Spanish everyday talk read since the ninety-ninth fresh batch (Cuba, Spain and older Mexican speakers; notation in
 * ../../patterns.ts; joined to the frames in ./frames.ts). Each list reaches a wording the older families missed:
 *
 * `blunderInThePerfect` (idiom, right after the sign): Spain's present perfect for the mix-up told after "me quiero morir"
 * ("…, le he mandado el audio a la jefa en vez de a mi hermana", "…, he puesto el sticker en el grupo equivocado"). The mix-up's
 * own words must stand, as in everyday-blunders-chores-and-bets.ts.
 *
 * `steppedAwayAWhile` (idiom, opening on the sign's last word): "me quito de en medio un rato", "…unas horas": stepping away for
 * a while, not for good. "me quito de en medio para siempre" and a bare "mañana me quito de en medio" stay.
 *
 * `carryingOnAtWork` (pastTime): Cuban "la pincha", Spain's "el curro" and others as the work the writer goes to tomorrow
 * anyway ("mañana voy a la pincha igual"): a time of carrying on, never a time set for an act. "mañana voy al puente" stays.
 */
const participles = 'dicho|puesto|escrito|mandado|enviado|reenviado|contestado|respondido|saludado|llamado|marcado|etiquetado|subido|publicado|comentado|reaccionado';
const mixUp = 'en+vez+de|en+lugar+de|por+error|sin+querer|por+equivocacion|equivocado|equivocada|al+reves';
export const blunderInThePerfect: string[] = [
  `he|has|ha|hemos ${participles} __ ${mixUp}`,
  `me|le|les|yo|y|sin|ya|hoy|que|es+que he|has|ha|hemos ${participles} __ ${mixUp}`,
];

export const steppedAwayAWhile: string[] = [
  'medio|enmedio ,? un|una|unos|unas|media|un+par+de rato|ratito|ratillo|momento|momentito|hora|horas|minutos|horita|tarde',
];

const workGone = 'pincha|curro|tajo|chamba|jale|pega|laburo|trabajo|oficina|turno|fabrica|obra|tienda|guardia';
export const carryingOnAtWork: string[] = [
  `manana|lunes|el+lunes voy|entro|vuelvo|curro|trabajo|tengo _ a|al|en? _ la|el? _ ${workGone} _ igual|de+todas+formas|como+siempre|de+todos+modos|aunque+sea`,
];

/**
 * `scolderSaidInSpain` and `blunderSeenByKin` (scolder, pettyStakes; petty-threat.ts): Spain's "mi madre", "mi padre" scold as
 * "mi mamá" does, and a blunder they will see is small stakes ("mi madre me va a matar cuando vea que me he dejado las llaves
 * otra vez", "…cuando vea la multa"). "mi padre me va a matar si me ve con ella" names no blunder and stays a threat.
 */
export const scolderSaidInSpain: string[] = ['madre|padre|mama+y+papa|viejos|tita|yaya|yayo|iaia'];
export const blunderSeenByKin: string[] = [
  'las+llaves|la+llave|el+movil|el+cargador|la+cartera|el+paraguas|el+jarron|la+vajilla|el+mando|la+multa|la+factura|el+suspenso|los+suspensos|he+suspendido|he+cateado|he+roto|he+perdido|he+olvidado',
];

/**
 * `pillsCheckedOrSwallowedByAPet` (everyday, near a means): pills as stock to check at work ("quién se encarga de las pastillas
 * del botiquín en la sede? hay que revisar caducidades") or swallowed by a pet taken to the vet ("mi perro se comió una pastilla
 * de ibuprofeno, ya lo llevé al veterinario"). "tengo todas las pastillas del botiquín juntas" names neither and stays.
 */
export const pillsCheckedOrSwallowedByAPet: string[] = [
  'quien+se+encarga+de|quien+se+ocupa+de|quien+lleva|caducidad|caducidades|caducados|caducadas|fecha+de+caducidad|vencimiento|vencidas|inventario|reponer|stock',
  'veterinario|veterinaria|al+vete|la+vete|clinica+veterinaria',
];
