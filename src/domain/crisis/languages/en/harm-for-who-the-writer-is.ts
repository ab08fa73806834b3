/**
 * English harm aimed at who the writer is, told in a queer peer room (branch t-en98; notation in ../../patterns.ts, joined by
 * ../en.ts). Each names the doer or the hate, so the same verbs said of things stay everyday:
 * - a slur cut or painted on the writer's car, door or home ("someone keyed a slur into my car"): a threat;
 * - hate messages that name where they will meet the writer ("hate dms ... one said they'll see me at my next show"); a friend's
 *   "see you at my next show" names no hate;
 * - a relative throwing out or hiding the writer's hormones or binder ("took my meds" is also the writer swallowing them, so no taking) ("dad threw my hrt in the trash"), or saying the
 *   writer may not leave until they "act normal": control; the writer throwing out their own old binder names no doer;
 * - a promise to "fix" or "straighten out" the writer ("my uncle said he'd "fix me" if i don't stop dressing like this"), and
 *   eviction threatened over "my kind" visiting; "he said he'd fix me a plate" has no condition after it;
 * - a host who keeps trying to get into the writer's bed; a landlord letting himself in without notice; being jumped by a group
 *   on the way home; "i'm not safe staying with them".
 * test/unit/domain/crisis/harm-for-who-the-writer-is-98.test.ts holds each beside its look-alikes.
 */
const careThings = 'hrt|estrogen|estradiol|testosterone|t|hormones|binder|binders|packer|meds|vials|shots|patches|pills|clothes|dresses|makeup|wig|wigs';
const group = 'two|three|four|five|some|a+group+of|a+bunch+of|a+couple|a+couple+of|these|those? guys|men|dudes|people|kids|teens|strangers|homophobes|transphobes|bigots|skinheads|frat+boys';

export const harmForWhoTheWriterIs: Record<string, string[]> = {
  threat: [
    'keyed|scratched|carved|spray+painted|sprayed|painted|wrote|scrawled|etched _ a|the? _ slur|slurs|f+slur|t+slur|tr*nny|f*g|f*ggot _ into|on|onto|across _ my _ car|door|house|front+door|locker|apartment|garage|mailbox|windshield',
    'slur|slurs|f+slur|t+slur _ keyed|scratched|carved|spray+painted|painted|written|sprayed|etched|scrawled _ into|on|onto|across _ my _ car|door|house|front+door|locker|apartment|garage|mailbox|windshield',
    'hate _ dms|dm|messages|comments|mail|texts|emails|anons __ __ ,? one|someone|they|he|somebody|a+guy _ said|says|wrote|writes _ they|he|she|theyll|hell _ will|ll|would|are+going+to|gonna? _ see|find|visit|meet|wait+for _ me _ at|after|outside',
    // A promise to "fix" the writer, with its condition right after: "said he'd \"fix me\" if i don't stop".
    '@agent _ said|says|threatened|threatens|swore _ he|she|they _ would|will|ll|d|gonna|going+to? "? fix|cure|straighten|correct me|me+out "? if|unless|or|until',
    // Eviction over who visits: "landlord said he'll evict me if \"my kind\" keep visiting".
    'evict|kick|throw _ me|me+out|us|us+out _ if|unless|because|cause|bc _ "? my+kind|people+like+me|my+people|my+friends|my+partner|my+girlfriend|my+boyfriend|queers|gays|trans+people',
  ],
  control: [
    `@agent _ threw|tossed|flushed|dumped|hid|trashed|binned|confiscated|destroyed|cut+up _ my _ ${careThings} _ in|into|down|away|out|and|so|,`,
    '@agent _ said|says|told+me _ i+am|im|i _ not|never _ leaving|allowed+to+leave|going+anywhere|going+out _ the|this|my _ house|room|home _ until|unless|till|til _ i',
    'keeps|kept|keep _ letting _ himself|herself|themselves _ in|into _ without|when|while',
  ],
  'sexual-assault': [
    'keeps|kept|keep|tries|tried|trying _ trying|to? _ to? _ get|climb|crawl _ in|into _ bed|my+bed _ with _ me',
  ],
  'partner-violence': [
    `got|was|were|been|get _ jumped|bashed|beaten+up|beat+up|attacked|assaulted|mugged __ by _ ${group}`,
  ],
  'unsafe-home': [
    'i+am|im|i+m _ not _ safe _ staying|living|sleeping|being _ with|at|there|here|home',
  ],
};
