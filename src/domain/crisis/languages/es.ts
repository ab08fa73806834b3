import type { Lexicon } from '../lexicon.js';
import { spanishFrames } from './es/frames.js';
import { harmFamilies } from './es/harm-families.js';
import { harmFromOthersConcepts } from './es/harm-from-others.js';
import { ownRiskConcepts } from './es/own-risk.js';
import { imminentFamilies } from './es/imminent-families.js';
import { ownRiskFamilies } from './es/own-risk-families.js';
import { someoneElseFamilies } from './es/someone-else-families.js';
import { someoneElseConcepts } from './es/someone-else.js';
import { makeSentences } from './es/tokens.js';
import { takenAndAtHand } from './es/taken-and-at-hand.js';
import { goodbyesAndFaith } from './es/goodbyes-and-faith.js';
import { wishesSaidPlainly } from './es/wishes-said-plainly.js';
import { harmToldSideways } from './es/harm-told-sideways.js';
import { harmThreatsSaidToYou } from './es/harm-threats-said-to-you.js';
import { harmIntrudedInSleep } from './es/harm-intruded-in-sleep.js';
import { othersInCaseNotes } from './es/others-in-case-notes.js';
import { harmWatchedAndCornered } from './es/harm-watched-and-cornered.js';
import { imminentSaidSideways } from './es/imminent-said-sideways.js';
import { imminentGoodbyesAndMeans } from './es/imminent-goodbyes-and-means.js';
import { othersToldByThoseNear } from './es/others-told-by-those-near.js';
import { imminentSettledAndSet } from './es/imminent-settled-and-set.js';
import { imminentUrgencySpreadEs } from './es/imminent-urgency-spread.js';
import { othersMissingAndHurt } from './es/others-missing-and-hurt.js';
import { wishesSaidRegionally } from './es/wishes-said-regionally.js';
import { ownRiskSaidSoftly } from './es/own-risk-said-softly.js';
import { ownRiskWishedSideways } from './es/own-risk-wished-sideways.js';
import { imminentFoundAndWarned } from './es/imminent-found-and-warned.js';
import { imminentGoingToldApart } from './es/imminent-going-told-apart.js';
import { ownRiskSpreadEs } from './es/own-risk-spread.js';
import { wishesAndDosesInChat } from './es/wishes-and-doses-in-chat.js';
import { imminentSaidInChat } from './es/imminent-said-in-chat.js';
import { harmMoneyBodyAndPapersEs } from './es/harm-money-body-and-papers.js';
import { othersOnTheCaseloadEs } from './es/others-on-the-caseload.js';
import { imminentSentAndShut } from './es/imminent-sent-and-shut.js';
import { harmFollowedAndDoubted } from './es/harm-followed-and-doubted.js';
import { othersRevivedAndControlled } from './es/others-revived-and-controlled.js';
import { harmLockedOutAndTurnedUpEs } from './es/harm-locked-out-and-turned-up.js';
import { othersDisclosedAndFoundEs } from './es/others-disclosed-and-found.js';
import { harmBlockedInAndImpersonatedEs } from './es/harm-blocked-in-and-impersonated.js';
import { othersStashedPostedAndShutInEs } from './es/others-stashed-posted-and-shut-in.js';
import { othersPostedAFarewellEs } from './es/others-posted-a-farewell.js';
import { lifelineUnanswered } from './es/lifeline-unanswered.js';
import { affairsHandedOverAndMeansThoughtOf } from './es/affairs-handed-over-and-means-thought-of.js';
import { goingWishedForeverRead } from './es/everyday-absences-and-wished-goings.js';
import { ownIdeationNamed } from './es/own-ideation-and-home-unbearable.js';
import { threatsPassedOnAndNotesLeft } from './es/threats-passed-on-and-notes-left.js';
import { harmSoughtAndComingForMe } from './es/harm-sought-and-coming-for-me.js';
import { imminentRegionalGunsAndHeights } from './es/imminent-regional-guns-and-heights.js';
import { beltBlowsAndMedicineDropped } from './es/belt-blows-and-medicine-dropped.js';
import { othersLeavingForeverUnanswered } from './es/others-leaving-forever-unanswered.js';
import { harmToldToDieEs } from './es/harm-told-to-die.js';
import { othersDoneWithLiving } from './es/others-done-with-living.js';
import { ownSleepWishedAsRelief } from './es/own-sleep-wished-as-relief.js';
import { imminentDosesWithheld } from './es/imminent-doses-withheld.js';
import { harmAnonymousWarning } from './es/harm-anonymous-warning.js';
import { harmThrownOutAfterTelling } from './es/harm-thrown-out-after-telling.js';
import { harmSharedHiddenAndChased } from './es/harm-shared-hidden-and-chased.js';
import { ownRiskSaidInSpainAndCuba } from './es/own-risk-said-in-spain-and-cuba.js';
import { othersFoundMarkedAndRevived } from './es/others-found-marked-and-revived.js';

/**
 * Spanish as it is written in chat in the US, Latin America and Spain: accents often dropped (folded
 * away before this runs), "q" for "que", "x" for "por", "k" for "qu". No language model: es/tokens.ts
 * cuts words, expands chat spellings, reads verbs by family and person (es/verbs.ts) and moves pronouns
 * fixed to a verb before it. Vocabulary from public warning-sign and self-harm code pages listed in
 * test/fixtures/crisis-corpus/vocabulary.md.
 */
import { harmPapersAndPatrones } from './es/harm-papers-and-patrones.js';
import { othersToldPlainly } from './es/others-told-plainly.js';
import { othersWarningSignsEs } from './es/others-warning-signs.js';
import { othersEatingDisorderEs } from './es/others-eating-disorder.js';
import { spanishFragmentWords } from './es/fragment-words.js';
import { spanishHyperboleWords } from './es/hyperbole-words.js';
import { imminentHandedOutAndUnderstood } from './es/imminent-handed-out-and-understood.js';
import { ownRiskReasonsGone } from './es/own-risk-reasons-gone.js';
import { ownRiskFearedAndIndifferent } from './es/own-risk-feared-and-indifferent.js';
import { othersFearedToAct } from './es/others-feared-to-act.js';
import { timesOnThe24HourClock } from './es/times-on-the-24-hour-clock.js';
import { crashAndTheRestTaken } from './es/crash-and-the-rest-taken.js';
import { harmFollowedInTheStreet } from './es/harm-followed-in-the-street.js';
import { harmCutOffAndFollowedForDays } from './es/harm-cut-off-and-followed-for-days.js';
import { harmDosedAndPinchedEs } from './es/harm-dosed-and-pinched.js';
import { othersPurgedToTheErEs } from './es/others-purged-to-the-er.js';
import { ownWishedFinishedOffEs } from './es/own-wished-finished-off.js';
import { ownHarmEscalatedEs } from './es/own-harm-escalated.js';
import { harmAtHomeOverFood } from './es/harm-at-home-over-food.js';
import { imminentCalmAfterSettling } from './es/imminent-calm-after-settling.js';
import { imminentDosesKeptBack } from './es/imminent-doses-kept-back.js';
import { imminentFarewellsInSpainAndRioDeLaPlata } from './es/imminent-farewells-in-spain-and-rio-de-la-plata.js';
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));
/**
 * The young and the old named the region's way, as a peer worker names the people they walk with: "un chamaco del programa",
 * "el patojo de la casa", "una guambra del colegio", "la viejita de mi ruta", "don Pedro", "mi mai", "mi viejo" and "mi vieja" (a
 * father and a mother, said so in the Southern Cone). Third persons, as "chavo" is.
 */
// Housemates said in Spanglish: "mi roomie tiene los labios morados", "mi roomate no despierta" (a third person, like "compi").
const housematesInSpanglish = 'roomie roomies rumi roomate roommate roomi';
/**
 * Kin and friends said fondly, as the diminutive of a word read as someone else: "mi hermanita se corta", "mi primito
 * se tomó unas pastillas" are theirs as "mi hermana", "mi primo" are. Made from the base words so the two never drift apart;
 * "mijo", "manito" and other words of address stay in `addressees`.
 */
const kinSaidFondly = 'hermano hermana primo prima hijo hija nieto nieta sobrino sobrina amigo amiga novio novia'
  .split(' ')
  // "amigo" → "amiguito": a "g" keeps its sound before the "i" with a "u".
  .map((word) => `${word.slice(0, -1)}${word.at(-2) === 'g' ? 'u' : ''}it${word.slice(-1)}`)
  .join(' ');

// Friends and partners said the Cuban and Spanish way: "a mi socio lo encontraron con una sobredosis", "mi ecobio", "el tronco", "mi jeva".
const friendsSaidInCubaAndSpain = 'socio socia ecobio consorte tronco tronca jeva jevo';

const youngAndOldSaidRegionally = 'desconocido desconocida chamaco chamaca chavalo patojo patoja guambra carajito carajita chiquillo chiquilla caballero muchachito muchachita nene nena mai pai don viejita viejito viejo vieja viejos';

/** Verb families as a writer says them of themself (I, or the infinitive), and of someone else. */
const kill = 'matar suicidar autoeliminar ahorcar envenenar desvivir colgar';
const throwSelf = 'tirar aventar lanzar arrojar saltar';
const golpes = 'quemar cortar aranar rasgunar atacar pegar golpear empujar ahorcar estrangular patear cachetear abofetear jalonear arrastrar encerrar agarrar zarandear azotar morder escupir madrear aporrear sacudir lastimar amarrar cascar fajar'.split(' ');
const personsOf = (verbs: string, person: 'yo' | 'el') => verbs.split(' ').flatMap((verb) => [`${verb}.${person}`, `${verb}.nf`]).join('|');

// Pills and poisons by their regional or brand names: "las pepas" (Colombia), "orfidales" (Spain), "gramoxone" for the fields.
const regional = 'ansioliticos|ansiolitico|antipsicoticos|benzodiacepinas|tranquilizantes|opioides|quetiapina|pregabalina|pepas|orfidales|orfidal|lorazepam|diazepam|alprazolam|valium|morfina|tramadol|lexatin|trankimazin|zolpidem|benzos|gramoxone|paraquat|matarratas|herbicida|plaguicida';
const pills = 'pastillas|pastilla|medicinas|medicamentos|pildoras|clonazepam|clonas|pastis|insulina|tylenol|paracetamol|rivotril|xanax|tafil|ibuprofeno|antidepresivos|somniferos|calmantes|veneno|cloro|raticida|insecticida|anticongelante|oxy|oxis|fentanilo|' + regional;

const macros: Record<string, string> = {
  refl: 'me|se',
  aux: 'queriendo|deseando|he+vuelto+a|voy+a|iba+a|ire+a|quiero|quisiera|queria|puedo|podria|deberia|debo|tengo+que|tenia+que|pienso|pensando+en|necesito|estoy|estaba|ando|andaba|vuelvo+a|volvi+a|acabo+de|dan+ganas+de|he|intente|hubiera|podia|ganas+de|de+verdad|neta|si|hoy|ya|mejor',
  aux_el: 'ha+vuelto+a|va+a|iba+a|ira+a|quiere|quiso|queria|quisiera|puede|podria|debe|tiene+que|tenia+que|piensa|pensando+en|necesita|esta|estaba|anda|andaba|vuelve+a|volvio+a|acaba+de|ha|habia|intento|intentado|hubiera|ya|de+verdad|mejor',
  aux3: 'siguen|estan|ha+vuelto+a|sigue|siguio|volvio+a|vuelve+a|re|esta|estaba|anda|andaba|quiere|quiso|intento|ha|habia|vive|siempre|ya',
  future3: 'va+a|iba+a|van+a|ira+a|iban+a|vas+a',
  matarse: personsOf(kill, 'yo'),
  matarse_el: personsOf(kill, 'el'),
  tirarse: personsOf(throwSelf, 'yo'),
  // What may stand between the throw and the place ("me tiro ahorita del puente"), never a thing thrown ("me tiró piedras a la ventana").
  salto: 'ya|hoy|ahorita|ahora|mismo|de+una|manana|esta+noche|yo|de+verdad|por+fin|otra+vez|directo|directamente|mejor|asi|nomas|solo|sola|sin+miedo|de+cabeza|por|desde|de|del|al|a|la|el|las|los|mi|un|una|este|esta|ese|esa|aquel|aquella|alto|mas|tan|lo|encima|arriba|abajo|pa|para|hacia|en|mero|ultimo|otro|cuando|venga|pase|llegue|viene|pasa|llega',
  tirarse_el: personsOf(throwSelf, 'el'),
  golpes: golpes.map((verb) => `${verb}.el`).join('|') + '|pegando|golpeando|empujando|jaloneando|maltrata|maltrato',
  golpes_nf: golpes.map((verb) => `${verb}.nf`).join('|'),
  hurt: 'matar.nf|desaparecer.nf|hacer+algo|hacer+dano|lastimar.nf|partir|romper|quemar.nf|quitar.nf|pegar.nf|golpear.nf|buscar|encontrar.nf|ir+a+buscar|arrepentir|matarte',
  quiero: 'quiero|quisiera|queria|quier|quiere|deseo|ojala|necesito|prefiero|ganas|querer|quisiere|apetece|gustaria|provoca',
  // High places, not transit: "estoy en el metro" is a commute, "estoy arriba del puente" is not.
  alto: 'puente|azotea|techo|represa|embalse|cornisa|barandal|terraza|acantilado|barranco|precipicio|presa|paso+a+desnivel|viaducto|risco|ultimo+piso|vias+del+tren|balcon|malecon|barda|edificio',
  // A means held, kept or bought: "tengo el cuchillo en la mano", "compre el veneno", "el revolver de mi tio".
  medio: 'cuchillo|navaja|cuchilla|pistola|revolver|arma|fierro|escopeta|soga|cuerda|lazo|mecate|cinturon|veneno|raticida|fentanilo|fenta|frasco|blister|' + pills,
  // Means that are rarely everyday when someone says they have them ("tengo el revolver"; not knives, pills or charcoal).
  armas: 'pistola|revolver|arma|fierro|escopeta|soga|cuerda|lazo|mecate|veneno|raticida|fentanilo|fenta',
  pastillas: pills,
  regional,
  cuantas: '10|12|15|20|25|30|40|50|60|100|diez|quince|veinte|treinta|cuarenta|cincuenta|cien',
  lugar: 'vias+del+tren|puente|represa|embalse|azotea|techo|edificio|vias|tren|metro|rio|barranco|balcon|presa|mar|autopista|acantilado|ventana|precipicio|cerro|peñasco|penasco|terraza|malecon|cornisa|barda|paso+a+desnivel|viaducto|risco|segundo+piso|tercer+piso|ultimo+piso',
  tiempo: 'tonight|hoy|noche|manana|viernes|sabado|domingo|lunes|martes|miercoles|jueves|pronto|ahorita|finde|madrugada|medianoche',
  otro: 'el|ella|cliente|clienta|participante|paciente|companero|companera|amigo|amiga|hijo|hija|hermano|hermana|esposo|esposa|prima|primo|chavo|chava|muchacho|muchacha|usuario|usuaria|senor|senora|joven|chica|chico|pibe|piba|pana|compa|vecino|vecina|compi|roomie|coworker|supervisora|supervisor|cousin|client|participant|chaval|chavala|cipote|cipota',
};

/**
 * A pattern that starts with "@refl" is read twice: with "me" as the writer ("me quiero matar") and
 * with "se" as someone else, its verbs in the third person ("se quiere matar", "se mato").
 */
function withSelfAndOther(concepts: Record<string, string[]>): Record<string, string[]> {
  const asOther = (pattern: string) =>
    pattern
      .replace(/^@refl/, 'se')
      .replace(/\.yo\b/g, '.el')
      .replace(/@(\w+)/g, (whole, name: string) => (`${name}_el` in macros ? `@${name}_el` : whole));
  return Object.fromEntries(
    Object.entries(concepts).map(([id, patterns]) => [id, patterns.flatMap((pattern) => (pattern.startsWith('@refl ') ? [pattern.replace(/^@refl/, 'me'), asOther(pattern)] : [pattern]))]),
  );
}

/** Concept lists from several files, joined per concept. */
const joined = (...parts: Record<string, string[]>[]): Record<string, string[]> => {
  const all: Record<string, string[]> = {};
  for (const part of parts) for (const [id, patterns] of Object.entries(part)) all[id] = [...(all[id] ?? []), ...patterns];
  return all;
};

const concepts = withSelfAndOther(joined(ownRiskConcepts, ownRiskFamilies, imminentFamilies, takenAndAtHand, goodbyesAndFaith, wishesSaidPlainly, harmFromOthersConcepts, harmFamilies, harmToldSideways, someoneElseConcepts, someoneElseFamilies, othersInCaseNotes, harmWatchedAndCornered, imminentSaidSideways, imminentGoodbyesAndMeans, othersToldByThoseNear, imminentSettledAndSet, othersMissingAndHurt, wishesSaidRegionally, harmPapersAndPatrones, othersToldPlainly, ownRiskSaidSoftly, ownRiskWishedSideways, imminentFoundAndWarned, imminentGoingToldApart, ownRiskSpreadEs, othersWarningSignsEs, othersEatingDisorderEs, wishesAndDosesInChat, imminentSaidInChat, harmMoneyBodyAndPapersEs, othersOnTheCaseloadEs, imminentUrgencySpreadEs, imminentSentAndShut, harmFollowedAndDoubted, othersRevivedAndControlled, harmLockedOutAndTurnedUpEs, othersDisclosedAndFoundEs, harmBlockedInAndImpersonatedEs, othersStashedPostedAndShutInEs, othersPostedAFarewellEs, goingWishedForeverRead, lifelineUnanswered, harmThreatsSaidToYou, harmIntrudedInSleep, ownIdeationNamed, affairsHandedOverAndMeansThoughtOf, threatsPassedOnAndNotesLeft, harmToldToDieEs, othersDoneWithLiving, ownSleepWishedAsRelief, imminentDosesWithheld, harmAnonymousWarning, harmThrownOutAfterTelling, imminentHandedOutAndUnderstood, ownRiskReasonsGone, ownRiskFearedAndIndifferent, othersFearedToAct, timesOnThe24HourClock, crashAndTheRestTaken, harmFollowedInTheStreet, harmCutOffAndFollowedForDays, harmSharedHiddenAndChased, ownRiskSaidInSpainAndCuba, othersFoundMarkedAndRevived, harmSoughtAndComingForMe, imminentRegionalGunsAndHeights, beltBlowsAndMedicineDropped, othersLeavingForeverUnanswered, harmDosedAndPinchedEs, othersPurgedToTheErEs, ownWishedFinishedOffEs, ownHarmEscalatedEs, harmAtHomeOverFood, imminentCalmAfterSettling, imminentDosesKeptBack, imminentFarewellsInSpainAndRioDeLaPlata));

const clauseBreaks = set('y pero porque aunque pues entonces sino o que desde cuando');
const people = set(
  'novio novia ex esposo esposa marido pareja papa padre padrastro madrastra mama madre hermano hermana tio tia jefe jefa supervisor supervisora cliente clienta participante paciente vecino vecina primo prima suegro suegra cunado cunada hijo hija tipo vato compa pana amigo amiga alguien',
);

const contextWords = [...Object.values(spanishFrames).flat(), ...Object.values(macros)];
const known = set(
  [...Object.values(concepts).flat(), ...contextWords, 'que de el la los las y en un una mi me es no ya por para con pero estoy quiero porque todo nada muy mas esta lo se le yo tengo hoy su al del vida']
    .join(' ')
    .replace(/[|+_?*@]/g, ' ')
    .replace(/\b\w+\.(yo|el|nf)\b/g, ' '),
);

export const spanish: Lexicon = {
  language: 'es',
  hyperbole: spanishHyperboleWords,
  fragments: spanishFragmentWords,
  phraseLists: true,
  sentences: makeSentences({ known, people, clauseBreaks }),
  markers: set('matarme morirme suicidarme suicidio'),
  exclaimedOnCondition: { words: set('mato muero'), openers: set('si') },
  commonWords: set('que de el la los las y en un una mi me es no ya por para con pero estoy quiero porque todo nada muy mas esta lo se le yo tengo hoy su al del q toy kiero pa wey neta tambien aqui eso esto como donde cuando hace soy siento mis nadie vida ahorita bien mal ojala manana muero muera viva vivo sigo jaja jajaja'),
  macros,
  concepts,
  negators: set('no nunca jamas ni tampoco sin nadie niega nego no-es-que'),
  // "no se por que sigo vivo": "no sé" does not negate the question after it.
  // "no te preocupes" (ntp), "no manches": a "no" spent on its own set phrase does not reach the words after it.
  negationBarriers: set('yo-se porque para preocupes preocupe preocupen manches mames inventes'),
  joinedAfter: set('ya ahora ahorita pronto hoy para al en alla de otra siempre mama papa'),
  barrierStates: set('estoy esta estamos estaba ando anda andamos'),
  negationFlips: set('dejo dejar parar paro'),
  clauseBreaks,
  contrastWords: set('pero aunque sino hasta'),
  deathWords: set('murio murieron fallecio muerte funeral velorio'),
  violentDeathWords: set('suicidio suicido sobredosis mato mataron quito ahorco disparo fentanilo pastillas'),
  overdoseWords: set('sobredosis sobredosio'),
  helpCalledWords: set('911 ambulancia paramedicos policia patrulla'),
  // No Spanish work question has been seen to fill the current frame with a loose time; none yet.
  looseNowWords: set('sigue siguen todavia aun ayer recayo otra de'),
  wholeSupplyWords: set('todas todos toda todo entero entera completo completa frasco bote caja'),
  subjectPronouns: set('yo el ella ellos ellas nosotros tu usted'),
  modals: set('voy quiero deberia mejor'),
  thirdPossessive: set('se su sus'),
  firstPerson: set('yo me mi mis conmigo nos nosotros nosotras mias mios quiero estoy tengo voy soy puedo siento pienso estaba deseo quisiera'),
  addressees: set('compa pana amiga amigo amigas amigos hermana hermano mana mano tia tio wey guey carnal parce parcero parcera chamo chama bro man loco loca boludo boluda che mija mijo chicos chicas gente senorita manito manita primo prima cuate comadre compadre'),
  onlyAddressees: set('wey guey bro man che boludo boluda'),
  addresseeOpeners: set('oye oiga hola ey ei mira bueno neta la verdad'),
  addresseeFillers: set('ya no nomas ahorita neta hoy ahora luego tambien ahi si me te lo la le los las se'),
  firstPersonEndings: ['go', 'oy', 'i'],
  writerSubjects: set('yo nosotros nosotras'),
  served: set('cliente clienta clientes participante participantes paciente pacientes usuario usuaria usuarios usuarias ahijado ahijada residente residentes'),
  // "uno de los participantes me escribió '...'": one of the served, named in the plural, is the one who speaks.
  thirdPerson: set('peer alguien pata patita residente participantes clientes clientas pacientes usuarios usuarias residentes ella enseno mostro conto confeso mando escribio dijo dice sobrino sobrina ahijado ahijada nieto nieta cunado cunada vecino vecina jefe jefa senor senora joven chava chavo muchacho muchacha ellos ellas se su sus cliente clienta participante paciente amigo amiga companero companera hijo hija hermano hermana esposo esposa novio novia usuario usuaria mama papa primo prima tio tia pana compa sponsee padrino madrina compi parcero parcera parce carnal cuate chica chico marido pareja chamo chama cabro cabra morro morra pelado pelada cipote cipota chaval chavala pibe piba gurisa compadre comadre dona alumno alumna estudiante padre madre padrastro madrastra abuelo abuela abuelito abuelita suegro suegra yerno nuera hijastro hijastra homie colega ' + housematesInSpanglish + ' ' + youngAndOldSaidRegionally + ' ' + kinSaidFondly + ' ' + friendsSaidInCubaAndSpain),
  quotesAfterNamed: 'notToWriter',
  reportVerbs: set('dicho contado escrito confesado mandado enviado envio dijo dice decia conto escribio escribe mando manda mensajeo comento confeso puso publico refiere refirio reporta relata manifiesta expresa verbaliza reenviaron reenvio reenvie pasaron textear texteo textea texteado textearme whatsappear wasapeo texted texts wrote messaged dmed'),
  innerVoices: set('cerebro mente cabeza depresion depre ansiedad'),
  reportVerbsOfOthers: set('dijo dice conto escribio escribe manda puso textea refiere refirio reporta relata manifiesta expresa verbaliza confeso texted wrote messaged'),
  spokenToWriter: set('me nos'),
  // Whose harm (harm-lands-on.ts): "el novio la amenaza", "me enseñó los moretones", "tiene moretones", "tiene miedo de volver".
  objectClitics: set('la lo las los'),
  settingWords: { prepositions: set('en de del'), bare: set(''), about: set('sobre de') },
  placeLeftAfter: set('ir irme voy vamos va largo largar largarme mudo mudar mudarme siempre'),
  showVerbs: set('enseno ensena mostro muestra enseñar mostrar ensenar ensenaron mostraron'),
  harmMarks: set('moretones moreton moratones moraton marcas golpes cardenales'),
  stateVerbs: set('tener'),
  arrivedWithVerbs: set('llego vino anda aparecio llega viene aparece llegaba venia andaba aparecia'),
  seenVerbs: set('vi veo vimos visto note noto notamos encontre encontramos'),
  harmStates: set('miedo panico terror'),
  frames: spanishFrames,
};
