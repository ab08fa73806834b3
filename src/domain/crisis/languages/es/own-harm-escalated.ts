/**
 * Spanish self-harm escalated on purpose (batch 107; notation in ../../patterns.ts, joined by ../es.ts): "esta noche voy a
 * ir más hondo, a propósito", "esta vez me voy a cortar más profundo". `plan-talk` counts only beside the writer's own risk
 * (the blades named, a cut told), so "hoy vamos a ir más hondo en el tema" stays everyday.
 */
export const ownHarmEscalatedEs: Record<string, string[]> = {
  'plan-talk': [
    'voy+a|vamos+a|ire+a|me+voy+a _ ir|cortar|me+cortar|cortarme|hacer _ mas _ hondo|profundo|fuerte|adentro',
  ],
};
