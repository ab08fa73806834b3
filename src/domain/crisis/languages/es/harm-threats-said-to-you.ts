/**
 * Spanish harm from others: a threat passed on in the threatener's own words, said to "tú" (notation in ../../patterns.ts;
 * macros in ../es.ts). The writer tells who said or wrote it to them ("me dijo", "me texteó", "me escribió", "me mandó un
 * audio") and then the words, quoted or after a colon: "me gritó: te voy a romper la cara", "me escribió 'si me dejas te
 * quemo la casa'", "me mandó: si sales con alguien más te desaparezco". The threat's own "te" is the writer.
 *
 * Never read: the writer saying it to someone else ("le dije a mi hijo: si no recoges tu cuarto te mato"), a scolding over
 * small stakes ("mi mamá me dijo: si llegas tarde te mato", read by petty-threat.ts through the `killMe` frame), a threat
 * said with no teller ("te mato si te comes mi pastel").
 */
const told =
  'me+dijo|me+dice|me+decia|me+texteo|me+textea|me+escribio|me+escribe|me+mando|me+manda|me+grito|me+grita|me+advirtio|me+advierte|me+amenazo|me+puso|me+dejo+dicho|me+mando+un+audio|me+mando+un+mensaje|me+dejo+un+mensaje|me+dejo+un+audio';
/** The act threatened, said by the threatener ("yo"): "te mato", "te quemo el carro", "te rompo la cara". */
const doneToYou =
  'mato|matare|mataria|quemo|quemare|rompo|rompere|parto|partire|desaparezco|desaparecere|entierro|enterrare|madreo|reviento|destrozo|desfiguro|pego|agarro|encuentro|busco|hundo|jodo|chingo|arruino|quito+a+los+ninos|quito+a+los+nenes|quito+a+tus+hijos';
const doneToYouLater = 'matar|quemar|romper|partir|desaparecer|enterrar|madrear|reventar|destrozar|desfigurar|pegar|buscar|encontrar|hundir|joder|chingar|arruinar|arrepentir';

export const harmThreatsSaidToYou: Record<string, string[]> = {
  threat: [
    // "me dijo 'si te vas de la casa te mato'", "me texteó: si no contestas te quemo el carro".
    `${told} :? "? '? si __ te ${doneToYou}`,
    `${told} :? "? '? si __ ,? te ${doneToYou}`,
    // Said without a condition: "me gritó: te voy a matar", "me escribió 'te voy a buscar hasta encontrarte'".
    `${told} :? "? '? te ${doneToYou}`,
    `${told} :? "? '? te? voy+a|vas+a te? ${doneToYouLater}`,
    `${told} :? "? '? si __ te? voy+a|vas+a te? ${doneToYouLater}`,
    `${told} :? "? '? si __ ,? te? voy+a|vas+a te? ${doneToYouLater}`,
  ],
};
