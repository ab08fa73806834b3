/**
 * English own risk as peer workers in the UK, Ireland, Australia and New Zealand write it (branch t-en100; notation in
 * ../../patterns.ts, joined by ../en.ts). Their risk is understated and told through things and places: the boat taken out with
 * no coming back in, the car in the garage with the hose ready, the blade kept after a night it was not done, the cuts kept at
 * "until it's done", a plan hidden behind a smile at a party; and wishes said with a shrug ("wouldn't be that fussed", "if a bus
 * took me out"). Their words for a time ("arvo") and a person ("my bro") are read back by commonwealth-speech.ts.
 * test/unit/domain/crisis/own-risk-in-uk-and-pacific-english-100.test.ts holds each family beside its look-alikes.
 */
const boat = 'tinny|tinnie|boat|dinghy|kayak|canoe|runabout|ute|car';
const blade = 'blade|blades|razor|razors|knife|rope|pills|tablets|stash|belt|cord';

export const ownRiskInUkAndPacificEnglish: Record<string, string[]> = {
  hopelessness: [
    // Going on as life is ("like this") doubted: "i don't think i can keep going like this much longer", "dont reckon i can carry
    // on like this any longer"; holding on or lasting (a wee, the heat) and a thing carried on ("with this phone") name no life.
    'do+not|dont|dnt _ think|reckon|know+if _ i _ can|could _ keep+going|go+on|carry+on _ like+this|like+this+for _ much|any _ longer',
  ],
  plan: [
    // The boat taken out with no coming back: "take the tinny out past the heads tomorrow and just not come back in".
    `take|taking|row|rowing|paddle|paddling _ the|my|a _ ${boat} _ out __ and _ just? _ not|never _ come+back|coming+back|come+in|come+back+in|bring+it+back|turn+back`,
    // A night not gone through with, the means kept: "didn't go through with it last night but i've still got the blade".
    `did+not|didnt|could+not|couldnt|never _ go+through+with _ it __ still _ got|have|has|kept|keeping _ the|my|a _ ${blade}`,
    // Going back to finish it, after a night not gone through with: "i'm going back to finish it later".
    'did+not|didnt|could+not|couldnt _ go+through+with _ it __ ,? __ going|gonna _ back? _ to _ finish _ it|the+job',
    // Planned for a day others will be at, hidden behind a smile: "nobody will guess because i'll be smiling at the party"
    // (laughing is read as a joke elsewhere, so it is not listed).
    'nobody|no+one|noone _ will|would|is+going+to|gonna _ guess|know|suspect|notice|see+it+coming _ because|cause|cos|coz|since _ i _ will|ll|am+going+to|gonna|be _ be? _ smiling|grinning|acting+normal|acting+fine',
  ],
  'acting-now': [
    // Cuts kept at until it is done: "the cuts are bad and i'm going to keep going until it's done".
    'cuts|cutting|bleeding _ are|is|s|r? _ bad|deep|deeper|worse __ keep+going|keep+cutting|keep+at+it|not+stopping|not+stop _ until|till|til|untill _ it|its|it+is|i+am|im _ done|over|dead|gone|finished',
  ],
  preparation: [
    // Never around again, said with "ever" like "anymore": "i won't be around. ever actually." (the pause is dropped by ../en.ts).
    'i _ will+not|wo+not|am+not+going+to _ be here|around ever',
    // The car shut in with the hose ready: "car's in the garage and the hose is ready".
    'car|cars|ute|engine|van _ is|s? _ in _ the|my _ garage|shed __ hose|hosepipe|pipe _ is|s|are? _ ready|on|attached|hooked+up|taped|connected|in+place|sorted',
  ],
  'wish-dead': [
    // A death by a bus or a car shrugged at: "if a bus took me out on the way home i wouldn't be that fussed".
    'if _ a|the _ bus|car|truck|lorry|tram|train|ute _ took|hit|knocked|ran|cleaned|wiped _ me _ out|over|down? __ would+not|wouldnt|would+nt|not _ be? _ that|too|all+that|overly? _ fussed|bothered|arsed|upset|mad|sad|sorry|mind|care',
    // Not waking shrugged at: "wouldn't be fussed if i didn't wake up".
    'would+not|wouldnt _ be _ that|too|overly? _ fussed|bothered|arsed _ if _ i _ did+not|didnt|never _ wake+up|woke+up|make+it',
    // Envy of someone served who died: "caught myself envying a client who died last year".
    'envy|envying|envied|jealous+of _ a|the|my|that|this? _ client|clients|participant|patient|peer|friend|mate|bloke|lad|guy|person|people|someone|fella _ who|that _ died|passed|passed+away|is+dead|are+dead|killed+himself|killed+herself|ended+it|topped+himself|topped+herself',
    // A peer worker who relates too well to the wish they hear: "i keep relating a bit too much when clients talk about wanting to die".
    'i _ keep|kept|am|been|catch+myself? _ relating|identifying|nodding+along __ when|with|as _ clients|participants|patients|people|them|the+lads|residents|peers _ talk|talking|say|saying|speak|go+on _ about|of|that? _ wanting+to+die|wanting+to+be+dead|wanting+to+end+it|not+wanting+to+be+here|wanting+to+disappear',
    // Staying alive weighed: "wondering if it's worth staying alive".
    'wonder|wondering|wondered|questioning|not+sure _ if|whether _ it|its|it+is _ worth _ staying|being|keeping+myself _ alive|around',
  ],
};
