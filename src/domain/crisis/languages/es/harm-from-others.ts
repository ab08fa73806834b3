/**
 * Spanish concept patterns for harm from others (notation in ../../patterns.ts; macros in ../es.ts):
 * someone hits, threatens, controls, follows or abuses the writer, or home is not safe. The writer is
 * the object ("me pega", "me tiene amenazada"); the verb is in the third person ("pegar.el").
 */
export const harmFromOthersConcepts: Record<string, string[]> = {
  'partner-violence': [
    'me|nos @aux3? @golpes',
    'me re|sigue|siguio|volvio+a|vuelve+a|volvieron+a @golpes',
    'me dar.el|dar.nf _ hostia*|ostia*|golpe*|cachetad*|patad*|empujon*|golpiza|paliza|madrazo*|putazo*|bofetad*|punetazo*|chingadazo*|trancazo*|cabezazo*|cinturonazo*',
    'me agarrar.el|apretar.el|tomar.el _ cuello|garganta|pelo|cabello|brazo|brazos',
    'me hacer.el _ moreton*|bruise|moretones|dano|daño|una+herida|sangrar',
    'me dejar.el _ moreton*|morado|marcas|ojo+morado|el+ojo+morado',
    'me abrio la _ ceja|cabeza|boca|labio',
    'me romper.el|quebrar.el _ el|la|mi _ celular|telefono|nariz|brazo|costilla|labio|diente',
    'me apreto el cuello',
    'violencia domestica|familiar|intrafamiliar|de+genero',
    'me maltrata|maltrato|maltrataba',
    'le tengo miedo',
    'me da|dan|tengo|le+tengo _ miedo _ a? _ mi|su _ papa|pareja|novio|novia|esposo|esposa|marido|ex|padrastro|mama|hermano|tio|suegro|suegra|jefe',
    'novio|padrastro|tio|primo|hermano|papa|abuelo|vecino|suegro|cunado _ me toca|tocaba|toco|manosea|manoseaba',
    'miedo|panico|terror _ volver|regresar|llegar|ir _ casa|la+casa|mi+casa',
    'me pongo nerviosa|nervioso _ cuando llega',
    'moretones',
    'cuando se enoja _ rompe|avienta|golpea|patea|tira _ cosas|paredes|puertas|platos',
    'rompe|avienta|tira _ cosas _ cerca de mi',
    'a empujones|golpes|patadas|jalones|madrazos|cachetadas',
    'me tirar.el|aventar.el _ al|contra _ piso|suelo|pared',
    'me atacar.el|cerrar.el _ puerta _ en _ la? mano|dedos|pierna',
    'me atacar.el',
    'vivo|vivir _ con _ miedo|terror',
    'me aventar.el|tirar.el _ el|la|un|una _ plato|vaso|celular|silla|zapato|botella|cosas',
  ],
  'sexual-assault': [
    'me @aux3? violar.el|manosear.el|drogar.el|forzar.el|abusar.el|obligar.el',
    'abusar.el|abusaron|abuso _ de mi',
    'me @aux3? tocar.el|tocando|toca _ sin|cintura|pierna*|pecho|nalgas|partes|trasero|senos|cuerpo',
    // Touched whenever the writer passes or is alone: "me toca cada vez que pasamos por el pasillo".
    'companero|companera|jefe|encargado|supervisor|gerente|vecino|tipo|senor|cliente|profe|profesor|maestro|entrenador|chofer|guardia|doctor|medico|tio|primo|cunado|suegro|padrastro __ me toca|tocaba|toco|soba|sobaba|roza|rozaba|manosea cada+vez+que|siempre+que|cuando|cada+que _ paso|pasamos|pasaba|pasabamos|me+cruzo|nos+cruzamos|estamos+solos|estamos+solas|nadie+ve|nadie+mira|no+hay+nadie',
    'pusieron|puso|echaron|echo _ algo _ bebida|trago|vaso|copa|refresco',
    'me obliga|obligo|forzo|forza _ a _ tener|hacer|relaciones|sexo',
    'violacion', 'abuso|agresion|acoso sexual',
    'dije que no _ y? _ no _ se+detuvo|paro|le+importo|me+hizo+caso',
    'mensajes|fotos|comentarios|videos _ sexuales|de+sexo|obscenos|obscenas',
    'me violaron|violo',
    'fotos|videos|packs|pack _ intim*|desnud*|mias',
    'entra|se+mete|se+metia|entraba _ a|en _ mi _ cuarto|cama',
  ],
  stalking: [
    'me sigue|siguio|seguia _ hasta|a|por|todas|esperando|vigilando|a+todos+lados|un+carro|una+camioneta|un+coche|alguien|un+tipo|un+hombre|un+senor',
    'me hackear.el|hackeo|hackearon|hackea',
    'sabe todo lo que hago',
    'ya se donde vives',
    'me esta|anda|andan|estan _ siguiendo|vigilando|espiando|rastreando|viendo|observando',
    // Waiting for the writer is harm only when said as lying in wait (harm-watched-and-cornered.ts has the rest): "mi mamá me
    // espera afuera" is a ride home.
    'me espera|esperaba|esperan _ escondido|escondida|a+escondidas|todos+los+dias|todas+las+noches|cada+noche|cada+dia',
    // Followed from a stop, or waited for day after day by an ex: "un tipo me sigue desde la parada", "mi ex me espera en la
    // puerta del trabajo todos los días".
    'me sigue|siguio|seguia|viene+siguiendo|anda+siguiendo desde _ la|el _ parada|metro|bus|camion|estacion|trabajo|laburo|chamba|escuela|colegio|facultad|gym|gimnasio|super',
    'ex|exnovio|exnovia|expareja|exmarido|exesposo|exesposa _ me espera|esperaba|esta+esperando __ todos+los+dias|cada+dia|cada+noche|todas+las+noches|a+diario',
    'me @aux3? escribir.el|llamar.el|mandar.el|manda|llama|escribe _ de|desde _ otras|otros|otra|otro|nuevas|nuevos|numeros|cuentas|numero|cuenta',
    'cuentas|cuenta|perfiles|perfil|numeros _ nuev*|fals*|distint*|diferent*|desconocid*',
    'cada vez _ lo|la _ bloqueo|bloquee',
    'me @aux3? rastrear.el|vigilar.el|acosar.el|perseguir.el|acechar.el|espiar.el',
    'sabe donde _ vivo|estoy|trabajo|vive+mi',
    'aparece _ en|afuera _ mi|del',
    'estacionado|parado|esperando|rondando _ afuera|fuera|enfrente _ de? _ mi|mi+casa|mi+depa|mi+trabajo',
    'tengo|pedi|saque|sacar|tramitar|tramite|necesito|tenemos _ una? _ orden _ de _ restriccion|alejamiento|proteccion',
    'airtag|rastreador|gps _ en _ mi|bolsa|carro|coche',
  ],
  threat: [
    'miedo|terror|panico _ de|a _ que _ me _ matar.el|lastimar.el|hacer|pegar.el|golpear.el|encontrar.el|quitar.el',
    'se va a llevar a _ mi|mis',
    'me @future3 @hurt',
    'me tener.el amenazad*',
    'me @aux3? amenazar.el',
    // "amenazo con matar a mi perro" written without its accent reads as "I threaten"; with a harm named it is his.
    'amenazo con _ matar|lastimar|quitar|llevarse|quemar|pegar',
    // A pet or a child threatened is harm to the writer, not "me mata mi perrito".
    'amenazo|amenazar.el con _ matar|lastimar|llevarse|quemar|ahogar _ a? _ mi|mis _ perro|perra|perrito|perrita|gato|gata|mascota|hijo|hijos|hija|hijas|bebe|ninos',
    'amenazar.el _ con _ matar|hacer|quitar|lastimar|llevarse|quemar|publicar|desaparecer|subir+fotos|subir+mis|lastimar.nf|matar.nf',
    'me dijo|dice|escribio|grito|mando _ que _ me|si _ iba|va|ir _ matar|hacer|lastimar|quemar|quitar|llevar|partir|romper|buscar|desaparecer',
    'si lo|la dejo _ me _ mata|matar',
    'si no? __ me mata|corre|corren|despide|quita|quitar.el|va+a+matar|va+a+ir+peor|va+a+correr',
    'vino|llego|aparecio|aparece|viene _ a|en _ la? _ puerta|casa|trabajo|depa _ con _ un|una _ bate|pistola|cuchillo|arma|machete',
    'aun+asi|igual|de+todas+formas _ me _ encontrar.el|encontro|sigue|busca|llama|escribe',
    'amenazar.el de muerte', 'amenazas de muerte',
    'si _ cuento|digo|hablo|denuncio|llamo _ me _ quita|quitar.el|mata|ira+peor|va+a+ir+peor|ir+peor',
    'me va|iba|ira a ir peor',
    'si no _ quieres|quiero _ problemas',
    'me enseno|enseño|mostro|apunto _ la|una|su|con _ pistola|arma|cuchillo|navaja',
    'cuidate la espalda',
    // Only over leaving or telling: "mi abuela me mata si no voy a la comida" is a grandmother's hyperbole.
    'me mata|matara|va+a+matar si _ dejo|denuncio|cuento|digo|hablo|encuentra|entera|enterara|llamo|vuelvo|separo|divorcio',
    'me mata|matara|va+a+matar si me voy|largo|salgo|separo',
    // Or over being found: "dijo que me mata si me ve", "si me encuentra con otro".
    'me mata|matara|va+a+matar si me _ ve|vuelve+a+ver|encuentra|agarra|halla',
    'me acorralo|acorralaron|acorrala',
  ],
  control: [
    'me revisar.el|checar.el|revisa|checa|quitar.el|quita _ el|mi|los _ celular|cel|telefono|ubicacion|mensajes',
    'me prohibe|prohibio|prohibia _ salir|ver|trabajar|hablar|usar|ir|tener|estudiar',
    'me pide _ las? claves|contrasenas',
    'no me dejar.el|deja|dejan|dejaba _ ver|salir|trabajar|hablar|usar|ir|tener|tomar|comer|dormir|estudiar|llamar|vestirme|manejar|gastar|entrar',
    'me controla _ el|mi _ dinero',
    'me quitar.el|quita|quito _ la|el|mi|los|las _ quincena|dinero|celular|telefono|papeles|documentos|ninos|hijos|hija|hijo|pension|tarjeta|sueldo|cheque',
    'me dice que _ ponerme|vestir',
    'me tener.el _ contad*|prohibid*|encerrad*|vigilad*',
    'me tener.el sin _ dinero|un+peso|comer|celular|dinero',
  ],
  'unsafe-home': [
    'no puedo regresar|volver|ir _ a? _ casa|depa|la+casa|mi+casa|al+depa|mi+depa','no estoy segura|seguro _ casa|el|ella', 'no me siento segura|seguro', 'dormi|dormir|duermo _ en el carro|coche', 'no tengo _ a|para|pa _ donde _ ir|irme'],
};
