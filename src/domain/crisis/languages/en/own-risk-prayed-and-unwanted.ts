/**
 * English own risk said indirectly in the fifty-ninth fresh batch's ways (branch t-en59; notation in ../../patterns.ts, joined to
 * the other own-risk files by ../en.ts). Each is the wish to be dead told sideways, possible risk with no plan; a time or a means
 * beside it raises it as any wish's would. test/unit/domain/crisis/own-risk-prayed-and-unwanted.test.ts holds each beside its
 * look-alikes.
 * - Asked of God with words between, or of "He": "i pray He'd just call me on home", "asked god tonight to take me", "each night
 *   i tell the lord i'm ready to go" ("asked him to take me to the airport", "told the lord i'm ready for whatever he plans" stay).
 * - A wish to live long gone: "can't tell you the last time i actually wanted to be alive", "been years since i wanted to wake up"
 *   ("can't remember the last time i felt so alive" is joy).
 * - No reason to stay alive: "i don't see why i should stay alive" ("why i should stay late" stays).
 * - An illness hoped for or its all-clear regretted: "hoping the biopsy comes back bad", "the lump was benign and i felt
 *   disappointed" ("hoping the biopsy comes back clear", "disappointed the pregnancy test was negative" stay).
 */
const godWords = 'god|the+lord|lord|jesus|the+good+lord|my+maker|the+man+upstairs|heavenly+father';
const scans = 'biopsy|biopsies|scan|scans|lump|tumor|tumour|mri|mammogram|pathology|growth|mole|results';

export const ownRiskPrayedAndUnwanted: Record<string, string[]> = {
  'wish-dead': [
    `pray|praying|prayed|beg|begging|begged _ he|him _ would|will|d|to|just? _ just? _ call|take|bring|carry _ me _ on? _ home|up|to+heaven`,
    `asked|ask|asking|begged|beg|begging|told|tell|telling ${godWords} _ to _ just? _ take|call _ me`,
    `tell|told|telling ${godWords} _ i+am|im|i+m _ ready _ to _ go|come+home|meet+him|be+taken|die`,
    `ready _ to _ go|come+home|meet+my+maker _ whenever|when|once|as+soon+as _ ${godWords} _ is|wants|calls|decides|says`,
    'can+not|not|never _ remember|recall|tell+you|think+of _ the? _ last+time i _ actually|really|truly|even|genuinely? _ wanted|want|was+glad|felt+glad _ to _ be+alive|live|wake+up|be+here|exist|keep+living',
    'been|is+been _ so|too? _ long|ages|years|months _ since _ i _ actually|really|even|genuinely? _ wanted|was+glad _ to _ be+alive|live|wake+up|be+here|exist',
    'not _ see|know|get _ why _ i _ should|need+to|have+to|would _ stay|keep|go+on _ alive|living|existing',
    `hoping|hope|praying|pray|wish|wishing|kinda+hoping _ the|my|this|these|that|it|its? _ ${scans} _ come|comes|came|is|are|will+be _ back? _ bad|positive|malignant|cancer|cancerous|terminal`,
    `${scans} _ was|were|is|are|came+back _ benign|clear|fine|negative|nothing|not+cancer __ disappointed|let+down|deflated|bummed|gutted`,
    `disappointed|let+down|deflated|bummed|gutted _ __ ${scans} _ was|were|is|are|came+back _ benign|clear|fine|negative|nothing|not+cancer`,
  ],
};
