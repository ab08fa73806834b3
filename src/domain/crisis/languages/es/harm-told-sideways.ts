/**
 * Spanish harm from others told sideways, added after the ninth fresh batch (notation in ../../patterns.ts; macros
 * in ../es.ts): the phone and the messages checked, an app or a GPS put on the phone, permission and photos asked for
 * every step, money counted out, friends cut off; threats over the children, over telling anyone, over leaving;
 * sex asked for a job, the rent or a contract; being kicked out; blows named regionally ("me dio una galleta", "me
 * levantó la mano", "me da con la correa"); being found again and again ("cambié de número y siempre lo consigue", notes on the windscreen);
 * and not feeling safe at home. "me mata si no voy" stays an idiom: threats here never rest on "mata" alone.
 */
const phone = 'cel|celular|telefono|movil|phone|whatsapp|whats|wasap|chats|chat|mensajes|correo|conversaciones|redes|face|instagram|insta';
const kin = 'hijos|hijas|hijo|hija|ninos|nenes|chamacos|chamaquitos|familia|nietos|mama|hermana|hermanos';

export const harmToldSideways: Record<string, string[]> = {
  control: [
    // The phone checked: "me revisa todo, los chats", "me revisa el whatsapp y me borra contactos", "lee mis mensajes".
    // Habits, not "el técnico me revisó el celular".
    `me revisa|revisaba|checa|checaba|esculca|esculcaba|lee|leia|espia _ todo|el|la|los|las|mis|mi _ ${phone}|ropa+interior|bolsa|cartera`,
    `lee|leia|revisa|revisaba|checa _ mis _ ${phone}`,
    'me revisa|revisaba|checa|checaba|esculca|esculcaba todo|toditito',
    `me tiene _ el|la|mi _ ${phone} _ checked|revisado|intervenido|hackeado|vigilado`,
    'me revise|revisa|revisaba|reviso _ la _ ropa+interior|calzones',
    'me borra|borro|bloquea|bloqueo|ha+bloqueado|ha+borrado _ contactos|mis+contactos|a+mis+amigas|a+mis+amigos|a+todas|a+todos|amigas|amigos',
    `me quito|quita|quitaba|cogio|ha+cogido|agarro|agarra _ el|mi|la _ ${phone} __ revis*|reviso|revisa|lee|leyo|bloque*|borr*`,
    // Tracked: "me puso una app en el cel que le dice dónde estoy", "me puso un GPS".
    'me puso|instalo|metio|pusieron|instalaron _ un|una _ app|aplicacion|gps|rastreador|localizador|programa|airtag',
    // Permission and proof for every step: "me hace pedirle permiso pa todo", "si tardo me llama 20 veces".
    'pedir|le+pido|le+pedir|pedirle|tengo+que+pedirle _ permiso _ pa|para|hasta _ todo|salir|ir',
    'si _ tardo|me+tardo|llego+tarde __ me _ llama|marca|grita|pega|castiga|cela',
    'mandarle|le+mandar|le+mando|le+tengo+que+mandar _ foto|fotos|ubicacion|video _ cada|de+donde',
    'me castiga|castigaba|castigo _ sin _ dinero|hablarme|hablar|comer|salir|dejarme',
    'me deja|dejaba _ sin _ hablar|hablarme|dinero|comer|salir _ una|dos|toda|todo|varios|dias|semana',
    // Money counted out: "me da dinero contado y me pide los tickets", "tiene mis tarjetas y me da 200 pesos".
    'me da|deja|daba|dejaba _ el|la? _ dinero|plata|lana|gasto _ contado|contada|justo|justa',
    'se+quedo+con|me+quito|me+quita|controla|me+esconde _ mis|mi|sus _ tarjetas|tarjeta|sueldo|cheque|dinero|finanzas|cuenta|papeles|documentos',
    'tiene _ mis|mi _ tarjetas|tarjeta|sueldo|cheque __ me _ da|deja|pasa',
    'me pide|exige|pedia _ los|las _ tickets|recibos|cuentas|comprobantes',
    'me cuenta|contaba|controla _ cuanto|lo+que _ como|gasto|duermo',
    // Friends cut off: "no puedo salir con mis amigas porque se enoja", "no quiere que yo tenga amigas", "me tiene aislada".
    'no me? deja|quiere+que|dejaba _ salir|tener|tenga|ver|hablar _ con? _ mis|yo+tenga _ amigas|amigos|familia',
    'me tiene _ aislada|aislado|encerrada|encerrado|vigilada|vigilado|vigilaa|controlada|controlado|amenazada|amenazado',
    // Put down: "me dice que nadie me va a querer", "que sin él no soy nada".
    'me dice|dijo|decia _ que _ nadie _ me|te _ va+a|iba+a|va+a+querer _ querer|aguantar',
    'sin el|ella _ no _ soy|valgo _ nada',
  ],
  threat: [
    // The possessive threat: "si no eres mía no eres de nadie".
    'si no eres|vas+a+ser _ mia|mio|para+mi _ no _ eres|vas+a+ser _ de _ nadie',
    // Threats said outright: "me dijo que si me voy me encuentra donde sea", "me la tiene jurada", "me rompe las piernas".
    'me encuentra|encontrara|va+a+encontrar|busca|buscara|va+a+buscar _ donde+sea|donde+este|donde+vaya|donde+me+esconda|hasta+debajo+de+las+piedras',
    'me la|las _ tiene|tienen _ jurada|juradas|sentenciada',
    'si __ me|te _ rompe|parte|quiebra|rompo _ las|la|los _ piernas|cara|madre|boca|jeta|crisma|dientes',
    'me manda|mandan|mando|mandaron|llegan|llegaron _ amenazas|amenazandome',
    'me quiere|quieren|va+a|van+a _ quitar _ a _ mi|mis _ hija|hijo|hijos|ninos|nenes|bebe',
    'me esta|estan|han+estado _ chantajeando|extorsionando|amenazando',
    'las|los _ mandan|suben|publican|van+a+mandar|van+a+subir _ a _ todos _ mis _ contactos|amigos',
    // Migration held over the writer: "si no le firmo las horas extra le habla a migración".
    'habla|hablar|llama|llamar|reporta|reportar|echa|echar|manda|mandar _ a|al? _ la? _ migra|migracion|inmigracion|ice',
    // Said as a condition, the "no" inside the threat: "si no le firmo las horas extra sin pago le habla a migración".
    'me dijo|dice|dijo|amenaza|amenazo|escribio _ que? _ si _ no? __ __ habla|hablar|llama|llamar|reporta|reportar|echa|echar|manda|mandar|avisa _ a|al? _ la? _ migra|migracion|inmigracion|ice',
    'me manda|mandan|mandara|mandaria _ a _ quien+sea|los+malandros|los+mareros|sus+amigos|gente',
    // Over the children: "sabe dónde estudian mis hijos", "me matan a mí y a mis hijos".
    `sabe|saben _ donde|en+que+escuela|a+que+escuela _ estudian|viven|trabajan|juegan|van|esta|estan _ mis|mi _ ${kin}`,
    `me|nos _ matan|mata|van+a+matar|va+a+matar _ a+mi|a+todos _ y _ a _ mis|mi _ ${kin}`,
    'pagar _ renta|la+renta|cuota|piso|vacuna _ o _ me|nos|te _ matan|mata|desaparecen|queman',
    // A gang's extortion told flatly: "los mareros me cobran la renta", "si no pago me quiebran" (a landlord's rent names no gang).
    'mareros|marero|pandilleros|pandillero|la+mara|la+clica|malandros|narcos|la+pandilla|los+de+la+mara|la+mana|los+manosos __ me|nos _ cobran|cobra|piden|exigen|quitan _ la|una? _ renta|cuota|piso|vacuna|extorsion',
    'me|nos _ dijeron|dijo|amenazaron|avisaron|mandaron+a+decir _ que? _ si no _ pago|pagamos|les+pago|le+pago|pagas|les+doy|le+doy __ me|nos|te _ quiebran|van+a+quebrar|pelan|van+a+pelar|levantan|van+a+levantar|desaparecen|van+a+desaparecer',
    // Over telling: "si digo algo me echa", "si le digo a alguien me va mal", "si hablo con la trabajadora social me va a hacer pagar".
    'si _ digo|le+digo|cuento|le+cuento|hablo|hablas|dices|abro+la+boca|denuncio|me+quejo __ me|te _ echa|corre|despide|pega|va+a+hacer+pagar|va+mal|va+a+ir+mal|las+va+a+pagar|hace+algo|va+a+hacer+algo',
    'vai|vas|va _ a _ ver _ lo _ que _ te|le|me _ pasa',
    // The same told as what they said to the writer, so the words stay the writer's: "me dijo que si hablo con recursos
    // humanos vai a ver lo que te pasa".
    'me dijo|dice|amenazo|amenaza|escribio _ que? _ si __ __ vai+a+ver|vas+a+ver|va+a+ver|me+va+mal|te+va+mal|me+va+a+ir+mal|te+va+a+ir+mal|me+va+a+hacer+pagar|te+va+a+hacer+pagar|me+echa|me+corre|me+despide|te+echa|te+corre',
    // Over leaving or being seen with someone: "si lo dejo me va a picar", "si me ve con alguien nos mata".
    'si _ lo|la|le _ dejo|termino|denuncio|abandono __ me|te|nos _ mata|matan|busca|encuentra|pica|quita|rompe|desfigura|arruina|va+a+picar|va+a+matar|va+a+quitar',
    'si _ me _ ve|ven|encuentra|encuentran _ con _ alguien|otro|otra|otro+hombre|otra+mujer __ me|te|nos _ mata|matan|desfigura|pega',
    'me va+a|van+a|iba+a|iban+a _ arreglar+afuera|arreglar+a+la+salida|partir+la+madre|romper+la+madre|desfigurar|partir+la+cara|romper+la+cara|quebrar|dar+un+levanton|mandar+a+los+malandros|mandar+a+los+mareros|mandar+a+los+pandilleros|mandar+a+sus+amigos|mandar+a+quien+sea|mandar+gente',
    // Intimate images held over the writer: "si no vuelvo con él sube los videos que me grabó".
    'si __ sube|subir|publica|publicar|manda|mandar|filtra|difunde|ensena _ los|las|mis|unos|unas _ videos|fotos|packs|nudes|fotos+intimas',
  ],
  'sexual-assault': [
    // Named by its abbreviation: "mi roommate me hizo SA", "me pasó lo del SA en la posada".
    'me hizo|hicieron|hace|hacia _ sa',
    'lo del|un|el _ sa _ en|de|con|fue',
    'me pasaron|pusieron|echaron|metieron _ algo _ en _ la|mi|el _ bebida|trago|vaso|copa|refresco',
    'me hacia|hizo|hace|hacian _ cosas _ de _ chiquita|chiquito|nina|nino|pequena|pequeno|chica|chico',
    // Sex asked for a job, the rent or a contract: "si quiero el ascenso tengo que salir con él", "con favores".
    'si _ quiero|quieres _ el|la|mi _ ascenso|trabajo|contrato|puesto|aumento|renta|papeles __ tengo+que|tienes+que|debo _ salir|acostar|me+acostar|dormir|estar',
    'si _ no _ me _ quedo|salgo|acuesto|voy __ a+solas|con+el|con+ella __ no _ me _ renueva|renueve|paga|contrata|asciende|da',
    'pago|pagar|pague|pagarle|cobrar|cobrarme _ con _ favores|mi+cuerpo|sexo',
    'me dijo|dice|dijo|pide|pidio|exige|me+dice|me+pide _ que? _ si? __ tengo+que|debo|tienes+que|tenia+que _ demostrar|salir|acostar|me+acostar|dormir|dar __ aunque|con+el|con+ella|sin+querer|a+solas',
    'dice|dijo|me+dice|me+dijo _ que _ si _ quiero|quieres _ el|la|mi _ ascenso|trabajo|contrato|puesto|aumento|renta|papeles __ tengo+que|tienes+que|debo _ salir|acostar|me+acostar|dormir|estar',
    'debo|tengo+que|tienes+que|tenia+que|me+debo _ acostar|me+acostar|acostarme|dormir _ con _ el|ella|usted',
    'tengo+que|debo|tenia+que _ demostrar|dar __ aunque _ yo? _ no _ quiera|quisiera|queria',
    // Touched where no one sees: "me sobó la pierna", "me sigue tocando cuando no hay nadie".
    'me sobo|soba|sobaba|manoseo|manosea|toco|toca|tocaba|agarro|agarra _ la|las|el|los|mis _ pierna|piernas|muslo|muslos|entrepierna|cintura',
    'me sigue|seguia|siguen|vuelve+a|volvio+a _ tocando|tocar|manoseando|manosear|toqueteando',
    // No gap after "me toca": "me toca cubrir el turno cuando estamos solos" is a shift.
    'me toca|tocaba|toco|tocan|manosea|sigue+tocando cuando|si _ no+hay+nadie|estamos+solos|estamos+solas|nadie+ve|estoy+sola|estoy+solo|se+van|no+estan',
    'desperte|me+desperte __ estaba _ encima|arriba+de+mi|en+mi+cama|dentro',
    'me grabo|grabaron|fotografio|tomo+fotos|grabo __ sin _ que _ yo? _ supiera|quisiera|me+diera+cuenta',
  ],
  'partner-violence': [
    // Cornered: "me grita y me acorrala en la oficina".
    'me acorrala|acorralo|acorralaba|arrincona|arrincono|arrinconaba|acorralan|acorralaron',
    // Things thrown at the writer and marks left: "me lanzó una silla", "me volvió a dejar marcas en el brazo".
    'me lanzo|avento|aviento|tiro|arrojo|aventar.el|lanzar.el _ el|la|un|una|los|las _ silla|plato|platos|vaso|zapato|zapatos|olla|sarten|botella|control|celular|telefono',
    'me deja|dejo|dejaba|volvio+a+dejar|ha+dejado|ha+vuelto+a+dejar _ marcas|moretones|morados|los+dedos _ en',
    'tocando|golpeando|pateando|aporreando _ la _ puerta _ y _ gritando|amenazando|insultando',
    // Blows named regionally: "me dio una galleta", "me dio una pela", "me levantó la mano", "me da con la correa".
    'me dar.el|dar.nf|dado|dio _ un|una|unos|unas _ galleta|galletazo|chingadazo|madrazo|putazo|cachetadon|sopapo|pela|paliza|golpiza|zape|chingadazos|madrazos',
    'me levanto|levanta|levantaba|ha+levantado|levanto _ la _ mano',
    'me da|daba|dio|pega|pegaba|pego _ con _ la|el|un|una _ correa|cinturon|chancla|palo|cable|manguera|chicote|fuete|cuero|hebilla',
    // Rage at things: "se enoja y rompe cosas", "ayer rompió la puerta", "si falta un peso se pone violento".
    'se enoja|enfada|emputa|encabrona|pone+bravo|pone+loco _ y _ rompe|avienta|tira|golpea|patea|quiebra',
    'rompio|rompe|pateo|patea|tumbo|tumba|quebro _ la|las|una _ puerta|puertas|pared|paredes',
    'se pone|ponia|puso _ violento|violenta|agresivo|agresiva',
  ],
  stalking: [
    // Coming into the writer's home: "el casero entra en el piso cuando no estoy", "mi padrastro entró a mi cuarto otra vez".
    'ex|casero|casera|landlord|arrendador|dueno|padrastro|tio|primo|vecino|cunado|suegro|jefe|patron|supervisor|encargado __ entra|entro|entraba|se+mete|se+metio _ a|al|en _ mi|el|la? _ casa|cuarto|piso|depa|apartamento|recamara|habitacion _ cuando|sin|mientras|de+noche|por+la+noche|otra+vez|anoche',
    'no deja|para _ de _ me seguir|buscar|llamar|escribir|acosar',
    'mensajes|audios|llamadas|numero __ diciendo|dicen|dice _ donde|con+quien _ estuve|fui|andaba',
    // Found again and again: "cambié de número 3 veces y mi ex siempre lo consigue".
    'cambie|he+cambiado|cambiado _ de _ numero|cel|telefono|casa|trabajo|depa __ y|pero _ siempre|igual|aun+asi|todavia|otra+vez _ me? _ lo|la? _ consigue|encuentra|sabe|averigua|da+conmigo|localiza',
    // Notes left and photos of the writer's door sent: "me mandó una foto de la puerta de mi casa que dice nos vemos pronto".
    'deja|dejo|dejan|dejaron|me+deja|me+dejo _ notas|cartas|mensajes _ en _ el|la|mi _ parabrisas|carro|coche|puerta|buzon',
    'me mando|manda|mandaron|mandan __ foto|fotos|video _ de _ mi|la+puerta+de+mi _ casa|puerta|carro|ventana __ diciendo|dice|que+dice|escrito|con',
    'se aparecio|aparece|presento|presenta _ en|a _ mi _ gym|gimnasio|trabajo|casa|escuela|chamba|universidad|clases|iglesia',
    'lleva|llevaba _ dias|semanas|noches|tres+dias|dos+dias __ estacionado|estacionada|afuera|enfrente|siguiendome',
  ],
  'unsafe-home': [
    // Kicked out: "mis papás me sacaron cuando les dije que soy gay", "me saca a la calle con los niños".
    'me sacaron|corrieron|echaron|botaron __ cuando|porque|xq _ les? _ dije|conte|supieron|se+enteraron _ que? _ soy|era|estaba _ gay|lesbiana|trans|bi|bisexual|homosexual|embarazada',
    'me sacaron|corrieron|echaron|botaron|saca|sacan|sacara|va+a+sacar _ de _ la|mi _ casa|la+calle',
    'me saca|sacan|sacara|va+a+sacar|van+a+sacar _ a _ la _ calle',
    'me saca|sacan|sacara|va+a+sacar|van+a+sacar|echa|corre _ del|de+la|de+mi _ apartamento|depa|cuarto|piso',
    // Not safe at home: "en la casa no estoy segura", "tengo miedo de mi pareja".
    'no me siento _ segura|seguro|a+salvo _ en _ mi|la _ casa|cuarto|depa',
    'en _ mi|la _ casa _ no _ estoy|me+siento _ segura|seguro|a+salvo',
    'insegura|inseguro _ en _ mi _ propia? _ casa',
    'tengo|le+tengo _ miedo _ de|a _ mi _ pareja|esposo|marido|novio|ex|padrastro|esposa|novia|jevo|viejo',
  ],
};
