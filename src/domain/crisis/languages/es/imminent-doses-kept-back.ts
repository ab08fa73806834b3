/**
 * Spanish imminent own risk told through doses kept back, added after fresh batch 109 (notation in ../../patterns.ts): a
 * medicine kept for a stretch instead of taken ("hace dos semanas que guardo el clonazepam en vez de tomarlo").
 * Hints stay hints: a means counts only beside own risk or another sign (concepts.ts, hint-weights.ts), so doses kept alone
 * route nothing. "no sé ni por qué os lo cuento" is left unread: it follows plain disclosures of possible risk as often as a means.
 */
export const imminentDosesKeptBack: Record<string, string[]> = {
  'means-hint': [
    // Kept for a while instead of taken: "hace dos semanas que guardo el clonazepam en vez de tomarlo", "llevo días que escondo
    // las pastis sin tomarlas". A pill skipped with no stretch named ("guardo las pastis en vez de tomarlas, me dan sueño") is not.
    'semanas|semana|dias|meses|mes _ que? _ guardo|junto|acumulo|escondo|ahorro|guarde|junte|escondi|vengo+guardando _ el|la|las|los|mis|mi _ @pastillas|pastis|medicacion|medicina|medicamento|dosis|clonazepam|rivotril __ en+vez+de|en+lugar+de|sin _ lo|la|las|los? _ tomar',
  ],
};
