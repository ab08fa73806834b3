/**
 * Spanish wording for someone else's crisis told by those near them, added after the twelfth fresh batch (notation in
 * ../../patterns.ts; macros in ../es.ts): a relative's words reported ("dice que pa' qué sigue viviendo", "se va a dejar
 * morir"), an act told with its intent ("se intoxicó a propósito", "se tiró del tercer piso"), self-harm confessed,
 * goodbyes and things given away by a person now missing, the means bought ("ya compró lo que iba a usar"), someone up
 * high right now, an elder's card held, a grave drawn with their name. Third-person verbs
 * only, so the writer's own words keep their own route.
 */
const near = 'mama|papa|abuelo|abuelita|abuelito|abuela|tia|tio|@otro';

export const othersToldByThoseNear: Record<string, string[]> = {
  'other-disclosure': [
    // A relative's words reported: "mi mamá dice que pa' qué sigue viviendo", "dice que ya vivió mucho y se va a dejar morir".
    'dice|dijo|decia|repite|pregunta _ que? _ pa|para _ que _ sigue|seguir _ viviendo|vivo|aqui',
    'se _ va+a|quiere|esta|piensa _ dejar|dejando _ morir',
    'no quiere _ comer|tomar _ ni _ tomar|comer? _ sus|las|los _ medicinas|medicamentos|pastillas|tratamiento',
    // Things given away and a goodbye, then missing: "ya regaló sus cosas y se despidió de sus hijos, lo estamos buscando".
    'regalo|regalando|repartio|repartiendo|vendio _ sus|todas+sus _ cosas|pertenencias|ropa __ se+despidio|despidiendose|se+despidiendo',
    'se despidio|despidiendose|se+despidiendo _ de _ su|sus _ familia|hijos|hija|hijo|mama|papa|esposa|esposo|hermanos|gente __ emergencias|911|policia|buscando|no+contesta|no+aparece',
    'se despidio|despidiendose|se+despidiendo __ lo|la _ estamos|andamos|estan _ buscando',
    // Letters written and ready to go: "me dijo que ya escribió sus cartas y que está lista pa' irse".
    'ya escribio|dejo|hizo _ sus|su _ cartas|carta|testamento __ lista|listo|despedir*|se+despedir',
    // Talk of not being here, told of someone: "estuvo hablando de 'ya no estar' toda la tarde".
    'estuvo|esta|anda|sigue|estaba|andaba _ hablando _ de _ ya+no+estar|morir|morirse|se+morir|matarse|se+matar|quitarse+la+vida|se+quitar+la+vida|irse+de+este+mundo|suicid*',
    // "antes dijo que se quería morir".
    'dijo|decia|dice|ha+dicho _ que _ se _ queria|quiere|iba+a|va+a _ morir',
    // The means bought, told of someone else: "me dijo que ya compró lo que iba a usar y que no le diga a nadie".
    'compro|consiguio|junto|guardo|tiene _ lo _ que _ iba+a+usar|va+a+usar|iba+a+tomar|va+a+tomar|necesita+para',
    // An elder's money held: "su hijo le tiene la tarjeta y no la deja comprar comida".
    'le tiene|quita|quito|agarra|retiene _ la|su|el _ tarjeta|pension|dinero|cartilla|libreta __ no _ la|lo|le _ deja|dejan|da',
    // A grave drawn with their own name: "me mandó un dibujo de una tumba con su nombre".
    'tumba|lapida|ataud _ con _ su _ nombre',
  ],
  'other-attempt': [
    // An act told with its intent: "se intoxicó ayer a propósito", "se cortó adrede".
    'se intoxico|enveneno|corto|quemo|colgo|tiro|avento|sobredosifico|tomo+pastillas|tomo+todo __ a+proposito|adrede|apostar|queriendo',
    // A fall from a height told of someone else with its outcome: "se tiró del tercer piso, sobrevivió pero está grave".
    'se tiro|avento|lanzo|arrojo _ del|de+la|desde+el|desde+la|por+la _ @lugar|piso|ventana __ sobrevivio|grave|hospital|urgencias|ambulancia|murio|fallecio|fracturo|terapia|intensiva',
    // Someone up high right now: "mi cliente está en el techo del edificio ahorita, ya llamé a la policía".
    `${near} _ esta|sigue|anda|se+subio _ en|a|arriba+de _ el|la _ techo|azotea|puente|cornisa|barandal|ultimo+piso|@alto __ ahorita|ahora|rn|policia|911|bajar|no+se+quiere`,
  ],
  'other-self-harm': [
    // Self-harm confessed of someone else: "me confesó que se corta desde hace meses".
    'que se corta|cortaba|lastima|lastimaba|quema|quemaba|hace+cortes|hacia+cortes desde|a+escondidas|otra+vez|de+nuevo|seguido|diario',
  ],
};
