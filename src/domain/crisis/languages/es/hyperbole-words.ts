import type { HyperboleWords } from '../../hyperbole.js';

/** Spanish words for hyperbole taken back (hyperbole.ts); see ../en/hyperbole-words.ts. */
export const spanishHyperboleWords: HyperboleWords = {
  conditionals: new Set(['si']),
  weather: new Set(['calor', 'caloron', 'bochorno', 'frio', 'friazo', 'humedad', 'solazo', 'heat', 'trafico', 'traffic', 'taco', 'tranque', 'trancon', 'embotellamiento',
    // A meal eaten past full: "comí tanto que ya no puedo más".
    'comi', 'comimos', 'cene', 'cenamos', 'almorce', 'desayune', 'trague', 'tragamos', 'empache', 'empachada', 'empachado', 'llenura']),
  // "aquí"/"acá" only say where the heat is ("qué calor en esta guagua, me estoy muriendo aquí, sáquenme"); the weather must still be
  // named before it in the sentence, and a wish or a thing borne after it ("me estoy muriendo aquí por dentro") still stays.
  bareDying: new Set(['me', 'estoy', 'toy', 'ando', 'muriendo', 'muero', 'derritiendo', 'ya', 'no', 'aguanto', 'mas', 'puedo', 'aqui', 'aca']),
  notNuisance: new Set(['deja', 'dejar', 'muere', 'morir', 'pierdo', 'perder', 'hoy', 'manana', 'noche', 'ahorita', 'ahora']),
};
