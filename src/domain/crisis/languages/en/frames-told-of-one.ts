/**
 * One real person's words or marks told as already said or shown (notation in ../../patterns.ts; frame `toldOfOne`, read by
 * ../../told-as-happening.ts): "how do i handle a peer who said 'i won't be here much longer'", "what do i say to my mentee
 * who texted me goodbye last night". A question asked about someone who has said it is about that person, not training
 * talk; a case in the present or on a condition ("a client who says…", "if a member tells me…") stays a training question.
 */
const person = 'peer|client|participant|member|resident|mentee|sponsee|patient|kid|teen|student|friend|coworker|guy|girl|woman|man|lady|someone|somebody';
const toldOrShown = 'said|told|texted|posted|wrote|messaged|dmed|showed|admitted|disclosed|confided|emailed|called|commented';

/** A real meeting or a day gone by, which a hypothetical ("if a client said…", "when a member says…") never names. */
const when = 'today|yesterday|earlier|this+morning|this+afternoon|last+night|during+intake|at+intake|in+intake|in+session|during+session|in+group|during+group|at+group|on+the+phone|on+the+call|in+our+session|in+our+meeting|on+my+shift|on+shift';

export const toldOfOne: string[] = [
  `${person} who|that ${toldOrShown}`,
  `${person} who|that just? _ ${toldOrShown}`,
  // Said on a real day or in a real meeting: "client said he's gonna kill himself during intake today, how do i document that",
  // "in group this morning a participant told me she wants to die, what's the protocol".
  `${person} ${toldOrShown} __ __ ${when}`,
  `${when} _ ${person} ${toldOrShown}`,
];
