/**
 * Spanish possible risk said plainly, added after the ninth fresh batch (notation in ../../patterns.ts): tired of
 * living ("ya me harté de vivir", "no aguanto vivir así"), not deserving to live, wishing not to exist ("ojalá no
 * existiese", "los de no querer estar"), wanting nothing, not even to live, leaving life as a service ("darme de
 * baja de la vida"), giving up on things getting better, and hurting oneself with teeth and nails ("me volví a
 * morder los brazos hasta dejarme marcas", "me clavé las uñas hasta abrirme la piel").
 */
export const wishesSaidPlainly: Record<string, string[]> = {
  'wish-dead': [
    'harte|hartado|hartaste|canse|cansado|cansada|aburri _ de _ vivir|existir|estar+vivo|estar+viva|la+vida',
    'no _ aguanto|aguato|soporto|aguantar|soportar|puedo _ vivir|existir|estar+vivo|estar+viva|seguir+viviendo _ asi|mas|ya',
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
  hopelessness: [
    'no veo|le+veo _ como|que|salida|caso _ esto|nada|las+cosas|mi+vida? _ pueda|puedan|vaya+a|vayan+a|va+a _ mejorar|cambiar|componerse',
  ],
  'self-harm': [
    // Teeth and nails, to the point of marks or blood.
    '@refl __ morder.yo|morder.nf|clave|clavo|clavar|rasgue|rasgar|arane|aranar|pellizque|pellizcar __ hasta _ sangrar|sangre|marcas|me+dejar|me+abrir|me+sacar|me+hacer',
  ],
};
