/**
 * Spanish harm from others told by migrant and farm workers, domestic workers, tenants and partners, added after the
 * fifteenth fresh batch (notation in ../../patterns.ts; macros in ../es.ts): a threat with its condition ("dice que si me
 * voy me denuncia por robo", "si nos quejamos nos manda deportar", "si no pagamos van a ir por mi hermana"), threats made
 * to a group ("nos amenaza con su escopeta"), people held and their families asked for money, armed men robbing those who
 * crossed, a landlord cutting the water to push the writer out, the location watched and insults by the minute. Each
 * needs the threat's act on the writer or the group: "si llego tarde mi jefe me regaña" and "si no pago la luz me la
 * cortan" stay everyday.
 */
const arma = 'pistola|arma|cuchillo|machete|escopeta|fierro|cuete|revolver|rifle|navaja';
/** What is threatened when the writer does something: the migra, a false charge, being hunted or buried. */
const castigo =
  'deporta|deportan|manda+deportar|mandan+deportar|va+a+deportar|van+a+deportar|busca|buscan|va+a+buscar|van+a+buscar|entierra|entierran|desaparece|desaparecen|acusa+de|acusan+de|denuncia+por|denuncian+por|va+a+denunciar|va+a+reportar|reporta+con|reporta+a|llama+a+la+migra|echa+la+migra|va+a+dar+una+golpiza|da+una+golpiza|va+a+golpear|va+a+pegar|mata+a+mi|va+a+matar';

export const harmPapersAndPatrones: Record<string, string[]> = {
  threat: [
    // The threat with its condition: "si me voy me denuncia por robo", "si nos vamos nos busca", "si voy al taller otra vez me va a dar una golpiza".
    `si __ me|nos _ ${castigo}`,
    // Family held over a debt: "si no pagamos van a ir por mi hermana", "si no pago le pasa algo a mi mamá".
    'si _ no _ pago|pagamos|pagan|pagas|pagues|paguemos|doy|damos _ __ ir+por|van+por|vamos+por|pasar+algo|pasa+algo|le+hacen+algo|se+la+llevan|se+lo+llevan|quemar|quemamos|matan|matamos',
    // Said plainly after a verb of telling: "me dice que me va a reportar", "nos amenazó que si...".
    'dice|dijo|amenaza|amenazo|grita|grito|decia _ que _ me|nos _ va+a|van+a _ reportar|deportar|denunciar|acusar|entregar+a+la+migra',
    // Threats to the group: "nos amenaza con su escopeta", "el mayordomo nos amenazó que".
    'nos amenaza|amenazo|amenazan|amenazaron|amenazaba|amenazaban|tiene+amenazados|tienen+amenazados|tiene+amenazadas _ con|que|de|a',
    // Spelled by sound: "me amensa con llevarse a mis hijos".
    'me|nos amensa|amensaba|amensan|amensado|amensaron _ con|que|de',
    // Intimate pictures held over leaving: "si le dejo sube las fotos que tiene mías".
    'si _ lo|le|la _ dejo|dejamos|termino|denuncio _ __ sube|subir|publica|publicar|manda|mandar|ensena|ensenar|pasa|difunde _ las|mis|unas _ fotos|videos|packs',
    // A gun drawn with words: "sacó la pistola y me dijo que me largara o me entierra ahí".
    `saco|saca|sacaron|sacan _ la|el|una|un|su _ ${arma} _ __ y _ me|nos _ dijo|dice|amenazo|apunto|apunta|grito`,
    'que _ me|nos _ largara|largaramos|fuera|fueramos _ o _ me|nos _ entierra|mata|matan|entierran|desaparece|desaparecen|rompe',
    // Killed if reported: "si lo denuncio se mata y me mata a mi".
    'si _ lo|la|le _ denuncio|dejo|acuso|reporto _ __ me _ mata|matara|va+a+matar|mata+a+mi',
  ],
  control: [
    // Held and their family asked for money: "nos dejaron encerrados en una bodega", "piden más dinero a mi familia".
    'nos|me _ dejaron|tienen|tiene|tenian|tenia|dejo _ encerrados|encerradas|encerrado|encerrada',
    'piden|pidieron|exigen|exigieron|pide|pidio _ __ dinero|rescate|plata|lana|feria _ a _ mi|nuestra|nuestras _ familia|familias|mama|papa|esposa|esposo',
    // Cornered by an employer: "si no salgo con él me cambia al turno de noche", "si no me dejo me acusa".
    'si _ no _ salgo|me+acuesto|me+dejo|me+meto _ con? _ el|ella|usted? __ me|la|le|nos _ cambia|corre|quita|despide|baja|corren|despiden',
    // Watched by the minute: "me mira la ubicación todo el rato", "si no contesto en cinco minutos me llama mil veces y me insulta".
    'me mira|revisa|checa|ve|stalkea|vigila|espia _ la|mi|el _ ubicacion|ubi|location|localizacion',
    'si _ no _ contesto|respondo|le+contesto|le+respondo _ __ me _ llama|escribe|marca _ __ y _ me _ insulta|grita|amenaza|humilla',
    // A landlord pushing out: "me ha cortado el agua y la luz para que me vaya", "me manda tíos a la puerta".
    'me|nos _ ha|han? cortado|corto|corta|cortaron|quito|quitaron _ el|la _ agua|luz|gas|electricidad _ __ para+que|pa+que|para|pa _ me|nos _ vaya|vayamos|salga|salgamos|largue',
    'me|nos _ manda|mando|mandan|mandaron _ tios|tipos|gente|matones|cholos|vatos|hombres|pandilleros _ a _ la|mi _ puerta|casa|cuarto',
  ],
  'partner-violence': [
    // Robbed by armed men on the way: "otros señores armados nos quitaron todo", "unos armados nos asaltaron".
    'armados|armado|encapuchados|con+pistolas|con+armas _ __ nos|me _ quitaron|robaron|asaltaron|agarraron|golpearon|levantaron|encerraron|bajaron',
    'coyote|pollero|polleros|coyotes|guia _ __ nos _ dejo|dejaron|abandono|abandonaron _ tirados|tiradas|abandonados|solos|en',
    // Beaten by a gang over a debt: "me rompieron la cara", "me partieron la madre".
    'me|nos _ rompieron|rompio|partieron|partio|quebraron|quebro _ la|el|los _ cara|madre|brazo|nariz|costillas|boca|hocico|dientes',
  ],
};
