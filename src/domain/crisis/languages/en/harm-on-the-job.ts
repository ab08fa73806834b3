/**
 * English harm told by first responders after a shift (branch t-en104, notation in ../../patterns.ts, joined to the other
 * harm files by ../en.ts): jumped with no subject said, the writer's by default ("got jumped in the parking lot after
 * shift by the cousin of a patient"); whose.ts gives it to a named subject ("my partner got jumped on a call").
 * Not a car's battery ("got my truck jumped"), nor a jump in line or into the pool.
 * test/unit/domain/crisis/first-responders-talk.test.ts holds the family beside its look-alikes.
 */
export const harmOnTheJob: Record<string, string[]> = {
  'partner-violence': [
    'got|been|was|get|getting jumped _ by|outside|after|at+the|on+my+way|walking|leaving|behind|on+a+call|on+a+run|on+scene|in+the+parking|in+the+lot|in+the+alley|in+the+street|in+the+bay',
  ],
};
