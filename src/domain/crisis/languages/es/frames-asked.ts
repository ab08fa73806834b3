/**
 * Spanish frames a sign's own words take back (notation in ../../patterns.ts): a screening question answered no
 * (asked-and-denied.ts: "el médico me preguntó si tenía pensamientos de muerte y le dije que no"), a window on the ground
 * floor (no-height.ts: "me tiro por la ventana, es planta baja"), the question a training quotes (topic-talk.ts), a relative's
 * threat over small stakes (petty-threat.ts). Part of the Spanish frames (../es.ts).
 */
import type { Lexicon } from '../../lexicon.js';
import { newsAsDoer, vehicleAsDoer } from './everyday-blows-and-cycles.js';
import { teamAsDoer } from './everyday-pauses-figures-and-funerals.js';
import { critterAsDoer, frightGiven } from './everyday-frights-critters-and-contests.js';
import { kinHelpsOut } from './everyday-checks-help-and-services.js';
import { blunderSeenByKin, scolderSaidInSpain } from './everyday-steps-away-and-perfect-blunders.js';

export const spanishFramesOfAsking: Pick<Lexicon['frames'], 'askedIf' | 'saidNo' | 'notSo' | 'groundLevel' | 'window' | 'toYou' | 'saidYes' | 'pettyStakes' | 'scolder' | 'killMe' | 'littleDoer' | 'pettyThreatStakes' | 'harmlessDeed' | 'kinHelpsOut'> = {
  // The question put to the writer: "me preguntó si", "me preguntaste si", "me pregunta si", "me preguntaron si".
  askedIf: ['pregunto|pregunta|preguntaste|preguntaron|preguntan|pregunte|preguntaba _ si'],
  // The answer: "le dije que no", "le contesté que no", "dije que no", "no, para nada".
  saidNo: [
    'dije|conteste|respondi|dijo|dijimos|digo|contesto|respondo _ que _ no',
    'respuesta _ fue|es _ no',
    // No punctuation in a pattern: the indexed finder never starts on it nor needs it ("no, para nada" is read by "para nada").
    'para nada',
    'que va|en+absoluto',
  ],
  // The answer taken back: "le menti", "pero", "aunque", "la verdad es que si".
  notSo: ['menti|mentira|mentirle|mentido|pero|aunque|sin+embargo|la+verdad+es+que+si', 'la verdad _ que _ si'],
  // A jump from a window on the ground floor (no-height.ts): "es planta baja", "vivo en un primer piso", "es un bajo".
  groundLevel: ['planta baja', 'primer|1er piso', 'piso|planta _ 1|uno', 'es+un|vivo+en+un bajo', 'sotano|casa+de+un+piso|casa+de+una+planta'],
  window: ['ventana|ventanas|balcon'],
  // The question a training practises, quoted after it: "¿estás pensando en suicidarte?", "¿ha pensado en hacerse daño?".
  // A bare "sí" folds to "si", which is also "if": any "si" after the question keeps the sign, erring towards risk.
  saidYes: ['si', 'la verdad _ que _ si'],
  // A threat over small stakes by a relative or a boss (petty-threat.ts): "me va a matar si no llevo el mole al bautizo".
  pettyStakes: [
    'mole|tamales|pastel|postre|pozole|la+comida|la+cena|el+guiso|bautizo|boda|quince|quinceanera|cumple|cumpleanos|posada|carne+asada|asado|la+fiesta|la+misa|la+reunion|a+tiempo|tarde|temprano|partido',
    // A bill or a report card seen: "mi mamá me va a matar cuando vea la cuenta del cel".
    'la+cuenta|el+recibo|las+calificaciones|la+boleta|las+notas|el+desorden|el+tiradero|el+carro+rayado|la+tele|el+cuarto',
    ...blunderSeenByKin,
  ],
  // Never a partner or an ex ("mi esposo", "mi novio" are no scolders).
  scolder: ['abuela|abuelo|abue|suegra|suegro|tia|tio|mama|mami|ama|papa|papi|apa|hermana|hermano|prima|primo|jefa|jefe|patron|patrona|padrino|madrina|maestra|maestro|profe|coach|entrenador|hija|hijo|sobrina|sobrino|nieta|nieto', ...scolderSaidInSpain],
  // What a relative threatens over family stakes (petty-threat.ts `pettyThreatLaughedOff`): not speaking to the writer, telling on
  // them, old school or baby pictures, the phone or the wifi taken. Never a blow, a throwing out, or private pictures posted.
  pettyThreatStakes: [
    'con _ no _ me? _ hablar*|contestar*|dirigir*|invitar*|prestar*|volver+a+hablar*',
    'con _ decir*|contar*|acusar* _ a|con? _ mi|mis|la|el _ mama|papa|abuela|abuelo|papas|jefa|maestra|profe|tia',
    'con _ ensenar*|mostrar*|subir*|enseñar* _ mis|las|una|mi _ fotos|foto|videos|video _ de _ la|el|cuando|bebe|chiquita|chiquito _ prepa|secundaria|primaria|kinder|bebe|era|chiquita|chiquito|nina|nino',
    'con _ me? _ quitar*|esconder*|cambiar*|apagar* _ el|la|mi _ celular|cel|internet|wifi|tele|control|contrasena|clave|consola|play|xbox|netflix',
  ],
  // A small child or a pet as the doer (little-doer.ts): "mi hijo de dos años me dejó encerrada afuera".
  // "el bebé no me dejó dormir", "los niños no me dejaron dormir": the baby with its article ("mi bebé" may be a partner) and small
  // children together.
  // News, a relapse or a loss before "me pegó duro" is a blow of feeling, not a doer (./everyday-blows-and-cycles.ts).
  // A team before "me va a matar" is a fan's sigh (./everyday-pauses-figures-and-funerals.ts).
  littleDoer: [...newsAsDoer, ...vehicleAsDoer, ...teamAsDoer, 'bebito|bebita|nene|nena|chiquito|chiquita|perrito|perrita|gatito|gatita|gato|gata|perro|perra|mascota|cachorro|cachorra|michi', 'el|la bebe|beba', 'los|las|mis ninos|ninas|peques|nenes|bebes|chamaquitos|chiquillos|escuincles|cipotes|gurises|carajitos|chiquitos', 'hijo|hija|nino|nina|sobrino|sobrina|nieto|nieta _ de _ uno|un|dos|tres|cuatro|1|2|3|4 _ ano|anos|anitos|anito'],
  // An animal as the doer, a fright as the deed (./everyday-frights-critters-and-contests.ts).
  harmlessDeed: [...critterAsDoer, ...frightGiven],
  kinHelpsOut,
  // Said to the writer in the scolder's own words too: "mi mamá me dijo: si llegas tarde te mato".
  killMe: ['me _ matar|mata|mato|ahorca|ahorcar', 'me+va+a|me+van+a matar', 'te mato|matare|ahorco', 'te+voy+a|voy+a+te matar|ahorcar'],
  toYou: ['estas|has|tienes|piensas|quieres|te+has|te+sientes|ha|tiene|piensa|quiere|usted|se+siente|te|tu'],
};
