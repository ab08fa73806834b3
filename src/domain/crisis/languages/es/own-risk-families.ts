/**
 * Spanish own-risk wording by family, added after the fifth and sixth fresh batches (notation in ../../patterns.ts;
 * macros in ../es.ts). Merged into ownRiskConcepts by es.ts. Hints (means, places, goodbyes, absence, a time) are
 * everyday alone and count only beside own risk or each other (concepts.ts, hint-weights.ts).
 */
export const ownRiskFamilies: Record<string, string[]> = {
  'suicidal-thoughts': [
    'cuando|en+cuanto _ pase|venga|llegue _ el _ proximo|tren|metro|camion|bus __ me _ tiro|aviento|lanzo|echo',
    // Under a bus or a train, said regionally: "tirarme abajo del bondi", "aventarme a la guagua".
    '@refl @aux? @tirarse _ abajo+del|debajo+del|abajo+de|debajo+de|bajo+el|frente+al|al|a+la _ bondi|colectivo|guagua|trailer|camion|bus|micro|tren|metro',
    // Regional verbs of a shot or a crash: "me echo el tiro", "lo estampo contra un pilar".
    '@refl @aux? echar|meter|volar _ un+tiro|el+tiro|un+balazo|un+plomazo|los+sesos',
    '@refl @aux? pegar|dar _ el+tiro|un+pepazo',
    'lo|la estampar|estrellar _ contra _ un|una|el|la _ pilar|arbol|muro|poste|trailer|camion|barda|puente|tren|columna',
    // Ending told as a decision: "poner fin a mi vida", "acabo con mi sufrimiento".
    'poner|pongo|ponerle|ponga|ponerme _ fin|final|punto+final _ a _ mi _ vida|existencia|sufrimiento|dias',
    'acabar|terminar|acabo|termino|acabaria _ con _ mi _ sufrimiento|dolor|dias',
    // Leaving the world as a metaphor: "me bajo del mundo", "el viaje sin regreso", "me despido de este mundo".
    'me bajo|bajar|bajare _ del|de+este|de+la _ mundo|vida|tren+de+la+vida',
    'viaje sin regreso|retorno|vuelta',
    'me @aux? despedir.yo|despedir.nf|despidiendo _ de _ este|la _ mundo|vida',
    'me voy|ire|vaya _ de _ este _ mundo',
    'me voy|ire _ pa|para _ siempre',
    // "me preocupa hacer algo", "tengo miedo de hacer una locura".
    'preocupa|miedo|temo _ de|que? _ yo? _ hacer.nf|cometer|hacerme|me+hacer _ algo|una+locura|una+tonteria|dano',
    'pensamientos|ideas _ estan|son|vienen|andan _ mas|muy _ fuertes|intensos|seguido|frecuentes',
    'saber.yo si _ quiero|quiera _ seguir _ viviendo|vivo|viva|vivir|aqui|en+este+mundo',
    // Going to the dead: "me voy con mi apá al cielo", "me voy con diosito".
    'me @aux? ir.nf|ir.yo _ al+cielo|con+diosito|con+dios|con+papi|con+mami|al+otro+lado|al+mas+alla',
    'me @aux? ir.nf|ir.yo _ con _ mi _ papa|apa|mama|ama|abuela|abuelo|abuelita|abuelito _ al+cielo',
    // "no le encuentro razón a seguir viva", "no veo el point de seguir".
    'no _ veo|encuentro|le+veo|le+encuentro|hallo _ el|la|un|una? _ point|punto|sentido|razon|motivo|caso _ de|a|para _ seguir|vivir|existir|levantarme',
    // Risk taken on purpose: "cruzo la calle sin ver a propósito".
    'cruzo|cruce|cruzar|manejo|maneje|manejar __ sin _ ver|mirar|frenar|cinturon _ a+proposito|a+ver+si|esperando|ojala',
    // "pensando cosas feas de nuevo", "pensamientos oscuros".
    'pensando|pienso|pensar _ cosas _ feas|oscuras|negras',
    'pensamientos|ideas _ feos|feas|oscuros|oscuras|negros|de+no+estar|de+no+seguir',
  ],
  'wish-dead': [
    'quisiera|ojala no estar|existir|haber+nacido',
    'borrar|borraran|borrara|me+borrar _ del mapa',
    'quisiera|quiero|ojala _ descansar|descanso _ para+siempre|en+paz',
    'pido|rezo|ruego|pedir|pidiendo __ que _ se _ termine|acabe _ mi? _ vida|todo|ya',
    'mejor ni|no _ existir|nacer|haber+nacido',
    // "no quiero estar más acá", "no quiero estar aquí anymore".
    'no quiero|querer|quisiera _ estar|seguir _ mas|anymore _ aqui|aca|en+este+mundo',
    'no quiero|querer|quisiera _ estar|seguir _ aqui|aca _ anymore|mas|nunca+mas',
    'ni _ ganas? de vivir|seguir|existir',
    // "ya no me importa si me muero", "me vale madre si me pasa algo".
    'no|ni me|le? importa|importaria|interesa|interesaria _ si _ me _ muero|muriera|muera|pasa+algo|pasara+algo|pase+algo|mato|matan|matara|atropellan|atropella|atropellara',
    'me vale|valdria|da|daria _ madre|igual|verga|lo+mismo _ si _ me _ muero|muriera|muera|pasa+algo|pasara+algo|pase+algo|mato|matan|atropellan|atropella',
    'ojala|quisiera _ yo? tampoco|ya+no|nunca+mas _ despertar|despertara|despierte|amanecer|amaneciera|amanezca',
    'si _ no|nunca+mas _ me? levanto|levantara|despierto|despertara|amanezco _ no+seria|no+pasa|no+pasaria|nadie|igual|mejor|da+igual|mala+noticia|tampoco+me+importaria|no+me+importaria|me+da+igual',
    'si _ me _ atropellara|atropella|atropellan|cayera|matara __ favor|haria+un+favor',
    'quisiera|ojala|gustaria|deseo _ que _ me _ atropellara|atropelle|atropellaran|partiera|parta|cayera+encima|caiga+encima',
    'imagino|fantaseo|visualizo _ mi _ propio? funeral|entierro|velorio|tumba',
    'si no fuera|fuese|es por _ mi|mis|ella|el|ellos _ mai|mama|mami|hijos|hija|hijo|ninos|familia|perro|gato? __ me _ hubiera|habria|hubiese _ ido|matado|muerto|quitado',
    'sigo|sigue vivo|viva|respirando por|solo+por|nomas+por|na+mas+por',
    '@quiero|falta|faltaria me apagar.nf|apagar.yo',
    'dormido|dormida para siempre',
    'apago|apagar|apagare _ la _ luz|vela _ para siempre',
    'mejor _ no _ llegar|volver|despertar|existir|estar _ nunca',
    'veremos|ya+veremos _ si _ amanezco|despierto|amanezca|despierte',
    'a ver si amanezco|amanezca',
    '@quiero _ que se termine|acabe|terminara|acabara|termina|acaba todo|esto',
  ],
  burden: [
    'off|better|happier sin mi',
    'ni+quien|nadie _ se+de+cuenta|se+daria+cuenta|notaria|me+extranaria',
    'nadie me _ va+a|iba+a? _ llorar|extranar|buscar',
    'solo|nomas|na+mas _ le|les? _ doy|causo|traigo|traemos _ lata|problemas|molestias|guerra|disgustos|cargas',
    'estorbando|estorbandoles',
    'favor|descanso _ para|pa _ todos __ si _ me _ muero|muriera|muera|mato|matara|voy|desapareciera|desaparezco',
    'deberian|merecen|merecerian _ tener _ una|un? _ mama|papa|madre|padre|pareja|familia|hermana|hermano _ que no sea yo',
    'se _ cansaron|cansan|hartaron|hartan _ de mi',
    'valdria|vale|valgo|valdrias _ mas _ muerto|muerta|que+yo|que+mi+vida',
  ],
  hopelessness: [
    'que sentido tiene _ seguir|vivir|existir|levantarme',
    'flojera|hueva|pereza|mamera|que+asco _ existir|vivir',
    'no _ tenga|tiene|tendria _ salida',
    'nada _ va+a|vaya+a _ mejorar',
    'en _ un _ hoyo|pozo|tunel _ sin _ fondo|salida',
    'esto|mi+vida|lo+mio|yo _ no _ tiene|tengo _ arreglo|remedio|solucion',
  ],
  method: [
    'soga|cuerda|lazo|mecate|cinturon _ amarrad*|atad*|colgad* _ y _ la|el|un _ silla|banco|banquito',
    'soga|cuerda|lazo|mecate|cinturon _ en+el+cuello|al+cuello|alrededor+del+cuello',
    'cuantos|cuantas _ metros|pisos __ no+sobrevivir|morir|me+matar|matarse|se+matar|no+despertar',
    'suficiente|bastante|lo+necesario _ para|pa _ no+despertar|no+amanecer|no+volver|morir|me+matar',
    // "me las voy a tomar todas", "me lo meto todo junto".
    '@refl lo|la|las|los @aux tomar.nf|tragar.nf|meter.nf|inyectar.nf _ todas|todos|todo|de+un+jalon',
    '@refl lo|la|las|los tomar.yo|tragar.yo|meter.yo|inyectar.yo _ todas|todos|todo|de+un+jalon|juntas|junto',
  ],
  intent: [
    'he+decidido|decidi|ya+decidi|tengo+decidido _ poner+fin|acabar|terminar|que+esto+se+acaba|que+esto+se+termina',
    'lo tengo decidido|decidio',
  ],
  'acting-now': [
    'carro|coche|motor|auto _ prendido|encendido|andando _ en _ el|la _ garaje|garage|cochera',
    'estoy|ando me cortando|lastimando|quemando _ ahorita|ahora|en+este+momento',
    'ahorita|ahora _ mismo? _ me _ estoy|ando _ cortando|quemando|lastimando',
    'no _ para|paro|deja|dejaba _ de sangrar',
    // High places, not transit: "estoy en el metro" is a commute, "estoy arriba del puente" is not.
    'estoy _ puente|azotea|techo|cornisa|barandal|terraza|acantilado|barranco|precipicio|presa|paso+a+desnivel|viaducto|risco|ultimo+piso|vias+del+tren|vias',
    'estoy|sigo|ando _ en|sobre _ la|el cornisa|baranda|barandal',
    'garaje|garage|cochera __ motor _ encendido|prendido|andando',
  ],
  'means-hint': [
    '@medio _ lleno|llenos|cargado|cargada|en+la+mano|en+las+manos|en+mi+mano|aca+al+lado|aqui+al+lado|a+mi+lado|junto+a+mi|encima+de+la+cama|en+la+mochila|contadas|listas|conmigo',
    'tengo|traigo|consegui|compre|saque|agarre|ya+tengo el|la|los|las|un|una|mi|unas|unos? @armas',
    'compre|consegui|saque|sacado|junte|ya+tengo _ todas|unas+cajas|cajas|un+frasco|frascos|un+monton|un+bote _ de? _ las? _ @pastillas',
    'juntadas|guardadas|contadas|escondidas|ahorradas|juntas _ las|mis _ @pastillas',
    '@pastillas __ contadas|guardadas|juntadas|listas|escondidas',
    'carbon|anafre|brasero _ encendido|prendido|y+la+cinta',
    'sellar|tapar|sellando|selle|tape _ el|la|las|los _ cuarto|ventanas|puerta|rendijas',
    'soga|cuerda|lazo|mecate|cinturon _ amarrad*|atad*|colgad*|en+la+viga|al+ventilador|del+techo',
    'mezcle|mezclar|mezclando|mezclado __ con _ @pastillas',
    'tina|banera|bano _ con _ la|una _ navaja|cuchilla|gillette|hoja',
    'todo escondido|guardado _ en',
    '🌉|🔪',
  ],
  place: [
    'encerrado|encerrada _ en _ el|la|mi _ bano|cuarto|carro|coche|recamara',
    'mirar|medir|ver|revisar _ la _ altura',
    'estoy _ @alto',
    '@alto _ esta|siempre+esta _ abierta|abierto|sin+seguridad|sin+reja',
    'sigo|sigue _ en|arriba|parada|parado|sentada|sentado _ el|la _ @lugar',
    'pase|cruce|brinque|salte _ la|el _ baranda|barandal|reja',
  ],
  timing: [
    'esperando|espero|falta _ a? _ que _ se? _ duerman|duerma|vayan|vaya|acuesten|acueste|salgan|salga',
    'cuando|despues+que|despues+de+que|apenas|en+cuanto _ se? _ acueste|acuesten|duerma|duerman|vaya|vayan|llegue|lleguen|cobre|salga|salgan|venga',
    'a las 12|1|2|3|4|5|6|7|8|9|10|11|doce|una|dos|tres',
    'after _ my|the|mi|el _ shift|work|turno',
  ],
  'plan-hint': [
    'planee|planeado|planie _ como|cuando|donde',
    'ya _ tengo|esta _ resuelto|planeado|pensado _ como|cuando|donde _ hacerlo|lo+hacer|lo+voy',
    'lo tengo _ todo? planeado|calculado',
    'ya puse|tengo|elegi|escogi _ fecha|la+fecha|el+dia|hora',
    'plan _ y _ una? _ fecha|hora|dia',
    'se|saber.yo exactamente _ a|que|donde|como|cuando|cual',
  ],
  'plan-talk': ['voy+a|me+voy+a|pienso _ saltar|brincar|me+tirar|me+aventar', 'me aviento', 'lo hago|hare|tomo', 'ya lo tengo claro', 'ya hice el plan'],
  // Things given away and affairs put in order: everyday before a move or a trip (the leaving frame), urgent beside own risk or another sign.
  'farewell-hint': [
    'quien _ se _ queda _ con _ cada|mis|mi',
    'regale|regalando|regalar|regalo|vendi|venda _ mis|mi _ cosas|perro|perrita|gato|gatita|ropa|todo',
    'le|les _ deje|dejo|di|regale|pase|encargue|done _ el|la|mi|mis|los|las _ perro|perrito|perra|gato|gata|gatos|perros|anillo|carro|moto|celular|llaves|clave|claves|contrasenas|mascota|plantas',
    'carta|cartas|nota _ esta|estan|la+deje|las+deje _ en|arriba|debajo|encima|sobre',
  ],
  'preparation-hint': [
    'borre|borré|cerre|elimine _ mi|mis _ face|facebook|insta|instagram|cuentas|redes|fotos',
    'dejar|deje|dejo|dejando _ todo _ en+orden|arreglado|listo|lista|preparado',
    'cancele|cerre _ todas? _ las|mis _ cuentas|tarjetas',
    'seguro de vida',
    'firme|firmar _ la _ custodia',
    'programe|programado|programada _ la|el|una|un? _ transferencia|mensaje|correo|publicacion|post|carta',
    'pague|pagado|pagar _ el|mi _ funeral|entierro|cremacion',
    'instrucciones|indicaciones _ para _ mi _ funeral|entierro',
    'que nadie me _ busque|llame|encuentre',
    'no quiero _ que _ me _ llamen|busquen|revivan|reanimen|salven|rescaten',
  ],
  // Goodbyes and thanks: everyday at a farewell from a job; urgent only beside finality, absence or an act.
  'goodbye-hint': ['adios', 'gracias por todo', 'fue un honor', 'los|las quiero|amo', 'me despedir.nf|despidiendo|despido|despedi', 'ya me voy', 'no se preocupen|preocupes _ por|x _ mi', 'decirles|decirle adios', 'bye|chao|chau'],
  calm: ['me puedo ir|irme _ tranquilo|tranquila|en+paz', 'en paz con _ mi? _ decision'],
  finality: [
    'ya me voy de+verdad|para+siempre',
    'es|llego|ya+es _ la hora',
    'no es _ un|una|de _ viaje|paseo|vacaciones',
    'el ultimo tren|viaje|boleto',
    'me despido _ de _ todo|todos|ustedes',
    'mi|este+es+mi _ ultimo|ultima _ post|mensaje|audio|publicacion|story|historia',
    'ultimo checkin|check|check+in',
    'lo ultimo que _ les|le|te _ voy+a|escribo|digo',
    'mi _ propio? _ obituario|esquela|epitafio',
    'ropa|vestido _ con _ la|el _ que _ me _ van+a|vayan+a _ encontrar|enterrar|velar',
  ],
  'last-words': ['ultimo mensaje', 'cuando|para+cuando _ leas|lean _ esto? _ ya'],
  absence: [
    'ya no _ van+a|vas+a _ tener+que _ preocupar*',
    'ya no estoy',
    'ya no _ lo|la|los|las _ voy+a|iba+a|va+a _ ocupar|usar|necesitar',
    'ya no _ estare|voy+a+estar|despierto|voy+a+despertar|amanezco|respondo|contesto|voy+a+responder|van+a+saber+de+mi',
    'ni nunca',
  ],
};
