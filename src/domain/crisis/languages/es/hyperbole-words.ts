import type { HyperboleWords } from '../../hyperbole.js';

/** Spanish words for hyperbole taken back (hyperbole.ts); see ../en/hyperbole-words.ts. */
export const spanishHyperboleWords: HyperboleWords = {
  conditionals: new Set(['si']),
  weather: new Set(['calor', 'calorón', 'caloron', 'bochorno', 'frio', 'friazo', 'humedad', 'solazo', 'heat']),
  bareDying: new Set(['me', 'estoy', 'toy', 'ando', 'muriendo', 'muero', 'derritiendo']),
  notNuisance: new Set(['deja', 'dejar', 'muere', 'morir', 'pierdo', 'perder', 'hoy', 'manana', 'noche', 'ahorita', 'ahora']),
};
