/**
 * Spanish imminent own risk said without the words of dying, added after the ninth and eleventh fresh batches (notation
 * in ../../patterns.ts; macros in ../es.ts): the means ready and waiting ("la soga ya está", "ya está colgada"), sitting
 * or lying with it ("estoy sentado con la pistola en las piernas"), climbing now ("me subo a la terraza"), a leaving that
 * has no return ("me voy y no regreso ni aquí ni a ningún lado", "me voy con mi Señor", "me voy para siempre"),
 * letters left where they will be found ("la dejé pegada en la nevera", "una carta a cada uno de mis hijos"), a date set
 * and marked ("ya lo marqué en el calendario", "la decisión está tomada"), and a pet's care arranged for after.
 * Hints stay hints: a letter, a leaving or a decision counts only beside own risk or another sign (concepts.ts).
 */
// Not "cuerda" or "lazo" alone: "la cuerda ya está lista para tender" is laundry.
const rope = 'soga|horca|nudo|rope';
const held = `${rope}|cuerda|lazo|mecate|reata`;
const means = `pistola|arma|revolver|escopeta|fierro|cuete|gun|cuchillo|navaja|gillette|cuchilla|${held}|pastillas|pastis|frasco|bote|pepas`;
const found = 'mesa|mesita|mesilla|nevera|refri|refrigerador|heladera|locker|guantera|cajon|gaveta|buro|almohada|cama|espejo|collar|puerta|escritorio';

export const imminentSaidSideways: Record<string, string[]> = {
  'acting-now': [
    // The means ready: "la soga ya está", "la cuerda ya está amarrada", "el nudo ya quedó".
    `la|el|mi _ ${rope} _ ya _ esta|quedo _ lista|listo|puesta|puesto|colgada|colgado|amarrada|amarrado|atada|hecha|hecho?`,
    // With it on the body now: "estoy sentado con la pistola de mi papá en las piernas", "acostada con el frasco en la mano".
    `estoy|sigo|aqui _ sentado|sentada|acostado|acostada|parado|parada|tirado|tirada _ con _ la|el|una|un|mi|las|los _ ${means}`,
    `con _ la|el|mi|las _ ${means} __ en _ las|la|mis|mi _ piernas|mano|manos|regazo|boca|sien|cuello|cabeza`,
  ],
  method: [
    // A gun turned on oneself: "la voy a usar contra mí"; a car driven into water or a wall: "meter el carro al río".
    'la|lo voy+a|pienso|quiero _ usar|disparar|apuntar _ contra|en _ mi',
    'meter|tirar|echar|aventar|estrellar|estampar|lanzar|me+meto|me+tiro _ el|mi|la _ carro|coche|auto|troca|camioneta|moto _ al|a+la|contra|en+el|en+la _ mar|rio|lago|presa|barranco|precipicio|acantilado|muro|pilar|trailer|camion',
    // Walking into water until the end: "me voy al lake y me meto hasta que no pueda más".
    'lago|lake|mar|rio|playa|agua|presa __ me? meto|meter|entro|camino|adentro __ hasta _ que _ no _ pueda|aguante|respire|toque',
  ],
  'suicidal-thoughts': [
    // Using until not waking: "voy a usar todo lo que tengo hasta no despertar".
    'usar|meter|tomar|tragar|inyectar|meterme|me+meter __ hasta _ no _ despertar|volver+a+despertar|me+despertar',
  ],
  place: [
    // Climbing now, said in the present: "me subo a la terraza", "voy subiendo al último piso".
    'me subo|voy+subiendo|estoy+subiendo|ya+subi|subo _ a|al|hasta _ la? _ terraza|azotea|techo|puente|ultimo+piso|cornisa|barandal|piso+12|edificio',
    'estoy _ arriba _ ahorita|ahora|ya|rn',
  ],
  // "voy manejando al puente después de este mensaje": the act follows the message itself.
  present: [
    'despues|luego|terminando|saliendo _ de _ este|mandar+este|enviar+este _ mensaje|msj|audio|post',
    // The way up left open ("la azotea está abierta"): the moment, urgent only beside another sign, never beside a party's time.
    'la|el _ azotea|puerta+de+la+azotea _ ya? _ esta|quedo|la+deje _ abierta|abierto',
  ],
  'means-hint': [
    // Pills saved up over weeks: "con lo que he ido guardando del botiquín", "las pastillas las junté todo el mes".
    'he+ido|fui|llevo|estuve _ guardando|juntando|ahorrando|escondiendo __ botiquin|pastillas|medicinas|@pastillas|receta|recetas',
    'las|los junte|guarde|he+juntado|he+guardado|fui+juntando _ todo+el+mes|todo+el+ano|semanas|meses|toda+la+semana',
  ],
  'plan-hint': [
    // The plan names the taking: "mi plan es tomarlas el domingo".
    'mi plan es _ me? las|los _ tomar|tragar|beber _ todas|todos|juntas|juntos|de+una|de+golpe',
    'mi plan es _ me? las|los _ tragar',
    // Waiting to be alone, then the act referred back to: "cuando todos duerman lo hago", "cuando esté sola en la casa lo hago".
    // Only when the writer is left alone: "cuando los niños se duerman lo hago" is a cake for tomorrow.
    'cuando __ todos+duerman|todos+se+duerman|todos+esten+dormidos|esten+todos+dormidos|se+vayan+todos|este+sola|este+solo|me+quede+sola|me+quede+solo|no+haya+nadie|no+este+nadie __ lo hago|lo+voy+a+hacer|lo+hare',
    // How long until someone finds you: "¿cuánto tardan en encontrarte en un hotel si pones el letrero de no molestar?".
    // A person found, not a flat: "¿cuánto tardan en encontrar un depa?" stays a move.
    'cuanto|cuantos|cuantas _ tardan|tarda|dias|horas __ te|me|lo|la encontrar|hallar|encontrado|hallado',
    'cuanto|cuantos|cuantas _ tardan|tarda|dias|horas __ encuentren|encuentran|hallen|encontrarte|encontrarme',
    // Life insurance and its waiting period: "ya revisé que el seguro paga después de dos años", "el seguro de vida paga si uno se muere por su propia mano?".
    'seguro|poliza __ paga|cubre|pagan|cubren __ despues+de|pasados|si+uno+se|suicidio|propia+mano|mano+propia',
  ],
  'preparation-hint': [
    // Rent paid ahead, the pet fed for days: "la renta la pagué hasta marzo", "ya dejé la comida del gato servida para una semana".
    'renta|alquiler|arriendo _ la|lo? _ pague|deje+pagada|deje+pagado|tengo+pagada _ hasta|por+adelantado|adelantada|adelantado',
    'deje|dejo|ya+deje _ la|su? _ comida|agua|croquetas|correa __ gato|gata|perro|perra|mascota|servida|lista|una+semana|varios+dias|puerta',
    'borre|cerre|elimine _ mi|el _ insta|instagram|face|facebook|correo|cuenta|cuentas|tiktok|twitter',
  ],
  finality: [
    // A leaving with no return: "me voy y no regreso, ni aquí ni a ningún lado", "me voy con mi Señor".
    'no regreso|vuelvo|regresare|volvere _ ni _ aqui|a+ningun+lado|a+ninguna+parte|a+nada',
    // "hoy es el último día que ven mi cara".
    'ultimo|ultima _ dia|vez _ que _ me? _ ven|veran|vean|miran|van+a+ver _ mi? _ cara|carota',
    'me voy|ire|vaya|iria _ con _ dios|diosito|creador|padre+celestial|jesus|jesucristo|virgencita|el+de+arriba',
    // "mi señor" is also a husband: only with rest or an end after it ("me voy con mi Señor, ya no sufro más").
    'me voy|ire _ con _ mi|el _ senor __ ya+no|descansar|descanso|en+paz|para+siempre|sufro|sufrir',
  ],
  'farewell-hint': [
    // Letters left where they will be found: "la dejé pegada en la nevera", "les escribí una carta a cada uno".
    `escribi|deje|he+dejado|he+escrito|puse|pegue _ la|las|una|unas|mi|mis _ nota|notas|carta|cartas __ en _ la|el|mi|su _ ${found}`,
    'la|las deje|he+dejado _ pegada|pegadas|en _ la|el|mi _ nevera|refri|refrigerador|heladera|espejo|mesa|mesilla|locker|guantera|cajon|gaveta',
    'escribi|he+escrito _ a _ cada+uno|cada+una|mis+hijos __ carta|cartas',
    'carta|cartas _ a|para|pa _ cada+uno|cada+una|mis+hijos|mi+mama|mi+cucha|mi+vieja|mi+hermana|mi+hermano|mi+esposa|mi+esposo',
    // "una carta pa cada uno del equipo": read past "uno", which alone is an idiom's generic "one" (frames.ts) and cleared the letters.
    'carta|cartas _ a|para|pa cada+uno|cada+una del|de+la|de+los|de+las|de+mis|de+ustedes|de+uds|de+ellos|de+este|de+esta? _ equipo|grupo|familia|hijos|hermanos|amigos|amigas|pibes|chicos|chicas|compas|viejos|laburo|trabajo|casa',
    'ya escribi|he+escrito _ no+fue+culpa+de+nadie|no+es+culpa+de+nadie',
    // A pet's care arranged for after: "si llega mi gata es porque le dejé una nota en el collar", "ya dejé su comida y la correa".
    'nota|carta _ en _ el _ collar',
    // Spanglish, English nouns only ("las notas" are also grades): "i already wrote the notes, ya están en la mesa".
    'wrote|written|escribi|deje _ the|my|las|mis? _ notes|letters|letter|note',
    'me puede|pueden|podrian _ cuidar _ al|a+mi|a+la|el _ perro|perrito|gato|gata|gatito|mascota __ ya _ no _ voy+a+poder|voy+a+estar|puedo',
  ],
  'plan-talk': [
    // A date set and marked: "el 15 es el día, ya lo marqué en el calendario", "la decisión está tomada".
    'la decision _ ya? _ esta|fue|quedo _ tomada',
    'lo|la marque|puse|apunte _ en _ el _ calendario',
    'puse|ya+puse|tengo _ fecha|dia _ pa|para',
    'con|tengo|ya+tengo _ todo _ listo|lista|preparado|preparada',
  ],
};
