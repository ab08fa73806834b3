/**
 * Spanish everyday talk read since fresh batch 101 (notation in ../../patterns.ts; part of the Spanish frames, ../es/frames.ts):
 * - `foodFinished` (idiom): food or a shared treat finished, named right after the ending ("acabé con todo el pan de la oficina",
 *   "me acabé toda la torta", "terminé con todas las galletas"), as a drink finished already was; "acabar con todo, ya compré lo
 *   que necesitaba" names no food, and liquor is no food ("me estoy tomando todo el guaro con las pepas" stays);
 * - `yearsClean` (distantPast): ideation told of the years of use, with the years clean now ("cuando estaba en consumo pensaba
 *   en matarme; hoy llevo 4 años limpio"); "llevo dos días sin dormir" and "hoy estoy en consumo otra vez" stay now.
 */
export const foodFinished: string[] = [
  'todo|toda|todos|todas el|la|los|las|mi|mis|su|sus _ pan|panes|pancito|pastel|torta|queque|kuke|ponque|pizza|comida|galletas|galleta|chocolates|chocolate|dulces|empanadas|empanada|arepas|arepa|tamales|tamal|pollo|arroz|helado|postre|postres|cereal|snacks|papas|papitas|donas|rosquillas|alfajores|sanduches|sandwiches|tortillas|frutas|fruta|mango|ceviche|sopaipillas|humitas|bolon|bolones|pandebono|bunuelos|bizcochos|facturas|tortas|medialunas|masitas',
];

export const yearsClean: string[] = [
  'cuando yo? estaba|andaba|vivia|caia _ en _ consumo|el+consumo|la+droga|las+drogas|el+vicio|la+adiccion|la+calle|el+trago|el+alcohol|la+pasta|la+base|el+crack',
  'llevo|lleva|llevamos|cumplo|cumpli _ un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|1*|2*|3*|4*|5*|6*|7*|8*|9* _ anos|ano|meses _ limpio|limpia|sobrio|sobria|en+recuperacion|sin+consumir|sin+tomar|sin+beber|de+sobriedad',
];

/**
 * `habitQuit` (../../reason-named.ts): a habit quit, told with its plan or its aid ("mañana dejo de fumar, ya tengo el plan y los
 * parches de nicotina", "el lunes dejo el cigarro, ya compré los chicles"), which the learned opinion reads as a plan for the
 * day; asked only when the patterns found nothing, so "dejo de fumar y de vivir" and a plan with a means stay theirs.
 */
const habit = 'fumar|vapear|el+cigarro|el+cigarrillo|los+cigarros|los+cigarrillos|el+vape|el+vapeo|el+pucho|los+puchos|el+tabaco|el+azucar|el+refresco|la+coca|el+cafe|el+trago|el+chupe|el+guaro|la+comida+chatarra|el+celular|las+redes|el+vicio';
export const habitQuit: string[] = [
  `dejo|dejar|deje|dejamos|dejare|voy+a+dejar|vamos+a+dejar _ de? ${habit}`,
  'parches|chicles _ de _ nicotina',
];
