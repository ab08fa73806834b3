/**
 * Spanish harm from others: an anonymous message that shows the writer is watched (notation in ../../patterns.ts; joined by
 * ../es.ts): "me llegó un mensaje anónimo 'sabemos lo que hiciste' con una foto de mi auto en la pega", "recibí una carta sin
 * nombre con fotos de mi casa", "un número desconocido me escribió 'sé dónde vives'". Stalking: the sender hides and knows where the
 * writer lives, works or parks. Never read: an anonymous survey or a thank-you ("me llegó un mensaje anónimo: gracias por todo"),
 * a photo of the writer's car from the garage that fixed it (nobody hidden).
 */
const message = 'mensaje|mensajes|carta|cartas|nota|notas|papel|sobre|whatsapp|msj|mail|correo|dm|texto|audio';
const hidden = 'anonimo|anonima|anonimos|anonimas|sin+nombre|sin+firma|de+un+numero+desconocido|de+numero+desconocido|de+un+numero+privado|de+numero+privado|de+una+cuenta+falsa|de+un+perfil+falso';
const mine = 'carro|auto|coche|casa|puerta|ventana|depa|departamento|edificio|hijos|hijo|hija|familia|trabajo|moto|camioneta';
const knowing = 'sabemos|se|te+estamos|te+estoy|te+vigilamos|te+tenemos|te+tengo|ya+sabemos|ya+se _ lo+que+hiciste|donde+vives|donde+trabajas|donde+estudian|vigilando|ubicada|ubicado|viendo|a+tus+hijos';

export const harmAnonymousWarning: Record<string, string[]> = {
  stalking: [
    // With the writer's things photographed: "... anónimo ... con una foto de mi auto".
    `${message} _ ${hidden} __ foto|fotos|video|videos _ de _ mi|mis _ ${mine}`,
    // With words that say the sender knows: "mensaje anónimo 'sabemos lo que hiciste'", "carta sin firma: sé dónde vives".
    `${message} _ ${hidden} :? "? '? _ ${knowing}`,
    // "un número desconocido me escribió 'sé dónde vives'".
    `numero|cuenta|perfil _ desconocido|privado|falso|falsa|anonimo|anonima _ me _ escribio|mando|escribe|manda|dejo :? "? '? _ ${knowing}`,
    // Told in the writer's own words, whose "vivo" and "salgo" are the writer's: "me llegan mensajes de un número desconocido
    // diciendo que sabe dónde vivo y a qué hora salgo del curro".
    'mensaje|mensajes|msj|llamadas|audios|whatsapps _ de _ un|una? _ numero|cuenta|perfil _ desconocido|desconocida|privado|oculto|falso|falsa|anonimo|anonima __ sabe|saben|conoce|conocen _ donde|a+que+hora _ vivo|trabajo|salgo|estudio|entro|duermo|estaciono|vivimos',
  ],
};
