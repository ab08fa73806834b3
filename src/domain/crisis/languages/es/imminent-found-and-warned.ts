/**
 * Spanish preparations for being found, read since the fifty-eighth fresh batch (notation in ../../patterns.ts; joined in ../es.ts).
 * Each is as urgent alone as last words: the writer arranges how their body will be found.
 *
 * - a door left open or unlocked so that whoever comes need not break it "cuando me encuentren" ("dejé la puerta sin seguro pa
 *   que no tengan que tumbarla cuando me encuentren"). "dejé la puerta abierta pa que entre el gato" names no finding and stays.
 * - someone near warned not to go into the bathroom or the room and to call someone, the police or an ambulance first ("le dije
 *   a mi roomie que mañana no entre al baño, que llame a alguien primero"). "que no entre al baño, que está tapado, que llame al
 *   plomero" names a plumber, no one who comes for a body, and stays.
 */
const keepOut = 'entre|entres|entren|abra|abras|abran|pase|pases _ al|el|a+mi|mi|a+el _ bano|cuarto|baño';
const callFirst = 'llame|llames|llamen|llamar _ a? _ alguien|policia|911|emergencias|ambulancia|paramedicos|la+policia|al+911|una+ambulancia _ primero|antes';
const finding = 'encuentren|encuentre|encuentres|hallen|halle|encontrar.el';
export const imminentFoundAndWarned: Record<string, string[]> = {
  'last-words': [
    `pa|para _ que|q _ no _ tengan|tenga|tengas _ que|q _ botar*|tumbar*|romper*|forzar*|derribar*|patear* __ cuando _ me _ ${finding}`,
    `deje|dejo|dejare|voy+a+dejar _ la|mi _ puerta _ abierta|sin+seguro|sin+llave|sin+candado|sin+pasador|junta __ pa|para _ que|q __ me _ ${finding}`,
    // Told from "le dije/pedí": the one warned is named, but the warning is the writer's ("le dije a mi compañero de cuarto que…").
    // Only the writer's own telling counts: "mi roomie me dijo que no entre al baño, que llame a alguien" is theirs to explain.
    `dije|pedi|avise|encargue|deje+dicho __ que|q _ no _ ${keepOut} _ ,? que|q|y|mejor|sino _ ${callFirst}`,
  ],
};
