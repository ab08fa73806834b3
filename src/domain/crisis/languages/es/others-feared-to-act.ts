/**
 * Someone else's crisis told as the writer's fear that they will act, read since fresh batch 95 (notation in
 * ../../patterns.ts, joined in ../es.ts): "tengo miedo de que haga algo", "me da miedo que se haga algo", "temo que cometa
 * una locura", "ojalá no haga ninguna pavada". The subjunctive third person names another; "tengo miedo de hacerme algo" is
 * the writer's own, and "tengo miedo de que haga frío" or "que haga algo mal en el examen" names no harm.
 */
export const othersFearedToAct: Record<string, string[]> = {
  'other-disclosure': [
    'miedo|panico|terror|temo|preocupa|preocupada|preocupado|asusta _ de? que _ se? haga|cometa|intente _ algo|alguna+locura|una+locura|alguna+pavada|una+pavada|alguna+tonteria|una+tonteria|alguna+boludez|una+boludez|dano',
    'miedo|panico|terror|temo|preocupa|preocupada|preocupado|asusta _ de? que _ se+haga|se+lastime|se+mate|se+quite+la+vida|se+tire|se+corte|atente+contra',
  ],
};
