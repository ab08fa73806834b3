/**
 * Someone else's crisis in voices the screen had heard little of, added after the fifteenth fresh batch (notation in
 * ../../patterns.ts; joined to the other someone-else files by ../en.ts): Caribbean, West African and Filipino English,
 * Appalachian speech, work crews and boats, re-entry. An attempt named by its poison or its day ("kuya tried to drink poison",
 * "my son attempted sunday", "find har wid di pills"), a plan told by those near ("saying he will go and jump inside the
 * lagoon", "run the boat onto the rocks with himself on it", "take that rifle up the ridge and not come back", "she a go kill
 * harself"), and harm to someone else told by a friend, a neighbour or a coworker ("her employer is abusing her", "sent me pics
 * of her bruises", "won't let her leave the house", "get beat every night by har man", "beat dem wid belt").
 * Each names another person; the writer's own words stay with the own-risk files.
 */
const day = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today|tonight|last+night|this+morning|again|earlier|over+the+weekend|last+week';
const poison = 'poison|bleach|sniper|pesticide|insecticide|gramoxone|paraquat|rat+poison|weed+killer|antifreeze|kerosene|tick+dip';
/** Water one is not taken to for fun: "jump into the lake at camp" is a summer. */
const water = 'lagoon|river|well|canal|dam|reservoir';
const partner = 'man|husband|boyfriend|bf|dad|father|stepdad|stepfather|partner|wife|girlfriend|gf|baby+daddy|employer|boss|madam|oga';

export const othersInManyVoices: Record<string, string[]> = {
  'other-attempt': [
    // "my son attempted sunday", "kuya tried to drink poison last night".
    `@other|kuya|bro|homie|cousin|nephew|niece|uncle|auntie|grandpa|grandma|mamaw|papaw|stepson|stepdaughter _ attempted ${day}`,
    `@other|kuya|bro|homie|cousin|nephew|niece|uncle|auntie|mamaw|papaw _ __ tried|tryed|attempted _ to _ drink|swallow|take _ ${poison}`,
    // Found with the means: "mi friend dem find har inna di bathroom wid di pills".
    'found|find|foun|finds _ her|him|har|them|dem _ __ with|wid _ the|di|a|an? _ pills|empty+bottle|empty+bottles|noose|needle',
  ],
  'other-disclosure': [
    // Talk of a poison: "my friend was talking about drinking sniper".
    `talking|talkin|saying|sayin|said|says|keeps+saying|threatening|threatens _ about|of? _ drinking|drink|taking|swallowing _ ${poison}`,
    // A plan said by someone else: "my nephew is saying he will go and jump inside the lagoon".
    `saying|sayin|says|said|sed|threatening|talking _ he|she|they|him|her _ will|would|gonna|going+to|is+going+to|wil|a+go _ go+and? _ jump|drown|walk _ inside|into|off _ the|a|di? _ ${water}|bridge|cliff|rocks`,
    // "she a go kill harself", "him gwine kill himself": going to, said in Patois or the South.
    'she|he|him|her|har|dem|they _ a+go|ago|gwine|gwan|finna|fixin+to|fixing+to _ @kill _ @refl',
    // Harm to someone else: "her employer is abusing her", "her man beats her every night".
    `@agent|${partner} _ is|been|keeps? abusing|abuses|abused|beating|beats|beatin|choking|chokes|hurting|hurts _ her|him|them|dem|har`,
    `get|got|gets|getting|been _ beat|beaten|beat+up|beat+on _ __ by _ her|his|their|har _ ${partner}`,
    `beat|beats|beating|beatin|whip|whips|whipping _ dem|them|him|her|the+kids|di+pickney _ with|wid _ a|the|di? _ belt|cord|extension+cord|switch|stick|hose|wire`,
    // What someone else was shown or kept from: "sent me pics of her bruises", "won't let her leave the house".
    'sent|send|sends|showed|shows _ me _ __ pics|pictures|photos|photo|pic _ of _ her|his|their _ bruises|marks|injuries|black+eye|busted+lip',
    'will+not|would+not|does+not|never _ let|lets _ her|him|them _ leave _ the|their|her|his? _ house|home|apartment|room|compound',
    'controls|control|controlling _ everything _ she|he|they _ does|do|says|wears|eats|spends',
    'threatening|threatens|threatened _ to _ __ on _ him|her|them _ if|unless',
    // "him seh him wi kill har if she go": the threat to someone else with its condition.
    'seh|say|says|said|sed|threatens _ __ kill|hurt|murder _ her|har|him|them _ if|unless|when',
  ],
  // Someone else's plan with the means and no coming back: "gonna take that rifle up the ridge and not come back",
  // "run the boat onto the rocks tonight with himself on it" (own risk when the writer says it; someone else's in their mouth).
  plan: [
    'take|taking|takin|grab|grabbing _ __ rifle|gun|shotgun|pistol|pills|rope _ __ and _ not|never _ come+back|coming+back',
    'run|drive|crash|wreck|steer|put|ram|sink _ the|his|her|my|this _ boat|car|truck|rig|semi _ onto|into|off _ __ with _ himself|herself|myself|me _ on|in _ it',
  ],
};
