/**
 * "mi plan es terminar con todo... el papeleo antes del viernes", "hoy acabo con todo: la tarea, el informe": a chore, a paper
 * or a relationship named right after the ending (notation in ../../patterns.ts), read by the idiom frame in ../es.ts as
 * English reads "end it all... the homework" (../en/frames-everyday-said.ts). "terminar con todo, ya compré lo que necesitaba"
 * names none of these.
 */
export const spanishThingsEnded: string[] = [
  // Never papers a life's affairs are settled with ("dejé los expedientes listos", "las facturas pagadas").
  'el|la|los|las|mi|mis|este|esta|ese|esa _ papeleo|tarea|tareas|relacion|dieta|suscripcion|membresia|gimnasio|gym|reporte|reportes|informe|informes|pendientes|tesis|proyecto',
];
