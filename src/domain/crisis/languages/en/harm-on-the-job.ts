/**
 * English harm told by first responders after a shift (branch t-en104, notation in ../../patterns.ts, joined to the other
 * harm files by ../en.ts): jumped with no subject said, the writer's by default ("got jumped in the parking lot after
 * shift by the cousin of a patient"); whose.ts gives it to a named subject ("my partner got jumped on a call").
 * Only where and when a worker is jumped (a lot, an alley, walking home, after shift, on a call): a jump "by" anyone stays open
 * to a goomba or a battery ("got jumped by a goomba in the first level"), and "at the camp" to outreach talk.
 * test/unit/domain/crisis/first-responders-talk.test.ts holds the family beside its look-alikes.
 */
export const harmOnTheJob: Record<string, string[]> = {
  'partner-violence': [
    'got|been|was|get|getting jumped _ in+the+parking|in+the+lot|in+the+alley|in+the+bay|walking+to|walking+home|walking+back|leaving+the|leaving+work|after+shift|after+work|after+my+shift|after+outreach|on+a+call|on+a+run|on+scene',
  ],
};
