/**
 * Someone else's death told in a peer worker's case update, added after the sixty-ninth fresh batch (notation in
 * ../../patterns.ts; joined to the other someone-else files by ../en.ts): life support withdrawn from someone ("they took
 * him off the vent", "family is taking her off life support tonight", "pulled the plug on him") and a death told right after
 * an update named by a participant's initial ("update on J: she passed overnight"; not "he passed his GED"). A death told as natural (old age, in
 * one's sleep) is set aside as grief by told-as-over.ts; a plug pulled on a project, a vent cleaned or a name taken off a
 * schedule name no person and no machine that keeps one alive.
 */
const withdrawn = 'took|take|takes|taking|taken|pulled|pulling|pull|came|coming|come|weaned|weaning|removed|removing';
const support = 'vent|ventilator|life+support|the+machines|machines|the+breathing+tube|breathing+tube|ecmo';
const initial = 'b|c|d|e|f|g|h|j|k|l|m|n|o|p|q|r|s|t|u|v|w|x|y|z';

export const othersDeathInCaseUpdates: Record<string, string[]> = {
  'other-death': [
    // "they took him off the vent", "taking her off life support tonight", "he came off the ventilator and passed".
    `${withdrawn} _ him|her|them _ off _ the? _ ${support}`,
    `he|she|they _ ${withdrawn} _ off _ the? _ ${support} _ and|then _ passed|died|passed+away|did+not+make+it`,
    // "they pulled the plug on him", "family decided to withdraw care".
    'pulled|pulling|pull _ the _ plug _ on _ him|her|them',
    'withdraw|withdrew|withdrawing|withdrawn _ care|life+support|treatment',
    // "update on M: he passed this morning": a death right after an update on someone named by an initial.
    // "passed" needs its time after it: "update on J: he passed his GED" is good news.
    `update|updates|news|word _ on|about|re _ ${initial} :? _ he|she|they _ died|passed+away|did+not+make+it|is+gone|s+gone`,
    `update|updates|news|word _ on|about|re _ ${initial} :? _ he|she|they _ passed _ this+morning|overnight|last+night|yesterday|today|earlier|this+weekend|over+the+weekend|in+the+night|at+the+hospital|in+the+icu|in+hospital`,
    // The writer the one who found the one who died: "my roommate died last month and i was the one who found him" (a death
    // found is no grief told; "my grandma died, i found her old letters" finds no body).
    'died|passed|passed+away|killed+himself|killed+herself|killed+themself __ ,? i|and+i __ was+the+one+who+found|was+the+one+to+find|the+one+that+found|found+the+body|found+him+dead|found+her+dead|found+them+dead',
    // "the guy who died on the unit, i was the one who found him": the one named before "who" is who died.
    '@other|pt|pts|patient|patients who died|passed|passed+away|killed+himself|killed+herself|killed+themself __ ,? i|and+i __ was+the+one+who+found|was+the+one+to+find|the+one+that+found|found+the+body|found+him+dead|found+her+dead|found+them+dead',
  ],
};
