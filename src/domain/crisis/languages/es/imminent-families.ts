/**
 * Spanish wording for imminent own risk by family, added after the seventh and eighth fresh batches (notation in
 * ../../patterns.ts; macros in ../es.ts; merged with the other own-risk lists by es.ts): the act referred back to
 * ("hoy sí lo hago", "ya empecé", "si lees esto es que ya lo hice"), regional means ("las pepas", "el gramoxone",
 * "los orfidales"), taking them said plainly ("me tomé todas las de dormir", "me he bebido el bote entero"),
 * writing from a high place, and goodbyes and preparations told through money, papers and clothes.
 * Hints stay hints: each counts only beside own risk or another sign (concepts.ts, hint-weights.ts).
 */
export const imminentFamilies: Record<string, string[]> = {
  // Passive wishes said regionally or softly ("me provoca no despertar", "ya no le tengo ganas a la vida"): possible.
  'wish-dead': [
    'no _ le? _ tengo|tiene|quedan _ ganas _ a|de _ la? _ vida|vivir|seguir',
    'ganas de ya no _ estar|existir|despertar|seguir',
    'ya no _ quiero|quisiera|querer _ abrir|volver+a+abrir _ los ojos',
    'no _ me _ apetece|provoca|dan+ganas+de _ vivir|seguir+viviendo|existir',
    'me llevar.el|llevara|lleve|llevase _ la _ muerte|flaca|huesuda|parca',
    'la muerte|flaca|parca _ me _ llevar.el|llevara|lleve|llevase',
    'mejor _ ni|no _ estuviera|existiera|hubiera+nacido _ en+este+mundo|aqui',
    'deberia|debia _ ser _ yo? _ el|la _ que _ ya? _ no _ este|existiera|estuviera|despierte',
  ],
  burden: ['sobro|estorbo _ en _ este _ mundo|vida|casa|familia'],
  'self-harm': [
    // Punishing oneself: "me pegué con el cinturón, es como un castigo", "dejo de comer pa castigarme".
    '@refl pegar.yo|golpear.yo|cortar.yo|quemar.yo|pellizcar.yo|rascar.yo|rasco|pellizco __ castigo|castigarme|me+castigar',
    'dejo|deje|dejar _ de _ comer|tomar+agua __ a+proposito|castigarme|me+castigar',
  ],
  'acting-now': [
    // Taken, said plainly: "me tomé todas las de dormir", "me he bebido el bote entero", "ya me las tragué".
    'me he? tomar.yo|tragar.yo|beber.yo|tomado|tragado|bebido|metido _ todas|todos _ las|los _ de+dormir|de+la+presion|pastillas|@pastillas',
    'me he? tomar.yo|tragar.yo|beber.yo|tomado|tragado|bebido|metido _ el|la|un|una _ bote|frasco|caja|blister|tira _ entero|entera|completo|completa|de+@pastillas',
    'me acabo|acabe de _ tomar|tragar|beber|meter __ @pastillas|pastillas|las+de+dormir|veneno|cloro|raticida',
  ],
  'means-hint': [
    // Regional names of pills and poisons at hand: "ya compré las pepas", "tengo el gramoxone", "los orfidales".
    'tengo|traigo|consegui|compre|junte|guarde|saque|ya+tengo|ya+compre|ya+junte _ el|la|los|las|mis|unas|unos _ @regional',
    '@refl lo|la|las|los tomar.yo|tomar.nf|tragar.nf|tragar.yo _ todas|todos|toda|todo|de+una|de+un+jalon|de+golpe',
    // A gun cleaned or loaded, a blade sharpened ("ya limpié la escopeta"); hunting and the range are everyday (frames).
    'limpie|cargue|prepare|afile|saque|traje|agarre _ la|el|mi _ escopeta|pistola|arma|revolver|rifle|navaja|cuchillo|fierro|cuerno|cuerno+de+chivo',
    // What was missing is bought: "ya compré lo que me faltaba", "ya compré todo".
    'ya compre|consegui _ lo que _ me? _ faltaba|necesitaba|hacia+falta',
    'el carbon _ en _ la|el|mi _ pieza|cuarto|recamara|habitacion|bano',
  ],
  place: [
    'camino|rumbo _ al|a+la|hacia _ @alto',
    // Writing from a high place: "os escribo desde la azotea", "te hablo desde el puente".
    'escribo|escribiendo|hablo|hablando|mando+esto|estoy _ desde _ la|el|lo+alto+de+la|lo+alto+del _ @alto',
    'me subi|estoy+arriba _ a|de|en _ la|el _ azotea|techo|cornisa|barandal|ultimo+piso',
  ],
  // Taken, referred to by a pronoun: "ya me las tragué", "me lo bebí".
  'taken-hint': ['@refl lo|la|las|los tragar.yo|beber.yo|tomar.yo'],
  'plan-talk': [
    // The act referred back to, urgent beside own risk or another sign: "hoy sí lo hago", "ya lo voy a hacer".
    'hoy|ahora|ya|manana|esta+noche|ahorita _ si _ lo hago|hare|voy+a+hacer',
    'ya _ lo voy+a|vamos+a hacer',
    // Wanted with its time (fresh batch 95): "lo quiero hacer hoy", "quiero hacerlo esta noche".
    'lo quiero|queria|quisiera hacer hoy|esta+noche|ahora|ahorita|ya|manana', 'quiero|queria|quisiera lo hacer hoy|esta+noche|ahora|ahorita|ya|manana',
    'ya empece|comence',
    'es|sera _ hoy|esta+noche|manana|mi+ultima+noche',
    '@tiempo|1*|2*|3* es el dia|la+fecha',
    'el dia|la+fecha|la+hora _ es|sera _ hoy|manana|el',
    'ya escogi|elegi|marque _ el|la _ dia|fecha|lugar|hora',
    'ya no hay _ pa|para|vuelta _ atras',
    'no me voy+a|vuelvo+a _ echar|rajar|arrepentir _ para|pa? _ atras',
    'esta vez _ quiero+que|si|ojala _ funcione|salga|resulte',
    'es para hoy|esta+noche|manana',
  ],
  'preparation-hint': [
    // Money, papers and accounts handed over: "ya vacié la cuenta y se la transferí a mi hermana".
    'vacie|cerre|transferi|transferir|pase _ la|mi|mis|el|todo+el|todo+lo+de+la _ cuenta|cuentas|dinero|ahorros',
    'le|les _ mande|deje|di|pase|entregue _ el|la|los|las|mis _ papeles|clave|claves|password|contrasena|contrasenas|pin',
    'deje _ pagad*|pagada+la+renta|pagadas+las+deudas',
    'modo|cuenta _ conmemorativo|conmemorativa|memorial',
    'me puse _ mi|la _ mejor _ ropa|vestido|traje',
    'ya cancele|cancele _ lo+del|el|la _ cel|celular|telefono|renta|seguro|plan',
  ],
  'goodbye-hint': [
    // Goodbyes said regionally and in faith language: "os quiero mucho", "díganle a mi mamá que no fue su culpa".
    'os|los|las|te _ quiero|amo _ mucho|muchisimo|a+todos',
    'diganle|digale|dile|decile|digan _ a _ mi|mis _ mama|papa|familia|hijos|hija|hijo|esposa|esposo|hermana|hermano _ que',
    'no fue|es _ su|tu _ culpa',
    'lo siento _ de+verdad|mucho|por+todo',
    'oren|recen _ por _ mi|mi+familia|mis+hijos',
    'perdon _ a _ todos',
  ],
  'suicidal-thoughts': [
    // Leaving life said as software or a shop: "me desinstalo de la vida", "me doy de baja de este mundo".
    'me desinstalar.yo|desinstalo|desinstalare|desconecto|doy+de+baja _ de _ la|este|esta _ vida|mundo',
  ],
  finality: [
    // The light or the eyes put out for the last time: "esta noche apago la luz por última vez".
    'apago|apagar|apagare|cierro|cerrar|cerrare _ la|las|los|el|mis _ luz|luces|ojos|telon _ por+ultima+vez|para+siempre',
    // A sleep said as the writer's own act, not wished ("el jueves me duermo pa siempre"; "quisiera dormirme para siempre" is a wish).
    // Written one phrase a pattern: a list of phrases with no gap would read "para siempre" alone (patterns.ts phraseList).
    'me duermo para siempre',
    'me duermo pa siempre',
    'me voy a dormir para siempre',
    'me voy a dormir pa siempre',
    // Said to be literal: "y no hablo del trabajo", "no hablo de otra ciudad".
    'no hablo|lo+digo _ de|del|por _ trabajo|chamba|negocio|otra+ciudad|un+viaje|mudanza|changarro',
    // The last letter, and a move denied ("le dije que me mudaba. no me mudo"): a cover story, like "no es un viaje".
    'ultima|ultimas _ carta|cartas|nota|notas',
    'no me mudo|cambio|voy+de+viaje|voy+de+vacaciones',
    'me despido|despedi _ de _ esta|este _ vaina|mundo|vida|rollo',
    'ya es tarde _ para+mi',
    'no oren|recen _ por _ mi',
    // "escribo para que alguien me encuentre": the writer asks to be found.
    'para|pa _ que _ alguien|alguno|ustedes|me _ encuentre|encuentren|encontrar.el',
  ],
  // "adiós para siempre", once a preparation alone: as last words it is still urgent alone, and a leaving explains it
  // ("me despido de la furgo, va al desguace, adiós para siempre", "me voy de vacaciones, adiós para siempre al frío").
  'last-words': ['adios para siempre', 'si|cuando _ lees|leen|leas|lean|estas+leyendo _ esto _ es _ que|porque _ ya'],
  // "si mañana no me ves es porque ya lo hice": absence told as what it means.
  absence: [
    'si _ no _ me|te _ ves|ven|contesto|respondo|aparezco __ es porque|que _ ya',
    'ya nadie|nadie+mas _ me _ va+a|van+a _ necesitar|tener+que+cuidar|tener+que+mantener',
    'no pienso|planeo _ regresar|volver',
    'no llego|voy+a+llegar _ a _ los|mi _ 20|30|40|50|60|proximo|cumpleanos',
  ],
};
