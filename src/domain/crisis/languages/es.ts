import type { Lexicon } from '../lexicon.js';
import { squeeze } from '../normalize.js';
import type { Sentence, Token } from '../tokens.js';
import { correctSpelling } from '../typos.js';

/**
 * Spanish as it is written in chat in the US and Latin America: accents often dropped (folded away
 * before this runs), "q" for "que", "x" for "por", "k" for "qu". No language model: words are cut
 * at non-letters and matched as written, with chat spellings mapped to their full form. Vocabulary
 * from public warning-sign and self-harm code pages listed in test/fixtures/crisis-corpus/vocabulary.md.
 */
const chatSpellings: Record<string, string> = {
  q: 'que', k: 'que', ke: 'que', xq: 'porque', pq: 'porque', xk: 'porque', porq: 'porque', x: 'por', tb: 'tambien', tmb: 'tambien',
  kiero: 'quiero', qiero: 'quiero', kieres: 'quieres', toy: 'estoy', nose: 'no se', ps: 'pues', pos: 'pues', aki: 'aqui', dsps: 'despues',
  neta: 'neta', bn: 'bien', ntp: 'no te preocupes', mrd: 'mierda', kisiera: 'quisiera', nadien: 'nadie', mas: 'mas', ya: 'ya',
};

function sentences(folded: string): Sentence[] {
  const result: Sentence[] = [];
  for (const part of folded.split(/[.!?¿¡;\n]+/)) {
    const sentence: Token[] = [];
    for (const raw of part.match(/[a-z0-9]+|["',:]|\p{Extended_Pictographic}/gu) ?? []) {
      const punct = /^["',:]$/.test(raw);
      for (const norm of (chatSpellings[raw] ?? raw).split(' ')) {
        const forms = [norm];
        const squeezed = squeeze(norm);
        if (squeezed !== norm) forms.push(squeezed);
        const corrected = punct ? null : correctSpelling(norm);
        if (corrected !== null) forms.push(corrected);
        sentence.push({ norm, lemma: norm, pos: 'X', forms, quoted: false, punct });
      }
    }
    if (sentence.length > 0) result.push(sentence);
  }
  return result;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const spanish: Lexicon = {
  language: 'es',
  phraseLists: true,
  sentences,
  commonWords: set('que de el la los las y en un una mi me es no ya por para con pero estoy quiero porque todo nada muy mas esta lo se le yo tengo hoy su al del'),
  macros: {
    morir: 'morir|morirme|morirm|muerto|muerta|muertx|matarme|suicidarme|desaparecer',
    quiero: 'quiero|quisiera|queria|quier|deseo|ojala|necesito|prefiero|ganas',
    agente: 'el|ella|ex|esposo|marido|novio|novia|esposa|pareja|papa|padre|padrastro|mama|madre|hermano|tio|jefe|jefa|companero|companera|cliente|vecino|alguien|suegro|primo|hijo',
    pastillas: 'pastillas|pastilla|medicinas|medicamentos|pildoras|clonazepam|pastis',
    lugar: 'puente|azotea|techo|edificio|vias|tren|rio|barranco|balcon|presa|mar',
    tiempo: 'hoy|noche|manana|fin|viernes|sabado|domingo|lunes|martes|miercoles|jueves|pronto|ahorita',
    otro: 'el|ella|cliente|clienta|participante|paciente|companero|companera|amigo|amiga|hijo|hija|hermano|hermana|esposo|esposa|prima|primo|chavo|chava|muchacho|muchacha|usuario|usuaria',
  },
  concepts: {
    'suicidal-thoughts': [
      'matarme|suicidarme|matarm|suicidarm|autoeliminarme|desvivirme',
      'quitarme|quitar _ la vida',
      'acabar|terminar|acabo|termino _ con _ todo|mi+vida|esto',
      'me quiero|voy a|me voy a _ matar|suicidar|morir',
      'suicid*|sui',
      'pienso|pensando|pensamientos|pensar|penzando|idea|ideas|piensa _ en|de|que _ matarme|suicidarme|suicidarse|morirme|quitarme|acabar|suicidio|la+muerte|morir|seria+mejor+estar+muert*',
      'hacerme algo',
      'tirarme|aventarme|lanzarme',
      'desaparecer para siempre',
      'no estar _ aqui|mas',
      'dejar de existir',
    ],
    'wish-dead': [
      '@quiero _ morir|morirme|muerto|muerta|desaparecer|dejar+de+existir|matarme|suicidarme',
      'ojala _ no _ despertar|despierte|existiera|hubiera+nacido|nunca+hubiera+nacido',
      'ojala _ muriera|muera|pase+algo|atropell*|despertar|nunca',
      'dormir y no despertar',
      'ya no _ quiero _ vivir|existir|seguir|estar|despertar',
      'no quiero _ seguir _ viviendo|vivo|aqui',
      'no quiero vivir|existir',
      'me quiero ir de este mundo',
      'irme de este mundo',
      'mejor _ muerto|muerta|morir|no+existir',
      'cansado|cansada|harto|harta _ de _ vivir|la+vida|existir',
    ],
    hopelessness: [
      'ya no puedo _ mas',
      'ya no aguanto',
      'no aguanto _ mas',
      'no puedo mas',
      'no le veo _ sentido|caso',
      'nada tiene sentido',
      'sin sentido',
      'no hay salida',
      'la vida no vale',
      'no vale la pena vivir|seguir',
      'para que seguir|vivir',
      'no tiene caso _ seguir|vivir',
      'no tengo _ por que|razon|razones _ vivir',
      'me rindo',
    ],
    burden: [
      'estarian|estaria|estarán|vivirian _ mejor sin mi',
      'mejor sin mi',
      'soy _ una+carga|un+estorbo|un+problema|carga|estorbo',
      'carga para',
      'solo estorbo',
      'nadie me _ extranaria|extrañaria|extrana|notaria|buscaria|quiere',
      'nadie _ notaria|extranaria|se+daria+cuenta',
      'a nadie le _ importaria|importa',
      'mejor que no este',
      'si yo no _ estuviera|existiera',
      'si desapareciera',
    ],
    'self-harm': [
      'cortarme|cortandome|lastimarme|lastimandome|golpearme|quemarme|rasguñarme', 'me corte|corto|lastime|queme|golpeo|golpee', 'me volvi a cortar', 'me estuve _ golpeando|cortando|lastimando',
      'autolesion*',
      'hacerme dano',
      'hacerme _ daño',
      'codigo de barras',
      'trasto|trastoamigo',
      'cuchillas|navajas',
      'ganas de cortarme|lastimarme',
      'mangas largas',
    ],
    method: [
      'cuantas _ @pastillas',
      '@pastillas _ para _ morir|matarme|no+despertar',
      'tomarme|tragarme _ todas|todo|las _ @pastillas',
      'juntar|junte|juntando|guardando|guarde _ @pastillas',
      'compre|conseguir|consegui|tengo _ una? soga|cuerda|pistola|arma',
      'tirarme|aventarme|lanzarme _ @lugar',
      'como _ matarme|suicidarme|morir+sin',
    ],
    intent: ['ya lo decidi', 'ya _ decidi', 'ya tengo todo listo', 'hoy es el dia', 'esta vez si', 'voy a hacerlo', 'lo voy a hacer'],
    plan: ['tengo un plan', 'ya tengo _ plan|todo', 'ya se como|cuando'],
    preparation: [
      'regale|regalando|regalar|regalo _ mis|mi _ cosas|perro|perrita|gato|ropa|todo',
      'carta|nota|mensaje|cartas _ de despedida',
      'despedirme|me despedi|despidiendome _ de',
      'dejar|deje|dejando _ todo _ en orden|arreglado',
      'testamento',
      'pague _ todas? mis deudas',
      'cuiden _ a? _ mi|mis _ perro|gato|hijos|hijas',
      'perdonenme', 'perdon por todo',
      'adios a todos|para siempre',
      'ya no me van a ver',
    ],
    'acting-now': ['me tome _ @pastillas|todo|todas', 'ya me tome', 'estoy _ @lugar', 'no voy a regresar|volver'],
    'partner-violence': [
      'me _ pega|pego|golpea|golpeo|golpeaba|empuja|empujo|ahorco|ahorca|jaloneo|jalonea|pateo|patea|cacheteo|abofeteo|aventó|avento|estrangulo|lastima|lastimo|encerro|encierra',
      'me dio _ cachetada|golpe|putazo|bofetada|madrazo',
      'me rompio _ el celular|telefono',
      'me apreto el cuello',
      'violencia domestica|familiar|intrafamiliar|de+genero',
      'me maltrata|maltrato',
      'le tengo miedo',
      'miedo de _ volver|regresar|llegar _ a casa',
      'me pongo nerviosa|nervioso cuando llega',
      'moretones|moreton',
    ],
    'sexual-assault': [
      'me obligaron|obligo|forzaron|forzo _ a',
      'abuso|abusaron de mi','me violo|me violaron|abuso de mi|abusaron de mi|me forzo|me obligo a|me toco sin|me drogaron|me manoseo|me acoso sexualmente', 'violacion', 'abuso|agresion sexual'],
    stalking: [
      'me sigue|siguio|seguia _ hasta|a|por|todas',
      'ya se donde vives',
      'me sigue|me sigue _ a|hasta|por',
      'me esta siguiendo|me anda siguiendo',
      'me espera _ afuera|fuera|en',
      'me escribe _ otras|otros|otra|otro _ cuentas|cuenta|numeros|numero',
      'me rastrea|me vigila|me acosa|me persigue|me acecha',
      'sabe donde _ vivo|estoy|trabajo',
      'aparece _ en|afuera _ mi|del',
    ],
    threat: [
      'se va a llevar a _ mi|mis',
      'me va a pegar',
      'me amenaza|amenazo|amenazaron', 'amenazo|amenaza con', 'me _ amenazo|amenaza|amenazaron',
      'me va|van a _ matar|hacer|lastimar|quemar|quitar|pegar|golpear',
      'me dijo|dice|escribio que _ me|si _ iba|va _ matar|hacer|lastimar|quemar|quitar|llevar',
      'si lo dejo me mata',
      'cuidate la espalda',
      'me mata si',
    ],
    control: [
      'me revisa _ el|mi _ celular|telefono',
      'me pide _ las? claves|contrasenas',
      'no me deja _ ver|salir|trabajar|hablar|usar',
      'me controla _ el|mi _ dinero',
      'me quita|quito _ quincena|dinero|celular|telefono|papeles|documentos|ninos|hijos',
      'me dice que _ ponerme|vestir',
    ],
    'unsafe-home': ['no estoy segura|seguro _ casa|el|ella', 'no me siento segura|seguro', 'dormi en el carro|coche'],
    'other-overdose': [
      'con|le|dimos|puse _ narcan|naloxona|rcp',
      'sin vida|pulso',
      'sobredosis',
      'le _ dimos|dieron|puse|pusimos|aplicamos _ narcan|naloxona',
      'no respiraba',
      'se puso morado|azul',
      'lo|la _ encontre|encontraron _ inconsciente|tirado|tirada|morado',
      'se desmayo',
    ],
    'other-attempt': ['intento|intentaron _ suicidarse|matarse|quitarse|colgarse', 'se quiso _ matar|suicidar|colgar', 'lo|la _ internaron|hospitalizaron'],
    'other-death': ['@otro _ murio|fallecio|se+mato|se+suicido', 'perdimos _ @otro', 'se quito la vida', 'lo|la encontraron muert*'],
    'other-disclosure': [
      'se queria|quiere _ aventar|tirar|colgar|matar',
      'mensaje|carta _ de despedida',
      'se quiere _ matar|morir|suicidar',
      'quiere _ morir|matarse|suicidarse|quitarse',
      'matarse|suicidarse', 'quitarse la vida',
      'ya no quiere vivir',
      'dijo|escribio|mando _ que _ se _ quiere|queria|iba _ matar|morir|suicidar|aventar|tirar',
      'tiene _ pistola|arma|soga|cuerda|pastillas',
      'su esposo|novio|pareja _ la|lo _ golpea|golpeo|pega|pego|amenaza',
    ],
    'other-self-harm': ['se corto|se corta|se esta cortando|se lastima|se lastimo|se hace dano'],
    place: ['estoy _ en|arriba|parada|parado _ el|la _ @lugar'],
    timing: ['@tiempo', 'esta noche|semana', 'en la noche', 'cuando _ duerman|duerma|vayan', 'despues del turno|trabajo'],
  },
  negators: set('no nunca jamas ni tampoco sin'),
  negationFlips: set('dejo dejar parar paro'),
  clauseBreaks: set('y pero porque aunque pues entonces sino o'),
  subjectPronouns: set('yo el ella ellos ellas nosotros tu usted'),
  modals: set('voy quiero deberia mejor'),
  thirdPossessive: set('se su sus'),
  firstPerson: set('yo me mi mis conmigo quiero estoy tengo voy soy puedo siento pienso estaba'),
  thirdPerson: set('el ella ellos ellas se su sus cliente clienta participante paciente amigo amiga companero companera hijo hija hermano hermana esposo esposa novio novia usuario usuaria'),
  reportVerbs: set('dijo dice decia conto escribio mando mensajeo comento confeso'),
  frames: {
    distantPast: ['cuando _ consumia|tomaba|usaba|bebia', 'en 19*|20*', 'hace _ anos|ano|meses|tiempo', 'cuando _ era|tenia|estaba', 'de joven|chico|chica|nina|nino|adolescente', 'en la prepa|secundaria|universidad', 'antes _ me|de|queria|pensaba|cortaba', 'llevo _ anos|meses _ sin', 'ya tengo _ anos|meses _ sin', 'sobreviv*', 'mi historia|testimonio', 'hoy _ ayudo|doy|trabajo|celebro|celebre|acompano'],
    recent: ['anoche|ayer|hoy|ahorita|ahora|otra vez|de nuevo', 'esta _ manana|noche|semana'],
    media: ['cancion|canciones|letra|pelicula|serie|libro|novela|poema|juego|videojuego|meme|frase|cantando'],
    training: ['noticia*|pregunt*|practic*|fondos|refugios|aprobaron|personal|capacitacion|taller|curso|protocolo|politica|procedimiento|prevencion|campana|caminata|platica|estadisticas|noticias|formulario|webinar|certificacion|entrenamiento', 'que _ hacemos|hago|hacer _ si', 'si _ alguien|cliente|clienta|participante _ dice|menciona|habla|revela'],
    serious: ['no _ es broma|bromeo|estoy+bromeando', 'neta|enserio|en+serio'],
    leaving: ['ultimo dia', 'me cambio|mudo|mudamos|mudanza', 'nuevo trabajo|puesto', 'vacaciones|jubilacion|despedida+del+trabajo'],
    joke: ['jaja|jajaja|jajajaja|jsjs|xd|ja|jeje|lol|😂|🤣|💀|😅'],
    idiom: ['antes _ que|de', 'a+mi|al|a+este|a+esta|a+la|a+el|a+mis', 'de _ risa|verguenza|hambre|sueno|frio|calor|cansancio|ganas|amor|aburrimiento|miedo|nervios|pena|sed|envidia|emocion|flojera', 'por _ verte|ir|ver|saber|probar|comer'],
  },
};
