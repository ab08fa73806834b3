/**
 * Spanish imminent own risk said through what surrounds the act, added after the twelfth fresh batch (notation in
 * ../../patterns.ts; macros in ../es.ts): "what I need" had and saved ("ya tengo lo que necesito"), a goodbye that was
 * the last ("fue la última vez que me va a ver"), things one will not need again, the leaving denied as a trip or a
 * resignation ("y no de viaje", "no porque renuncie"), the end of the message as the moment ("cuando acabe este
 * mensaje"), joining the dead or God ("me voy a su lado"), the means ready ("la jeringa lista", "el vaso servido"),
 * a pet given a new owner and nothing left holding the writer here. Hints stay hints: each counts only beside own
 * risk or another sign (concepts.ts), and a plan or a goodbye beside a time alone stays everyday (hint-weights.ts).
 */
const pets = 'perro|perrita|perrito|perra|gato|gata|gatito|gatita|mascota|mascotas|pajaro|loro|conejo';
const kin = 'tia|tio|tias|tios|hermana|hermano|mama|papa|prima|primo|abuela|abuelo|vecina|vecino|amiga|amigo|suegra|cunada|cunado|madrina|padrino|sobrina|sobrino';

export const imminentGoodbyesAndMeans: Record<string, string[]> = {
  'means-hint': [
    // "What I need" for the act, had or saved: "tengo lo que necesito guardado", "ya compré lo que iba a usar".
    // Only kept somewhere or ending the clause: "ya tengo lo que necesito para el pastel" is baking.
    'tengo|traigo|guarde|escondi|consegui|compre _ lo que _ necesito|necesitaba|voy+a+usar|iba+a+usar|ocupo _ guardado|escondido|aqui|conmigo|en+el|en+la|en+mi',
    // Pills gathered by their use, not by a regional name: "ya junté las de la presión y las mías".
    'junte|guarde|escondi|he+juntado|he+guardado _ las|los|todas+las|todos+los _ de+la+presion|de+dormir|del+corazon|de+la+depresion|pastillas|@pastillas',
    // The means ready: "la jeringa lista", "el vaso servido", "la pistola cargada".
    // The way found: "ya tengo cómo hacerlo", "encontré con qué hacerlo".
    'tengo|encontre|consegui _ como|con+que _ hacerlo',
    'la|el|mi _ jeringa|jeringuilla|pistola|arma|escopeta|revolver|vaso|mezcla|coctel _ ya? _ lista|listo|cargada|cargado|servido|servida|preparada|preparado',
  ],
  present: [
    // The end of the message as the moment: "cuando acabe este mensaje apago el celular".
    'cuando|en+cuanto|apenas _ acabe|termine|mande|envie|publique _ este|esto|el _ mensaje|msj|audio|post|texto',
    // Going on now: "me hice cortes y ahorita sigo, no puedo parar".
    'ahorita|ahora|aun|todavia _ sigo|continuo|estoy+sangrando',
    'no puedo|logro _ parar|detenerme|me+detener __ sangre|cortes|cortando|cortarme|me+cortar',
  ],
  finality: [
    // A goodbye that was the last: "fue la última vez que me va a ver", "la última vez que me ven".
    'ultima vez _ que _ me|nos _ va+a|van+a|vaya+a|vayan+a _ ver|abrazar|oir|escuchar',
    // The leaving denied as a trip with a nod to the reader ("el lunes me voy y no de viaje ustedes entienden", in one clause), or
    // as a resignation ("no porque renuncie"); "me voy y no de vacaciones, me cambio de chamba" says where it goes.
    'y no _ de|por|pa|por+un|de+un _ viaje|vacaciones|paseo|mudanza __ entienden|entiendes|me+entienden|ya+saben|ya+sabes|tu+sabes|ustedes+saben|para+siempre',
    'no es? porque|por+que _ renuncie|renuncio|me+corrieron|me+corran|me+despidieron|me+despidan|me+mudo|me+cambio|me+cambie',
    // Not needed again: "no las voy a necesitar", "a partir de hoy ya no estoy".
    'no _ lo|la|los|las|me|les _ voy+a|van+a _ necesitar|ocupar|hacer+falta _ mas?',
    'a partir _ de _ hoy|manana|esta+noche|ahora __ ya no _ estoy|estare|existo|existire',
    // Joining the dead or God: "hoy me voy a su lado", "me voy con él" after a death told.
    'me voy|ire|iria _ a _ su|tu _ lado',
    // At peace at last: "hoy por fin me voy tranquilo".
    'por fin _ me voy|descanso|voy+a+descansar _ tranquilo|tranquila|en+paz|para+siempre',
    'murio|fallecio|se+murio __ me voy|ire|quiero+ir|voy+a+ir _ con _ el|ella|ellos|mi+hijo|mi+hija|mi+mama|mi+papa',
    // Whatever holds the writer here is gone: "ya no tengo nada que me amarre aquí".
    'no me? tengo|queda|hay _ nada|nadie _ que _ me _ amarre|ate|detenga|retenga|sostenga|aferre _ aqui|a+la+vida|a+este+mundo',
    // "esta noche se acaba todo", "el domingo subo al cerro y no regreso".
    'hoy|esta+noche|manana|ahorita|ahora _ se acaba|termina _ todo',
    'subo|voy|me+voy|camino _ al|a+la|hacia _ cerro|monte|@alto __ y no _ regreso|vuelvo|bajo',
    // A cover denied where the act would happen: "ya ando en la presa, no vine a pescar".
    'no vine|vengo|estoy _ a|aqui+a _ pescar|nadar|pasear|caminar|ver+la+vista',
  ],
  'plan-talk': [
    'ya tome|tome _ la _ decision',
    // "esta vez me tiro": this time the act.
    'esta vez _ si? _ me _ tiro|aviento|lanzo|mato|doy+el+paso',
  ],
  'preparation-hint': [
    // A pet given a new owner, the phone sold and the clothes given away.
    `busque|encontre|consegui|di _ dueno|duena|casa|hogar _ a|para _ la|el|mi|mis _ ${pets}`,
    `a|al _ la|el|mi _ ${pets} _ con _ mi|su _ hermana|hermano|mama|papa|prima|primo|vecina|vecino|amiga|amigo`,
    // Taken in by a relative (batch 107): "a mi perro se lo llevó mi tía", "a mi gata ya se la quedó mi vecina", "le di mi perro a mi prima".
    `a|al _ la|el|mi _ ${pets} _ ya? _ se? _ lo|la|los|las _ llevo|llevaron|quedo|quedaron|di|deje|regale|encargue _ a? _ mi|mis _ ${kin}`,
    `le|les _ di|deje|regale|encargue|pase _ mi|mis|el|la _ ${pets} _ a _ mi|mis _ ${kin}`,
    'vendi|regale|di _ el|la|mi|mis|los|las _ telefono|cel|celular|ropa|cosas|tele|moto __ y _ regale|di|vendi',
    'deje|he+dejado _ el|la|mi|mis _ piso|cuarto|casa|depa _ recogido|recogida|limpio|limpia|ordenado|ordenada',
  ],
  'goodbye-hint': [
    // "me despedí de mi mamá hoy como si nada", "ya hablé con Dios y le pedí perdón".
    'me despedi|ya+me+despedi _ de _ mi|mis _ mama|papa|familia|hijos|hija|hijo|hermana|hermano|abuela|jefa|vieja',
    'hable|ya+hable _ con _ dios|diosito|el+de+arriba __ perdon',
    // Confession before the end: "ya me confesé con el padre y hoy me voy con mi Señor".
    'me confese|ya+me+confese _ con _ el _ padre|cura|sacerdote',
    'no me _ busquen|llamen|llamis|sigan+buscando',
  ],
};
