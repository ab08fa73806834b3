/**
 * Spanish harm from others held over money, the body, papers and whereabouts, added after the thirty-sixth fresh batch
 * (notation in ../../patterns.ts; macros in ../es.ts), the same families as ../en/harm-money-body-and-papers.ts: a wage or a
 * pension cashed by someone who gives nothing back, credit taken out in the writer's name; condoms pierced, birth control
 * thrown out, appointments forbidden; a passport or papers kept "until you behave" or against a debt, papers not signed
 * unless the protective order is dropped, "una llamada y te deportan"; a tracker under the car, the writer's address
 * published; locked in a room, hiding at work while he waits outside; families back home made to pay. These patterns name
 * "me" or "nos"; the same acts told of "le" or "la" are someone else's, in ./others-on-the-caseload.ts (a harm pattern that
 * opens on the clitic would not be read as landing on someone else by ../../harm-lands-on.ts).
 */
const pay = 'sueldo|pension|cheque|quincena|pago|salario|jubilacion|seguro+social|dinero|raya|cheques';
const papers = 'cedula|dni|ine|pasaporte|pasaportes|papeles|documentos|identificaciones|identificacion|ids|residencia|green+card|mica|credencial|credenciales';
const contraception = 'anticonceptivos|anticonceptivo|anticonceptivas|pastillas+anticonceptivas|pastillas|parche|inyeccion|diu|pildora|condones';

export const harmMoneyBodyAndPapersEs: Record<string, string[]> = {
  control: [
    // Money cashed and kept: "él cobra mi sueldo directo en su cuenta", "cobra mi pensión y no me da nada", "se queda con su seguro social".
    `cobra|cobraba|cobro|deposita|depositaba _ mi|toda+mi|el|la _ ${pay} __ en+su+cuenta|su+cuenta|no+me+da|nada|y+no`,
    `se _ queda|quedaba|quedo _ con _ mi|toda+mi|mis _ ${pay}`,
    'saco|sacaba|saca|pidio|abrio|saco+a _ creditos|credito|prestamos|prestamo|tarjetas|tarjeta|deudas _ a|en _ mi|su _ nombre',
    // Papers kept over the writer: "tiene mi pasaporte guardado y dice que me lo da cuando me porte bien", "nos guarda las identificaciones".
    `tiene|guarda|esconde|escondio|se+quedo+con _ mi|mis|nuestros|nuestras|los|las|su|sus _ ${papers} __ dice|hasta|cuando|antes|debo|debemos|no+me|no+nos|y+no|dormimos|trabajar|trabajo`,
    `me|nos tiene|tienen|guarda|guardan|esconde|esconden|quito|quitaron|retiene|retienen _ el|los|la|las|mi|mis|su|sus _ ${papers}`,
    'no _ firma|firmar|firmo|sign|va+a+firmar|quiere+firmar _ mis|los|mi|las _ papeles|peticion|residencia|formularios|forms __ si|hasta|mientras',
    'debo|debemos|debe|deben _ __ antes _ de _ poder _ irme|irnos|irse|salir|dejar',
    // The body: "encontré los condones picados", "me tira los anticonceptivos", "no la deja ir a las citas".
    'condones|condon|preservativos|preservativo _ picados|picado|rotos|agujereados|pinchados|con+hoyos|con+agujeros',
    `me tira|tiro|tiraba|esconde|escondio|bota|boto|botaba _ los|mis|las|sus|el|la _ ${contraception}`,
    'no _ me _ deja _ ir _ a _ las|mis|la|el _ citas|cita|consultas|clinica|doctor|medico|ginecologo',
    'devuelve|da|regresa|devolvera|dara _ __ cuando _ me _ porte|comporte _ bien',
    'se _ mete|metio|metia _ a|en _ mi _ correo|cel|celular|face|facebook|cuenta|whatsapp|insta|instagram',
    // Whereabouts found out: "un airtag pegado debajo de mi carro", "alguien publicó mi dirección y la escuela de mi hijo".
    'airtag|rastreador|localizador|gps _ pegado|escondido|puesto|debajo|bajo _ __ carro|coche|auto|troca|bolsa|mochila|llanta|defensa',
    'publico|publicaron|subio|subieron|compartio|compartieron|filtro|filtraron _ mi|su _ direccion|domicilio|numero|telefono|ubicacion',
    // Kept in: "me encierra en la pieza", "no la deja salir de la casa ni usar el teléfono", "me quitó la cartera, el carro, todo y dice que no me voy".
    'me|nos encierra|encerro|encerraba|encierran|encerraron _ en _ el|la|mi|su _ pieza|cuarto|recamara|habitacion|bano|casa|sotano|cuartito',
    'no _ me|nos _ deja|dejan _ salir _ de _ la|el|mi|su _ casa|cuarto|departamento|depa _ ni|y|sin',
    'me quito|quita|escondio|agarro _ la|el|las|mi|mis _ cartera|carro|coche|llaves|cel|celular|telefono __ no _ me _ voy|salgo|deja',
    'me|nos pone|ponen|obliga|obligan _ a _ trabajar _ para _ el|ella|ellos|sin+paga|sin+pago|gratis',
  ],
  threat: [
    // The state as the threat: "una llamada y te deportan", "si hablo con la trabajadora social me manda pa atrás".
    'una _ llamada _ y _ te|me|la|nos _ deportan|deporta|sacan|regresan|mandan|vas',
    'me|nos|te manda|mandan|regresa|regresan|devuelve|devuelven _ pa|para _ atras|mi+pais|tu+pais|su+pais _ en? _ el? _ primer? _ vuelo|avion',
    'retiro|quito|retire|quite|retira|quita _ la _ orden _ de? _ proteccion|restriccion|alejamiento',
    'si _ lo|la _ denuncio|demando|reporto|acuso __ le _ cuenta|dice|habla|avisa|llama',
    'si _ me _ voy|salgo|renuncio|escapo|quejo _ __ policia|migra|que+le+robe|que+robe',
    // Not read: a threat reported with "dice que" / "me dijo que" ("dicen que si hablamos… lo van a pagar"): whose.ts hears
    // those words as someone else's, and the pattern would turn the learned opinion's harm into someone else's crisis.
    'si _ reporto|denuncio|digo|cuento _ __ me _ quedo _ sin _ trabajo|chamba|casa|cuarto|certificacion|hijos',
    'o _ le? _ cuenta|dice|dira|contara _ todo _ a _ mi _ jefe|jefa|familia|trabajo|esposo|esposa',
    'si _ le _ hago _ un _ favor|favorcito',
    'si _ soy _ mas _ carinosa|carinoso|amable|buena|bueno _ con _ el|ella',
    'llego|vino|aparecio|llega _ __ gritando _ mi _ nombre',
    'orden _ de _ alejamiento|restriccion|proteccion _ y _ le _ vale|importa|da+igual',
    'paso _ algo _ en _ la _ fiesta|posada|reunion _ __ que _ yo? _ no _ queria|quise|acepte',
    // Rent asked for in another way, someone coming in while the writer bathes.
    'pagar|pago|pague|pagarla|pagarsela _ de _ otra _ forma|manera',
    'se+metio|entro|entra|se+mete _ cuando|mientras _ me _ estaba|estoy _ banando|cambiando|duchando|vistiendo',
    // Hiding while someone waits: "estoy escondida en el baño del trabajo porque él está en el estacionamiento esperándome".
    'escondida|escondido|encerrada|encerrado _ en _ el|la _ bano|cuarto|closet|carro|oficina _ __ porque|por+que|que _ el|ella|mi|esta',
    'estacionamiento|afuera|puerta|salida|parking|esquina _ me _ esperando|espera|esta+esperando',
  ],
};
