/**
 * Spanish someone else's crisis told by a peer worker about the people in the programme, added after the thirty-sixth fresh
 * batch (notation in ../../patterns.ts; macros in ../es.ts), as ../en/others-on-the-caseload.ts: a death in the programme
 * ("perdimos a otro del programa", "apareció muerto en la carpa"), shift-note shorthand ("usuaria presenta cortes",
 * "tamizaje de riesgo positivo"), and the harms of ./harm-money-body-and-papers.ts told of "le" or "la". Each names the programme or the person in it, so "perdimos el partido" stays quiet.
 */
export const othersOnTheCaseloadEs: Record<string, string[]> = {
  'other-death': [
    'perdimos _ a _ otro|otra|uno|una|un|una+participante|participante|chavo|chava|usuario|usuaria|companero|companera _ __ del|de+la|de _ programa|grupo|casa|albergue|refugio|centro|caso|casos|turno|carpa|campamento',
    'aparecio|aparecieron|encontraron|hallaron|amanecio _ muerto|muerta|muertos|sin+vida|fallecido|fallecida _ en|dentro+de _ la|el|su _ carpa|campamento|albergue|refugio|cuarto|bano|casa|calle',
  ],
  'other-disclosure': [
    'usuaria|usuario|pcte|paciente|participante|pte|ptcpt|cliente _ presenta|presento|refiere|reporta|muestra|llega+con|llego+con _ cortes|autolesiones|quemaduras|marcas|lesiones|heridas',
    // Harm told of a participant: "su novio le tiene el pasaporte", "le tira los anticonceptivos", "no la deja salir de la casa".
    'cobra|cobraba|cobro|deposita|depositaba _ su|toda+su _ sueldo|pension|cheque|quincena|salario|jubilacion|seguro+social __ en+su+cuenta|no+le+da|nada|y+no',
    'se _ queda|quedaba|quedo _ con _ su|toda+su|sus _ sueldo|pension|cheque|quincena|salario|jubilacion|seguro+social',
    'le|les tiene|tienen|guarda|guardan|esconde|esconden|quito|quitaron|retiene|retienen _ el|los|la|las|su|sus _ pasaporte|pasaportes|papeles|documentos|identificaciones|residencia|mica',
    'le|les tira|tiro|tiraba|esconde|escondio|bota|boto|botaba _ los|las|sus|el|la _ anticonceptivos|anticonceptivo|anticonceptivas|pastillas+anticonceptivas|pastillas|parche|diu|pildora|condones',
    'no _ la|le|lo _ deja|dejan _ ir _ a _ las|sus|la|el _ citas|cita|consultas|clinica|doctor|medico|ginecologo',
    'no _ la|lo|le|las|los _ deja|dejan _ salir _ de _ la|el|su _ casa|cuarto|departamento|depa _ ni|y|sin',
    'la|lo|las|los|le encierra|encerro|encerraba|encierran|encerraron _ en _ el|la|su _ pieza|cuarto|recamara|habitacion|bano|casa|sotano|cuartito',
    'la|lo|los|las pone|ponen|obliga|obligan _ a _ trabajar _ para _ el|ella|ellos|sin+paga|sin+pago|gratis',
    'tamizaje|screening|evaluacion|cribado _ de? _ riesgo _ positivo|positiva|+',
  ],
};
