/**
 * Spanish imminent risk said through what is already done or set, read after the fortieth fresh batch (notation in
 * ../../patterns.ts, macros in ../es.ts; hint weights in ../../concepts.ts and ../../hint-weights.ts). Each is a hint, so
 * alone it stays quiet and beside own risk or another sign it is urgent:
 * letters and goodbye mails already written or sent ("ya he escrito las cartas", "los mails de despedida programados"),
 * a ticket or a way to a high place with no return ("saqué el pasaje pa ir al puente", "y ya no vuelvo"), the car in a
 * shut garage in either order, the last time connected ("es la última vez que me conecto aquí"), the end made sure of
 * ("ya me encargué de que así sea"), a cut deeper than ever or the wound left to run ("no sé si ir a urgencias o dejar
 * que pase"), a resolve not to back out ("no me voy a echar pa' atrás esta vez").
 * Look-alikes kept quiet (test/unit/domain/crisis/spanish-sent-followed-revived.test.ts): a letter of resignation, a bridge for
 * fishing, the car warming up in an open garage, the last day connected from the office, a diet not backed out of.
 */
const sitio = 'puente|azotea|techo|edificio|acantilado|barranco|precipicio|viaducto|represa|vias|vias+del+tren|cornisa|risco|malecon|presa';

export const imminentSentAndShut: Record<string, string[]> = {
  'farewell-hint': [
    // Letters written, said with "he": "ya he escrito las cartas", "tengo escritas las cartas".
    'he|habia|ya+he|ya+habia _ escrito|dejado|terminado _ las|mis|unas|todas+las _ cartas|carta|notas',
    'tengo|dejo|deje _ escritas|escrita|listas|lista _ las|mis? _ cartas|carta|notas',
    // Goodbyes sent or set to be sent: "ya mandé los mails de despedida", "programados para las 8".
    'mails|emails|mail|email|correos|audios|whatsapps|wasaps|mensajes|videos _ de _ despedida',
    'mande|envie|programe|deje+programados|deje+programadas|tengo+programados|tengo+programadas _ los|las|unos|unas|mis _ mails|emails|correos|mensajes|audios _ de? _ despedida|para+despues|para+manana|programados|programadas',
  ],
  'means-hint': [
    // The car in a shut garage, in either order: "sentado en el carro en el garaje cerrado", "cerré la cochera y prendí el coche".
    'carro|coche|auto|camioneta|motor __ garaje|garage|cochera _ cerrad*|con+la+puerta+cerrada',
    'garaje|garage|cochera _ cerrad*|con+la+puerta+cerrada __ carro|coche|auto|motor _ prendido|encendido|andando|en+marcha',
    'cerre|he+cerrado|cerrando _ la? _ puerta? _ del? _ garaje|garage|cochera __ prendi|encendi|deje+prendido|deje+encendido|arranque _ el? _ carro|coche|auto|motor',
  ],
  place: [
    // The way to a high place: "saqué el pasaje pa ir al puente", "tomo el bus al acantilado".
    `pasaje|boleto|billete|bus|micro|camion|taxi|uber _ para|pa|hasta _ ir? _ al|a+la|a+las _ ${sitio}`,
    `para|pa _ ir|llegar _ al|a+la|a+las _ ${sitio}`,
  ],
  absence: [
    // No return: "el domingo voy y ya no vuelvo", "me voy y no regreso".
    'y _ ya? _ no _ vuelvo|regreso|vuelvo+mas|regreso+mas',
    // Not coming out or down: "ya no pienso salir", "no voy a bajar" (alone, a night in: absence counts only beside another sign).
    'no pienso _ salir|bajar|bajarme|me+bajar',
    'no voy+a _ bajar|bajarme|me+bajar',
  ],
  'last-words': [
    // The last time connected or writing here: "esta es la última vez que me conecto aquí".
    'es|sera _ la _ ultima _ vez _ que _ me _ conecto|meto|escribo|paso|entro _ aqui|aca|al+grupo|en+el+grupo|por+aqui',
    'mi|este|esta _ es _ mi? _ ultimo|ultima _ mensaje|post|audio|publicacion _ aqui|aca|en+el+grupo|al+grupo',
  ],
  'wish-dead': [
    // A relapse wished to be the last: "esta vez no me van a revivir, y mejor", "ojalá no me revivan".
    'no me _ van+a|vayan+a _ revivir|salvar|reanimar|narcanear ,? _ y? _ mejor|ojala|que+bueno',
    'ojala|espero+que _ no _ me _ revivan|salven|reanimen|narcaneen|encuentren+a+tiempo',
  ],
  'plan-hint': [
    // The end made sure of: "ya me encargué de que así sea", "me aseguré de que nadie me encuentre".
    'me|ya+me encargue|ocupe|asegure _ de _ que _ asi+sea|sea+asi|no+despierte|nadie+me+encuentre|nadie+me+pare|funcione|no+haya+vuelta',
  ],
  'acting-now': [
    // What was left of someone's pills, taken: "me he tomado lo que quedaba de los ansiolíticos de mi madre".
    '@refl he|ya+me+he? tomado|tragado|bebido|metido _ lo+que+quedaba|lo+que+me+quedaba|lo+que+habia|todo+lo+que+habia _ de _ las|los|mis|sus|el|la? _ @pastillas|frasco|bote|caja|blister',
  ],
  'taken-hint': [
    // A cut deeper than ever, and the wound left to run.
    'mas|muy _ hondo|honda|profundo|profunda _ que _ nunca|de+lo+normal|otras+veces|la+otra+vez|la+ultima+vez',
    'no yo-se|se _ si _ ir _ a _ urgencias|al+hospital|a+la+guardia|al+medico|a+emergencias _ o _ dejar|dejarlo|dejarla _ que? _ pase|asi|sangrar',
  ],
  calm: [
    // A resolve not to back out: "no me voy a echar pa' atrás esta vez", "esta vez no me arrepiento".
    'no me _ voy+a|vuelvo+a _ echar|hechar|rajar|arrepentir _ para+atras|pa+atras|patras? _ esta+vez|ahora|otra+vez',
    'esta vez _ no _ me _ echo|hecho|rajo|arrepiento _ para+atras|pa+atras|patras?',
  ],
};
