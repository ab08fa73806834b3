/**
 * Someone else's wish to be gone, reported loosely and without quotation marks, added after the sixty-sixth fresh batch
 * (notation in ../../patterns.ts; joined to the other someone-else files by ../en.ts): "said something like it'd be easier if
 * she wasn't here", "keeps saying everyone would be better if he was gone", "told me things would be simpler if they were
 * dead". The report verb and the third person after "if" make the wish the speaker's about themselves. The writer's own
 * wish ("it would be easier if i was gone") is in the own-risk files; "easier if she was gone for the weekend" names a trip
 * and "said it'd be better if he was here" names no wish to be gone.
 */
const report = 'said|says|saying|told+me|tells+me|texted|texts|posted|wrote|mentioned|hinted|keeps+saying|kept+saying|goes|went';
const gone = 'gone|dead|not+here|not+around|not+alive|never+born|wasnt+here|werent+here|wasnt+around|werent+around|wasnt+alive';

export const othersWishReportedLoosely: Record<string, string[]> = {
  'other-disclosure': [
    `${report} _ __ easier|better|simpler|lighter|calmer _ for+everyone|for+everybody|for+us|for+all? _ if _ she|he|they _ was|were|wasnt|werent|was+not|were+not _ ${gone}`,
    `${report} _ __ easier|better|simpler|lighter|calmer _ for+everyone|for+everybody|for+us|for+all? _ if _ she|he|they _ ${gone}`,
    `${report} _ __ easier|better|simpler|lighter|calmer _ for+everyone|for+everybody|for+us|for+all? _ without _ her|him|them _ around|here|alive|in+it`,
    // Their things left to the writer on their absence (branch t-en9497): "my best friend said if im not here next week you can have
    // my hoodie", "he told me if hes not around by friday i can keep his switch". "if im not there by 8 leave without me" leaves nothing.
    `${report} _ if _ i|she|he|they _ not _ here|around|alive _ __ you|u|i _ can|could|get+to|should _ have|keep|take _ my|his|her|their|all+my|all+his|all+her`,
  ],
};
