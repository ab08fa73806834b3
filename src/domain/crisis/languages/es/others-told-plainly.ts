/**
 * Someone else's crisis told plainly by those near, added after the fifteenth fresh batch (notation in ../../patterns.ts;
 * macros in ../es.ts): a shot or a poison taken ("mi papá se disparó", "se tomó el líquido de las plagas", "tomó algo a
 * propósito"), a goodbye sent as an audio or posted as stories, a wish to go with God ("ya se quiere ir con el Señor"), a
 * voice from God asking for a sacrifice, harm to a woman told by a neighbour or a member ("el marido la golpea", "su esposo la
 * ha amenazado con matarla"). Each names another person or is said in the third person; "se disparó la alarma" and "los
 * precios se dispararon" stay everyday.
 */
const familia = 'papa|mama|hermano|hermana|tio|tia|primo|prima|abuelo|abuela|hijo|hija|esposo|esposa|marido|novio|novia|compa|vecino|vecina|cunado|cunada|suegro|suegra|padrastro|sobrino|sobrina';
const veneno = 'liquido|veneno|matamalezas|herbicida|plaguicida|fumigante|cloro|raticida|matarratas|gramoxone|paraquat|insecticida|pastillas|pepas';
const hombre = 'marido|esposo|novio|pareja|viejo|hombre|papa|padrastro|patron|jefe|ex|exmarido|expareja|senor';

export const othersToldPlainly: Record<string, string[]> = {
  'other-attempt': [
    // A shot: "mi papá se disparó. está en cirugía", "mi tío se pegó un tiro".
    `@otro|${familia} _ se _ disparo|dio+un+tiro|pego+un+tiro|dio+un+balazo|pego+un+balazo|volo+la+cabeza`,
    // A poison taken: "se tomó el líquido de las plagas", "tomó algo a propósito".
    `se tomo|bebio|trago|tomo+todo _ el|la|los|las|un|una? _ ${veneno}`,
    'tomo|trago|bebio|se+tomo|se+trago|se+bebio _ algo|pastillas|veneno|de+todo|todo _ a+proposito|adrede|queriendo|para+morirse|pa+morirse',
  ],
  'other-disclosure': [
    // A goodbye sent or posted: "me ha mandado un audio despidiéndose", "sube stories en plan despedida".
    'mandado|mando|enviado|envio|dejo|dejado _ un|una|unos _ audio|audios|mensaje|nota|video|carta _ se? _ despidiendo|despidiendose|de+despedida',
    // Goodbyes sent to the family or the group: "mandó despedidas al chat familiar y nadie le contesta".
    'mando|mandaron|envio|enviaron|escribio|dejo _ despedidas|mensajes+de+despedida|cartas+de+despedida _ al|a+su|en+el|por+el|en+su _ chat|grupo|whats|whatsapp|familia|insta|face',
    'sube|subio|publica|publico|pone|puso|postea|posteo _ stories|historias|estados|posts|fotos|videos _ __ despedida|despidiendose|despidiendo|adios',
    // Going with God: "ya se quiere ir con el Señor", "quiere irse con Dios".
    'se _ quiere|queria|quisiera _ ir _ con _ el|mi|nuestro? _ senor|dios|diosito|jesus|creador',
    'quiere|queria|quisiera _ irse _ con _ el|mi|nuestro? _ senor|dios|diosito|jesus|creador',
    'pide|pedia|reza|rezaba|ruega|rogaba _ a _ dios|diosito|la+virgen|el+senor _ que _ se _ la|lo _ lleve|recoja',
    // A voice asking for a death: "el Señor le pidió que se sacrifique".
    'senor|dios|voz|voces|diablo|espiritu _ le _ pidio|pide|dijo|dice|ordena|ordeno|manda|mando _ que _ se _ sacrifique|mate|muera|entregue|quite+la+vida',
    // Harm to a woman told by those near: "el marido la golpea", "su esposo la ha amenazado con matarla".
    `${hombre} _ la|lo|los|las _ golpea|golpeaba|pega|pegaba|maltrata|maltrataba|madrea|cachetea|encierra|ahorca|patea|arrastra`,
    `${hombre} _ la|lo|los|las _ ha? _ amenaza|amenazo|amenazado|amenazaba _ con _ matar|matarla|matarlo|matarlos|quitarle|pegarle|llevarse`,
  ],
};
