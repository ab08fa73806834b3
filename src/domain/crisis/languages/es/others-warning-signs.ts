/**
 * Someone else's warning signs as those near see them (notation in ../../patterns.ts; joined by ../es.ts): goodbyes posted
 * as they go ("anda subiendo despedidas en sus historias"), belongings given away ("regalando su ropa", "ya regaló su
 * bicicleta y sus zapatos"), and what the person says they won't need ("dice que ya no va a necesitar nada"). Said in the
 * third person; "regalé mi ropa vieja" and "subí fotos de la fiesta" stay the writer's everyday.
 */
const cosas = 'ropa|cosas|bici|bicicleta|zapatos|tenis|perro|perrita|perrito|gato|gatita|gatito|guitarra|herramientas|celular|consola|joyas|anillo|moto|carro|coche|libros|medallas|rosario|mascotas';

export const othersWarningSignsEs: Record<string, string[]> = {
  'other-disclosure': [
    'subiendo|publicando|posteando|poniendo|mandando _ despedidas|despedida|adioses',
    // "regalando su ropa", "ya regaló su bicicleta y sus zapatos", "anda regalando sus cosas".
    `regalando|regalo|regala|repartiendo|repartio|reparte _ su|sus|toda+su|todas+sus _ ${cosas}`,
    // "dice que ya no va a necesitar nada", "dijo que ya no iba a ocupar su ropa".
    'no va|iba _ a _ necesitar|ocupar _ nada|su|sus|sus+cosas|la+ropa',
  ],
};
