/**
 * Spanish: someone else, often an elder, who says they have lived enough and will stop eating or taking their medicines (notation
 * in ../../patterns.ts; joined by ../es.ts): "mi abuelo dice que ya vivió suficiente y que va a dejar de comer", "mi tía dice
 * que ya vivió bastante, que ya no se va a tomar sus pastillas". Someone else's crisis: a wish to be dead said through refusing
 * what keeps them alive. Both halves are needed: "ya vivió suficiente en la ciudad" is a move and "va a dejar de comer pan" a diet.
 */
const lived = 'vivio|vivi|ha+vivido|he+vivido|vivido _ suficiente|bastante|demasiado|lo+suficiente|lo+que+tenia+que+vivir';
const refuses =
  'dejar+de+comer|no+comer+mas|no+va+a+comer|ya+no+come|ya+no+quiere+comer|dejar+de+tomar|dejar+sus+medicinas|dejar+sus+pastillas|dejar+la+dialisis|no+se+va+a+tomar|ya+no+se+toma|ya+no+quiere+tomar|no+quiere+el+tratamiento|dejar+el+tratamiento|ya+se+quiere+ir|ya+se+quiere+morir|ya+esta+listo+para+irse|ya+esta+lista+para+irse|que+dios+se+lo+lleve|que+dios+la+lleve|que+dios+lo+lleve';

export const othersDoneWithLiving: Record<string, string[]> = {
  'other-disclosure': [
    // "dice que ya vivió suficiente y que va a dejar de comer".
    `${lived} ,? __ ${refuses}`,
    // The refusal first: "dice que va a dejar de comer, que ya vivió bastante".
    `${refuses} ,? __ ${lived}`,
  ],
};
