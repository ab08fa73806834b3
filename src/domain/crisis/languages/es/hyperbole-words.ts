import type { HyperboleWords } from '../../hyperbole.js';

/** Spanish words for hyperbole taken back (hyperbole.ts); see ../en/hyperbole-words.ts. */
export const spanishHyperboleWords: HyperboleWords = {
  conditionals: new Set(['si']),
  weather: new Set(['calor', 'caloron', 'bochorno', 'frio', 'friazo', 'humedad', 'solazo', 'heat', 'trafico', 'traffic', 'taco', 'tranque', 'trancon', 'embotellamiento',
    // A meal eaten past full: "comí tanto que ya no puedo más".
    'comi', 'comimos', 'cene', 'cenamos', 'almorce', 'desayune', 'trague', 'tragamos', 'empache', 'empachada', 'empachado', 'llenura']),
  bareDying: new Set(['me', 'estoy', 'toy', 'ando', 'muriendo', 'muero', 'derritiendo', 'ya', 'no', 'aguanto', 'mas', 'puedo']),
  notNuisance: new Set(['deja', 'dejar', 'muere', 'morir', 'pierdo', 'perder', 'hoy', 'manana', 'noche', 'ahorita', 'ahora']),
};
