/**
 * Spanish own risk told through goodbyes, faith and times, added after the ninth fresh batch (notation in
 * ../../patterns.ts): God asked to take the writer ("si me recoges esta noche no me quejo", "rezo para que me dé un
 * infarto") or helped along ("le voy a ayudar yo"), going "con diosito", forgiveness asked for what comes tonight,
 * a goodbye kept secret ("me despedí de mi mamá sin que supiera"), last words read as a letter ("si lees esto
 * perdóname"), affairs closed (a phone left with its code, the gym cancelled), absence said plainly ("ya no me van
 * a encontrar", "no regreso, ni aquí ni a ningún lado"), and times said as hours left ("me quedan como dos horas",
 * "esta tarde", "cuando esté sola en la casa"). Goodbyes stay hints: a farewell at work is everyday.
 */
// Not "señor": "me voy con mi señor" is also "with my husband".
const god = 'dios|diosito|jesus|jesucristo|cristo|creador|virgen|virgencita|papa+dios|padre+celestial|el+de+arriba';

export const goodbyesAndFaith: Record<string, string[]> = {
  'wish-dead': [
    // God asked to take the writer: "si me recoges esta noche no me quejo", "rezo para que me dé un infarto".
    'si _ me _ recoges|llevas|recoge|lleva|recogen|llevan|llamas __ no _ me _ quejo|enojo|opongo|resisto|importa',
    'rezo|pido|ruego|le+pido|le+rezo|oro _ para? _ que? _ me _ de|pegue|venga|agarre|caiga _ un|una|algo _ infarto|derrame|cancer|enfermedad|accidente|rayo',
    'rezo|ruego|le+rezo|oro _ para? _ que? _ me _ lleve|recoja|muera|llame|lleves|recojas',
    // Wanting to go with God: "ya me quiero ir con diosito".
    `quiero|quisiera|queria _ me? _ ir|irme _ con _ mi|el|la? _ ${god}`,
    // Said to God: "diosito ya me quiero ir contigo, llévame esta noche".
    `${god} __ llevame|recogeme|llevame+contigo|recogeme+ya|quiero+ir+contigo|quiero+irme+contigo|me+quiero+ir+contigo`,
    'llevame|recogeme contigo',
  ],
  'suicidal-thoughts': [
    // Going with God as a plan: "hoy en la tarde me voy con diosito".
    `me voy|ire|iba _ con _ mi|el|la? _ ${god}`,
  ],
  intent: [
    // God did not take the writer, so they will: "le pedí a dios que me lleve y esta noche le voy a ayudar yo".
    'me lleve|recoja|lleva|recoge|llevo|recogio __ le|lo _ voy+a|vamos+a|tengo+que _ ayudar|echar+una+mano|adelantar|hacer _ yo?',
  ],
  finality: [
    // Leaving life as a service said without naming it: "hoy me doy de baja permanente".
    'me doy|di|dare _ de baja _ permanente|definitiva|para+siempre',
    // Rehearsal: "fui al puente tres veces esta semana a ver cómo se sentía".
    'fui|he+ido|voy|fuimos _ al|a+la _ @alto __ a _ ver|medir|probar|practicar|sentir',
    // A ticket with no way back: "ya compré el ticket one way al puente".
    'boleto|ticket|pasaje _ one+way|de+ida|solo+de+ida|sin+regreso|sin+vuelta',
    // Forgiveness for what comes: "señor perdóname por lo que voy a hacer esta noche".
    'perdoname|perdonenme|perdoname+senor|perdon|perdona|perdonen _ por _ lo _ que _ voy+a|vamos+a|estoy+por|estoy+a+punto+de _ hacer',
    // A goodbye kept secret: "me despedí de mi mamá por teléfono sin que supiera".
    'me despedi|despedir.yo|despedir.nf|despidiendo __ sin _ que _ supiera|supieran|se+diera+cuenta|se+dieran+cuenta|sospechara|sospecharan',
    // The writer's hour: "diosito me dijo que ya es hora", "ya llegó mi hora".
    'me dijo|dice|dijo _ que _ ya es hora',
    'ya llego|llego|es|ya+es _ mi hora',
    // Writing here once more: "solo quería escribir aquí una vez más", "solo quería despedirme".
    'escribir|hablar|decirles|escribirles _ aqui|aca|con+ustedes? _ una+vez+mas|por+ultima+vez',
    'solo _ queria|quiero|quise _ me despedir|despedir.nf',
    'solo queria|quiero|quise _ decir|decirles|decirte _ adios',
    // A move or a trip denied: "les regalo mis libros... no es mudanza".
    'no es una|de|por? mudanza|cambio+de+casa',
    // Gone for good, said of anywhere: "no regreso, ni aquí ni a ningún lado".
    'ni aqui|aca _ ni _ a|en _ ningun+lado|ninguna+parte|ningun+otro+lado',
  ],
  'last-words': [
    // A letter's opening: "mi amor si lees esto perdóname".
    'si|cuando _ lees|leen|leas|lean|estas+leyendo _ esto _ perdoname|perdonenme|perdon|lo+siento|no+llores',
  ],
  absence: [
    // Secrecy asked beside what was done: "ya tomé las pastis, no llames a nadie".
    'no llames|llamen _ a _ nadie|una+ambulancia|emergencias|al+911',
    // "no quiero dejar deudas cuando ya no esté", "mañana ya no me busquen", "ya no les voy a dar lata".
    'cuando _ ya _ no _ este|estes|exista',
    'ya no me _ busquen|busques|esperen|esperes',
    'ya no _ les|te _ voy+a _ dar+lata|molestar|estorbar',
    // "mañana ya no me van a encontrar", "si no contesto mañana es porque ya lo hice", "no les aviso más".
    'ya no _ me _ van+a|vas+a|vamos+a _ encontrar|ver|ubicar|alcanzar',
    'si _ no _ contesto|respondo|aparezco|contestas|doy+senales __ es _ porque|que _ ya',
    'no _ les|te _ aviso|vuelvo+a+escribir|vuelvo+a+dar+lata|doy+lata _ mas',
    'ya no _ vuelvo|regreso|voy+a+volver|voy+a+regresar _ a _ la|mi _ casa|cuarto|depa',
    'no me llames|busques|busquen|llamen __ no _ atiendo|contesto|voy+a+contestar|voy+a+atender',
  ],
  'plan-talk': [
    // "ya está todo arreglado", "ya está decidido".
    'esta|tengo|ya+esta|ya+tengo _ todo _ arreglado|resuelto',
    'ya esta decidido|lo+decidi|me+decidi',
    // "me las voy a tomar llegando a casa": the pills saved, to be taken.
    'me las|los _ voy+a|pienso|vas+a _ tomar|tragar|beber|meter',
    // "ya lo hice", "ya yo lo hice": done, said of the act beside what was taken.
    'ya yo? lo hice',
    // The decision is made: "ya po, la decisión está tomada", "la decisión es mía".
    'la decision _ esta|ya+esta _ tomada',
    'la decision es mia|final',
    // "ya tengo cómo hacerlo", "y hoy termino".
    'tengo|ya+tengo _ como|con+que _ lo hacer',
    'hoy|esta+noche|manana _ termino|acabo|lo+termino|lo+acabo|lo+cumplo',
    // Going down to the tracks: "pienso bajar a la vía".
    'voy+a|pienso|quiero|me+voy+a _ bajar|me+bajar|me+meter|meter.yo|me+aventar|me+tirar _ a|en _ la|las _ via|vias',
  ],
  'goodbye-hint': [
    // Forgiveness asked of heaven or a mother: "perdón virgencita", "perdóname mamá".
    'perdon|perdoname|perdonenme _ virgencita|virgen|diosito|dios+mio|senor|mama|mami|mamita|papa|papi|hijos',
  ],
  calm: ['me voy|ire|voy+a+ir _ tranquilo|tranquila|en+paz'],
  'preparation-hint': [
    // Who will have the writer's things after: "a quien le toque mi orquídea, se riega los lunes", "el que se quede con mi gato".
    'a+quien|quien|el+que|la+que _ le|se? _ toque|toquen|quede|queden|herede|reciba _ con? _ mi|mis _ plantas|planta|orquidea|gato|gatos|perro|perros|perrito|gatito|cosas|ropa|libros|guitarra|discos|joyas|anillo|reloj|pescaditos|pajarito',
    // Services closed: "ya cancelé mi cel, ya di de baja el gym".
    'cancele|cancelado|di+de+baja|he+dado+de+baja|dado+de+baja _ mi|el|la|mis|lo+del _ cel|celular|telefono|linea|gym|gimnasio|plan|renta|seguro|netflix|suscripcion|membresia|tarjeta|tarjetas|cuenta',
    // A phone left with its code: "dejé el celular con la clave pa mi hermana".
    'deje|dejo|dejando|he+dejado _ el|mi _ celular|cel|telefono|movil|laptop|compu __ con _ la|las|su|mi|el _ clave|claves|contrasena|contrasenas|pin|codigo',
  ],
  'farewell-hint': [
    // A letter left for family: "te dejo la carta en la cocina", "dejé cartas para mis hijos en el cajón".
    'te|les|le _ dejo|deje|he+dejado _ la|una|las|unas|mi|mis _ carta|cartas',
    'carta|cartas _ para|a _ mis|mi|cada+uno+de+mis _ hijos|hija|hijo|familia|mama|papa|esposa|esposo|hermana|hermano',
    // Things given away: "les estoy regalando mis libros y mis plantas", "ya mandé mi ropa al bazar".
    'regalando|regale|regalo|repartiendo|repartí|reparti|done|donando _ mis|mi _ libros|plantas|ropa|discos|juegos|herramientas|cosas|perfumes|zapatos',
    'mande|lleve|di _ mi|mis|toda+mi _ ropa|cosas _ al|a+la _ bazar|iglesia|caridad|segunda|beneficencia',
  ],
  // Secrecy asked counts like the present moment: only beside a means or an act ("ya compré la soga, no le digas a
  // nadie"), never with own risk alone ("me lastimé otra vez, no le digan a nadie" stays possible) or before a surprise.
  present: ['no le|les? _ digas|digan|cuentes|cuenten _ a _ nadie'],
  timing: [
    // The next train: "cuando pase el próximo me tiro".
    'cuando _ pase|llegue|venga _ el _ proximo|siguiente|tren|metro',
    // Times said as the hours left or the moment alone: "me quedan como dos horas", "cuando esté sola en la casa".
    'me quedan _ como|unas? _ dos|tres|cuatro|pocas|unas _ horas|minutos',
    'esta|hoy+en+la|en+la _ tarde',
    'al rato|ratito',
    'cuando _ este|estemos|me+quede|quede|se+vayan|no+haya+nadie _ sola|solo|solos|sola+en+la+casa|solo+en+la+casa|en+la+casa',
    'cuando cierre|cierren|cerremos _ el|la _ bar|tienda|negocio|local|oficina',
    'ya son las',
    'llegando|al+llegar|en+cuanto+llegue|apenas+llegue _ a _ casa|la+casa|mi+casa',
  ],
};
