/**
 * A stretch of time kept clean, as a frame of the distant past: "llevo 6 meses sin consumir", "lleva años sin cortarse".
 * Only a habit left counts: "llevo semanas sin dormir y pensando que el mundo sería mejor sin mí" is weeks of a crisis going
 * on, not over (fresh batch 105), and so are weeks without eating, going out or talking to anyone.
 */
const left = 'hacerlo|lo+hacer|intentarlo|lo+intentar|eso|consumir|tomar|beber|usar|recaer|fumar|pistear|chupar|drogas|alcohol|sustancias|nada|una+gota|cortarme|lastimarme|me+cortar|me+lastimar|me+hacer|hacerme|se+cortar|se+lastimar|se+hacer|cortarse|lastimarse|hacerse|intentos|intentarlo|ideas|pensamientos|crisis|consumo|meterme|me+meter|meterse|se+meter|tocar|probar|una+cerveza|un+trago|cristal|piedra|perico|coca|mota|heroina|fentanilo|fenta|crack|pastillas|apostar|jugar|autolesionarme|autolesiones|cutting|hospitalizaciones|recaidas';

export const timeWithout: string[] = [
  `llevo|lleva|llevamos|llevaba _ anos|ano|meses|mes|semanas _ sin ${left}`,
];
