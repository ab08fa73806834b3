/**
 * English patterns for the writer's own risk named in a clinician's terms (notation in ../../patterns.ts): peer workers and
 * people in care say "passive ideation", "active SI" of themselves as plainly as "i want to die". Counted when the writer has
 * it ("i have passive ideation", "been having active si", "dealing with some suicidal ideation") or dates it to a moment of
 * their own ("passive ideation after the reversal", "active si since my shift"); the bare term is a topic ("the training on
 * passive ideation") and stays quiet. Whose it is, and training talk, are read as for any sign (whose.ts, read-sentence.ts).
 */
const had = 'i+have|i+had|i+am+having|i+was+having|been+having|having|had|dealing+with|struggling+with|battling|fighting|i+get|i+got|getting';
const amount = 'some|a+lot+of|lots+of|bad|more|constant|daily|mild|low-key|lowkey|little|bit+of|the';
const term = 'passive+si|active+si|passive+ideation|active+ideation|suicidal+ideation|passive+suicidal+ideation|passive+ideations';

export const ownClinicalTerms: Record<string, string[]> = {
  'suicidal-thoughts': [
    `${had} ${amount}? ${amount}? ${term}`,
    `${term} after|since|during|before the|that|this|my|a|work|shift|lunch|dinner|class|church|yesterday|today|last`,
  ],
};
