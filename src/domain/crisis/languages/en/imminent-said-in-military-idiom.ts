/**
 * English imminent risk said in understatement, as veterans and military families write it (branch t-en108; notation in
 * ../../patterns.ts, joined to the other imminent files by ../en.ts). Each is a hint, weighed with the others by
 * ../../hint-weights.ts, so it is urgent only beside a means, affairs settled or another sign:
 * - the night said to maybe be the one ("this might be the night", "today could be the day", "tonight may be it"): plan talk,
 *   so beside a rifle on the table it is urgent, and alone ("this might be the night we finally win trivia") it is everyday;
 * - a payout told as coming sooner than its beneficiary thinks ("she'll be getting it sooner than she thinks"): someone who
 *   does not know what a preparation is for (the beneficiary is not the one at risk), urgent beside a beneficiary changed or
 *   another sign, nothing alone (a parcel shipped early);
 * - thanks passed on through someone else ("tell the vets i said thanks", "tell my squad i said bye"): a goodbye, weak, urgent
 *   only beside affairs settled or a means.
 */
const soon = 'sooner|earlier|quicker|faster';
const payout = 'it|the+money|the+check|that+check|the+payout|the+policy|the+insurance|paid|a+check';

export const imminentSaidInMilitaryIdiom: Record<string, string[]> = {
  'plan-talk': [
    // "mite" is chat's "might"; the night or the day named right after the verb, or a bare "it" ("tonight might be it").
    'this|tonight|today|tomorrow|it might|mite|could|may just|finally|actually|really? be the+night|the+day|the+one|it',
  ],
  'unknowing-hint': [
    `he|she|they|you|wife|kids|family _ will|is+going+to|are+going+to _ be? _ getting|get|collecting|collect|cashing|cash|seeing|see _ ${payout} _ ${soon} _ than _ he|she|they|you|anyone|anybody _ thinks|think|expects|expect|knows|know`,
  ],
  'goodbye-hint': [
    'tell _ the|my|everyone|everybody|yall|them|him|her|all _ __ i _ said _ thanks|thank+you|bye|goodbye|so+long|farewell',
  ],
};
