/**
 * Spanish wording for someone else's crisis added after the thirteenth fresh batch (notation in ../../patterns.ts; macros
 * in ../es.ts): a person missing from a shelter, a treatment or home ("se fue del anexo y no sabemos nada de él", "lleva
 * tres días desaparecido", "dejó sus cosas en el albergue y no volvió"), an overdose told in street words ("se malvió", "se
 * puso tieso", "venía con fenta", "narcan x2", "casi no la cuenta"), objects swallowed, a crash on purpose, marks seen on
 * a child or a neighbour, a child beaten with a belt, a partner who keeps someone in, an adult sending a child messages and
 * photos (a quoted goodbye, "nos vemos del otro lado", is a farewell frame in ../es.ts). Third person only, so the
 * writer's own words keep their own route.
 */
const kin = 'dona|don|senora|senor|@otro|tio|tia|papa|mama|abuelo|abuela|abuelito|abuelita|sobrino|sobrina|nieto|nieta|cunado|cunada|pata|chamo|chama|cabro|cabra|morro|morra|pibe|piba|vecino|vecina';
const places = 'anexo|albergue|refugio|rehab|centro|clinica|casa+de+medio+camino|tratamiento|internado|hospital|programa|psiquiatrico|granja';

export const othersMissingAndHurt: Record<string, string[]> = {
  'other-disclosure': [
    // Missing: "está desaparecido hace 3 días", "llevamos dos días sin saber de la Yesi".
    'esta|estan|anda|sigue|lleva|llevan _ desaparecido|desaparecida|desaparecidos|desaparecidas|perdido+hace|perdida+hace',
    'llevamos|llevan|tenemos _ un? _ dias|dia|horas|semanas|semana _ sin _ saber|saber+nada|noticias _ de',
    // A person, not a pet, gone since a day named: "la doña del cuarto 4 no aparece desde el viernes".
    `${kin} __ no _ aparece|ha+aparecido|ha+vuelto|ha+regresado|volvio|regresa|ha+llegado|llego _ desde _ ayer|anoche|el|la|hace|que|antier`,
    // Days without a sign and a smell or the police: "lleva 3 días sin salir y huele feo, ya llamé a la policía".
    'lleva|llevan|tiene _ dias|dia|semana|semanas _ sin _ salir|abrir|contestar|dar+senales __ huele|olor|apesta|policia|patrulla|911',
    // Gone from a shelter or treatment with nothing heard since: "se fue del anexo y no sabemos nada de él".
    `se fue|salio|escapo|se+escapo|se+volo|huyo|abandono _ del|de+la|el|la _ ${places} __ no _ sabemos|se+sabe|saben|ha+vuelto|volvio|regreso|ha+regresado|aparece|contesta`,
    `dejo _ sus|todas+sus|su _ cosas|pertenencias|celular|cel|telefono|medicinas|maleta|mochila _ en _ el|la _ ${places}|cuarto|casa|mesa __ y _ no _ volvio|regreso|ha+vuelto|aparece|sabemos`,
    // Gone saying there is no coming back: "salió diciendo que ya no iba a volver y dejó el celular".
    'diciendo|dijo|dice _ que _ ya _ no _ iba+a|va+a _ volver|regresar __ dejo|y+dejo',
    // A partner who keeps someone in: "su pareja no lo deja salir y le quita la tarjeta".
    'pareja|esposo|esposa|novio|novia|marido|mujer|ex _ no _ lo|la|le _ deja _ salir|trabajar|estudiar|hablar|ver|usar',
    'le quita|quito|quitaba|agarra _ la|el|su|los _ tarjeta|tarjetas|documentos|pasaporte|papeles|sueldo',
    // A child beaten: "al nene de la vecina le dan pela con la correa"; a parent wishing a child dead.
    'le|les|la|lo _ dan|da|daban|dieron|pegan|pega|pegaba _ pela|pelas|cuerizas|palizas|fuete|correazos|cinturonazos|con+la+correa|con+el+cinturon|con+el+cable',
    'le|les|la|lo _ grita|gritan|gritaba|dice|dicen _ que _ se _ muera|muere|mate|vaya+a+morir',
    // Marks seen on someone: "lo he visto con marcas en las patitas", "llegó con la cara morada".
    'visto|vi|veo|llega|llego|viene|vino|anda _ con _ marcas|moretones|moretes|morados|golpes|la+cara+morada|el+ojo+morado|la+cara+hinchada|el+brazo+enyesado',
    // A partner or parent who threw someone down: "el marido la tiró de la escalera".
    'marido|esposo|novio|pareja|padrastro|papa|mama|hijo _ la|lo _ tiro|empujo|avento|lanzo _ de|por _ la|las _ escalera|escaleras|ventana|carro',
    // An adult sending a child messages: "su maestro le manda mensajes raros y fotos".
    'maestro|profe|profesor|entrenador|tio|padrastro|jefe|vecino|pastor|catequista _ le _ manda|envia|pide|mandaba|pedia _ mensajes|fotos|videos _ raros|raras|intimos|intimas|desnudos|desnuda|feos|sexuales|y+fotos',
  ],
  'other-overdose': [
    // Street words: "se malvió anoche", "se puso tieso", "venía con fenta", "narcan x2 en el parque".
    'se malvio|malviajo|malpaso',
    'se puso|quedo|quedo+todo|puso+todo _ tieso|tiesa|morado|morada|azul',
    // Found so: "lo encontramos azul en el cuarto" (fresh batch 95); "la encontré dormida" names no overdose.
    'lo|la|los encontramos|encontre|encontraron|encontro|hallamos _ azul|morado|morada|tieso|tiesa|sin+respirar|sin+pulso|inconsciente|con+espuma',
    'venia|estaba|traia|tenia|venia+cortado|venia+cortada _ con|cortado+con|cortada+con _ fenta|fentanilo|fentanil',
    'narcan|naloxona _ x2|x3|x4|dos+veces|tres+veces|2+veces|3+veces',
    'casi no _ la _ cuenta|libra|sale',
  ],
  'other-self-harm': [
    // Objects swallowed: "se tragó unas pilas", "se comió unos clavos".
    'se trago|comio|tomo|bebio _ unas|unos|las|los|un|una? _ pilas|baterias|clavos|vidrios|agujas|alfileres|tornillos|cloro|lejia|shampoo|detergente',
    // Marks seen: "mi alumna tiene cortes en las piernas".
    'tiene|tenia|trae|traia|le+vi|le+vimos|le+encontre _ cortes|cortadas|cicatrices|quemaduras _ en _ las|los|sus _ piernas|brazos|munecas|muslos|panza',
  ],
  'other-attempt': [
    // A crash on purpose: "se estrelló a propósito contra un poste".
    'se estrello|estampo|choco|volco|avento+el+carro|tiro+al+rio _ a+proposito|adrede|apostar|queriendo|aproposito',
  ],
};
