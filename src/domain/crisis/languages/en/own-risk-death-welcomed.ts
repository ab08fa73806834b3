/**
 * English passive wishes said as a death the writer would welcome (branch t-mx87; notation in ../../patterns.ts, joined by
 * ../en.ts): a fatal accident that would befall the writer, answered with thanks ("if the ceiling caved in on me i'd say thank
 * you", "if a meteor landed on me tonight id be grateful"), and death's call answered ("the abyss keeps calling and im about to pick up",
 * "death keeps calling and i want to answer"). The accident needs the writer as the one it befalls and the thanks after it;
 * the call needs the answer: "the void is calling" alone is a meme, "if the roof fell on me id sue the landlord",
 * "thank you for calling" and "my mom is calling, gotta pick up" stay everyday.
 * Volunteering for a blow that kills ("i volunteer as tribute for the next mortar") is the same welcome, said as a joke that means it.
 * test/unit/domain/crisis/death-welcomed.test.ts holds the family beside its look-alikes.
 */
const fatal = 'ceiling|roof|sky|bus|truck|car|train|plane|meteor|asteroid|piano|building|wall|tree|lightning|bolt';
const befalls = 'fell|falls|fall|caved|caves|collapsed|collapses|crashed|crashes|landed|lands|dropped|drops|struck|strikes|crushed|crushes|hit|hits';
const incoming = 'mortar|mortars|ied|ieds|missile|grenade|airstrike|drone+strike|sniper|stray+round|stray+bullet|asteroid|meteor|lightning+strike|heart+attack|aneurysm';
const thanks = 'say+thank+you|say+thanks|say+thank|thank+it|thank+god|be+grateful|be+thankful|be+relieved|be+glad|welcome+it|not+even+mind';

export const ownRiskDeathWelcomed: Record<string, string[]> = {
  'wish-dead': [
    // The accident befalls the writer, and the writer would thank it: "if a piano dropped on me id genuinely say thanks".
    `if _ a|an|the|this _ ${fatal} _ ${befalls} _ in|on|onto? _ me _ __ i+would|id|i+d|i|would _ honestly|genuinely|just|probably|literally? _ ${thanks}`,
    // Death's call answered: "the abyss is calling and im about to pick up", "death keeps calling, i want to answer".
    'void|abyss|death|reaper|grave|end _ is|s|keeps|been? _ calling|calls _ __ i+am|im|i|i+want+to|ready+to _ starting|start|about? _ to? _ pick+up|picking+up|answer|answering|to+answer|to+pick+up',
    // Volunteering for the blow (branch t-en108): "i volunteer as tribute for the next mortar", "sign me up for the next ied";
    // only a thing that kills, right after "the next" ("volunteer as tribute for the next potluck" stays everyday).
    `volunteer|volunteering|volunteered _ as _ tribute _ for _ the _ next _ ${incoming}`,
    `sign _ me _ up _ for _ the _ next _ ${incoming}`,
  ],
};
