/**
 * Spanish harm and someone else's crisis told at one remove, read after the seventy-seventh fresh batch (notation in
 * ../../patterns.ts; macros in ../es.ts). Joined to the Spanish concepts by ../es.ts.
 */

const saying = 'dice|dijo|decia|diciendo|grito|grita|gritando|amenazo|amenaza|amenazando|juro|jura|jurando|dicen|dijeron|andan+diciendo|advirtio|aviso|mando+decir|mandaron+decir';
const houses = 'casa|casita|traila|trailer|troca|carro|negocio|tienda|puesto|depa|departamento|cuarto|local|changarro|rancho|canton|chante';

export const threatsPassedOnAndNotesLeft: Record<string, string[]> = {
  /**
   * A threat passed on as said, to the writer's household or home: "el del taller anda diciendo que nos va a quemar el carro",
   * "dicen que nos van a balacear la tienda", "me mandó decir que me va a partir la madre". "dijo que nos va a hacer de
   * cenar" names no harm, and "el sol nos va a quemar" nobody's saying. "levantar" and "desaparecer" are left out: "dijo que me
   * va a levantar temprano" is no kidnapping, nor is a pain that "va a desaparecer".
   */
  threat: [
    `${saying} _ que _ me|nos|te @future3 quemar|incendiar|prender+fuego|balacear|rafaguear _? la|el|mi|mis|nuestra|nuestro|su|los|las ${houses}`,
    `${saying} _ que _ me|nos @future3 matar|madrear|golpear|balacear|partir+la+madre|romper+la+madre|rafaguear`,
  ],
  /**
   * Someone else's note of farewell: "su hija dejó una notita que decía que la perdonaran", "dejaron una carta donde decía que
   * ya no podía". The verb in the past with a speaker's imperfect is theirs; "dejó una nota diciendo que compráramos leche" and a note
   * about the noise ("ya no aguantaba el ruido", an idiom right after) stay quiet.
   */
  'other-disclosure': [
    'dejo|dejaron|escribio|dejo+escrita|dejo+escrito una|un|su|sus carta|cartas|nota|notas|recado|cartita|notita|mensaje|carta+de+despedida __ diciendo|decia|dice|donde+decia|que+decia|donde _ que? ya+no+aguantaba|ya+no+podia|ya+no+queria+vivir|ya+no+queria+seguir|se+despedia|lo+perdonaran|la+perdonaran|los+perdonaran|no+lo+buscaran|no+la+buscaran|no+lo+busquen|no+la+busquen|era+mejor+asi|adios+para+siempre|se+iba+para+siempre',
  ],
};
