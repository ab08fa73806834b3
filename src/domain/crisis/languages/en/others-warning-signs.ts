/**
 * Someone else's warning signs as the writer is handed them (notation in ../../patterns.ts; joined to the other
 * someone-else files by ../en.ts): a keepsake, a pet or the tools of a life given to the writer or a neighbour ("gave me
 * his chip", "gave the neighbor his car", "gave her dog to her neighbour"), and things the person says they "won't need"
 * ("won't need her winter coat", "won't need his apartment next month"). Each names the person's own things (his, her,
 * their), so the writer's own giving and everyday hand-me-downs ("gave me her old notes", "she won't need her umbrella
 * today") stay none.
 */
const treasured =
  'dog|dogs|cat|cats|pets|puppy|kitten|bird|chip|coin|sobriety+chip|medals|medal|dog+tags|gear|guitar|bike|truck|car|tools|guns|rifle|shotgun|rosary|bible|jewelry|tractor|saddle|fishing+rods';
/** What a person says they won't need where they are going. */
const needed = 'winter+coat|coat|apartment|room|car|truck|stuff|things|clothes|accounts|phone|license|glasses|meds|medication|bed|shoes|boots|jacket|savings|money|plants';
/** The ending joked about: "eating his gun", "not waking up" (not "checking out": of a hotel too). */
const endings = 'ending+it|ending+it+all|ending+things|killing+himself|killing+herself|killing+themselves|offing+himself|offing+herself|eating+his+gun|eating+her+gun|unaliving|kms|not+waking+up|not+being+around|not+being+here|swallowing+a+bullet|sewerslide';

export const othersWarningSigns: Record<string, string[]> = {
  'other-disclosure': [
    // Given to the writer or a neighbour: "gave me his chip and said hold onto it", "gave my cousin his medals".
    `gave|given|handed|gives|giving|left _ me|us|my? _ @other? _ his|her|their _ ${treasured}`,
    `gave|given|handed|gives|giving _ his|her|their _ ${treasured} _ to`,
    // "keeps saying she won't need her winter coat", "said he 'won't need' his apartment next month".
    `will+not|wont|not+going+to|never+going+to _ need|be+needing _ his|her|their _ ${needed}`,
    // A leaving said of the dead: "said he's moving to a better place", "she's going to the other side soon" (a move the leaving
    // frame would otherwise read as everyday).
    'he|she|they|@other _ is|are|was|s? _ moving|going|headed|heading|off _ to _ a|the _ better+place|other+side|next+life',
    // Jokes about the ending told as a worry (branch t-en108): "mentee of mine has been joking about ending it for a week",
    // "my vet keeps kidding about eating his gun". The person named first, so the writer's own jokes are not read as theirs.
    `@other|@carer|vet|vets|veteran|veterans|buddy|sponsee _ __ joking|joked|jokes|joke|kidding|kidded _ about|around+about '? "? ${endings}`,
  ],
};
