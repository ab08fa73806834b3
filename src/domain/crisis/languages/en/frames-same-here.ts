/**
 * The writer recognising themself in someone else's crisis (branch t-en57; the `sameHere` frame, read by
 * ../../recognised-in-another.ts): "wrote client reports passive ideation in my notes and thought huh. same", "participant
 * said she just wants to not wake up. honestly same", "...and i thought, relatable". The frame only counts as the whole of a
 * short sentence or right after "thought", "like"; "same as last week" and a "same" about paperwork are no recognition.
 * The writer saying the other's words to themself is the same recognition told as a clause of its own (branch t-en86):
 * "client texted 'whats the point anymore.' ive written that to myself so many times", "i've thought that myself"; it counts
 * only as a sentence that starts with "i" (said to a supervisor, "i said that to my sup too", is no recognition).
 */
export const sameHere: string[] = [
  'same|relatable|mood|same+here|me+too|big+mood|felt+that|thats+me|that+is+me|so+do+i|so+am+i tbh|ngl|honestly|lol|lowkey|fr|tho|though|really?',
  // Asked to be taken along into the other's wish: "when the client said he wanted to disappear i wanted to say take me with u".
  'take+me+with+you|take+me+with+u|take+me+too|take+me+along',
  'i _ typed|said|written|wrote|told|texted|whispered|journaled|muttered|thought|think _ that|this|those+words|the+same|the+same+thing _ to? _ myself',
  'i _ thought|think|felt|feel _ that|the+same|the+same+thing _ too|myself|every+day|every+night|all+the+time|so+many+times|a+lot+lately',
];
