/**
 * Someone else's eating-disorder crisis (notation in ../../patterns.ts; joined by ../es.ts): starving herself ("se está
 * matando de hambre", which alone is the idiom "me muero de hambre"), vomiting all she eats, nothing but bones, fainting.
 * Said in the third person; "me muero de hambre" and "el bebé vomitó la leche" stay everyday.
 */
export const othersEatingDisorderEs: Record<string, string[]> = {
  'other-self-harm': [
    'se esta|esta|anda|estaba _ matando _ de _ hambre',
    'vomita|vomitando|vomito|se+provoca+el+vomito _ todo|todo+lo+que+come|despues+de+comer|despues+de+cada+comida|a+proposito',
    'esta|está|anda|quedo _ en _ los _ huesos',
    'no come|dejo+de+comer|deja+de+comer|no+quiere+comer _ __ se+desmayo|desmayo|desmayos|hospital|huesos',
  ],
};
