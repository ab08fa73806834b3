/**
 * Spanish words by which the writer says they are not acting on their thoughts (frame `actingDenied`, notation in
 * ../../patterns.ts; acting-denied.ts reads it): "no voy a hacer nada, solo necesitaba decirlo", "no pienso hacerlo", "no lo
 * voy a intentar", "no tengo planes de hacer nada", "no estoy en peligro". Beside such words a thought or a wish stays
 * possible: a day or a time said with it ("hoy volvieron las ideas") does not make it a preparation. A means, a place or a
 * thing taken still does ("no voy a hacer nada pero tengo las pastillas aquí"). A quoted denial is someone else's.
 *
 * Pronouns fixed to a verb come before it ("hacerlo" is read "lo hacer"). No gaps: "no pienso en otra cosa que hacerlo" says
 * no denial.
 */
const intend = 'voy+a|pienso|planeo|vamos+a|tengo+pensado';

export const actingDenied: string[] = [
  // "no voy a hacer nada", "no pienso intentar nada", "no voy a hacerlo", "no lo voy a hacer".
  `no ${intend} hacer|intentar nada`,
  `no ${intend} lo hacer|intentar`,
  `no lo ${intend} hacer|intentar`,
  'no voy+a|pienso|planeo actuar',
  `no ${intend} hacer|cometer ninguna|una tonteria|locura|estupidez`,
  // "no lo hago", "no lo haría", "no lo haré".
  'no lo hago|haria|hare|intentaria|intentare',
  // "no tengo planes de hacerlo", "no tengo intención de hacer nada".
  'no tengo plan|planes|intencion|intenciones de lo? hacer|intentar|actuar',
  'no estoy en peligro',
];
