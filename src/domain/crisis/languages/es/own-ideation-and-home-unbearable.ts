/**
 * Spanish own risk and harm named in the words of the work (branch t-es68; notation in ../../patterns.ts):
 *
 * Ideation named by the writer in the clinical word peer workers use ("tengo ideación otra vez", "ando con ideación pasiva",
 * "me volvió la ideación"): the writer's own thoughts. Only with the writer as the one who has it, the word right after the verb:
 * "tengo un participante con ideación" and "¿qué hago si alguien tiene ideación?" name someone else or a training. Said in the
 * third person ("mi clienta tiene ideación con plan", "anda con ideación") it is someone else's crisis.
 *
 * A home the writer cannot bear being in, beside control or abuse at home ("ya no aguanto estar en esa casa", "no soporto vivir
 * en esta casa con él"): the not-bearing is narrowed to the home (frame `homeUnbearable`, an idiom on the sign's last word, so it
 * is no hopelessness about living) and read as an unsafe home. "ya no aguanto más" and "no aguanto vivir así" name no home and
 * stay hopelessness; a wish or a thought beside it keeps its own route.
 */

const ideation = 'ideacion|ideaciones|ideacion+pasiva|ideacion+activa';

export const ownIdeationNamed: Record<string, string[]> = {
  'suicidal-thoughts': [
    `tengo|traigo|tuve+otra+vez|he+tenido|vuelvo+a+tener|volvi+a+tener|sigo+teniendo|sigo+con|ando+con|estoy+con|ando+otra+vez+con ${ideation}`,
    `me _ volvio|regreso|vino|pego|esta+pegando|anda+rondando _ la _ ${ideation}`,
    `mi ${ideation} _ volvio|regreso|esta+fuerte|esta+muy+fuerte|no+se+va`,
  ],
  // Someone else's, in the same word: "mi clienta tiene ideación con plan", "mi compa anda con ideación otra vez".
  'other-disclosure': [`tiene|trae|presenta|sigue+con|anda+con|esta+con ${ideation}`],
  'unsafe-home': [
    'no _ aguanto|soporto _ estar|vivir|seguir|llegar|volver _ en|a _ esa|esta|la|mi _ casa',
  ],
};

/** A training frame: ideation asked about as a case that may come ("si alguien tiene ideación, ¿a quién llamo?"). */
export const ideationAskedAbout: string[] = [
  `si|cuando _ alguien|alguno|alguna|un|una|usuario|usuaria|participante|cliente|clienta|persona _ tiene|presenta|trae _ ${ideation}`,
];

export const homeUnbearable: string[] = [
  // Opens on "aguanto" or "soporto", the hopelessness's last word: "ya no aguanto estar en esa casa".
  'aguanto|soporto _ estar|vivir|seguir|llegar|volver _ en|a _ esa|esta|la|mi _ casa',
];

/**
 * A place the writer can no longer reach, named right after "ya no puedo" ("ya no puedo llegar a la casa", "ya no puedo pasar
 * por la colonia"): the not-being-able is narrowed to getting there (an idiom opening on the sign's last word), so it is no
 * hopelessness about living; what keeps the writer away (a gang's threat, an ex at the door) keeps its own route.
 */
export const placeBarred: string[] = [
  'puedo llegar|ir|entrar|salir|volver|regresar|pasar|caminar _ a|al|por|de|en _ la|el|mi|mis|los|las? _ casa|colonia|barrio|calle|trabajo|chamba|laburo|escuela|parada|cuadra|cuarto|depa|pueblo|mercado|tienda|negocio',
];
