/**
 * Someone else's crisis as a peer worker tells it, read after the fifty-second fresh batch (notation in ../../patterns.ts; joined
 * to the other someone-else files by ../en.ts): a stash or pills shown and kept "for when he's ready"; a participant saying not
 * to keep a seat because they won't be around; goodbyes posted and everything else deleted; someone shut in a garage or a car
 * who does not answer.
 * Look-alikes kept quiet (test/unit/domain/crisis/harm-and-others-told-at-work-52.test.ts): a seat kept for a late colleague,
 * a cake saved for when she is ready, old posts deleted before a job hunt, a teen shut in his room with headphones.
 */
const person = 'he|she|they|hes|shes|theyre|him|her|them';

export const othersStashedPostedAndShutIn: Record<string, string[]> = {
  'other-disclosure': [
    // Means kept for later: "showed me his stash and said its for when hes ready".
    `stash|pills|meds|tablets|rope|gun|supply|stockpile|stockpiling|saving|saved|hoarding __ ,? __ for+when _ ${person} _ is|are? _ ready`,
    // A seat not to be kept: "said dont save me a seat next group, i wont be around".
    `do+not|dont|no+need+to|stop|not+to _ save|saving|keep|keeping|hold|holding _ me|her|him|them _ a _ seat|spot|chair|place __ ,? __ wont|will+not|not+going+to|not+gonna|not _ be _ around|here|there|coming+back`,
    // Goodbyes posted and the rest deleted: "posted goodbyes on insta and deleted everything else".
    'posted|posts|put+up|left _ goodbyes|goodbye|goodbye+posts|goodbye+messages|farewells|a+goodbye __ and _ deleted|wiped|removed|cleared _ everything|all|her|his|their|the+rest',
  ],
  'other-attempt': [
    // Shut in a garage or a car, not answering: "hes locked in the garage and wont answer".
    `${person} _ is|are|has|have|s? _ locked|shut|barricaded _ __ in _ the|his|her|their _ garage|car|shed __ and _ not|wont|will+not|isnt|is+not _ answering|answer|responding|respond|opening|open|picking+up`,
  ],
};
