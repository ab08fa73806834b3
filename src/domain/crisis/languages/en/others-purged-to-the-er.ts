/**
 * Someone else's body giving out from an eating disorder (batch 107; notation in ../../patterns.ts, joined by ../en.ts): her
 * potassium or her heart failing from purging ("her potassium crashed from purging", "his heart rate dropped to 30 from
 * restricting") and someone taken to the ER or the ICU for purging or starving ("my sister is in the ER again from purging").
 * Each names the other person ("her", "his", a relative) and the purging or the starving; a heart that stopped with no eating
 * disorder named ("grandpa's heart stopped in his sleep") is grief, left to the other files, and the writer's own labs
 * ("my potassium was low at my appointment") are not someone else's.
 */
const cause = 'purging|purge|purges|throwing+up|vomiting|laxatives|laxative+abuse|diuretics|restricting|starving|starving+herself|starving+himself|not+eating|her+ed|his+ed|their+ed|anorexia|bulimia|the+ed';
const failing = 'crashed|tanked|dropped|plummeted|bottomed+out|stopped|gave+out|failed|arrested|went+into+arrhythmia|was+dangerously+low|was+critically+low|is+dangerously+low|is+critically+low';
const person = '@other|he|she|they|sister|brother|daughter|son|roommate|bestie|twin|cousin|girlfriend|boyfriend|gf|bf|wife|husband';

export const othersPurgedToTheEr: Record<string, string[]> = {
  'other-self-harm': [
    // "her potassium crashed from purging", "his heart rate dropped to 30 from restricting".
    `her|his|their _ potassium|electrolytes|heart|heart+rate|blood+sugar|sodium|pulse _ __ ${failing} _ __ from|after|because+of|bc+of|bc|due+to|cause+of _ ${cause}`,
    // "my sister is in the ER again from purging", "she got admitted to the icu for starving herself".
    `${person} _ __ in|to|at _ the? _ er|icu|hospital|emergency|a+and+e|urgent+care|cardiac+unit _ __ from|for|after|because+of|bc+of|bc|due+to _ ${cause}`,
  ],
};
