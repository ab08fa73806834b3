/**
 * Cruelty said to the writer, added for the known misreadings of the fourteenth session (notation in ../../patterns.ts;
 * joined to the other harm files by ../en.ts): someone telling the writer to die ("he said i should kill myself", "my ex
 * keeps telling me to go die", "texted me that i should just kms") and a parent or a partner calling the writer a burden
 * ("mom said i'm a burden", "dad says im nothing but a burden"). Harm from others: the words of dying are theirs, read as
 * the writer's own only when the writer takes them up ("maybe he's right": ../../told-to-die.ts). A voice, the writer's
 * head or brain is no @agent, so "the voice keeps telling me to kill myself" stays the writer's own.
 */
// No gap after the telling: "she said she wants to die" is her wish reported, never words said to the writer.
// "keeps messaging me to kill myself", "dming me to kys" (batch 107): a message sent over and over is a telling too.
const telling = 'said|says|saying|told|tells|telling|tell|texted|texts|texting|messaged|messaging|messages|dmd|dming|dms|wrote|writes|yelled|screamed|shouted|commented|commenting';
const dying = 'kill+myself|kms|kys|die|drop+dead|end+it|end+my+life|off+myself|unalive+myself|hang+myself';
const told = `${telling} me to|to+go|to+just|to+go+just ${dying}`;
const should = `${telling} me? that? i+should|i+need+to|i+ought+to|i+better|i+should+just|i+should+go|i+should+just+go|i+deserve+to ${dying}`;
const crowd = 'people|ppl|everyone|everybody|kids|classmates|strangers|anons|anon|accounts|account|trolls|troll|someone|somebody|guy|girl|user|rando|randos';

export const harmToldToDie: Record<string, string[]> = {
  threat: [
    // "he said i should kill myself", "she keeps telling me to go die", "my ex texted me that i should just kms".
    `@agent _ ${told}`,
    `@agent _ ${should}`,
    // "people at school keep telling me i should die", "anon accounts telling me to kys": a crowd or a stranger as the teller.
    `${crowd} _ __ ${told}`,
    `${crowd} _ __ ${should}`,
    // "mom said i'm a burden", "dad says im nothing but a burden to this family".
    // A death preferred to who the writer is (batch 98): "mom said she'd rather have a dead son than a trans daughter".
    `@agent _ ${telling}|wishes|wished|wants|told+me _ __ rather|prefer|prefers|sooner _ have|had|bury _ a? dead|buried son|daughter|kid|child|boy|girl|brother|sister|sibling|grandson|granddaughter|nephew|niece`,
    `@agent _ ${telling}|wishes|wished|wants|told+me _ __ rather|sooner bury _ a|her|his|their|my? son|daughter|kid|child|boy|girl|grandson|granddaughter`,
    `@agent _ ${telling}|calls|called|calling me? that? i+am|im|i+m|i+was|i+will+always+be|i+have+always+been just|only|such|nothing+but? a? burden|mistake|waste+of+space|waste+of+air|waste+of+oxygen`,
  ],
};
