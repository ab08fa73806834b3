/**
 * One real person's words or marks told as already said or shown (notation in ../../patterns.ts; frame `toldOfOne`, read by
 * ../../told-as-happening.ts): "how do i handle a peer who said 'i won't be here much longer'", "what do i say to my mentee
 * who texted me goodbye last night". A question asked about someone who has said it is about that person, not training
 * talk; a case in the present or on a condition ("a client who says…", "if a member tells me…") stays a training question.
 */
const person = 'peer|client|participant|member|resident|mentee|sponsee|patient|kid|teen|student|friend|coworker|guy|girl|woman|man|lady|someone|somebody';
const toldOrShown = 'said|told|texted|posted|wrote|messaged|dmed|showed|admitted|disclosed|confided|emailed|called|commented';

export const toldOfOne: string[] = [
  `${person} who|that ${toldOrShown}`,
  `${person} who|that just? _ ${toldOrShown}`,
];
