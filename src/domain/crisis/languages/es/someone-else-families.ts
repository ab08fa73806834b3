/**
 * Spanish wording for someone else's crisis by family, added after the fifth and sixth fresh batches (notation in
 * ../../patterns.ts; macros in ../es.ts). Merged into someoneElseConcepts by es.ts.
 */
/** Drugs a death is told by: "por fentanilo", "de heroína", "por una mezcla de pastillas". */
const drugsThatKill = 'fentanilo|fenta|heroina|cocaina|coca|perico|cristal|metanfetamina|crack|xanax|oxicodona|una+mezcla|pastillas|alcohol+y+pastillas';

export const someoneElseFamilies: Record<string, string[]> = {
  'other-overdose': [
    // "se pasó con el fentanilo", "my cousin overdosed", "lo revivimos con narcan".
    'se paso _ con|de _ el|la|los? _ fentanilo|fenta|droga|perico|pastillas|heroina|dosis|cristal',
    'overdosed|overdoseo|odeo|sobredosifico',
    'revivimos|revivieron|reanimamos|reanimaron _ con _ narcan|naloxona|rcp',
    // Resuscitation done by the writer: "hoy he tenido que hacer rcp a un usuario", "le pusimos dos narcan".
    'hacer|hice|hicimos|hizo|haciendo|dar|di|dimos _ rcp|reanimacion|compresiones|respiracion+boca _ a _ un|una|el|la|mi|su',
    'le|les _ pusimos|puse|pusieron|di|dimos|dieron|aplicamos|aplique _ narcan|naloxona|dos+narcan|rcp',
    'labios _ morados|azules',
    'se tomar.el|tragar.el _ un|una|el|la _ blister|frasco|caja|bote _ entero|entera|completo|completa|de',
    // Found with the needle in, poison taken: "lo hallaron con la aguja puesta", "mi prima tomó veneno pa las plantas".
    'aguja|jeringa _ puesta|clavada|en+el+brazo',
    'lo|la|los _ hallaron|hallamos|encontraron|encontramos _ con _ la|una _ aguja|jeringa',
    '@otro|tia|tio|papa|mama|abuela|abuelo|sobrina|sobrino|cunada|cunado|pareja|novia|novio|suegra|suegro _ tomo|bebio|trago|se+tomo|se+trago _ veneno|raticida|cloro|@regional',
  ],
  'other-attempt': [
    'lo|la|los _ bajaron|rescataron|sacaron _ del|de+la _ @lugar',
    // Told of a relative or a peer: "mi hermano se trató de ahorcar anoche", "lo bajamos a tiempo".
    'se trato|intento|trataba|intentaba _ de? _ ahorcar|colgar|matar|suicidar|envenenar|cortar|quitar+la+vida',
    'lo|la _ bajamos|bajaron|descolgamos|descolgaron|encontramos|encontraron _ a+tiempo|colgado|colgada|ahorcado|ahorcada',
    // Someone about to act, reported: "diciendo que se va a tirar", "dice que se quiere matar".
    'que se _ va|iba|quiere|queria _ a? _ tirar|aventar|lanzar|matar|suicidar|ahorcar',
    // Case notes and hand-offs: "tiene intento reciente", "refiere ideación suicida con plan".
    'tiene|con|presenta|reporta|refiere _ intento|intentos _ reciente|recientes|suicida|de+suicidio|autolitico',
    'refiere|reporta|manifiesta|expresa|verbaliza|presenta|reconoce|admite _ ideacion|ideas|pensamientos|deseos|plan|planes _ suicid*|de+muerte|de+morir|de+se+quitar|de+se+matar|autoliticos|autolesivos|con+plan',
    'esta|estan|sigue _ en _ el|la? _ hospital|urgencias|guardia|terapia+intensiva _ despues|tras|por _ de? _ un|su _ intento',
    'se encerro _ y _ no _ abre|contesta|responde|sale',
  ],
  'other-disclosure': [
    // Harm told about someone else: "la tiene amenazada", "está siendo golpeada", "la violaron".
    'la|lo|los|las _ tiene|tienen _ amenazad*|encerrad*|vigilad*|controlad*',
    'esta|estan _ siendo _ golpead*|maltratad*|abusad*|amenazad*',
    'lo|la|los|las _ estan|esta _ amenazando|siguiendo|stalkeando|acosando|golpeando',
    'lo|la _ violaron|violo|violaban|abusaron|golpearon',
    'llego|vino|la+vi|lo+vi _ con _ el|un|una|unas|marcas|moretones _ ojo|marcas|moretones|golpes|morado',
    'le quita|quito|quitaba _ la|el|su _ dinero|pension|celular|papeles',
    'la|lo _ deja _ encerrad*',
    'amenazando|amenazado|amenazada de muerte',
    // Goodbyes and decisions told about someone else: a story, an audio, things given away.
    'subio|publico|posted|puso _ una|un _ historia|story|despedida|post|estado _ despidiendose|se+despidiendo|diciendo+adios|de+despedida',
    'publico|subio|puso|posteo|dejo _ en _ face|facebook|insta|instagram|historias|estados|el+grupo? _ una|un|su _ despedida|carta+de+despedida|mensaje+de+despedida',
    // Someone asking to be forgiven who then goes quiet: "me escribió que la perdone, y no me atiende".
    'perdone|perdonen|perdonemos|perdonara __ y _ ya? _ no _ contesta|atiende|responde|aparece|me+contesta|me+atiende|me+responde',
    // "si mañana no me ves es porque ya lo hice", told by someone else.
    'si _ no _ me|te _ ves|ven|contesto|respondo|aparezco __ es porque|que _ ya',
    // Harm told about someone else: a gang after a participant, an elder left without food, a participant beaten.
    'lo|la|los|las _ andan|estan|anda|esta _ buscando|amenazando _ los|las _ de+la+mara|mareros|narcos|pandilleros|de+la+banda|sicarios',
    'lo|la|los|las _ deja|dejan|tiene|tienen _ sin _ comida|comer|medicinas|medicamentos|dinero _ dias?',
    '@otro _ llego|vino|anda|esta|sigue _ golpead*|con+moretones|morad*|madread*|lastimad*',
    'me mando|mandaron|dejo _ un|una _ audio|mensaje|video|nota _ despidiendose|se+despidiendo|de+despedida',
    '@otro _ lleva _ dias|semanas _ regalando|se+despidiendo',
    'dile|digale|diganle|decile _ a _ mis|mi _ hijos|hija|hijo|mama|familia _ que _ los|la|lo _ quise|quiero|amo',
    'ya tome|tome _ mi|la _ decision',
    'no le _ encuentra|ve|halla _ sentido|caso|razon _ a|de|en _ nada|vivir|seguir|la+vida',
  ],
  'other-death': [
    // "murió por sobredosis uno de los muchachos del grupo": the one who died named after it.
    'murio|murieron|fallecio|fallecieron _ por|de _ una? _ sobredosis|suicidio _ uno|una _ de',
    // "se murieron dos chavos del barrio por fentanilo", "falleció de heroína mi vecino": a death told by the drug that
    // caused it, the one who died named between or after ("se murió de risa", "murió de viejo" name no drug).
    `se+murio|se+murieron|murio|murieron|fallecio|fallecieron __ por|de _ ${drugsThatKill}`,
    // "a mi cuñado lo mataron los de la mara": killed by a gang or a hit man.
    'lo|la|los|las _ mataron|asesinaron|balearon|levantaron _ los|unos? _ de+la+mara|mareros|narcos|pandilleros|sicarios|de+la+banda',
  ],
  'other-self-harm': [
    // Marks shown: "una chica del grupo me ha enseñado los cortes de los brazos".
    'enseno|ensenado|mostro|mostrado|mando|mandado|ensena|muestra _ los|las|sus|unos|unas _ cortes|cortadas|cicatrices|quemaduras|heridas|brazos|munecas',
    'quemaduras|cortes|cortadas|marcas _ de _ cigarro|navaja|cutter|cigarros _ en _ los|sus _ brazos|piernas|munecas',
    'cortes|cortadas _ frescos|frescas|recientes',
    'se las|los _ hace|hacia|hizo _ el|ella|solo|sola',
  ],
};
