/**
 * Harm and someone else's crisis as peer workers in the UK, Ireland, Australia and New Zealand tell them (branch t-en100;
 * notation in ../../patterns.ts, joined by ../en.ts): an ex parked outside the flat night after night, someone "rocking up at
 * mine" drunk and trying the door, a debt collected "one way or another", a note saying the house is next, the fridge locked so
 * the writer cannot eat; a peer who keeps saying she'd be better off dead.
 * test/unit/domain/crisis/harm-and-others-in-uk-and-pacific-english-100.test.ts holds each family beside its look-alikes.
 */
const doer = 'ex|ex+partner|ex+husband|ex+wife|ex+boyfriend|ex+girlfriend|boyfriend|girlfriend|partner|husband|wife|stepdad|stepfather|bloke|fella|he|she|they|boyfriend|dealer';
const home = 'flat|unit|place|house|home|work|mine|my+mums|my+mum+s|my+work';

export const harmAndOthersInUkAndPacificEnglish: Record<string, string[]> = {
  stalking: [
    // Parked outside night after night: "my ex has been parked outside my flat again three nights running".
    `${doer} __ parked|sitting|sat|waiting|hanging+about|hanging+around _ outside|out+the+front+of|across+from|down+the+road+from _ my _ ${home} __ nights|days|weeks _ running|in+a+row|straight`,
    // Turning up drunk and trying the door: "keeps rocking up at mine pissed and trying the door handle".
    'keeps|kept|been|keep _ rocking+up|turning+up|showing+up|coming+round|coming+around|banging _ at|to|on _ mine|my+flat|my+place|my+door|my+window __ pissed|drunk|wasted|off+his+face|trying+the+door|trying+the+handle|trying+the+door+handle|banging|screaming|kicking',
  ],
  threat: [
    // A debt collected in person, one way or another: "he'll be round to collect, one way or another".
    'be|come|coming _ round|around|over _ to _ collect|get+his+money|get+it|sort+me+out|sort+it __ ,? _ one+way+or+another|or+else|whether+i+like+it+or+not',
    // A note or a message naming what is next: "left a note saying my house is next".
    'note|message|letter|text _ saying|that+said|that+says|says|said _ my _ house|flat|car|place|kids|family|mum _ is|s|are|will+be _ next',
  ],
  control: [
    // Food locked away: "my mum locks the fridge so i can't eat".
    'locks|locked|padlocks|padlocked|chains|chained _ the _ fridge|food|cupboards|pantry|kitchen _ so|and _ i _ can+not|cant|can|do+not|dont _ eat|get+food|have+food',
  ],
  'other-disclosure': [
    // Someone served who keeps saying they would be better off dead: "a peer who keeps saying she'd be better off dead".
    'peer|client|participant|mate|lad|friend|bloke|fella|resident _ who|that _ keeps|kept|has+been|been _ saying|telling+me|texting _ she|he|they _ would|d|will|ll|is|s|are|was _ be|been? _ better+off dead|not+here',
  ],
};
