/**
 * Norteño and Central American words for a gun and for a height or the tracks the writer is on (fresh batch 105; notation in
 * ../../patterns.ts). Each is a hint: alone it routes nothing, and beside a time, a wait or a goodbye it is urgent (concepts.ts).
 * Joined to the Spanish concepts by ../es.ts.
 */

/** "el cuete" and "la fusca" are a pistol from Sinaloa to Chihuahua; "traigo un cuete" is being drunk, so only the gun held names it. */
const guns = 'cuete|cuetito|fusca|fusco|matona|treinta+y+ocho|nueve+milimetros|cuerno+de+chivo';
/** Heights of a colonia: the water tank, a billboard, a pylon. */
const heights = 'tanque+de+agua|tanque+del+agua|torre+de+agua|torre+de+luz|torre+de+alta+tension|espectacular|antena';

export const imminentRegionalGunsAndHeights: Record<string, string[]> = {
  'means-hint': [
    // "ya tengo el cuete, lo compré ayer", "agarré la fusca de mi apá"; not "compré unos cuetes pa' año nuevo" (no article of one held).
    `tengo|compre|consegui|saque|agarre|cargue|escondi|traigo+conmigo el|la|mi ${guns}`,
    `el|la|mi ${guns} ya? esta|estan? cargado|cargada|listo|lista|en+la+mano|aqui+conmigo`,
  ],
  place: [
    // "me subí al tanque de agua de la colonia", "estoy arriba del tinaco"; a climb to clean or fix it is said with its chore.
    `me+subi|me+subo|estoy|ando|sigo _ al|a+la|en+el|en+la|arriba+del|arriba+de+la|encima+del|encima+de+la ${heights}`,
    // "aquí ando en las vías del tren", "estoy sentado en los rieles"; not "en vías de desarrollo" (no tracks named).
    'estoy|ando|sigo|parado|parada|sentado|sentada|acostado|acostada _ en|sobre|entre|junto+a las|los vias|rieles|durmientes _ del|de+la _ tren|ferrocarril|bestia',
    'estoy|ando|sigo|parado|parada|sentado|sentada|acostado|acostada _ en|sobre|entre las|los rieles|durmientes',
  ],
};
