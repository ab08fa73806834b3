import type { Token } from '../../tokens.js';

/**
 * Words reported after "dice que", "me dijo que" are someone else's, told in the third person: "dice que prefiere morir",
 * "me dijo que ya quiere irse con el Señor", "dice que se va a pirar de este mundo". Most patterns are written as the writer
 * says them ("prefiero morir", "me voy a pirar"), so a reported word also carries its first-person spelling, and its verb
 * tags their first-person twin: the match stays marked as reported (someone else's), and read.ts gives it to that person.
 * Only words inside reported clauses get these forms (es/tokens.ts `markReported`); the writer's own words never do.
 */
const firstPersonOf: Readonly<Record<string, string>> = {
  va: 'voy',
  quiere: 'quiero',
  prefiere: 'prefiero',
  puede: 'puedo',
  tiene: 'tengo',
  esta: 'estoy',
  es: 'soy',
  siente: 'siento',
  piensa: 'pienso',
  ve: 'veo',
  hace: 'hago',
  pide: 'pido',
  necesita: 'necesito',
  aguanta: 'aguanto',
  sirve: 'sirvo',
  ira: 'ire',
  su: 'mi',
  sus: 'mis',
  regalo: 'regale',
  preparo: 'prepare',
  dejo: 'deje',
  compro: 'compre',
  escribio: 'escribi',
};

/** The token with the first-person spelling and verb tags beside its own, or the token itself when it has none. */
export function inReportersPerson(token: Token): Token {
  const extra: string[] = [];
  const spelled = firstPersonOf[token.norm];
  if (spelled !== undefined) extra.push(spelled);
  for (const form of token.forms) if (form.endsWith('.el')) extra.push(`${form.slice(0, -3)}.yo`);
  const added = extra.filter((form) => !token.forms.includes(form));
  return added.length === 0 ? token : { ...token, forms: [...token.forms, ...added] };
}
