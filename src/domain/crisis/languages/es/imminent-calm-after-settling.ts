/**
 * Spanish imminent own risk said through the quiet after settling things, added after fresh batch 109 (Spain, Argentina,
 * Uruguay; notation in ../../patterns.ts): a strange calm after affairs are done ("me siento extrañamente en paz"), debts
 * paid said with "las" ("ya pagué las deudas"), the burial paid off ("dejé pago el sepelio en cuotas") and payments that
 * "won't be needed" any more, sitting by the water looking at it ("estoy en el puerto mirando el agua"), and the house to
 * oneself as the moment ("ya sé lo que voy a hacer con la casa sola").
 * Hints stay hints: each counts only beside own risk or another sign (concepts.ts, hint-weights.ts), so a calm alone, a
 * debt paid alone or a walk by the port alone routes nothing.
 */
const burial = 'sepelio|sepultura|cocheria|nicho|parcela|cremacion|entierro|funeraria|velorio|panteon';
const water = 'puerto|muelle|escollera|rambla|malecon|espigon|rompeolas|dique|represa|acantilado|orilla|costanera';

export const imminentCalmAfterSettling: Record<string, string[]> = {
  calm: [
    // The calm that follows a decision, named as strange: "me siento extrañamente en paz", "una tranquilidad rara".
    'me+siento|estoy|siento|noto _ extranamente|raramente|curiosamente|raro|rara|extrano|extrana _ en+paz|tranquilo|tranquila|sereno|serena|liviano|liviana|calmado|calmada',
    'una|esta _ paz|calma|tranquilidad _ rara|extrana|que+no+entiendo|que+no+sentia',
  ],
  'preparation-hint': [
    // "ya pagué las deudas", "saldé las deudas con todos": own-risk.ts reads only "pagué (todas) mis deudas".
    'pague|salde|liquide|cancele _ las|todas+las _ deudas|prestamos',
    // The burial paid, Rioplatense "dejar pago": "dejé pago el sepelio en cuotas", "el sepelio ya está pago".
    `deje|dejo|dejado|tengo|esta|quedo _ pago|paga|pagado|pagada|abonado|abonada _ el|la|mi? _ ${burial}`,
    `pague|pagando|pagado|pago|cuotas|abonos _ del|de+la|el|la|mi _ ${burial}`,
    `${burial} __ pago|paga|pagado|pagada|en+cuotas|cuotas`,
  ],
  finality: [
    // Payments or care that "won't be needed" soon: "la semana que viene ya no va a hacer falta seguir pagando".
    'ya no _ va+a|me+va+a|les+va+a|nos+va+a _ hacer+falta|ser+necesario _ seguir|que+siga|que+sigan _ pagando|pagar|pagandolo|pagandola',
  ],
  place: [
    // By the water, looking at it: "estoy en el puerto mirando el agua", "sentada en la escollera mirando el mar".
    `estoy|ando|sentado|sentada|parado|parada|aca|aqui _ en _ el|la _ ${water} __ mirando|viendo _ el|al _ agua|mar|rio|fondo`,
  ],
  'plan-hint': [
    // The house to oneself as the moment: "se va el finde y ya sé lo que voy a hacer con la casa sola".
    'ya+se|tengo+claro|ya+tengo+claro _ lo _ que _ voy+a+hacer|hare|tengo+que+hacer _ con _ la|el|mi? _ casa|piso|depa _ sola|solo|vacia|vacio',
    'casa|piso|depa _ sola|solo|vacia|vacio __ ya+se|tengo+claro|ya+tengo+claro _ lo _ que _ voy+a+hacer|hare',
    'cuando _ me _ quede|quedo _ sola|solo|sin+nadie __ ya _ se _ lo _ que _ voy+a+hacer|hare',
  ],
};
