/**
 * Spanish everyday talk read since the fifty-first fresh batch (notation in ../../patterns.ts): a will made at the notary, a
 * lesson about suicide, a thing that "will kill me", a mood that "grabbed me", a cough syrup, a decision and a night named.
 * Part of the Spanish frames (../es.ts).
 *
 * Read right after the sign (idiom, read.ts), so a wish said beside them stays ("mi abuelo hizo su testamento y yo pensando que
 * ojalá fuera yo el que se va primero"):
 * `willAtTheNotary`: a will named with its notary or lawyer, the family gathered or quarrelling, or its reason ("que con la niña ya
 * tocaba"); "dejé el testamento firmado, esta noche me voy" names none of them and stays a goodbye.
 * `moodThatGrabbed`: a mood, a craving or a cold that "grabbed" or "struck" the writer ("me agarró un bajón", "me pegó la
 * nostalgia"); "me agarró del brazo" and "me pegó con el cinto" stay harm.
 * `deedDecided`: what was decided, named right after, beside `decisionNamed` ("ya decidí, me anoto en la facu", "ya tomé la
 * decisión, me compro la moto"); a purchase names the thing bought, so "me compro la cuerda" stays.
 * `sleepUntil`: a sleep "para siempre" told with when it ends or without an alarm ("el domingo me duermo para siempre, hasta el
 * mediodía", "sin alarma"), since "me duermo para siempre" is read as finality (imminent-families.ts).
 * `toyOrRanchGun`: a water or toy gun, a gun registered or kept for the ranch ("una pistola de agua pa su cumple", "tiene su
 * pistola registrada para el rancho por los coyotes"); "tiene la pistola cargada y dice que..." stays someone else's crisis.
 * `jobAsLaPega`: Chile's "la pega" (the job) before what it does to the writer ("la pega me tiene chato"); "su marido la pega"
 * stays harm told about someone else.
 * `nightNamed`: the night's plan listed after it ("todo planeado para hoy: pupusas con la familia", "el plan de esta noche: tina,
 * pizza y novelas").
 *
 * `doseForAilment` (prescribed): a medicine or a syrup for a cough, a cold, the period or the blood pressure ("ya me tomé la
 * medicina pa la tos").
 * `thingsThatKill` (mishap, hyperbole.ts nuisanceThreatens): a report, a series or a final standing right before "me va a
 * matar" ("esa serie final me va a matar", "ese informe me va a matar"); a person there stays a threat.
 * `worstTimesPast` (distantPast): the writer's worst times told as a past ("en mi peor época quería morirme", "cuando yo quería
 * morirme en ese anexo", "hoy cumplí 2 años sin meterme nada"); a verb in the present beside them still lifts the past (es.ts recent).
 * `roleOrGuideAbout` (training spanning the sign, topic-talk.ts askedAbout): a role played in a workshop ("hacer de persona con
 * ideación suicida") and a guide on how to talk about suicide ("la guía de la OMS sobre cómo hablar del suicidio").
 */

const notary = 'notario|notaria|escribano|escribania|abogado|abogada|licenciado|licenciada';
export const willAtTheNotary: string[] = [
  `testamento|testamentos con|ante|en el|la? ${notary}`,
  'testamento|testamentos y _ nos|se|me _ junto|reunio|juntaron|reunieron|pelearon|peleamos|explico',
  'testamento|testamentos ,? que con _ la|el|los|las _ ya? toca|tocaba',
  'testamento|testamentos y _ la|el|los|las? voluntad|poder|seguro|seguros',
];

export const moodThatGrabbed: string[] = [
  'agarro|agarra|pego|pega|dio|da un|una|el|la? bajon|bajonazo|nostalgia|tristeza|sueno|hambre|antojo|frio|gripa|gripe|resfriado|flojera|risa|ataque+de+risa|melancolia|modorra|sueñito|suenito|pereza|hambruna|calor|chiripiolca|depre|bajon+de+azucar',
];

export const deedDecided: string[] = [
  'decidi|decidido|decision ,? me+anoto|me+apunto|me+meto|me+inscribo|entro _ en|a|al _ la|el|los|las? _ facu|facultad|uni|universidad|carrera|curso|gym|gimnasio|maestria|diplomado|taller|clases|equipo|coro|liga',
  'decidi|decidido|decision ,? me+compro|compro|nos+compramos _ la|el|un|una _ moto|carro|coche|auto|casa|depa|bici|bicicleta|compu|laptop|celular|perro|perrito|gato|camioneta|troca',
];

export const sleepUntil: string[] = [
  // Next to each other: "me sigue desde el metro hasta el trabajo desde hace una semana" names no hour.
  'hasta el|la? mediodia|tarde|lunes|martes|domingo|nuevo+aviso',
  'hasta las|la una|dos|tres|once|doce|1|2|3|10|11|12',
  'no+pongo|sin|apago _ la|el? _ alarma|alarmas|despertador',
];

export const toyOrRanchGun: string[] = [
  'de agua|juguete|burbujas|silicon|silicona|pintura|aire|clavos|calor|hidrogel|gel|dardos|balines',
  'registrada|registrado|con+permiso|con+licencia _ para|pa _ el|la _ rancho|campo|finca|monte|granja|caza|coyotes',
  'para|pa el|la|los rancho|campo|finca|monte|granja|caza|coyotes',
];

export const jobAsLaPega: string[] = ['pega me|nos tiene|tienen|mata|esta|tenia'];

const nightFood = 'pupusas|pizza|tacos|tamales|asado|carne|cena|cenita|parrillada|arepas|empanadas|hamburguesas|palomitas|helado|vino|chelas|tina|banera|pelis|peli|series|novelas|netflix|karaoke|fiesta|la+familia|mi+familia|los+ninos|mis+hijos|la+novia|mi+novia|mi+novio';
export const nightNamed: string[] = [`hoy|noche|finde|sabado|domingo|viernes ,? :? _ ${nightFood}`];

export const doseForAilment: string[] = [
  'medicina|medicinas|jarabe|pastilla|pastillas|pastillita|remedio|antigripal pal|pa|para|para+el|para+la|pa+la|pa+el tos|gripa|gripe|resfriado|alergia|garganta|presion|azucar|diabetes|tiroides|colesterol|estomago|fiebre|regla|acidez|gastritis|migrana|colicos|mocos',
];

export const thingsThatKill: string[] = ['informe|reporte|serie|final|partido|clasico|temporada|proyecto|excel|semestre|parcial|tesis|cierre|inventario|auditoria|mudanza|dieta|rutina|materia|liguilla|playoff|playoffs'];

export const worstTimesPast: string[] = [
  'en mi|mis peor|peores epoca|epocas|momento|momentos|racha|tiempos|anos',
  'cuando yo? me? queria|quise|pensaba|intente',
  'cumpli|cumplimos|cumplio|cumplo _ 1|2|3|4|5|6|7|8|9|10|un|dos|tres|cuatro|cinco _ ano|anos|meses _ sin|limpio|limpia|sobrio|sobria',
];

const topics = 'ideacion+suicida|riesgo+suicida|conducta+suicida|suicidio|suicida|autolesiones|sobredosis';
export const roleOrGuideAbout: string[] = [
  `hacer|hice|hizo|hacia|papel|rol _ de _ persona|paciente|usuario|usuaria|participante|alguien|cliente|clienta con|que+tiene _ ${topics}`,
  `guia|guias|manual|lineamientos|recomendaciones|infografia|materiales|folleto _ sobre|de|para como? hablar|informar|reportar|comunicar|cubrir|escribir del|de|sobre|el ${topics}`,
];
