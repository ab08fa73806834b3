/**
 * The writer recognising themself in someone else's crisis (branch t-en57; the `sameHere` frame, read by
 * ../../recognised-in-another.ts): "wrote client reports passive ideation in my notes and thought huh. same", "participant
 * said she just wants to not wake up. honestly same", "...and i thought, relatable". The frame only counts as the whole of a
 * short sentence or right after "thought", "like"; "same as last week" and a "same" about paperwork are no recognition.
 */
export const sameHere: string[] = [
  'same|relatable|mood|same+here|me+too|big+mood|felt+that|thats+me|that+is+me|so+do+i|so+am+i tbh|ngl|honestly|lol|lowkey|fr|tho|though|really?',
];
