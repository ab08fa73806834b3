/**
 * Own risk said inside everyday talk about who keeps the writer here (fresh batch 70; notation in ../../patterns.ts; joined
 * to the other own-risk files by ../en.ts): a pet, a child or someone close named as the only reason the writer is still
 * alive, or as the only one who would miss them. The one who keeps them must be a being named before it: "the free pizza is
 * the only reason im still here", "the overtime is the only reason im still at this job" and "my dog is the only one who misses
 * me when im at work" stay everyday.
 */
const keepers =
  'dog|dogs|doggo|pup|puppy|cat|cats|kitty|kitten|pet|pets|bird|horse|kid|kids|son|daughter|baby|babies|children|grandkids|mom|mum|mother|dad|father|grandma|nana|sister|brother|partner|husband|wife|girlfriend|boyfriend|therapist|sponsor|she|he|they|you|u|faith|god';

export const ownRiskKeptHereBy: Record<string, string[]> = {
  'wish-dead': [
    // "my cat is the only reason im still here tbh", "honestly my kids are the only thing keeping me alive".
    `${keepers} _ is|are|s|re|was|were _ honestly|literally|really|probably|prolly? _ the _ only _ reason|reasons _ i _ am|m? _ still _ here|alive|around|breathing|living`,
    `${keepers} _ is|are|s|re|was|were _ honestly|literally|really|probably|prolly? _ the _ only _ thing|one|ones _ keeping|that+keeps|that+keep|who+keeps _ me _ here|alive|around|breathing`,
    // "my dog looked at me and i thought, shes the only one whod miss me".
    `${keepers} _ is|are|s|re _ honestly|literally|really|probably|prolly? _ the _ only _ one|ones|person|soul _ whod|who+would|who+d|that+would|thatd _ even? _ miss|notice _ me _ if? _ i? _ was|were|went? _ gone?`,
    // "if it werent for my kids i wouldnt be alive", "my dog needs me or id be gone already" (a bare "wouldnt be here" may be
    // "here at this party", so only "still here" or being alive counts).
    `if _ it _ were+not|was+not|werent|wasnt _ for _ my|our? _ ${keepers} _ i _ would+not|wouldnt|d+not _ still+be+here|still+be+alive|still+be+around|be+alive|be+around|be+breathing|be+still+here|be+here+anymore|be+here+today|be+on+this+earth`,
    `${keepers} _ needs|need|still+needs|still+need _ me _ ,? _ or|otherwise _ i _ would|d _ be _ gone|dead|done|in+the+ground _ already|by+now|long+ago|for+sure`,
  ],
};
