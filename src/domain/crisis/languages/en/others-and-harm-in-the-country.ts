/**
 * Someone else's crisis and harm from others told in the words of farms and small towns (branch t-en96, rural and
 * small-town peer recovery workers; notation in ../../patterns.ts, joined by ../en.ts):
 * - a man going down with what he is losing ("if the bank takes it, im goin with it", quoted or reported, "said hed go down
 *   with the farm"), and a reported wish to die at work so the family gets the benefits ("he wishes hed die in the mine");
 * - someone the writer knows who stops the medicine that keeps them alive on purpose ("thinkin about not takin her heart meds
 *   on purpose");
 * - something slipped into the writer's drink or food by someone at home ("put somethin in my coffee again, i woke up on the
 *   kitchen floor"): harm, not a mishap;
 * - a veiled threat with a gun in hunting words ("showed me his rifle and said accidents happen during deer season", "pretty
 *   sure he meant me"); "accidents happen" said of a spill or a calf stays talk.
 * test/unit/domain/crisis/others-and-harm-in-the-country-96.test.ts holds each family beside its look-alikes.
 */
const kept = 'farm|place|land|ranch|house|home|business|shop|store|dairy|herd|operation|it';
const gun = 'rifle|gun|shotgun|pistol|revolver|deer+rifle|thirty+aught+six|twelve+gauge|cal22|cal308';

export const othersAndHarmInTheCountry: Record<string, string[]> = {
  'other-said': [
    // Going down with what is taken: 'said "if the bank takes it, im goin with it"', "says he'll go down with the farm".
    `said|says|told+me|told+us|keeps+saying _ "? _ if|when _ the _ bank|county|sheriff|auction|lender|feds _ takes|take|took|gets|forecloses _ __ ,? _ i+am|im|he+is|hes|he+will|hell|ill|i+will _ going|go|gone _ with _ it|the+${kept.replace(/\|/g, '|the+')}`,
    `said|says|told+me|told+us|keeps+saying _ he|she|they _ would|will|d|ll|is+going+to|was+going+to _ go+down|die|go _ with _ the|his|her|their _ ${kept}`,
    // A reported wish to die at work for the family's sake: "said he wishes hed die in the mine so his family gets the benefits".
    'said|says|told+me|told+us _ he|she|they _ wishes|wished|wish|hopes|hoped _ he|she|they _ would|d _ die|get+killed|not+come+out _ __ so|then _ his|her|their _ family|wife|kids _ gets|get|would+get|could+get _ the? _ benefits|insurance|payout|money|settlement',
  ],
  'other-disclosure': [
    // Life-keeping medicine stopped on purpose: "my mom told me shes been thinkin about not takin her heart meds on purpose".
    'not|stop|stopped|quit|quitting|skip|skipping _ taking? _ her|his|their _ heart|blood+pressure|insulin|diabetes|seizure|kidney|transplant _ meds|medicine|medication|pills|shots|insulin _ on+purpose|so+she|so+he|so+they|to+let+it',
  ],
  threat: [
    // A veiled threat with a gun in hunting words: "showed me his rifle and said accidents happen during deer season".
    `showed|shows|showing|pulled+out|laid+out|set _ me? _ his|her|their|a|the _ ${gun} __ said|says|saying|told+me _ accidents|things|bad+things _ happen`,
    'accidents|things|bad+things _ happen __ ,? _ pretty+sure|and+i+think|and+i+know|i+reckon|i+know|i+think _ he|she|they _ meant|means|was+talking+about _ me',
  ],
  'unsafe-home': [
    // Something slipped into the writer's drink or food: "put somethin in my coffee again, i woke up on the kitchen floor".
    'put|slipped|spiked|dosed|mixed|crushed|stirred _ something|stuff|pills|powder|meds|her+pills|his+pills _ in|into _ my _ coffee|drink|tea|food|water|beer|soup|plate|cup',
    'spiked|dosed|drugged|poisoned|doctored _ my _ coffee|drink|tea|food|water|beer|soup',
  ],
};
