import type { Lexicon } from '../../lexicon.js';

/**
 * Others invited along ("alguien se apunta?", "quién se anima", "si alguien quiere venir", "los espero"): a place and a time
 * told with an invitation are an outing, never urgent by themselves (read.ts). Written unaccented, as tokens are normalised.
 */
export const spanishFramesOfInviting: Pick<Lexicon['frames'], 'invited'> = {
  invited: [
    'alguien|quien|quienes _ se _ apunta|apuntan|anima|animan|suma|suman|viene|vienen|cae|caen',
    'alguien|quien|quienes _ quiere|quieren _ venir|ir|acompanarme|acompanarnos|caerle',
    'si _ alguien _ quiere|se+anima|se+apunta|se+suma',
    'los|las|les _ espero|esperamos',
    'caiganle|caigan|vengan|vente|vamos+juntos|vamos+juntas',
  ],
};
