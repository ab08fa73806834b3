import type { HyperboleWords } from '../../hyperbole.js';

/** Spanish words for hyperbole taken back (hyperbole.ts); see ../en/hyperbole-words.ts. */
export const spanishHyperboleWords: HyperboleWords = {
  conditionals: new Set(['si']),
  notNuisance: new Set(['deja', 'dejar', 'muere', 'morir', 'pierdo', 'perder', 'hoy', 'manana', 'noche', 'ahorita', 'ahora']),
};
