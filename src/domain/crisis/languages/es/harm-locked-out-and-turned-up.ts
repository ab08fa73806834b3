/**
 * Spanish harm to the writer told by a peer worker, read after the forty-ninth fresh batch (notation in ../../patterns.ts,
 * macros in ../es.ts): the lock changed with the writer's things inside; an ex turning up again outside where the writer works
 * while she hides; the phone checked every night and the location kept on by force; cornered again in a storeroom; held
 * "amenazada" over the children; the writer's address left on the windscreen; someone who knows when she leaves work or which
 * school her daughter goes to, after a debt; the phone broken so she could not call.
 * Look-alikes kept quiet (test/unit/domain/crisis/others-and-harm-told-at-work.test.ts): a landlord changing the lock at the end
 * of the lease, a friend turning up at the office with cake, a mother asking where the writer is, a parking ticket on the
 * windscreen, a grandmother who knows when the writer finishes work.
 */
const pareja = 'ex|exnovio|exnovia|expareja|exmarido|exesposo|novio|novia|marido|esposo|pareja|padrastro';
const cosas = 'cosas|papeles|documentos|ropa|hijos|hijas|ninos|medicinas|pastillas|perro|gato|celular|cel|celu';
const celu = 'celu|cel|celular|telefono|movil|fon|whatsapp|wasap|mensajes|chats';

export const harmLockedOutAndTurnedUpEs: Record<string, string[]> = {
  'unsafe-home': [
    // The lock changed with the writer's things inside: "había cambiado la cerradura, todas mis cosas adentro".
    `cambiado|cambio|cambiaron|cambia|cambiar _ la|las|el|los _ cerradura|cerraduras|chapa|chapas|llave|llaves|combinacion ,? __ mis _ ${cosas} _ __ adentro|dentro|ahi|alla`,
  ],
  stalking: [
    // An ex turning up again outside where the writer is: "mi ex apareció otra vez afuera del centro".
    `${pareja} _ aparecio|aparece|volvio+a+aparecer|se+aparecio|se+presento|llego|vino _ afuera|fuera|frente|en+la+puerta|a+la+puerta`,
    `${pareja} _ aparecio|aparece|volvio+a+aparecer|se+aparecio|se+presento|llego|vino _ __ me _ quede|tuve+que|escondi|escondida|escondido _ escondida|escondido|esconder|encerrada|encerrado`,
    // The writer's address left on the car: "una nota en el parabrisas con mi dirección".
    'nota|papel|carta|mensaje|papelito _ en|debajo+de|bajo _ el|del|mi _ parabrisas|coche|carro|auto|puerta|buzon|limpiaparabrisas __ con _ mi _ direccion|domicilio|nombre|placa|matricula',
    // When she leaves work or which school her daughter goes to: "ya sabe a qué hora salgo", "sabe a qué cole va mi hija".
    'ya+sabe|ya+sabia|averiguo _ a _ que _ hora _ salgo|entro|termino|cierro|sale+mi',
    'debo|debia|debemos|deuda __ sabe|sabia|ya+sabe _ a|en _ que|cual _ cole|colegio|escuela|kinder|guarderia|prepa|liceo _ va|van|estudia',
  ],
  control: [
    // The phone checked every night, the location kept on: "me revisa el celu todas las noches y me hace tener la ubicación prendida".
    `me revisa|revisaba|checa|checaba|esculca|esculcaba|registra|mira _ el|la|los|mi|mis _ ${celu} _ todas+las+noches|todos+los+dias|cada+noche|cada+dia|a+diario|diario|siempre`,
    'me hace|hacia|obliga|obligaba|exige|exigia _ a? _ tener|dejar|compartir|mandarle|mandar|prender _ la|mi _ ubicacion|ubi|localizacion|gps',
    // The phone broken so she could not call: "me rompió el celu para que no llamara a nadie".
    `me rompio|rompe|quebro|estrello|destrozo|tiro _ el|mi _ ${celu} __ para+que+no|pa+que+no|asi+no _ llamara|pidiera|hablara|avisara|pudiera`,
  ],
  threat: [
    // Cornered again at work: "me ha vuelto a acorralar en el almacén".
    'me _ acorralar|acorralo|acorrala|acorralaba|acorralado|acorralada|arrinconar|arrincono|arrinconaba|arrinconada|arrinconado _ __ almacen|bodega|oficina|bano|pasillo|cocina|cuarto|elevador|ascensor|trastienda|nadie',
    // Waited for after work and warned: "me esperó a la salida y me dijo que me cuidara".
    'me espero|esperaba|esperaron|estaba+esperando|estaban+esperando _ a+la+salida|afuera|en+la+salida|en+el+estacionamiento|en+la+puerta __ me _ dijo|dijeron|amenazo|amenazaron|grito|insulto',
    // Held under a threat over the children: "me tiene amenazada con quitarme a los niños si hablo".
    'me tiene|tenia _ amenazada|amenazado _ con|de|que',
  ],
};
