/**
 * Spanish harm to the writer told through being found, followed and doubted, read after the fortieth fresh batch (notation in
 * ../../patterns.ts, macros in ../es.ts): someone who knows where the writer works or lives without being told ("sabe dónde
 * laburo", "nunca le di mi dirección", a photo of the writer's car sent), an app put on the phone to know where the writer is,
 * someone who always turns up where the writer is or followed them home, threats sent or made again ("mandándome amenazas",
 * "me ha vuelto a amenazar con echarme de casa"), things hidden and the writer told she lost them ("me hace sentir que estoy
 * loca"), stones thrown at the writer's window, a stepfather touching the writer while nobody believes her.
 * Look-alikes kept quiet (test/unit/domain/crisis/spanish-sent-followed-revived.test.ts): a mother who asks where the writer
 * is, a photo of a new house sent by a friend, "me toca el turno", a dog that follows the writer everywhere.
 */
const trabajo = 'vivo|trabajo|laburo|curro|chambeo|camello|jalo|estudio|ando|estoy|duermo|entreno|voy';

export const harmFollowedAndDoubted: Record<string, string[]> = {
  stalking: [
    // Found without being told: "sabe dónde laburo", "averiguó dónde vivo".
    `sabe|sabia|supo|averiguo|descubrio _ donde|adonde _ ${trabajo}`,
    // Said to the writer: "me dijo que sabía dónde vivo".
    `me dijo|dice|decia|escribio|mando|amenazo _ que _ sabe|sabia|ya+sabe|ya+sabia _ donde|adonde _ ${trabajo}`,
    'nunca|jamas _ le|les _ di|dije|pase|conte _ mi|donde _ direccion|dire|numero|telefono|ubicacion|vivo|trabajo',
    'no _ le|les _ di|dije|pase|conte _ mi|la _ direccion|dire|ubicacion',
    // The writer's own things photographed and sent, untold: "me mandó una foto de mi carro, nunca le di mi dirección".
    'me mando|envio|mandaron|enviaron|paso _ una|unas|un _ foto|fotos|video _ de _ mi _ carro|coche|auto|casa|puerta|ventana|edificio|depa|departamento|trabajo|moto __ ,? _ nunca|jamas|sin+que|y+no+se+como|me+asusta|me+da+miedo',
    // Something put on the phone to know where the writer is: "me instaló algo en el celu pa saber dónde ando".
    'me instalo|instalaron|puso|pusieron|metio|metieron _ algo|una+app|una+aplicacion|un+programa|un+rastreador|un+gps|spyware _ en _ el|mi _ celu|cel|celular|telefono|movil|carro|coche|auto',
    // Always turning up where the writer is: "siempre aparece donde estoy".
    'aparece|aparecia|se+aparece|llega|cae _ donde|adonde|a+donde _ estoy|ando|voy|este|vaya',
    'sigue|siguen _ apareciendo|llegando|rondando _ en|por|afuera+de|frente+a|a _ mi _ trabajo|casa|chamba|curro|laburo|escuela|depa',
    // Followed home: "me ha seguido dos días seguidos hasta casa".
    'me ha|han|habia _ seguido|perseguido _ hasta|desde|por|dos|tres|varios|todo|toda',
  ],
  threat: [
    // Threats sent: "mandándome amenazas".
    'me mandando|enviando|dejando _ amenazas|mensajes+amenazantes',
    // Made again, with an infinitive after the helper: "me ha vuelto a amenazar con echarme de casa y pegarme".
    'me ha+vuelto+a|volvio+a|vuelve+a|sigue|siguen _ amenazar.nf|amenazando _ con',
    'amenazar.nf|amenazar.el|amenazado|amenazando _ con _ me _ echar|correr|sacar _ de _ la? _ casa',
    // Stones thrown at the writer's window or door.
    'me tirar.el|aventar.el|lanzar.el|tiraron|aventaron _ piedras|huevos|basura|botellas|una+piedra|un+ladrillo|ladrillos',
  ],
  control: [
    // Made to doubt her own mind: "me hace sentir que estoy loca", "me esconde las cosas y después dice que yo las perdí".
    'me hace|hacia|hizo|ase|asia _ sentir|creer|pensar _ que _ estoy|soy|me+estoy _ loca|loco|volviendo+loca|volviendo+loco',
    'me esconde|escondia|escondio|esconden _ las|mis|el|la|los _ cosas|llaves|documentos|papeles|celular|pastillas|medicinas',
    'me tener.el _ hostigad*|hostiga',
  ],
  'sexual-assault': [
    // Touching told as going on, by a man of the house: "mi padrastro me está tocando y mi mamá no me cree".
    'padrastro|tio|primo|abuelo|papa|padre|novio+de+mi+mama|pareja+de+mi+mama|hermanastro _ me _ esta|estaba|anda|andaba|sigue|seguia _ tocando|manoseando',
  ],
};
