/**
 * The Spanish verbs the screen reads, conjugated once at load into a table: each written form
 * (accents folded, as chat drops them) → its infinitive and who does it. Patterns then name one
 * verb family ("matar") or one person of it ("matar.yo", "matar.el") instead of listing forms.
 *
 * Folding accents merges some persons ("mato" is "I kill" and "mató", "he killed"), so such a form
 * carries both tags and the patterns' context decides.
 */
export interface VerbForm {
  lemma: string;
  /** Tags a pattern can ask for: "matar.yo" (I), "matar.el" (he, she, they), "matar.nf" (infinitive, gerund, participle). */
  persons: string[];
}

type Person = 'yo' | 'el' | 'any';

/** Regular verbs by ending. Stem-changing and irregular forms are added per verb below. */
const regular: string[] = [
  // the writer's own risk
  'matar suicidar autoeliminar quitar ahorcar colgar cortar lastimar golpear quemar rayar pegar tirar aventar lanzar arrojar envenenar tomar tragar inyectar acabar terminar aguantar rajar rasgar picar saltar apagar',
  // harm from others
  'empujar estrangular patear cachetear abofetear jalonear arrastrar encerrar amenazar violar abusar forzar obligar tocar manosear acosar vigilar rastrear controlar revisar insultar humillar gritar agarrar drogar acorralar zarandear sacudir escupir chantajear amarrar azotar ahogar apretar aporrear madrear cachetear acechar espiar',
  // someone else's crisis
  'empezar comenzar hallar vaciar reenviar cascar fajar cagar esconder echar estampar mezclar sacar juntar usar atacar cerrar aranar rasgunar estrellar hackear desangrar narcanear intentar internar hospitalizar encontrar desmayar despedir mostrar ensenar checar dejar llevar recoger atropellar importar llamar mandar',
  // -er / -ir
  'vivir existir morder ofender perseguir meter escribir desvivir abrir beber romper',
  // "me rompió el celular", "me quebró el teléfono": a thing of the writer's broken by someone (harm-from-others.ts)
  'quebrar',
].join(' ').split(/\s+/);

/** Forms a regular conjugation does not give (stem changes, spelling changes, irregular verbs). */
/** Verbs whose folded '-o' form ('ahorco') is nearly always 'he did it to me' in chat, not 'I do it to myself'. */
const doneByOthers = new Set(['ahorcar', 'aranar', 'morder', 'empujar', 'jalonear', 'patear', 'cachetear', 'estrangular']);

const irregular: Record<string, Partial<Record<Person, string>>> = {
  morir: { yo: 'muero muera moriria morire mori muriera', el: 'muere muera murio muriera moriria morira murieron mueren', any: 'morir morirse muriendo muerto muerta muertos muertas' },
  colgar: { yo: 'cuelgo cuelgue colgue', el: 'cuelga cuelgue colgo cuelgan' },
  apretar: { yo: 'aprieto', el: 'aprieta aprietan' },
  encerrar: { yo: 'encierro', el: 'encierra encierran' },
  forzar: { yo: 'fuerzo force', el: 'fuerza fuerzan' },
  ahorcar: { yo: 'ahorque' },
  pegar: { yo: 'pegue' },
  rasgar: { yo: 'rasgue' },
  tocar: { yo: 'toque' },
  obligar: { yo: 'obligue' },
  lanzar: { yo: 'lance' },
  amenazar: { yo: 'amenace' },
  // Chat writes "se aviento" for "se aventó".
  aventar: { yo: 'aviento', el: 'aviento avienta avientan' },
  perseguir: { yo: 'persigo', el: 'persigue persiguen persiguio', any: 'persiguiendo' },
  seguir: { yo: 'sigo siga segui', el: 'sigue siga siguio siguen siguieron', any: 'seguir siguiendo seguido' },
  morder: { yo: 'muerdo', el: 'muerde muerden' },
  desaparecer: { yo: 'desaparezco desaparezca desapareci desapareciera', el: 'desaparece desaparezca desaparecio desapareciera', any: 'desaparecer desapareciendo desaparecido desaparecida' },
  despertar: { yo: 'despierto despierte desperte', el: 'despierta despierte desperto', any: 'despertar despertando despertarme' },
  dormir: { yo: 'duermo duerma dormi', el: 'duerme duerma durmio', any: 'dormir durmiendo' },
  hacer: { yo: 'hago haga hice', el: 'hace haga hizo', any: 'hacer haciendo hecho' },
  poder: { yo: 'puedo pude', el: 'puede pudo', any: 'poder' },
  querer: { yo: 'quiero quise quisiera queria', el: 'quiere quiso quisiera queria', any: 'querer' },
  tener: { yo: 'tengo tuve tenia tenga', el: 'tiene tuvo tenia tenga tienen', any: 'tener teniendo' },
  despedir: { yo: 'despido despida despedi', el: 'despide despida despidio despidieron', any: 'despedir despidiendo' },
  dar: { yo: 'doy di', el: 'da dio', any: 'dar dando dado' },
  ir: { yo: 'voy fui iba ire', el: 'va fue iba ira van', any: 'ir yendo' },
  // Spain's "cojo el coche y…": a verb, so the noun after it is its object, not a new subject.
  coger: { yo: 'cojo coja cogi', el: 'coge coja cogio cogen', any: 'coger cogiendo cogido' },
  // "tía, ya he escrito las cartas": "he" says the writer, so a kin word before it is the one addressed.
  haber: { yo: 'he' },
};

export const verbForms: ReadonlyMap<string, VerbForm> = build();

function build(): Map<string, VerbForm> {
  const table = new Map<string, VerbForm>();
  const add = (form: string, lemma: string, person: Person) => {
    const entry = table.get(form) ?? { lemma, persons: [] };
    if (entry.lemma !== lemma) return;
    const tag = `${lemma}.${person === 'any' ? 'nf' : person}`;
    if (!entry.persons.includes(tag)) entry.persons.push(tag);
    table.set(form, entry);
  };
  for (const verb of regular) {
    const stem = verb.slice(0, -2);
    const ar = verb.endsWith('ar');
    const endings: Record<Person, string[]> = ar
      ? { yo: ['o', 'e', 'aba', 'aria', 'are', 'ara'], el: ['a', 'o', 'aba', 'aria', 'ara', 'e', 'an', 'aron', 'aban', 'en'], any: ['ar', 'ando', 'ado', 'ada', 'ados', 'adas'] }
      : { yo: ['o', 'i', 'ia', 'iera', 'a'], el: ['e', 'io', 'ia', 'iera', 'en', 'ieron', 'a'], any: ['ir', 'er', 'iendo', 'ido', 'ida'] };
    for (const person of ['yo', 'el', 'any'] as const) {
      for (const ending of endings[person]) if (!(person === 'yo' && ending === 'o' && doneByOthers.has(verb))) add(stem + ending, verb, person);
    }
    // The first-person preterite keeps its sound: "tragué", "saqué", "empecé" (folded "trague", "saque").
    const preterite = verb.endsWith('gar') ? `${stem}ue` : verb.endsWith('car') ? `${stem.slice(0, -1)}que` : verb.endsWith('zar') ? `${stem.slice(0, -1)}ce` : null;
    if (preterite !== null) add(preterite, verb, 'yo');
  }
  for (const [verb, persons] of Object.entries(irregular)) {
    for (const person of ['yo', 'el', 'any'] as const) for (const form of (persons[person] ?? '').split(/\s+/).filter(Boolean)) add(form, verb, person);
  }
  return table;
}

const clitics = ['me', 'te', 'se', 'nos', 'lo', 'la', 'le', 'los', 'las', 'les'];

/**
 * "matarme" → ["me", "matar"], "tomarmelas" → ["me", "las", "tomar"], "cortandome" → ["me", "cortando"]:
 * pronouns fixed to an infinitive, gerund or command are moved before it, as in "me voy a matar",
 * so one pattern reads both orders. Returns null when the word is no known verb with pronouns.
 */
export function splitClitics(word: string): string[] | null {
  if (verbForms.has(word)) return null;
  const found: string[] = [];
  let rest = word;
  for (let round = 0; round < 2; round++) {
    const clitic = clitics.find((c) => rest.endsWith(c) && rest.length > c.length + 2);
    if (clitic === undefined) break;
    rest = rest.slice(0, -clitic.length);
    found.unshift(clitic);
    if (verbForms.has(rest)) return [...found, rest];
  }
  return null;
}
