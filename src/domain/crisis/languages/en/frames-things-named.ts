/**
 * Everyday talk the fifty-ninth fresh batch (branch t-en59) raised alarms on, read by frames (notation in ../../patterns.ts;
 * joined in frames.ts). Each names the thing a sign's words are about, so the sign is talk about that thing.
 */

/**
 * A thing, a plant or a pet as the subject right before "going to die" (frame `dyingThing`, read by ../../thing-dies.ts):
 * "my phone is gonna die", "lol my plants are definitely gonna die while i'm at the conference", "the battery's about to",
 * "my sourdough starter is going to die". Only the subject standing right before the verb counts ("my phone is dead and i am
 * going to die tonight" keeps the writer's own words).
 */
export const thingsThatDie: string[] = [
  'my|the|our|this|these|that|those|your|his|her|their _ phone|phones|battery|batteries|laptop|computer|pc|tablet|ipad|charger|headphones|airpods|car|engine|truck|printer|router|wifi|tv|fridge|freezer|plant|plants|houseplant|houseplants|garden|tomatoes|basil|succulent|succulents|cactus|orchid|orchids|flowers|tree|lawn|grass|sourdough|starter|tamagotchi|fish|goldfish|hamster|betta|character|sims|sim is|are|s|will|was|were definitely|probably|totally|literally|actually|def|prob|so|for+sure|honestly?',
];

/**
 * The point of a chore or a thing named right after "don't see the point" (joined to the `idiom` frame, opening on the match's last word):
 * "i don't see the point of these new timesheets", "no point in this meeting", "what's the point of the survey". Not "the
 * point of any of it", "of living", "of this" (nothing named).
 */
export const pointOfAThing: string[] = [
  'point of|in _ this|these|the|that|those|a|an|our|their|his|her|all+these|all+the _ new|old|whole|latest|extra|stupid|mandatory|monthly|weekly|daily? _ timesheet|timesheets|meeting|meetings|form|forms|paperwork|policy|policies|rule|rules|change|changes|update|updates|app|email|emails|survey|surveys|report|reports|system|process|memo|memos|training|trainings|workshop|dress+code|software|portal|spreadsheet|spreadsheets|checklist|checklists|template|templates|audit|reorg|schedule|rota|drill|class|course|homework|assignment|essay|exam|quiz|movie|sequel|remake|show|episode|game|argument|debate|trip|party|gift|dishes|laundry|tie|uniform|sign-in|login|password|icebreaker|icebreakers|huddle|standup|stand-up|check-in|newsletter|fundraiser|raffle|gym|diet|makeup|ironing',
];

/**
 * Words about crisis language taught as words (joined to the `training` frame): "we say died by suicide, not committed
 * suicide", "language matters", "instead of saying committed suicide", "person-first language". A sign inside is the topic.
 */
export const wordsTaught: string[] = [
  'we|i|you|folks _ say|use|write "? \'? died+by+suicide|death+by+suicide|died+by|lived+experience|person+with',
  'not|instead+of|rather+than|never|avoid|stop+saying|avoid+saying|instead+of+saying "? \'? committed+suicide|commit+suicide|successful+suicide|successful+attempt|failed+attempt|completed+suicide',
  'language|words|wording _ matter|matters',
  'person-first|person+first|stigmatizing|stigmatising|non-stigmatizing|non-stigmatising _ language|terms|words',
];

/**
 * A long going of the writer's own that is a service, a study or a posting far away (joined to the `leaving` frame): "sold my
 * car, gave my bike to my nephew. peace corps here i come", "shipping out for basic training", "study abroad starts in may",
 * "gap year in asia". A means at hand is still read (everyday-frames.ts never clears it).
 */
export const goneToServe: string[] = [
  'peace+corps|americorps|vista|study+abroad|studying+abroad|semester+abroad|year+abroad|gap+year|working+holiday|mission+trip|missions+trip|basic+training|boot+camp|bootcamp|teach+abroad|teaching+abroad|volunteering+abroad|volunteer+abroad',
  'shipping|ship _ out _ for|to|on|in|next',
  'enlisted|enlisting|enlist|commissioned|deploying|deployed|stationed _ in|to|at|with|for|overseas|abroad|next|on',
];
