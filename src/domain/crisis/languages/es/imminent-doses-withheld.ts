/**
 * Spanish: the prescribed doses no longer taken and kept, all of them, told with a pronoun for the medicine (notation in
 * ../../patterns.ts; joined by ../es.ts): "ya no me tomo la medicación, la estoy guardando toda", "dejé de tomarme las pastillas
 * y las voy juntando todas". Stockpiling (method), as "estoy guardando las pastillas" already was. "Toda" is needed: "no me tomé
 * la pastilla de la noche, la guardé pa mañana" is a dose moved, and "la guardo en el cajón" a place to keep it.
 */
const medicine = 'medicacion|medicina|medicinas|medicamento|medicamentos|dosis|@pastillas';
const kept = 'guardando|juntando|acumulando|ahorrando|escondiendo|guardo|junto|acumulo|guarde|junte|acumule';

export const imminentDosesWithheld: Record<string, string[]> = {
  method: [
    `no _ me? _ tomo|tomando|tome|tomar.yo|tomado _ la|las|los|el|mi|mis _ ${medicine} __ ,? la|las|los|lo _ estoy|voy|ando|he+estado|llevo? _ ${kept} _ toda|todas|todos|todo|enteras|completas`,
    `deje|dejado _ de _ tomar|tomarme|me+tomar _ la|las|los|el|mi|mis _ ${medicine} __ ,? la|las|los|lo _ estoy|voy|ando|he+estado|llevo? _ ${kept} _ toda|todas|todos|todo|enteras|completas`,
  ],
};
