/**
 * Spanish: a crisis line the writer reached for (notation in ../../patterns.ts; joined in ../es.ts and frames.ts).
 *
 * `lineReached` (frame, read by ../../line-reached.ts): a call, a text or a dial to a helpline, spanning the line's name:
 * "llamé a la línea de prevención del suicidio", "le marqué a la línea de la vida", "escribí al chat de crisis".
 *
 * `low-mood` (a weak hint: it counts only beside another sign): that line not answering, holding or hanging up: "y no
 * contestan", "me dejaron en espera", "estaba ocupado", "y nada". Beside a means at hand it is urgent ("tengo las pastillas
 * en la mano"); alone, or called for a participant, it routes nothing.
 */
const call = 'llame|le+llame|marque|le+marque|hable|le+hable|escribi|le+escribi|llamo|marco|escribo|textee|mande+mensaje|mande+un+mensaje|he+llamado|he+marcado|he+escrito|estoy+llamando|estoy+marcando|intente+llamar|trate+de+llamar|llamando|marcando|llamar|marcar';
const line = 'linea|telefono|numero|chat|servicio|lifeline|024|988|911|717|075|113|135|106';
// The name's last word, so the frame spans it: a risk word first ("... de prevención del suicidio"), else the service's.
const riskNamed = 'suicidio|suicida|suicidas|crisis|vida';
const serviceNamed = 'prevencion|ayuda|apoyo|emocional|escucha|esperanza';
const unanswered = 'no _ contestan|contesta|contestaron|contesto|responden|responde|respondieron|respondio|atienden|atiende|atendieron|entra|entro|sale|me+contestan|me+contesta|me+responden|me+responde|me+atienden|me+atiende|me+contestaron|me+respondieron';
const failed = 'nadie|nadien _ contesta|contesto|responde|respondio|atiende|atendio|me+contesta|me+responde|me+atiende';
const held = 'me|nos _ dejaron|tienen|tuvieron|dejan|tenian _ en+espera|esperando|colgados';
const cut = 'me _ colgaron|cortaron|cuelgan|cortan|mandaron+al+buzon|salio+el+buzon';
const dead = 'ocupado|ocupada|buzon|sonando|sin+respuesta|y+nada|puro+buzon|nomas+suena|solo+suena|sigue+sonando';

export const lineReached: string[] = [
  `${call} a|al? la|el? ${line} __ ${riskNamed}`,
  `${call} a|al? la|el? ${line} __ ${serviceNamed}`,
  `${call} a|al? la|el? ${line}`,
];

export const lifelineUnanswered: Record<string, string[]> = {
  'low-mood': [
    `${call} a|al? la|el? ${line} __ ,? ${unanswered}`,
    `${call} a|al? la|el? ${line} __ ,? ${failed}`,
    `${call} a|al? la|el? ${line} __ ,? ${held}`,
    `${call} a|al? la|el? ${line} __ ,? ${cut}`,
    `${call} a|al? la|el? ${line} __ ,? ${dead}`,
  ],
};
