/**
 * Spanish harm from others told sideways, added after the ninth and eleventh fresh batches (notation in ../../patterns.ts;
 * macros in ../es.ts): the phone broken or taken so the writer cannot call anyone, money and location held ("me maneja la
 * plata", "me controla la ubicación"), a relative draining the account; someone waiting outside angry or "a la salida"
 * (the Mexican threat of a fight), an ex hanging around the children's school, a key kept and things moved, a landlord
 * coming in unannounced; a threat named with what it is ("me amenazó con rajarme la cara"), a weapon shown in arguments,
 * intimate photos held over the writer; a boss or a client asking what the writer is wearing, remarks on the body, touch
 * whenever they are alone. Each names the other person's act on the writer: "se me rompió el cel", "mi mamá me espera
 * afuera" and "te espero a la salida del cine" stay everyday.
 */
const phone = 'cel|celular|telefono|movil|phone|fon';
const money = 'plata|dinero|lana|feria|sueldo|cheque|quincena|tarjeta|tarjetas|cuenta|ahorros|pension';
const someone = 'ex|exnovio|exnovia|exesposo|exesposa|expareja|exmarido|cliente|usuario|usuaria|acosador|tipo|senor|seguridad|guardia|vigilante|vecino|companero|jefe|patron|supervisor|encargado|wn|weon';

export const harmWatchedAndCornered: Record<string, string[]> = {
  control: [
    // Cut off from help: "me rompió el cel pa que no llamara a nadie", "me quitó el teléfono para que no pidiera ayuda".
    `me rompio|quito|escondio|quebro|tiro|estrello|agarro|arrebato _ el|mi|la _ ${phone} __ pa|para|asi _ que? _ no _ llamara|llame|pidiera|pida|hablara|hable|avisara|avise|pudiera|pueda`,
    // Money and whereabouts held: "mi novio me maneja la plata", "me controla la ubicación", "me rastrea el cel".
    // Held, not helped: "mi hija me administra la pensión porque ya no veo" is care; "y me da cinco lucas por semana" is not.
    `me controla|controlaba|retiene|retenia|quita|quitaba _ la|el|mi|mis|toda+la|todo+el _ ${money}`,
    `me maneja|manejaba|administra|administraba|guarda|guardaba _ la|el|mi|mis|toda+la|todo+el _ ${money} __ me _ da|daba|deja|dejaba|pasa|pasaba|niega|negaba`,
    `me controla|controlaba|rastrea|rastreaba|vigila|vigilaba|monitorea|monitoreaba|sigue _ la|mi|el _ ubicacion|ubi|location|localizacion|gps|${phone}`,
    'me pregunta|pide+explicaciones|reclama|cuestiona _ por+que|porque|xq|donde _ he? _ tardado|tarde|tardo|me+tarde|me+tardo',
    // Drained by a relative: "me saca dinero de la cuenta", "se lleva mis medicinas para venderlas".
    `me saca|sacaba|saco|roba|robaba|robo|quita|quitaba|vacia|vaciaba|vacio _ el|la|mi? _ ${money} _ de _ la|mi|el _ cuenta|tarjeta|cartera|banco|pension`,
    // An older or disabled writer's aids hidden: "mi nuera me esconde los medicamentos".
    'me esconde|escondia|escondio|quita|quitaba|tira|tiraba _ los|mis|las|el|mi _ medicamentos|medicinas|pastillas|remedios|lentes|baston|andadera|aparatos|audifonos',
    'se lleva|llevaba|llevo|roba|robaba|robo _ mis _ medicinas|medicamentos|pastillas|remedios __ vender|venderlas|las+vender',
  ],
  threat: [
    // A threat named with its act: "me ha amenazado con rajarme la cara", "me amenazó con quitarme a los niños".
    'me ha? amenazado|amenazo|amenaza|amenazaba|amenazan|amenazaron _ con _ me? rajar|cortar|matar|pegar|golpear|quemar|picar|romper|partir|desfigurar|publicar|subir|quitar|denunciar|reportar|llevar|echar|correr',
    // A weapon shown in arguments: "tiene pistola y la saca cuando discutimos".
    'saca|sacaba|saco|ensena|ensenaba|apunta|apuntaba _ la|el|una|un|su _ pistola|arma|cuchillo|machete|navaja|fierro|cuete|escopeta|revolver __ cuando|si _ discutimos|peleamos|nos+peleamos|se+enoja|se+enfada|toma|bebe',
    'pistola|arma|cuchillo|machete|navaja|fierro|cuete|escopeta|revolver _ y _ la|lo _ saca|sacaba|saco|ensena|ensenaba _ cuando|si _ discutimos|peleamos|nos+peleamos|se+enoja|se+enfada|toma|bebe',
    // Waiting for the writer: "me va a esperar a la salida del trabajo con su hermano", "me esperó en el estacionamiento".
    'me va+a|van+a|iba+a|iban+a _ esperar|caer|agarrar _ a+la+salida|afuera|saliendo|en+el+estacionamiento',
    `${someone} __ me _ espero|espera|esperaba|estaba+esperando|esta+esperando _ en|afuera|fuera|abajo|a _ el|la|del|de+la? _ estacionamiento|parking|salida|parada|consultorio|trabajo|oficina|casa|escuela|clinica|chamba|curro`,
    'esperando|espera|esperaba _ afuera|fuera|abajo|en+la+puerta __ y? _ esta|estaba|viene|anda _ enojado|enojada|furioso|furiosa|borracho|borracha|bravo|brava|encabronado|encabronada|emputado|cabreado',
    // A relationship demanded under threat: "si no salgo con él se va a hacer justicia", "si no vuelvo contigo te vas a arrepentir".
    'si _ no _ salgo|vuelvo|regreso|me+caso|estoy|me+acuesto _ con _ el|ella|el+wey|contigo|usted __ va+a|se+va+a|me+va+a|voy+a|vas+a|te+vas+a _ pasar|hacer+justicia|arrepentir|pagar|enterar',
    // Intimate images held over the writer: "va a publicar fotos mías desnuda si no vuelvo con él".
    'publicar|subir|mandar|ensenar|difundir|pasar _ fotos|videos|packs _ mias|mios|de+mi|mias+desnuda|mias+desnudo|intimas',
  ],
  stalking: [
    // Asked after every day by someone who will not stop: "viene todos los días preguntando por mí".
    'viene|llega|pasa|aparece|se+aparece _ todos+los+dias|cada+dia|diario|todas+las+noches _ preguntando+por+mi|a+buscarme|buscandome|me+buscar',
    // Around the writer's life: "mi ex pasa por la escuela de mis hijos", "me encontró en instagram y me escribe dónde ando".
    `${someone} __ pasa|pasea|ronda|rondando|se+aparece|se+para|se+estaciona|merodea _ por|en|afuera+de|frente+a? _ la|el|mi _ escuela|casa|trabajo|chamba|curro|colegio`,
    'me escribe|dice|manda|sabe|comenta _ donde|por+donde|con+quien _ ando|estoy|estuve|anduve|voy|fui _ cada|todos|todo',
    'todavia|aun|sigue _ tiene|teniendo _ llave|llaves|copia __ encuentro|aparecen|hay _ cosas _ cambiadas|movidas|fuera+de+lugar|de+lugar',
    'tiene|tenia|guarda|guardo|se+quedo+con _ llave|llaves|copia __ encuentro|aparecen _ cosas _ cambiadas|movidas|fuera+de+lugar',
    'entra|entro|entraba|se+mete|se+metio _ sin _ avisar|permiso|tocar|preguntar',
  ],
  'sexual-assault': [
    // Harassment by a boss, a client or a landlord: "me manda mensajes a las 2 preguntando qué traigo puesto".
    'preguntando|pregunta|pregunto|quiere+saber|preguntandome _ que _ traigo|llevo|tengo _ puesto|puesta',
    'me dice|decia|dijo|hace|hacia|echa _ cosas|comentarios|piropos _ de|sobre _ mi _ cuerpo|pechos|nalgas|trasero|culo|pompas|tetas|piernas',
    'me toca|tocaba|manosea|manoseaba|soba|sobaba|agarra|agarraba|roza|rozaba cada+vez|siempre|cuando|si _ que? _ estamos|nos+quedamos|quedamos|me+quedo|estoy _ solos|solas|sola|solo|a+solas',
  ],
  'partner-violence': [
    // Cornered at work, the place said inside the act (after it, "en la oficina" reads as the place of a sigh): "me acorrala en la oficina".
    'me acorrala|acorralo|acorralaba|arrincona|arrincono|arrinconaba|encierra|encerro _ en _ la|el _ oficina|bodega|cocina|bano|pasillo|elevador|almacen|cuarto|consultorio|recepcion',
    // Pushed to the floor, hair pulled: "me empujó y caí al suelo", "me jaló del pelo".
    'me empujo|empuja|empujaba|aviento|avento|tiro|tumbo _ y _ cai|me+cai|me+golpee|me+pegue',
    'me jalo|jala|jalaba|jalo|agarro|agarra|agarraba|jaloneo _ del|el|de+los|por+el|de+las _ pelo|cabello|grenas|mechas',
    // Hurting the writer beside someone else: "mi padre le pega a mi madre y a mí también".
    '@golpes _ a _ mi _ madre|mama|hermana|hermano|hermanos|hermanas|hijos __ y _ a _ mi _ tambien',
  ],
};
