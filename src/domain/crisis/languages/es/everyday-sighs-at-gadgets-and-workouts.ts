/**
 * Spanish sighs about a thing or an effort, read right after a wish to die (frame `idiom`, read.ts; notation in
 * ../../patterns.ts).
 *
 * `gadgetAsNuisance`: dying "with" a device that will not work: "me quiero morir con esta impresora", "me voy a morir con el
 * wifi de aquí", "ya me muero con ese cacharro". A means after "con" ("con las pastillas", "con la cuerda") is no gadget and
 * stays.
 *
 * `workoutNearlyDone`: the end of a workout in sight: "me quiero morir pero ya me faltan 2 series", "me muero, ya casi acabo
 * la clase de spinning". "me quiero morir pero no termino la tesis" names no workout and stays.
 */
const gadget =
  'aparato|aparatos|chunche|chunches|cacharro|cacharros|trasto|proyector|impresora|fotocopiadora|copiadora|escaner|compu|computadora|laptop|router|modem|wifi|internet|sistema|excel|zoom|teams|plataforma|pagina|app|microondas|lavadora|licuadora|control|tele';

export const gadgetAsNuisance: string[] = [
  `con _ este|ese|esta|esa|el|la|mi|tanto|tanta|estos|esos|estas|esas|los|las|aquel|aquella _ ${gadget}`,
];

const workout = 'rutina|serie|series|entreno|entrenamiento|clase|vuelta|vueltas|set|sets|repeticiones|reps|km|kilometros|kilometro|cardio|circuito|spinning|crossfit|zumba';

export const workoutNearlyDone: string[] = [
  `pero|y|ya _ termino|acabo|terminando|acabando|termine|acabe _ la|el|mi|las|los|una|un? _ ${workout}`,
  `me|ya+me|solo+me faltan|falta|quedan|queda _ __ ${workout}`,
];
