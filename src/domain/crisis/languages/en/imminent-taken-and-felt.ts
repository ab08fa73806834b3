/**
 * English acting now told by a taking of everything and how it feels since (branch t-en98; notation in ../../patterns.ts, joined
 * by ../en.ts): "took everything in my estradiol drawer plus the sleeping stuff like 20 min ago, feeling weird". The whole store
 * taken, minutes ago, and a body turning strange: acting now. A dose taken ("took my meds 20 min ago, feeling sleepy") names no
 * whole store, and a meal ("ate everything in the fridge") is no taking.
 * test/unit/domain/crisis/taken-and-felt-98.test.ts holds it beside its look-alikes.
 */
const whole = 'everything|all+of+it|all+of+them|the+whole+bottle|the+whole+box|the+whole+pack|every+pill|the+rest+of+my+pills|all+my+pills';
const since = '1*|2*|3*|4*|5*|6*|7*|8*|9*|few|couple|an|a|half+an _ min|mins|minutes|hr|hrs|hour|hours _ ago';
const felt = 'weird|dizzy|woozy|floaty|numb|heavy|drowsy|funny|strange|off|sick|cold|fuzzy|slow';

export const imminentTakenAndFelt: Record<string, string[]> = {
  'acting-now': [
    `took|swallowed|downed|popped ${whole} __ __ ${since} ,? and? _ feeling|feel|starting+to+feel|getting|kinda|already|everything+feels|im+feeling ${felt}`,
  ],
};
