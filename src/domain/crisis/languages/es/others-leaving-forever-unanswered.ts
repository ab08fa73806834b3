/**
 * Someone else's wish to be gone for good, told to the writer, and then no answer (fresh batch 105; notation in
 * ../../patterns.ts): "un peer me escribió que se quería ir para siempre, le marqué y no contesta". Leaving "para siempre" alone
 * is often a move abroad ("se quiere ir para siempre a España"), so only the silence after it makes it a crisis.
 * Joined to the Spanish concepts by ../es.ts.
 */
const unanswered = 'no+contesta|no+responde|no+me+contesta|no+me+responde|no+ha+contestado|no+agarra+el+cel|no+agarra+el+telefono|apago+el+cel|apago+el+telefono|tiene+el+cel+apagado|no+lo+encuentro|no+la+encuentro|nadie+sabe+donde+esta|me+deja+en+visto|me+dejo+en+visto';

export const othersLeavingForeverUnanswered: Record<string, string[]> = {
  'other-disclosure': [
    `que se queria|quiere|iba+a|va+a ir|largar|marchar _ para+siempre|de+este+mundo ,? __ ${unanswered}`,
  ],
};
