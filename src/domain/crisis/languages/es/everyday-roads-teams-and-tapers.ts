/**
 * Spanish everyday talk that borrows the words of risk, read after the eighty-ninth fresh batch (notation in ../../patterns.ts;
 * joined to the frames by ./frames.ts).
 *
 * `stuckInTraffic` (everyday): a bridge or an overpass named as where the traffic holds the writer ("estoy parada en el puente de
 * la 405 hace una hora, el traffic no tiene perdón", "atorado en el puente, puro trancón"). Only the jam's own words: a road or
 * a highway is also a place to jump from ("me voy a tirar a la autopista" stays).
 *
 * `cardForTeam` (idiom, beside `cardForGroup`): a farewell letter for the team the writer leaves ("la carta de despedida pal equipo"), as
 * `cardForGroup` is for participants; "la carta de despedida para mi familia" stays.
 *
 * `doseTapered` (frame `tapered`, ../../dose-tapered.ts): a medicine the prescriber lowered little by little ("el psiquiatra me
 * las fue bajando de a poquito", "la doctora me quitó el clonazepam poco a poco"): a recovery told, so the learned opinion adds no
 * route when the reading found nothing.
 */
// The jam named as the writer's own ride: "el traffic de LA", "este tráfico horrible", "atorada en el trancón", "puro tráfico".
// Starts on the article, so it stands within reach of a bridge named at the start of the sentence; no "no" inside, as a negator in
// the use would deny it ("el traffic no tiene perdón" is read from "el traffic de").
const jam = 'trafico|traffic|trancon|tranque|atasco|embotellamiento';
export const stuckInTraffic: string[] = [
  `el|este|ese|pinche|maldito|puro|mucho|tanto|que|del ${jam} de+la|de+aqui|de+hoy|de+esta+hora|de+la+ciudad|del+centro|de+mierda|de+locos|esta|estaba|horrible|terrible|infernal|brutal|insano|imposible|fatal|de+la+chingada|a+vuelta+de+rueda|parado`,
  `atorada|atorado|atascada|atascado|varada|varado|detenida|detenido _ en+el|por+el|en+un|por+un ${jam}`,
  `puro|mucho|tanto|pinche|maldito ${jam}`,
];

// Starts on "para", as `cardForGroup` does: an idiom is read after the sign it explains.
export const cardForTeam: string[] = ['para|pa|a el|mi|todo+el|mis|los|las|todos+mis equipo|staff|team|companeros|companeras|colegas|personal'];

const prescriber = 'psiquiatra|doctor|doctora|medico|medica|doc|psiqui|neurologo|neurologa';
export const doseTapered: string[] = [
  `${prescriber} _ me _ las|los|la|lo _ fue|fueron|ha+ido|va|esta|estuvo _ bajando|quitando|reduciendo|retirando|disminuyendo|espaciando`,
  `${prescriber} _ me _ quito|retiro|bajo|redujo __ de+a+poquito|poco+a+poco|de+a+poco|gradualmente|de+a+pocos`,
  `${prescriber} _ me _ las|los|la|lo _ fue|fueron _ bajando|quitando _ de+a+poquito|poco+a+poco|de+a+poco|gradualmente`,
];
