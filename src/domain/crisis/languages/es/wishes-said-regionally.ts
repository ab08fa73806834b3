/**
 * Spanish soft wishes and hopelessness said regionally, added after the thirteenth fresh batch (notation in
 * ../../patterns.ts; macros in ../es.ts): a death that would just come ("ojalá me diera un infarto y ya"), held back by
 * one tie ("si no fuera por mi perro ya no estaría aquí"), fantasies of the crash ("fantaseo con no frenar en la curva"),
 * "ya ni quiero vivir", "no sirvo ni para estar vivo", a family that would rest, breathing only because one must. Idioms of
 * dying ("me muero de risa", "me mata este calor") are cleared by the idiom frame in ../es.ts.
 */
export const wishesSaidRegionally: Record<string, string[]> = {
  'wish-dead': [
    // Alive and sorry for it: "sigo viva desgraciadamente" (a comma between breaks the gap: "pues viva, desgraciadamente" is not read).
    'viva|vivo|respirando _ desgraciadamente|por+desgracia|lamentablemente|para+mi+desgracia|todavia+por+desgracia',
    // "estoy que no quiero ni despertar" ("no quiero ni despertarme temprano" reads "me despertar" and stays quiet).
    'no _ quiero|quisiera _ ni _ despertar|vivir|existir',
    // A death that would just come: "quisiera que me diera algo y ya, un infarto".
    'quisiera|ojala _ que? _ me _ diera|de|pasara|agarrara _ un+infarto|un+paro|algo+y+ya|una+enfermedad|cancer',
    'no quiero|quiere _ nada _ con _ la _ vida',
    'ya me _ vale|da+igual|importa+poco _ si _ me _ pasa _ algo',
    'ya ni _ quiero _ vivir|vivr|existir|seguir+vivo|seguir+viva',
  ],
  'suicidal-thoughts': [
    // Held back only by one tie: "si no fuera por mi perro ya no estaría aquí".
    'si no _ fuera|fuese|es _ por _ mi|mis __ ya? _ no _ estaria|estaria+aqui|estaria+viva|estaria+vivo',
    'si no _ fuera|fuese|es _ por _ mi|mis __ ya? me _ hubiera|habria _ matado',
    // Fantasies of the crash: "fantaseo con no frenar en la curva", "quisiera estrellarme".
    'fantaseo|fantaseando|fantasear|pienso|pensando _ con|en _ no _ frenar|soltar+el+volante|despertar',
    '@quiero _ me _ estrellar.nf|estampar',
  ],
  hopelessness: [
    // Breathing only because one must: "sigo respirando nomás porque toca".
    'sigo|seguir _ respirando|vivo|viva|aqui _ nomas|solo|nada+mas _ porque|por+que _ toca|hay+que|me+toca',
    // The end foreseen: "pa qué, si igual voy a terminar muerta".
    'igual|al+final|de+todos+modos _ voy+a|me+voy+a _ terminar|acabar _ muerta|muerto|bajo+tierra',
    'ya no _ tiene|le+veo|le+encuentro _ caso _ nada',
  ],
  burden: [
    // "ya no quiero ser una carga": said of oneself, or quoted of someone else.
    'no _ quiero|quiere|quisiera _ ser _ una|un _ carga|estorbo',
    'no sirvo _ ni _ para _ estar+vivo|estar+viva|vivir|existir',
    'mi|la _ familia|gente|hijos _ descansaria|descansarian|estaria+mejor|estarian+mejor _ si _ me _ muero|muera|no+estoy|no+estuviera|desaparezco',
  ],
};
