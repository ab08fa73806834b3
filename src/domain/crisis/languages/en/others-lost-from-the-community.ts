/**
 * English someone else's death told as a loss to the writer's community (branch t-en98; notation in ../../patterns.ts, joined by
 * ../en.ts): "we lost one of our drag sisters last night", "lost another one of our girls this week". The chosen-family noun and a
 * recent time make it a death, not a game or a job lost ("we lost one of our players to injury last night" names no kin); a bare
 * cause after it ("suicide.") is then theirs (read-sentence.ts `causeOfDeath`).
 * test/unit/domain/crisis/others-lost-from-the-community-98.test.ts holds it beside its look-alikes.
 */
const chosenKin = 'sisters|brothers|siblings|sibs|queens|kings|girls|boys|dolls|babies|kids|youth|elders|family|own|community|members|regulars|folks|people|trans+sisters|drag+sisters|drag+family|house|theydies|enbies';

export const othersLostFromTheCommunity: Record<string, string[]> = {
  'other-death': [
    `we|i|community|house|center|centre _ lost|losing _ another? one|two|three|another|someone|somebody of+our|of+my|from+our _ ${chosenKin} _ last+night|yesterday|this+morning|this+week|over+the+weekend|today|on+friday|on+saturday|on+sunday|tonight`,
    `we|i _ lost _ another? one|two|three|another of+our|of+my|from+our _ ${chosenKin} ,? __ suicide|overdose|od|killed|took+her+own+life|took+his+own+life|took+their+own+life`,
  ],
  // Chosen kin who attempted: "my chosen sister attempted after her top surgery got denied".
  'other-attempt': [
    'chosen|drag _ sister|brother|sibling|sib|family|fam|mom|mother|dad|father|kid|child|son|daughter|auntie|aunt|uncle|twin _ attempted|tried+to+kill+herself|tried+to+kill+himself|tried+to+kill+themselves|overdosed|od+d|tried+to+end+it',
  ],
};
