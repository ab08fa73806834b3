/**
 * Spanish someone else's farewell posted, read after the fifty-sixth fresh batch (notation in ../../patterns.ts, macros in
 * ../es.ts): a third person who posted, wrote or put a goodbye on a network or in a status ("un compa puso en facebook nos vemos
 * del otro lado con foto de pastillas", "mi prima subió a su historia adiós para siempre y no contesta"). The goodbye's "nos"
 * is theirs, not the writer's, so the means and the goodbye read inside it are their crisis (someone else), not the writer's own.
 * Only with a means, a high place or no answer beside it: "mi primo puso en insta nos vemos del otro lado del charco" (a move) and
 * "la vecina publicó adiós para siempre al papeleo" stay quiet. The writer's own post ("puse en face...") names no third person.
 */
const posted = 'puso|publico|subio|posteo|escribio|compartio|pusieron|publicaron|subieron|escribieron';
const where = 'face|facebook|insta|instagram|ig|tiktok|twitter|estado|estados|historia|historias|story|stories|whatsapp|muro|grupo|chat|perfil';
const farewell = 'nos+vemos+del+otro+lado|nos+vemos+en+el+otro+lado|adios+para+siempre|adios+pa+siempre|hasta+siempre|me+despido+de+todos|esta+es+mi+despedida|perdonenme|perdon+por+todo|ya+me+voy+para+siempre|ya+no+aguanto+mas';

export const othersPostedAFarewellEs: Record<string, string[]> = {
  'other-disclosure': [
    // With a means or a high place in the post: "... nos vemos del otro lado con foto de pastillas".
    `${posted} _ en|a _ su|el|la|sus? _ ${where} __ ${farewell} __ @medio|@alto`,
    // And no answer after it: "... adiós para siempre y ya no contesta".
    `${posted} _ en|a _ su|el|la|sus? _ ${where} __ ${farewell} ,? __ y? ya? no _ contesta|responde|contesto|respondio|aparece|sabemos+donde+esta`,
  ],
};
