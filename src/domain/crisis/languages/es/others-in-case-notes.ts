/**
 * Someone else's crisis in Spanish as peers hand it over, added after the ninth fresh batch (notation in
 * ../../patterns.ts; macros in ../es.ts): shift notes and hand-offs ("participante con intento hoy en la mañana",
 * "usuaria en riesgo alto, ideación activa"), someone talking about "no estar", a call from a roof, an overdose told
 * by what the body did ("convulsionó después de consumir"), cuts seen on someone's arms, a child abused in the
 * family, a gang after a participant, and someone who says they will do "lo mismo" after a death.
 */
export const othersInCaseNotes: Record<string, string[]> = {
  'other-attempt': [
    'la ultima vez __ intento _ algo|matarse|se+matar|quitarse|se+quitar|hacerse+dano',
    'sobrevivio|sobrevive _ a _ un|una|su|otro _ intento|sobredosis',
    // The attempt as the reason someone came in or went out, in a note: "ingresó en urgencias por intento autolítico",
    // "salió del hospi ayer después del intento", "sobrevivió al intento" (the writer's own, "salí", "sobreviví", stays past;
    // "salió del taller después del intento de arreglar la moto" names no hospital; "alguien que salió del hospital después de
    // un intento" is a policy question about anyone).
    'sobrevivio|sobrevive al intento',
    'salio|sale|ingreso|ingresa|ingresaron|internaron|regreso|volvio|dieron+de+alta|de+alta _ hospital|hospi|urgencias|guardia|uci|psiquiatrico|psiquiatria|clinica|emergencias _ __ por|tras|al|despues+del|despues+de+su|tras+el|tras+su|por+su _ intento',
    '@otro|usuaria|usuario|paciente|pt|residente|joven _ con _ intento|intentos|sobredosis _ hoy|anoche|ayer|reciente|en+la+manana|esta+manana|de+suicidio|por+intoxicacion|por+ingesta|por+ahorcamiento|autolitico|con+pastillas|con+medicamentos',
    // A call from a roof: "mi mejor amiga me llamó llorando desde el techo de su edificio".
    // Said with the caller first, so the reading knows who is up there.
    '@otro|mama|papa|tio|tia|novio|novia|pareja|esposo|esposa|parcero|parcera|colega __ llamo|hablo|escribio|marco|mando+mensaje _ llorando|borracho|borracha|gritando|despidiendose _ desde _ el|la|lo+alto+de+la|lo+alto+del _ @alto',
    '@otro|mama|papa|tio|tia|novio|novia|pareja|esposo|esposa|parcero|parcera|colega __ llamo|hablo|escribio|marco _ desde _ el|la _ techo|azotea|terraza|cornisa|barandal|balcon|puente|ultimo+piso|orilla+del+puente',
  ],
  'other-disclosure': [
    // Following told of someone else: "a mi amiga la sigue un tío desde el metro".
    'la|lo _ sigue|siguen|persigue|persiguen|acosa|acosan _ un|una|el|su _ tipo|tio|vato|senor|hombre|ex|vecino|desconocido',
    'ex|expareja|exesposo|exnovio|pareja __ sabe|saben _ donde _ vive|trabaja|estudia|duerme',
    // A goodbye posted: "ha subido una despedida a sus historias".
    'subido|subio|publicado|publico|puesto|puso|posteo _ una|un despedida|mensaje+de+despedida|carta+de+despedida',
    // Means someone else told of: "me dijo que tiene la soga en el closet".
    'me dijo|dice|conto|confeso _ que _ tiene|guarda|compro|consiguio _ la|una|el|un _ soga|cuerda|veneno|raticida',
    // Marks seen on someone: "una participante llegó con marcas en el cuello".
    'llego|vino|anda|tiene _ con? _ marcas|moretones|golpes|rasgunos _ en _ el|la|los|las|su|sus _ cuello|cara|ojo|brazos|espalda|piernas',
    // "usuaria en riesgo alto, ideación activa", "hoy refiere ideación pasiva".
    'usuaria|usuario|participante|paciente|cliente|clienta|pt|residente|joven _ en _ riesgo _ alto|inminente|suicida|elevado',
    'ideacion _ activa|pasiva|suicida _ con|sin? _ plan|intencion|metodo',
    'refiere|reporta|manifiesta|expresa|verbaliza|presenta _ ideacion|ideas _ pasiva|pasivas|activa|activas',
    // Talking about not being here: "el sr lópez estuvo hablando de 'ya no estar' toda la tarde".
    'estuvo|esta|anda|andaba|estaba _ hablando _ de _ ya? _ no _ estar|existir|despertar|seguir',
    'hablando|habla|hablo|hablaba _ de _ morirse|se+morir|matarse|se+matar|quitarse+la+vida|se+quitar|suicidarse|se+suicidar|irse+para+siempre',
    // After a death in the family: "mi primo dice que quiere hacer lo mismo".
    'dice|dijo|decia _ que _ quiere|va+a|piensa|quiere+hacer _ hacer? _ lo _ mismo',
    // A child abused in the family: "su yerno abusa de su nieta", "su padrastro la toca".
    'abusa|abusaba|abuso|viola|violaba|manosea|manoseaba _ de? _ su|sus|la|a+su _ nieta|nieto|hija|hijo|hijastra|hijastro|sobrina|sobrino|nina|nino|hermanita|hermanito',
    // A gang after a participant: "dice que los mareros lo quieren matar".
    'mareros|pandilleros|narcos|malandros|la+mara|el+cartel|sicarios __ lo|la|los|las _ quieren|quiere|van+a|amenazan+con|andan+buscando _ matar|desaparecer|levantar',
  ],
  'other-self-harm': [
    'llego|vino|anda _ con _ cortes|cortadas|quemaduras|marcas _ en _ los|las|sus _ brazos|piernas|munecas|muslos',
  ],
  'other-overdose': [
    'lo|la|los _ encontraron|hallaron|encontramos _ con|de _ una? _ sobredosis',
    // The body after using: "convulsionó después de consumir, ya está en urgencias".
    'convulsiono|convulsionando|se+desmayo|colapso|dejo+de+respirar|no+respiraba|se+puso+morado|se+puso+morada _ despues|tras|por _ de? _ consumir|usar|meterse|inyectarse|se+inyectar|se+meter|se+drogar|la+dosis|fumar|tomar',
  ],
  'self-harm': [
    // Cuts seen on arms, read as whose they are: "el cabro llegó con cortes en los brazos", "foto de sus brazos cortados".
    'brazos|piernas|munecas|muslos _ cortados|cortadas|quemados|quemadas|rasgunados|con+cortes',
  ],
};
