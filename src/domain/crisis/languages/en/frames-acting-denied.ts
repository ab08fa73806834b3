/**
 * English words by which the writer says they are not acting on their thoughts (frame `actingDenied`, notation in
 * ../../patterns.ts; acting-denied.ts reads it): "not acting on it, just needed to say it", "im not in danger this second but im
 * not ok", "no plans to act on it". Beside such words a wish stays possible: an absence or a goodbye read inside the wish ("the
 * wanting to not be here is back", "you dont have to do this anymore") does not make it a preparation. A means, a place or a
 * thing taken still does ("not acting on it but the rope is in my trunk"). A quoted or reported denial ("she said she's not
 * acting on it") is someone else's.
 */
export const actingDenied: string[] = [
  'not|never|will+not|wont _ acting|act|going+to+act|planning+to+act|gonna+act _ on _ it|them|this|that|those|these',
  'no _ plan|plans|intention|intent|intentions _ to _ act|do+anything|act+on',
  // "not gonna do anything stupid", "i won't do anything drastic": a deed denied by what it would be.
  'not|never|wont|will+not _ do _ anything|something _ stupid|drastic|dumb|rash',
  'i+am|im|i _ not _ in _ any? _ danger',
  // Ideation named as passive, the clinical word for a wish with no intent: "passive si again", "some passive ideation today".
  'passive _ si|ideation|suicidal|thoughts|death+wish|wish',
  // A thought had and not acted on: "didnt, obviously, but the thought was there", "the thought crossed my mind, thats all".
  'did+not|didnt|would+not|wouldnt|never ,? _ obviously|of+course ,? _ but? _ the _ thought|urge|idea _ was _ there|real',
  'the _ thought|urge|idea _ was+there|crossed+my+mind|popped+in|flashed+by ,? _ thats+all|that+is+all|nothing+more',
  'the _ thought|urge|idea _ was+there|crossed+my+mind|popped+in|flashed+by ,? _ but _ i _ did+not|didnt|would+not|wouldnt|never',
  // A plan denied in passing (branch t-en64): "no plan or anything", "there's no plan, i just can't see it", "i don't have a plan".
  'no plan|plans _ or+anything|or+nothing|or+whatever|or+anything+like+that|just|i+just|its+just|it+is+just',
  'no|not _ plan|plans ,? just|i+just',
  'do+not|dont|not _ have _ a|any plan|plans',
  // A going denied and the thought kept as only a thought (batch 70): "didnt go. just thought about it", "i didnt act, only
  // thought about it", "it was only a thought".
  'did+not|didnt|never _ go|went|act|do+it|do+anything ,? _ just|only _ thought|thinking _ about|of _ it|that',
  'just|only _ thought|thinking _ about|of _ it|that ,? _ did+not|didnt|never _ go|act|do+it|do+anything',
  'it|that|this _ was _ just|only _ a _ thought',
  'just|only thought about it',
];
