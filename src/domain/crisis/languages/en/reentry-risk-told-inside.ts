/**
 * Own risk and someone else's crisis told in the words of the yard and reentry (notation in ../../patterns.ts), joined by ../en.ts:
 * - a sheet, a towel or a shirt tied up as the cell taught, and tested ("tied the sheet up", "it holds"): a method; waiting for the
 *   house or the tier to sleep ("waiting til everyone at the house sleeps", "after count", "after lights out"): a time;
 * - going out before the state takes the writer back ("better me than the state", "they aint taking me back alive"):
 *   finality, urgent beside the fent and the bars mixed now (a means taken) or another sign;
 * - someone from inside dead out here, told by the people near them ("my old celly's wife messaged me that hes dead") or with the
 *   overdose or the days out ("my bunkie od'd 3 days out"): their death. A phone or a battery that is dead is no celly.
 */
const cloth = 'sheet|sheets|bedsheet|bed+sheet|blanket|towel|shirt|shoelaces|laces|cord|belt';
const inside = 'celly|cellie|cellies|cellys|cellmate|cell+mate|bunkie|bunky|homie|road+dog|old+celly|old+cellie';

export const reentryRiskToldInside: Record<string, string[]> = {
  method: [
    `tied|tying|tie|knotted|knotting|rigged|rigging|hung|hanging|made|braided|braiding the|a|my ${cloth} up|off|to|into|round|around|over|from|like`,
    `${cloth} __ it|knot|that _ holds|held|will+hold|can+hold|should+hold|took+my+weight`,
    `${cloth} _ took|takes|held|holds|will+hold _ my _ weight`,
  ],
  timing: [
    'wait|waiting|waits|waited _ til|till|until|for _ everyone|everybody|the+house|the+tier|the+dorm|the+unit|my+roommates|the+whole+house|them _ __ sleep|sleeps|asleep|sleeping|goes+to+sleep|go+to+sleep',
    'after|till|til|until|at _ count|headcount|lights+out|lockdown|rounds|the+last+round|the+last+count',
  ],
  // Said bare these are talk ("better me than the state raising him"); beside another sign they are urgent.
  finality: [
    'better|rather _ me|i _ than|then _ the _ state|system|feds|cops|da|judge|pen|prison|jail|county',
    'not|aint|never|am+not|are+not|is+not _ taking|take|getting|get _ me _ back _ in|inside|alive',
  ],
  'taken-hint': [
    'mixing|mixed|mix _ the? _ fent|fentanyl|dope|heroin _ and|with|w _ the? _ bars|xanax|benzos|pills|alcohol _ now|rn|tonight|on+purpose',
  ],
  // A death bare is a grief ("my friend died last night"); from inside it is this family's when its overdose or its days out are told.
  'other-death': [
    `${inside} __ died|dead|gone|passed _ __ fent|fentanyl|overdose|od|dope|days+out|weeks+out|after+he+got+out|after+release|out+of+prison`,
    `${inside} __ messaged|texted|called|told|hit _ me __ he|she|they _ is|s|was|are|re _ dead|gone|died|passed`,
  ],
  'other-overdose': [`${inside} __ overdosed|od+d|odd|od|ode|ods|o.d|fell+out|fentd+out`],
};
