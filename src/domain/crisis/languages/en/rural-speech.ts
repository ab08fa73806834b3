/**
 * English of the country and small towns drops the g of "-ing" ("plannin to walk out", "standin on the trestle", "been
 * havin them thoughts", "nothin planned"), and writes "'ll" glued to a pronoun ("nobodyll find me"). wink reads "standin" as
 * a noun with no lemma, so no pattern built on "standing", "walk" or "nothing" matched (branch t-en96, rural and small-town
 * peer recovery workers). Before wink reads the text, a word that is a known "-ing" word less its g gets its g back, and
 * "real" before a word of degree is "really" ("its real quiet up here" is no goodbye). "fixin to" (about to) is left as it is:
 * "fixin to put up beans" is canning, which the slang "beans" would misread once the words around it were read.
 *
 * Only the words listed: an "-in" word is often a word of its own ("cabin", "coffin", "heroin", "insulin", "klonopin",
 * "raisin", "robin", "begin", "checkin" for a check-in), so nothing is guessed from the ending alone. A word whose dropped form
 * is itself a word is never listed ("raising", "basing", "robing", "sating", "thing", "king", "wing", "sing").
 */
const ingWords = [
  // Being, having, doing, going and the like.
  'being having doing going coming getting giving taking making saying seeing knowing thinking feeling wanting needing',
  'trying crying dying lying laying living leaving losing missing waiting hoping wishing wondering praying staying',
  'keeping holding hiding fighting breathing sleeping waking eating drinking smoking using shooting snorting',
  // Moving and being somewhere.
  'idling walking running driving riding sitting standing lying laying falling climbing jumping moving pulling',
  'pushing rolling turning crossing parking stopping starting ending quitting finishing heading',
  // Work of a farm, a shop, a mine, a road.
  'working farming ranching hunting fishing cutting chopping hauling loading plowing planting feeding milking calving',
  'selling buying paying owing renting losing spending cooking cleaning shipping',
  // Telling and reaching people.
  'talking telling texting calling posting writing reading showing following tracking threatening watching looking',
  'asking answering hearing listening yelling screaming hitting beating kicking choking pushing hurting killing',
  'shaking bleeding burning freezing drowning hanging loading cocking aiming pointing planning plotting packing',
  'putting setting letting bringing carrying handing sending saving stocking buying thinking joining leaving',
  'rotting drowning sinking slipping relapsing scoring dealing hustling stealing robbing burying mourning grieving',
  // Words of "-thing" and the times of day.
  'nothing something anything everything morning evening',
].join(' ').split(' ');

/** The dropped form ("walkin", and "walkin'") to the full word ("walking"). */
const fullOf = new Map<string, string>(ingWords.map((word) => [word.slice(0, -1), word]));

/**
 * "nobodyll", "everybodyll", "itll", "thatll", "theyll", "youll"; "hell", "shell" and "well" are words of their own ("make my
 * life hell"), read as "he'll" and "she'll" by ../en.ts only before a verb.
 */
const gluedWill = /\b(nobody|everybody|somebody|anybody|everyone|someone|anyone|it|that|they|you|there|who)ll\b/g;

/**
 * "real" as the intensifier of country speech ("its real quiet up here", "been wantin to hurt myself real bad"): read as
 * "really" before a word of degree, so it is not the goodbye "it's been real". Only before these words: "it's been real."
 * and "keep it real" keep theirs.
 */
const realAsReally = /\breal (?=(?:bad|good|quiet|slow|hard|low|tired|dark|sick|sorry|scared|close|late|early|quick|fast|loud|rough|heavy|easy|nice|sad|lonely|down|worried|tough|calm|still|cold|empty|bored|busy|short|long|worn|beat|lost|done|rough|mad|upset|angry|nervous|sure|glad|happy|well|much|bad|gentle|careful|soon|often|ugly|weird|strange|heavy|deep|high|steep|peaceful|pretty|simple)\b)/g;

/**
 * The text with the g of each listed "-ing" word given back, "real" before a word of degree read as "really", and a glued
 * "'ll" as "will".
 */
export function readRuralSpeech(text: string): string {
  return text
    .replace(realAsReally, 'really ')
    .replace(/\b([a-z]+in)'?(?=[^a-z']|$)/g, (word: string, bare: string) => fullOf.get(bare) ?? word)
    .replace(gluedWill, '$1 will');
}
