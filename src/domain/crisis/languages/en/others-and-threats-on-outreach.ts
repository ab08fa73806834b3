/**
 * English someone else's crisis and harm to the writer told on outreach (branch t-en88, a harm-reduction team in a heat wave;
 * notation in ../../patterns.ts, joined by ../en.ts):
 * - a reversal or an overdose of the day named by the person it turned out to be ("reversal #4 today was my old roommate",
 *   "the second od this morning was a kid i went to school with"); a training, an idea or a first named after it stays work;
 * - a menacing teller (a dealer, a crew, some guy) who says the writer will get hurt if they go on ("dealer on 3rd told me if i
 *   keep handing out strips on his block im gonna get hurt"); a coach, a doctor or a sup warning of an injury names no menace.
 * test/unit/domain/crisis/others-and-threats-on-outreach-88.test.ts holds each family beside its look-alikes.
 */
const known = 'roommate|friend|cousin|brother|sister|mom|dad|mother|father|neighbor|neighbour|classmate|coworker|ex|uncle|aunt|sponsor|sponsee|nephew|niece|son|daughter|bestie|buddy|kid|guy|girl|man|woman|lady|client|participant|regular|peer';
const menacing = 'dealer|dealers|gang|crew|plug|cartel|pimp|loan+shark|some+guy|some+dude|this+guy|this+dude|a+guy|a+dude|his+boys|their+boys|some+guys|these+guys';
const hurt = 'hurt|jumped|shot|stabbed|beat|beaten|beat+up|beaten+up|popped|killed|messed+up|handled|dealt+with';

export const othersAndThreatsOnOutreach: Record<string, string[]> = {
  'other-overdose': [
    'reversal|reversals|od|overdose|narcan+save|save #? _ today|tonight|this+morning|this+week|yesterday? _ was|were _ my|a|an|our _ old|own|former|best|childhood? _ ' + known,
  ],
  threat: [
    `${menacing} __ told|tells|said|says|warned|texted|threatened _ me __ __ gonna|going+to|will|ll|gon _ get _ ${hurt}`,
    `${menacing} __ told|tells|said|says|warned|texted|threatened _ me __ or|else _ i|ill|i+will|im|i+am _ gonna|going+to|will|ll? _ get _ ${hurt}`,
  ],
};
