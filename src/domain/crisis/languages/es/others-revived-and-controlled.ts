/**
 * Spanish wording for someone else's crisis read after the fortieth fresh batch (notation in ../../patterns.ts, macros in
 * ../es.ts): an overdose seen from beside it (naloxone put in, someone revived, "se le fue la mano con la vaina"), a goodbye
 * texted with no answer since, a partner's control of another woman told by a friend ("su novio la controla", "la sigue a
 * todos lados", "le quita el DNI"), a threat with a weapon named ("la amenaza con el machete"), a threat by a group ("lo
 * amenazan los otros"), a relapse meant to be the last, quoted ("esta vez no me van a revivir, y mejor").
 * Look-alikes kept quiet (test/unit/domain/crisis/spanish-sent-followed-revived.test.ts): a naloxone training, too much salt
 * in the soup, a dog that follows her everywhere, "la amenaza de lluvia", a goodbye texted before a trip.
 */
const pareja = 'novio|novia|marido|esposo|esposa|pareja|ex|exnovio|expareja|padrastro|papa|padre|jefe|patron|suegro|suegra|cunado|hermano|hijo';
const droga = 'vaina|droga|drogas|pastillas|pepas|perico|fenta|fentanilo|dosis|cristal|coca|heroina|piedra|mezcla|merca|polvo|jeringa';

export const othersRevivedAndControlled: Record<string, string[]> = {
  'other-overdose': [
    // Naloxone put in: "tuvimos que ponerle narcan a un participante".
    'ponerle|ponerles|aplicarle|aplicarles|darle|darles|administrarle|meterle|echarle _ el|la|un|dos? _ narcan|naloxona|narcans',
    // Revived: "lo tuvieron que revivir anoche", "la reanimaron en el baño".
    'lo|la|los|las _ tuvieron|tuvimos|tuvo|tuve _ que _ revivir|reanimar|resucitar|narcanear',
    'lo|la|los|las _ revivieron|revivimos|revivio|reanimaron|reanimamos|resucitaron',
    // Too much taken: "se le fue la mano con la vaina".
    `se le|les _ fue|paso|pasó _ la _ mano _ con _ la|el|las|los? _ ${droga}`,
  ],
  'other-disclosure': [
    // A goodbye texted, then silence: "me mandó un text diciendo goodbye y ya no contesta".
    'text|texto|mensaje|msj|audio|whatsapp|wasap|dm|mail|correo _ diciendo|que+decia|que+dice|de _ goodbye|adios|bye|me+despido|que+me+despida __ ya? _ no _ contesta|responde|atiende|aparece|lee',
    // A partner's control of another woman told by those near: "su novio la controla", "la sigue a todos lados".
    `${pareja} _ la|lo _ controla|controlaba|cela|celaba|vigila|vigilaba|sigue|seguia|persigue|acosa|encierra|humilla|insulta|aisla`,
    `la|lo _ sigue|seguia|persigue _ a+todos+lados|a+todas+partes|por+todos+lados __ le _ revisa|quita|checa|esconde`,
    // Her papers, phone or money held: "le quita el DNI", "le esconde el pasaporte".
    `${pareja} __ le _ quita|quito|quitaba|esconde|escondio|retiene|rompio|rompe _ el|la|los|las|su|sus _ dni|pasaporte|documentos|papeles|cedula|identificacion|celular|cel|telefono|tarjeta|plata|dinero`,
    // A threat with a weapon or its act named: "la amenaza con el machete", "lo amenazan los otros".
    'la|lo|los|las _ amenaza|amenazaba|amenazo|amenazan|amenazaban|amenazaron _ con _ el|un|una|su? _ machete|cuchillo|pistola|arma|navaja|fierro|cuchilla|matar*|pegar*|golpear*|quemar*|rajar*',
    'la|lo|los|las _ amenazan|amenazaban|amenazaron|golpean|golpeaban|pegan|pegaban|acosan|acosaban _ los|las|unos|unas|sus|otros|otras|en|a+diario|todos+los+dias',
    // A past beating that still frightens: "le pegaba ... y todavía le tiene miedo".
    'le|la|lo _ pegaba|golpeaba|maltrataba|pegaban|golpeaban|maltrataban __ __ todavia|aun|hasta+hoy _ le _ tiene _ miedo|panico|terror',
  ],
};
