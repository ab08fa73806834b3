/**
 * English shifts the writer takes on, spanning their time (notation in ../../patterns.ts; frame `shiftTaken`, read by
 * ../../read-sentence.ts): "i can take the call line saturday", "fine to close tonight", "ill cover the overnight friday",
 * "happy to pick up your double sunday". The day is the shift's, a duty the writer will be there for, so it is no time set for
 * a risk said beside it ("...i think about suicide most nights"). Only a shop's or a team's duty named by its own words: "take
 * them tonight", "open my wrists tonight" name no shift. Asking others to cover ("someone cover my shift friday") is not a
 * shift taken on, and its day still counts.
 */
const day = 'tonight|tomorrow|today|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|morning|night|evening';
const shift =
  'shift|shifts|double|doubles|overnight|overnights|line|call+line|crisis+line|warmline|phones|phone+line|desk|front+desk|intake|intakes|group|groups|huddle|rounds|on+call|call|closing|opening|close|open|floor|van|outreach|drop-in|dropin';

// The writer as the one who takes it, right before the verb: "i can", "ill", "im fine to", "happy to" ("can someone cover", "need
// someone to cover" are asked of others).
const writerTakes = 'ill|i+can|i+could|i+will|i+would|i+got|fine+to|happy+to|glad+to|down+to|able+to|offered+to|volunteered+to|agreed+to';
const dutyVerb = 'take|cover|work|do|grab|pick+up|run|lead|staff|swap|trade|close|open';
const writerOnIt = 'i+am taking|covering|working|doing|running|picking+up|closing|opening|leading';
const dayAhead = `this|on|on+the|next? ${day}`;
const shiftNamed = `the|your|her|his|their|that|this|my|a|an? night|late|early|morning|weekend|saturday|sunday|friday|evening? ${shift}`;

export const shiftTaken: string[] = [
  `${writerTakes} ${dutyVerb} ${shiftNamed} ${dayAhead}`,
  `${writerOnIt} ${shiftNamed} ${dayAhead}`,
  // A duty said by its verb alone: "fine to close tonight", "i can open tomorrow", "im working saturday", "ill cover friday".
  `${writerTakes} close|open|cover|work|lock+up ${dayAhead}`,
  `i+am closing|opening|covering|working|on+call ${dayAhead}`,
];
