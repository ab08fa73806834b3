/**
 * Spanish going told apart from an everyday one, read since the fifty-eighth fresh batch (notation in ../../patterns.ts; joined
 * in ../es.ts): "no es que me vaya a otro trabajo, es que hoy me voy de todo", "no es que me mude, es que me voy para siempre".
 * The everyday going (a job, a move, a trip) is named to be denied, and the going left is from everything, from everyone or for
 * good: last words, urgent alone. "no es que me vaya a otro trabajo, es que me voy a vivir con mi novio" goes somewhere and stays
 * quiet, and so does a going "de todo" said without the denial ("me voy de todo el chat").
 *
 * `goingDenied` (frame `leavingDenied`): the everyday going denied ("no es que me vaya a otro trabajo", "no es que me cambie de
 * chamba"), so a resignation or a new job named elsewhere in the message explains nothing (as English's "this isnt about work").
 */
export const goingDenied: string[] = [
  'no _ es _ que|q _ me _ vaya|mude|cambie|vaya+a+ir|vaya+a+mudar _ a|de|al _ otro|otra|otros|un|una|la|el? _ trabajo|chamba|curro|laburo|pega|empleo|ciudad|pais|casa|depa|lado|puesto|empresa|viaje',
];

export const imminentGoingToldApart: Record<string, string[]> = {
  'last-words': [
    'no _ es _ que|q _ me _ vaya|mude|cambie|vaya+a+ir|vaya+a+mudar __ ,? es|sino _ que|q _ hoy|ya|ahora|manana|esta+noche? _ me _ voy|largo|voy+a+ir _ de|para|pa _ todo|todos|este+mundo|esta+vida|siempre',
  ],
};
