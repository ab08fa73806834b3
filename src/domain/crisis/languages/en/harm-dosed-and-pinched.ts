/**
 * Harm done to the writer's body around food (batch 107, eating-disorder and self-harm recovery peers; notation in
 * ../../patterns.ts, joined by ../en.ts): laxatives, diuretics or ipecac slipped into the writer's drink or food by someone
 * ("my sister put laxatives in my drink as a joke", "roommate snuck diuretics into my smoothie"), and someone pinching or
 * squeezing the writer's body until it bruises ("my girlfriend checks my body every night and pinches the fat until it
 * bruises"). The "until it bruises" inside such a telling is the doer's act on the writer, not the writer's self-harm
 * (../../harm-dosed-and-pinched.ts). Look-alikes kept out: the writer taking laxatives ("i put laxatives in my tea") is no
 * harm from others, and a pinch with no bruising ("my bf pinches my cheeks") is affection.
 */
const dosed = 'laxatives|laxative|laxies|diuretics|diuretic|water+pills|ipecac|senna|dulcolax|exlax|ex-lax|diet+pills|fat+burners';
const slipped = 'put|puts|putting|slipped|slips|slipping|snuck|sneaks|sneaking|mixed|mixes|mixing|crushed|crushes|spiked|dumped|poured|dropped|hid';
const meal = 'drink|drinks|coffee|tea|water|smoothie|shake|juice|food|meal|meals|dinner|lunch|breakfast|soda|cup|bottle|protein+shake|oatmeal';
const pinched = 'pinches|pinched|pinching|pinch|squeezes|squeezed|squeezing|grabs|grabbed|grabbing|twists|twisted|flicks|slaps|slapped';

export const harmDosedAndPinched: Record<string, string[]> = {
  'partner-violence': [
    // "my sister put laxatives in my drink", "he spiked my coffee with laxatives".
    `@agent _ __ ${slipped} _ ${dosed} _ in|into _ my _ ${meal}`,
    `@agent _ __ ${slipped} _ my _ ${meal} _ with _ ${dosed}`,
    // "my girlfriend 'checks' my body every night and pinches the fat until it bruises": the doer named first, quotation
    // marks allowed around the checking, and the bruising after the pinch.
    `@agent '? "? _ '? "? __ ${pinched} _ __ until|till|til|untill _ it|they|i|there _ bruise|bruises|bruised|bruising|are+bruises|is+a+bruise|leave+bruises`,
  ],
};
