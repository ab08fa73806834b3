/**
 * A daily care handed on because the writer won't be here (fresh batch 70; notation in ../../patterns.ts; joined to the
 * other own-risk files by ../en.ts): a reminder for tomorrow's care called off because someone else will do it, beside a
 * bare "im not gonna be here" (an absence, own-risk-hints.ts). The handing on is a weak sign (a goodbye's kind, concepts.ts): beside a time alone it is an
 * everyday errand ("remind me to feed him in the morning. actually no, my neighbor will"); beside the writer's absence it is
 * urgent, and so beside "after im gone" (finality). Supplies laid in for a pet are the same weak sign ("bought extra dog food,
 * it was on sale" stays everyday). An absence given its reason ("im at my moms this weekend") stays everyday (away-explained.ts).
 */
const carers = 'neighbor|neighbour|neighbors|sister|brother|roommate|flatmate|mom|mum|dad|friend|coworker|son|daughter|aunt|uncle|cousin|landlord|ex|partner|kids';

export const imminentCareHandedOn: Record<string, string[]> = {
  'goodbye-hint': [
    // "actually no, my neighbor will", "never mind, my sister can do it".
    `actually|nevermind|never+mind|scratch+that|forget+it|forget+that|nvm _ no|nah|dont|do+not? ,? _ my|the|our _ ${carers} _ will|can|does|ll|is+going+to|will+do+it|can+do+it|has+got+it|has+it`,
    // "someone else will have to feed him", "somebody else can walk her from now on", "when im gone someone has to feed him".
    'someone|somebody|sb _ else _ will|can|is+going+to|has+to|will+have+to|needs+to|gonna _ feed|walk|water|take+care+of|look+after|watch|take|pick+up',
    'someone|somebody _ has+to|will+have+to|needs+to|got+to|gotta _ feed|walk|water|take+care+of|look+after',
    // Supplies laid in for a pet: "bought extra dog food so hes set for a while", "ordered a month of cat food".
    'stocked|stocking|bought|buying|ordered _ up? _ extra|enough|months+of|a+month+of|a+year+of|a+bunch+of? _ the|his|her? _ dog+food|cat+food|bird+food|fish+food|kibble|litter|treats',
  ],
  // A pet or a care handed on for good, told as meant: "gave her to my coworker 'for a couple weeks'. shes not coming back to me
  // and thats the point". Beside the giving's time it is urgent; "not coming back to me and honestly thats fair" is a loss.
  'farewell-hint': ['she|he|they|it _ is|are|s|re? _ not|never _ coming|going _ back _ to _ me ,? _ __ that+is+the+point|that+is+the+idea|that+is+the+plan|on+purpose'],
};
