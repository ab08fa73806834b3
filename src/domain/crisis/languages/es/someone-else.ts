/**
 * Spanish concept patterns for someone else's crisis told by the writer (notation in ../../patterns.ts;
 * macros in ../es.ts). Own-risk patterns read with "se" ("se quiere matar") or inside reported words
 * ("me dijo que ya no quiere vivir") also land here through read.ts; these are the words that only
 * ever describe another person: an overdose, a death, an attempt, a hold.
 */
export const someoneElseConcepts: Record<string, string[]> = {
  'other-overdose': [
    'sobredosis',
    'hacer.el|tener.el|dar.el _ una? overdose|od',
    'otro|otra|una|la|el _ overdose|od',
    'narcanear.nf|narcanear.el|narcaneamos|narcaneado',
    'le|les _ dar.el|dimos|di|dieron|puse|pusimos|aplicamos|aplique|hacer.nf|hice|hicimos _ dosis|narcan|naloxona|rcp|reanimacion|compresiones',
    'sin vida|pulso',
    'no respiraba|respira',
    'se puso morado|azul',
    'encontrar.yo|encontrar.el|encontramos _ a? _ @otro? _ inconsciente|tirado|tirada|morado|morada|colgado|colgada|ahorcado|ahorcada|muerto|muerta|sin+vida',
    'se desmayo',
    'se tomar.el|tragar.el _ algo|todo|todas',
    'tomar.el|tomo _ un+monton|todas+sus|demasiadas|muchas _ pastillas|@pastillas',
  ],
  'other-attempt': [
    '@otro _ sobrevivio _ a? _ un|su _ intento',
    'internado|internada|hospitalizado|hospitalizada _ tras|despues+de|por _ el|un|su? _ intento',
    'intento|intentaron|intentado _ se+suicidar|se+matar|se+quitar|se+colgar|se+ahorcar|suicidar',
    'se quiso _ matar|suicidar|colgar',
    'lo|la|se+lo|se+la _ internaron|hospitalizaron|llevaron _ psiquiatr*|hospital|urgencias|contra+su+voluntad',
    'en contra de su voluntad',
    'estoy en urgencias con',
  ],
  'other-death': [
    '@otro _ murio|fallecio|se+mato|se+suicido',
    'se me murio|fallecio _ un|una|mi|el|la _ participante|cliente|clienta|paciente|usuario|usuaria|muchacho|muchacha|chavo|chava|senor|senora|amigo|amiga|hermano|hermana|hijo|hija',
    'perdimos _ @otro',
    'se quito la vida',
    'lo|la encontraron muert*',
    'murio|muerte|fallecio|fallecimiento _ por|de _ suicidio|sobredosis',
    'fue|era _ suicidio',
    'velorio|funeral|sepelio|misa _ de|del _ @otro',
  ],
  'other-disclosure': [
    'revelo|revela|compartio|menciono|confeso _ ideacion|plan|intento|que+se+quiere',
    '@otro _ escribio|dejo|regalo|regala|regalando|despidiendo|despidiendose _ cartas|carta|sus+cosas|de+todos',
    'mejor|tranquilos|tranquilas _ sin _ el|ella',
    // Harm told about someone else: "su hijo le pega", "su padrastro la toca", "su tio abusa de ella".
    // Touching right after its pronoun: "con la hipoteca nueva toca", "ya tocaba" (it was about time) are a time come due, not a touch.
    'le|la|lo|les _ @golpes|manosea|manoseaba|viola|violo|violaba',
    'le|la|lo|les toca|tocaba|toco|sigue+tocando',
    'abusa|abuso|abusaba|abusando _ de _ ella|el|ellos|ellas',
    'dijo|escribio|mando|conto _ que _ se _ quiere|queria|iba|va _ matar|morir|suicidar|aventar|tirar',
    'tiene _ su? _ pistola|arma|soga|cuerda|pastillas _ cargada|lista|escondid*|guardad*|y+piensa|para',
    'su|sus _ esposo|novio|pareja|marido|ex|papa|padrastro|mama|novia|esposa _ la|lo|le _ @golpes|matar.el|amenazar.el|violar.el|abusar.el|mata',
    'despidiendose|se+despidiendo|se+despidio|se+despide _ de? _ todos|mi|nosotros',
    'le cuide _ a? _ su',
    'dejar.el|dejo _ una? _ carta|nota _ y _ no _ aparece|contesta|responde',
    'perdon por todo',
  ],
  'other-self-harm': [
    'cortes|cortadas|heridas|marcas|cicatrices|quemaduras _ que _ se _ hizo|hace|hacia',
    'me mostrar.el|ensenar.el _ los? _ cortes|cortadas|heridas|marcas|brazos',
    'marcas _ de _ la? _ soga|cuerda|cortes|cinturon',
  ],
};
