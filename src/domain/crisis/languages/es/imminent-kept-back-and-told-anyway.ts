/**
 * Spanish imminent own risk told through doses kept back and a means told "for no reason", added after fresh batch 109
 * (notation in ../../patterns.ts): a medicine kept instead of taken ("guardo el clonazepam en vez de tomarlo"), and a means
 * told with "no sé ni para qué os lo cuento", which is how a writer says it to someone before acting.
 * Hints stay hints: each counts only beside own risk or another sign (concepts.ts, hint-weights.ts), so a complaint told "for
 * no reason" alone, or a pill skipped alone, routes nothing.
 */
export const imminentKeptBackAndToldAnyway: Record<string, string[]> = {
  'means-hint': [
    // Kept for a while instead of taken: "hace dos semanas que guardo el clonazepam en vez de tomarlo", "llevo días que escondo
    // las pastis sin tomarlas". A pill skipped with no stretch named ("guardo las pastis en vez de tomarlas, me dan sueño") is not.
    'semanas|semana|dias|meses|mes _ que? _ guardo|junto|acumulo|escondo|ahorro|guarde|junte|escondi|vengo+guardando _ el|la|las|los|mis|mi _ @pastillas|pastis|medicacion|medicina|medicamento|dosis|clonazepam|rivotril __ en+vez+de|en+lugar+de|sin _ lo|la|las|los? _ tomar',
  ],
  'goodbye-hint': [
    // "no sé ni para qué os lo cuento", "no se ni por que les escribo": the telling before acting, weak like a goodbye.
    'no se ni? _ para+que|por+que|pa+que _ os|les|te|se _ lo? _ cuento|escribo|digo|cuente|escriba|aviso',
  ],
};
