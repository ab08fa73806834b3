/**
 * Someone else's eating-disorder crisis (notation in ../../patterns.ts; joined by ../en.ts): purging several times a day or
 * after every meal, starving on purpose, an eating disorder with fainting, a hospital refused or the body giving out. Each
 * names the person or says it of them ("purging my closet", "the baby stopped eating his peas" stay none).
 */
const person = '@other|he|she|they|twin|sponsee|mentee|roommate|bestie';

export const othersEatingDisorder: Record<string, string[]> = {
  'other-self-harm': [
    // "she's been purging 6 times a day", "he throws up after every meal".
    `${person} _ __ purging|purges|purged|throwing+up|throws+up|vomiting|making+herself+sick|making+himself+sick _ __ times+a+day|a+day|after+every|after+meals|after+she+eats|after+he+eats|on+purpose|again`,
    // "starving herself", "throwing up and starving on purpose".
    'starving|starves|starved _ herself|himself|themselves|themself|on+purpose',
    // "has an eating disorder and is barely eating, she fainted at school".
    'eating+disorder|anorexia|anorexic|bulimia|bulimic|ed _ __ fainted|fainting|passed+out|collapsed|barely+eating|not+eating|stopped+eating|heart|hospital|er|skin+and+bones',
    // "fainted at work yesterday. she's refusing the ER" said after purging: the ER refused.
    'purging|starving|not+eating|barely+eating _ __ fainted|passed+out|collapsed|refusing|refuses _ __ er|hospital|doctor|treatment',
  ],
};
