/**
 * Spanish everyday talk of a medicine run out (frame `everyday`, read near a means; notation in ../../patterns.ts; macros in
 * ../es.ts): "se me terminaron las pastillas de la presión", "me quedé sin medicina", "ya no me quedan pastillas", "tengo que
 * resurtir la receta". Pills run out are pills the writer no longer has: the errand of getting more, not a supply at hand.
 *
 * A taking told with it stays its own sign ("se me acabaron porque me las tomé todas"): this explains only the means named.
 */
export const supplyRunOut: string[] = [
  // "se me acabaron las pastillas", "se terminó mi medicina", "ya se me acabó el inhalador".
  'se _ me? _ acabaron|terminaron|acabo|termino _ las|mis|la|mi|el|los? _ @pastillas|medicina|medicinas|medicamento|medicamentos|inhalador|insulina|receta',
  // "me quedé sin pastillas", "ando sin medicina", "estoy sin mis pastillas".
  'me+quede|quede|ando|estoy|andamos|nos+quedamos sin _ mis|las? _ @pastillas|medicina|medicinas|medicamento|medicamentos|insulina',
  // "no me quedan pastillas", "ya no quedan".
  'no me|nos? quedan|queda _ @pastillas|medicina|medicinas|medicamento|medicamentos',
  // The refill itself: "tengo que resurtir la receta", "el refill de las pastillas".
  'resurtir|surtir|renovar|rellenar|refill|refil _ la|mi|las|mis? _ receta|recetas|@pastillas',
];
