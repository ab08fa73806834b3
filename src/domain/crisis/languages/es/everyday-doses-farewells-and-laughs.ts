/**
 * Spanish everyday talk that borrows the words of taking pills, of saying goodbye or of giving up (notation in
 * ../../patterns.ts), read since the forty-third fresh batch. Part of the Spanish frames (../es.ts).
 *
 * `doseNamed` (prescribed, everyday-frames.ts takenAsPrescribed): a single common medicine named right after the taking ("ya
 * me tomé un paracetamol", "el antidepresivo de la mañana"), the doctor's word ("como me dijo el doctor"), or a course to finish
 * ("todas las pastillas del antibiótico"). "me tomé un frasco de paracetamol" and "todo el paracetamol" name no single dose.
 *
 * `medicineKept` (everyday, beside a means): pills prescribed ("las pastillas que me recetaron"), a weekly pill box, pills taken
 * to the pharmacy to be thrown out, a shooting range said in Spanglish.
 *
 * `leavingForRestOrLeave` (leaving): a colleague retiring and a medical leave with its return ("me operan la rodilla el lunes,
 * vuelvo en un mes"); goodbyes, cards and things left ready beside it are the leave's.
 *
 * `cardForColleague` (idiom, right after the sign): a farewell card for a colleague ("la carta de despedida para la compañera
 * que se jubila"). A letter for family ("para mi mamá", "para mi hija") stays.
 *
 * `mediaNamedFondly` (media): a film called by its chat names ("qué peliculón", "la peli").
 *
 * `laughTold` (mishap, read only when the message laughs): dying of laughter at something shared ("me muero de risa con el
 * audio", "me muero con el sticker"), so a "no puedo más" after it is laughter. "me quiero matar jajaja ya no puedo" names no
 * laugh and stays.
 */

export const doseNamed: string[] = [
  'tome|tomo|tomar|trague|puse un|una|el|la|mi paracetamol|ibuprofeno|aspirina|naproxeno|acetaminofen|tylenol|advil|loratadina|antihistaminico|antiacido|melatonina|antidepresivo|antibiotico|omeprazol|metformina|vitamina|multivitaminico',
  'como _ me|nos? _ dijo|indico|receto|mando _ el|la|mi _ doctor|doctora|medico|medica|psiquiatra|dentista',
  'del|el|los|mis _ antibiotico|antibioticos',
];

export const medicineKept: string[] = [
  'que _ me|le|te _ recetaron|receto|indicaron',
  'pastillero|organizador+de+pastillas|organizar+pastillas',
  // The week's doses sorted for a parent: "guardé las pastillas de mi papá en el organizador semanal", "en el dosificador".
  'organizador|organizadores|dosificador|pastillero _ semanal|de+la+semana|de+dias|por+dias|diario',
  'dosificador|pillbox',
  // A box marked with the days: "las junta en una cajita con los días", "en el estuche de los días de la semana".
  'cajita|cajitas|caja|cajas|estuche|estuchito|organizador _ con|de|por _ los|las? _ dias|dias+de+la+semana',
  'punto+de+desecho|punto+limpio|desechar|desecharlas|desecho+de+medicamentos|contenedor+de+medicamentos',
  'range|shooting+range|gun+range',
];

export const leavingForRestOrLeave: string[] = [
  'jubila|jubilan|se+retira|retiro|despedida+de+jubilacion',
  'me _ operan|opero|van+a+operar|hacen+una+cirugia|dieron+incapacidad|dieron+licencia|dieron+la+baja',
  'vuelvo|regreso _ en|el|dentro+de _ un|una|dos|tres|unos|unas|15|quince _ mes|meses|semana|semanas|dias',
];

export const cardForColleague: string[] = [
  'para|del|al la|el|mi|nuestra|nuestro|una|un|los|las? companera|companero|companeras|companeros|colega|colegas|coordinadora|coordinador|jefa|jefe|profe|maestra|maestro',
  // One person the team serves, leaving: "una carta de despedida para la usuaria que se muda a Rosario".
  'para|del|al|a la|el|nuestra|nuestro usuaria|usuario|participante|paciente|residente|voluntaria|voluntario|alumna|alumno|vecina|vecino _ que _ se _ muda|va|jubila|traslada|cambia|recibe|gradua|egresa|despide',
];

export const mediaNamedFondly: string[] = ['peliculon|peli|pelis|peliculas|peliculota|cine'];

export const laughTold: string[] = [
  'me muero|mori|muriendo _ de _ risa|la+risa',
  'me muero|mori|muriendo con _ el|la|los|las|este|esta|ese|esa _ audio|audios|sticker|stickers|video|videos|meme|memes|chiste|chistes|foto|fotos|tiktok|tiktoks|reel|reels|comentario|comentarios',
];
