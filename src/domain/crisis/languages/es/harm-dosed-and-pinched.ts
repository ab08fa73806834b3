/**
 * Spanish harm done to the writer's body around food (batch 107; notation in ../../patterns.ts, joined by ../es.ts): laxantes
 * o diuréticos echados en la bebida o la comida del escritor por otra persona ("mi hermana me echó laxantes en el café",
 * "me pusieron laxantes en la comida"), and someone pinching the writer's body until it bruises ("mi novia me pellizca la
 * grasa hasta dejarme moretones"). The "me" before the verb names the writer as the one it is done to; "me tomé laxantes"
 * (the writer's own taking) has no verb of slipping and stays out.
 */
const dosed = 'laxantes|laxante|diureticos|diuretico|pastillas+para+adelgazar|quemagrasas|purgante|purgantes';
const slipped = 'echo|echaron|echa|echan|puso|pusieron|pone|ponen|metio|metieron|mete|meten|mezclo|mezclaron|mezcla|mezclan|coloco|colocaron';
const meal = 'bebida|cafe|te|agua|jugo|zumo|licuado|batido|comida|cena|desayuno|almuerzo|refresco|vaso|taza|sopa|leche';

export const harmDosedAndPinchedEs: Record<string, string[]> = {
  'partner-violence': [
    // "mi hermana me echó laxantes en el café", "me pusieron laxantes en la comida como broma".
    `me _ ${slipped} _ ${dosed} _ en _ la|el|mi|un|una _ ${meal}`,
    // "me pellizca la grasa hasta dejarme moretones", "me aprieta la panza hasta que me salen moretones".
    'me _ pellizca|pellizco|pellizcan|pellizcaba|aprieta|apreto|aprietan|jala|jalo _ __ hasta _ __ moretones|moreton|morados|morado|cardenales|hematomas',
  ],
};
