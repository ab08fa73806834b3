/**
 * Spanish possible risk said plainly, added after the ninth fresh batch (notation in ../../patterns.ts): tired of
 * living ("ya me harté de vivir", "no aguanto vivir así"), not deserving to live, wishing not to exist ("ojalá no
 * existiese", "los de no querer estar"), wanting nothing, not even to live, leaving life as a service ("darme de
 * baja de la vida"), giving up on things getting better, and hurting oneself with teeth and nails ("me volví a
 * morder los brazos hasta dejarme marcas", "me clavé las uñas hasta abrirme la piel"); nothing lost if something happened
 * ("si me atropella un camión no me importaría"), dead inside waiting for the body, others better off without the
 * writer ("mejor con el seguro de vida"), a belt used on oneself and cravings after a clean streak.
 */
export const wishesSaidPlainly: Record<string, string[]> = {
  'wish-dead': [
    // "y yo en mi casa deseando estar muerta": wishing to be dead said with the gerund or the present.
    'deseando|deseo|deseaba|deseara|desear|anhelando _ estar|quedar _ muerta|muerto|muertx',
    'harte|hartado|hartaste|canse|cansado|cansada|aburri _ de _ vivir|existir|estar+vivo|estar+viva|la+vida',
    'no _ me? _ aguanto|aguato|soporto|banco|aguantar|soportar|puedo _ mas? _ vivir|existir|seguir+viviendo _ asi|mas|ya|un+dia+mas',
    'no _ me? _ aguanto|aguato|soporto|banco|aguantar|soportar|puedo _ mas? _ estar+vivo|estar+viva',
    // Nothing would be lost if something happened: "si me atropella un camión la neta no me importaría", "me daría igual".
    'si _ me _ atropella|atropellan|atropellara|atropellaran|mata|matan|matara|mataran|muero|muriera|pasa+algo|pasara+algo|pase+algo|paso+con+la+dosis|paso+con+la+droga|da+un+infarto|diera+un+infarto __ no|ni _ me _ importaria|importa|molestaria',
    'si _ me _ atropella|atropellan|atropellara|atropellaran|mata|matan|matara|mataran|muero|muriera|pasa+algo|pasara+algo|pase+algo|paso+con+la+dosis|da+un+infarto|diera+un+infarto __ me _ daria|da _ igual|lo+mismo',
    'no|ni _ me _ importaria|importa|molestaria _ que _ me _ atropellen|atropellara|pasara+algo|pase+algo|mataran|maten|muriera|muera',
    'ojala _ se _ cayera|caiga|estrellara|estrelle|cae _ el _ avion|camion|bus|autobus|colectivo',
    // "ojalá ya se acabara", said of one's life; "le pido a la vida que se termine".
    'mi vida __ ojala _ ya? _ se _ acabara|acabe|termine|terminara',
    'a la vida _ que _ se _ termine|acabe|acabara|terminara',
    // Dead inside, waiting for the body: "muerta en vida y quisiera que fuera de verdad", "nomás faltara el cuerpo".
    'muerta|muerto _ en+vida|por+dentro __ quisiera|ojala _ que? _ fuera|fuese _ de+verdad|real|verdad',
    'falta|faltara|nomas+falta|solo+falta|esperando+que _ el _ cuerpo',
    'no se _ cuanto _ mas _ quiero+seguir|quiero+vivir|voy+a+vivir',
    'la|el|una|la+ultima _ que _ ya? _ no _ me _ deje|haga _ despertar',
    'si _ alguien|alguno|nadie _ iria|vendria|llegaria|lloraria _ a _ mi _ funeral|velorio|entierro',
    'no|ni _ merezco|merecia|merezca _ vivir|existir|estar+vivo|estar+viva|seguir+viviendo',
    'ojala _ yo? _ no _ existiese|existiera|existir.yo|despertase|despertara|despierte|hubiera+nacido|hubiese+nacido',
    'de no querer|quererme _ estar|existir|vivir|despertar|seguir',
    'quiero|quisiera|ganas _ nada __ ni _ vivir|existir|seguir|respirar',
    'ni _ comer|dormir|salir|hablar _ ni _ vivir|existir|respirar',
  ],
  'suicidal-thoughts': [
    // "a veces quiero darme de baja de la vida": leaving life as a service cancelled.
    'me dar|doy|di|dare _ de baja _ de _ la|este|esta _ vida|mundo|existencia',
  ],
  burden: [
    // Better off without the writer: "estaría mejor con otra mamá", "mejor con el seguro de vida", "mejor para todos que yo ya no estuviera".
    'bebe|hijo|hija|hijos|ninos|nenes|familia|el|ella __ estaria|estarian _ mejor _ con _ otra|otro|otros _ mama|madre|papa|padre|papas|padres|familia',
    'mejor|mas _ con _ el _ seguro+de+vida|dinero+del+seguro',
    'mejor _ para _ todos|todo+el+mundo|mi+familia|ustedes __ que _ yo? _ ya? _ no _ estuviera|existiera|este|exista',
  ],
  hopelessness: [
    'no veo|le+veo _ como|que|salida|caso _ esto|nada|las+cosas|mi+vida? _ pueda|puedan|vaya+a|vayan+a|va+a _ mejorar|cambiar|componerse',
  ],
  'self-harm': [
    // A belt used on oneself, and cravings after a clean streak: "me pegué con el cinturón", "llevo 400 días sin cortarme y hoy tengo las ganas".
    '@refl pegar.yo|golpear.yo|pegue|golpee _ con _ el|la|un|una _ cinturon|correa|hebilla',
    'sin _ me _ cortar|lastimar|quemar|hacer+dano __ ganas|tentacion|antojo|recaer',
    // Teeth and nails, to the point of marks or blood.
    '@refl __ morder.yo|morder.nf|clave|clavo|clavar|rasgue|rasgar|arane|aranar|pellizque|pellizcar __ hasta _ sangrar|sangre|marcas|me+dejar|me+abrir|me+sacar|me+hacer',
  ],
};
