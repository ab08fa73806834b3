/**
 * Spanish wording for someone else's crisis by family, added after the fifth and sixth fresh batches (notation in
 * ../../patterns.ts; macros in ../es.ts). Merged into someoneElseConcepts by es.ts.
 */
export const someoneElseFamilies: Record<string, string[]> = {
  'other-overdose': [
    // "se pasó con el fentanilo", "my cousin overdosed", "lo revivimos con narcan".
    'se paso _ con|de _ el|la|los? _ fentanilo|fenta|droga|perico|pastillas|heroina|dosis|cristal',
    'overdosed|overdoseo|odeo|sobredosifico',
    'revivimos|revivieron|reanimamos|reanimaron _ con _ narcan|naloxona|rcp',
    'labios _ morados|azules',
    'se tomar.el|tragar.el _ un|una|el|la _ blister|frasco|caja|bote _ entero|entera|completo|completa|de',
  ],
  'other-attempt': [
    'lo|la|los _ bajaron|rescataron _ del|de+la _ @lugar',
    'esta|estan|sigue _ en _ el|la? _ hospital|urgencias|guardia|terapia+intensiva _ despues|tras|por _ de? _ un|su _ intento',
    'se encerro _ y _ no _ abre|contesta|responde|sale',
  ],
  'other-disclosure': [
    // Harm told about someone else: "la tiene amenazada", "está siendo golpeada", "la violaron".
    'la|lo|los|las _ tiene|tienen _ amenazad*|encerrad*|vigilad*|controlad*',
    'esta|estan _ siendo _ golpead*|maltratad*|abusad*|amenazad*',
    'lo|la|los|las _ estan|esta _ amenazando|siguiendo|stalkeando|acosando|golpeando',
    'lo|la _ violaron|violo|violaban|abusaron|golpearon',
    'llego|vino|la+vi|lo+vi _ con _ el|un|una|unas|marcas|moretones _ ojo|marcas|moretones|golpes|morado',
    'le quita|quito|quitaba _ la|el|su _ dinero|pension|celular|papeles',
    'la|lo _ deja _ encerrad*',
    'amenazando|amenazado|amenazada de muerte',
    // Goodbyes and decisions told about someone else: a story, an audio, things given away.
    'subio|publico|posted|puso _ una|un _ historia|story|despedida|post|estado _ despidiendose|diciendo+adios|de+despedida',
    'me mando|mandaron|dejo _ un|una _ audio|mensaje|video|nota _ despidiendose|de+despedida',
    '@otro _ lleva _ dias|semanas _ regalando|despidiendose',
    'dile|digale|diganle|decile _ a _ mis|mi _ hijos|hija|hijo|mama|familia _ que _ los|la|lo _ quise|quiero|amo',
    'ya tome|tome _ mi|la _ decision',
    'no le _ encuentra|ve|halla _ sentido|caso|razon _ a|de|en _ nada|vivir|seguir|la+vida',
  ],
  'other-self-harm': [
    'quemaduras|cortes|cortadas|marcas _ de _ cigarro|navaja|cutter|cigarros _ en _ los|sus _ brazos|piernas|munecas',
    'cortes|cortadas _ frescos|frescas|recientes',
    'se las|los _ hace|hacia|hizo _ el|ella|solo|sola',
  ],
};
