/**
 * English own risk told through the logistics of use, in harm-reduction words (branch t-en88, a harm-reduction and ED
 * peer-bridger team in a heat wave; notation in ../../patterns.ts, joined by ../en.ts). The same words are everyday safer-use
 * talk, so each family needs the turn that makes them the writer's own risk:
 * - naloxone left behind, its forgetting doubted by the writer ("'forgetting' my narcan all week and idk if its really
 *   forgetting", "hoping i forget my narcan"); a kit left "by accident" with a fresh one fetched stays everyday;
 * - a hot test strip welcomed ("tested my stuff and the strip lit up hot. thats the point this time"): the writer's own stuff
 *   tested is an act that needs another sign, and the welcome ("the point this time") is a plan's act, so the two together are
 *   urgent; strips positive at the site with a warning passed on stay work;
 * - a death the writer means to pass as an accident ("when they find me theyll just think it was the heat", "nobody will
 *   know it wasnt an accident"): a plan;
 * - a death by the heat or a bad batch the writer would be fine with ("if the heat took me out id honestly be fine w it");
 *   the welcome must follow the taking at once, so "if the flu took me out for a week id be fine, need a break" stays;
 * - ideation named with when it came ("passive SI on the drive home", "active si during shift");
 * - the safety net of using taken away so no one can reach the writer ("made sure my roommate is away so nobody can narcan
 *   me", "not telling anyone where im using tonight"), a waking not planned, the never-use-alone line deleted on purpose,
 *   and, as an act that needs another sign, the strongest batch asked for ("asked my guy for the strongest he has").
 * test/unit/domain/crisis/own-risk-said-through-use-88.test.ts holds each family beside its look-alikes.
 */
const naloxone = 'narcan|naloxone|kit|narcan+kit|naloxone+kit|nasal+spray';
const fatalTaker = 'heat|heat+wave|heatwave|fent|fentanyl|batch|bag|dope|tranq|xylazine|od|overdose|something|anything|cancer|covid|virus|it|god|universe';
const welcomed = 'fine|ok|okay|good|alright|relieved|grateful|thankful|at+peace|cool|glad|not+mind|not+sad';

export const ownRiskSaidThroughUse: Record<string, string[]> = {
  'wish-dead': [
    // The forgetting doubted: "keep 'forgetting' my narcan at home and idk if its really forgetting".
    `forgetting|forgot|forget|leaving|left|leave '? _ my|the|any _ ${naloxone} __ ,? idk|not+sure|dont+know|do+not+know|wonder|wondering _ if|whether? _ it|its|thats|that _ is|s|was? _ really|actually _ forgetting|an+accident|by+accident|accidental`,
    // The forgetting hoped for: "kinda hoping i forget my narcan tonight", "want to leave the kit at home".
    `hoping|hope|want|wanna|wanted _ i|to? _ forget|leave|lose _ my|the _ ${naloxone}`,
    // A death by the heat or the batch, welcomed right after: "if the heat took me out id honestly be fine w it".
    `if|when _ the|this|a|some? _ ${fatalTaker} _ took|takes|take|got|gets|killed|kills|finished|finishes _ me|me+out|me+off tonight|today|tomorrow|soon|now? ,? i+would|id|i+d|i|would _ honestly|genuinely|probably|just|kinda|lowkey|really|totally|actually? _ be? _ ${welcomed}`,
    `would+not|wouldnt|would+n't _ mind|care _ if _ the|this|a|some? _ ${fatalTaker} _ took|takes|got|gets|killed|kills|finished _ me`,
  ],
  'suicidal-thoughts': [
    // Ideation named with when or where it came: "passive SI on the drive home", "some active si during shift".
    'passive|active|some|little|bit+of|more|bad|heavy _ si|ideation on+the+drive|on+the+way|on+my+way|on+the+bus|on+the+train|on+the+commute|during+my|during+the|during+shift|at+work|in+the+shower|in+the+car|after+shift|after+work|all+day|all+week|last+night|this+morning|tonight|lately|again',
  ],
  intent: [
    // No one left to reverse the writer: "so nobody can narcan me", "made sure no one is around to revive me".
    'so|that|sure _ nobody|no+one|noone _ can|could|will|is+around+to|is+there+to|gets+to _ narcan|revive|reverse|save _ me',
    // Where the writer uses kept from everyone: "not telling anyone where im using tonight".
    'not|never|nobody|no+one _ telling|tell|told|knows|know|gonna+know _ anyone|anybody? _ where|when _ i+am|im|i+will|ill|i _ using|use|gonna+use|going+to+use|shooting|smoking',
    // The never-use-alone line or app taken away on purpose: "deleted the never use alone number so nobody gets sent".
    'deleted|blocked|turned+off|uninstalled|muted|removed _ the|my _ never+use+alone|nua|brave|overdose+response|spotting _ number|app|line|hotline __ so|on+purpose|deliberately|intentionally|for+tonight|before+tonight',
    // A waking not planned, with nothing after it: "not planning on waking up" ("up early" or "up before noon" are idioms).
    'not|never _ planning|intending _ on|to _ wake|waking _ up',
  ],
  plan: [
    // The death passed off as an accident: "when they find me theyll just think it was the heat".
    'when|once|if|whoever _ they|someone|somebody|people|anyone|the+cops|my+roommate|my+family? _ find|finds|found _ me __ think|thinks|assume|say|rule|call _ it _ was|is|s|a? _ the+heat|an+accident|accidental|natural|natural+causes|heatstroke|heat+stroke|an+od|an+overdose|my+heart|a+heart+attack|an+accidental',
    'nobody|no+one|noone|they|anyone _ will|ll|would|wont|will+not _ ever? _ know|suspect|guess _ it|that _ was+not|wasnt|was+n\'t|is+not|isnt _ the+heat|an+accident|accidental|natural',
  ],
  'means-hint': [
    // The writer's own stuff tested hot: "tested my stuff and the strip lit up hot" (needs another sign).
    'tested|checked|test|check|strip|stripped _ my _ stuff|bag|dope|batch|shot|pills|blues|gear|rig ,? __ hot|positive|pos|lit+up|for+fent|for+fentanyl|for+tranq',
  ],
  'plan-hint': [
    // The hot result welcomed as the aim: "good. thats the point this time", "thats what i want tonight".
    'that+is|thats|that+s _ the|whole _ point _ this+time|tonight|now',
    'hot|strong|positive|laced _ is|s _ what _ i _ want|need|wanted|was+hoping+for _ this+time|tonight',
    // The strongest batch sought: "asked my guy for the strongest he has", "copped the hottest stuff on the block".
    'asked|hit+up|texted|called _ my|the _ guy|plug|dealer|connect|man _ for _ the|his|her _ strongest|hottest|purest|most+potent|hardest',
    'got|bought|copped|scored|picked+up|grabbed _ __ the|his|her|their _ strongest|hottest|purest|most+potent _ stuff|batch|dope|fent|shit|gear|blues|pills|points|bundle',
  ],
};
