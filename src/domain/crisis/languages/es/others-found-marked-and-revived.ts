/**
 * Someone else's crisis told the Cuban, Spanish and older Mexican way, read since the ninety-ninth fresh batch (notation in
 * ../../patterns.ts, joined by ../es.ts):
 * - found hanged or overdosed: "a mi vecino lo han encontrao colgao", "lo encontraron en el cuarto con una sobredosis"
 *   ("lo encontraron en el cuarto con el móvil" names no crisis);
 * - naloxone that had to be given: "ayer le tuvieron que poner naloxona en la calle";
 * - arms full of fresh marks on someone else: "la participante nueva tiene los brazos llenos de marcas recientes"
 *   (the writer's own marks are self-harm, own-risk-said-in-spain-and-cuba.ts);
 * - a child abused told by a grandparent: "mi nieta me contó que su padrastro le hace cosas" ("le hace cosas de comer" is
 *   cooking: only a kin or carer with no food after).
 */
const limb = 'brazo|brazos|munecas|muneca|piernas|pierna|muslos|muslo';
const abuser = 'padrastro|madrastra|tio|abuelo|primo|novio|vecino|profe|profesor|entrenador|cura|catequista|padrino|cunado|hermanastro|papa|padre';

export const othersFoundMarkedAndRevived: Record<string, string[]> = {
  'other-death': [
    'lo|la|los _ han+encontrado|encontraron|hallaron|encontre|encontramos|han+hallado|encontraran _ colgado|colgada|colgao|colga|ahorcado|ahorcada',
  ],
  'other-overdose': [
    'lo|la|los|las _ han+encontrado|encontraron|hallaron|encontre|encontramos|han+hallado __ con _ una? _ sobredosis|sobredosi',
    'le|les|la|lo _ tuvieron+que|tuvimos+que|tuve+que|han+tenido+que|hubo+que|tenian+que _ poner|dar|meter|aplicar|inyectar|chutar _ el|la|un|dos? _ narcan|naloxona',
  ],
  'other-self-harm': [
    `tiene|trae|lleva _ el|los|las|la _ ${limb} _ lleno|llenos|llena|llenas _ de _ cortes|cortadas|cortaditas|marcas+recientes|marcas+nuevas|marcas+frescas|heridas+recientes`,
  ],
  'other-disclosure': [
    `su|el|mi _ ${abuser} _ le|la|lo _ hace|hacia|hizo|hacen|hacian|ha+hecho _ cosas|tocamientos`,
  ],
};
