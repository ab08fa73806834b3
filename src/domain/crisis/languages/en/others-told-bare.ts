/**
 * Someone else's crisis told in the barest words, added after the fifty-fourth round (notation in ../../patterns.ts; joined to
 * the other someone-else files by ../en.ts): a friend from the rooms dead ("my homeboy from the program passed last night"),
 * a call from a height ("client called me from the bridge"), the act named with its poison in second-language English ("my
 * aunt take rat poison"), a life taken with "try" ("my brother try to take his life"), thoughts said with "to" ("he is
 * thinking to end his life"), the rescue the writer gave a stranger ("narcan'd a guy behind the store"), and the amount
 * quoted inside the report ('said he took "all of them"'). Each names another person or is done to one: "i drank bleach"
 * stays the writer's; "narcan training", "restocked the narcan" and 'took "everything" from the food bank' stay quiet.
 */
const poison = 'poison|bleach|pesticide|insecticide|paraquat|rat+poison|weed+killer|weedkiller|antifreeze|kerosene|gramoxone';
const person = 'guy|man|woman|lady|stranger|dude|kid|girl|boy|person|someone|somebody|participant|client|neighbor|neighbour|regular|resident|member|patient|customer|teen|fella';

export const othersToldBare: Record<string, string[]> = {
  'other-attempt': [
    // A call from a height: "client called me from the bridge", "my mentee rang me crying from the roof of her dorm"
    // ("called me from the train" is a trip, "from the roof" a chore as often as not: a height with no other use only).
    'called|rang|phoned|facetimed|video+called|texted|messaged|calling|ringing me _ from|on _ the|a|her|his|their|top+of+the? _ bridge|ledge|overpass|cliff|cliffs|tracks|railing|top+floor|parking+deck',
    // A caller on a bridge; anyone else on a ledge ("the client was on the bridge committee" is a committee).
    'caller|texter _ was|is|were _ on|at _ the|a _ bridge|ledge|overpass|cliff|tracks|railing|parking+deck',
    '@carer _ was|is|were _ on|at _ the|a _ ledge|overpass|railing|parking+deck',
    `@other|@carer _ drank|drink|drinks|swallowed|swallow|ate _ some|the|a+bottle+of|a+cup+of|a+glass+of? _ ${poison}`,
    // Taken, only a poison named as one: "took pesticide to the farm" is carried.
    '@other|@carer _ took|take|takes|taken _ some|the? _ poison|rat+poison',
    'try|tries|tryed|tryin|trys _ to _ take|end _ his|her|their _ own? _ life',
  ],
  // A friend from the rooms dead, with no cause said or the drug said after: "my homeboy from the program passed last night",
  // "my best mate from rehab passed away on sunday" (a death told as natural, "passed from cancer at 80", is grief; natural-death frames).
  'other-death': [
    '@other|homeboy|homie|mate|buddy|bro|sponsor|sponsee|mentor _ from|in _ the|my|our? _ treatment|rehab|program|detox|meetings|na|aa|group|the+rooms|recovery|sober+living|halfway+house _ __ died|passed+away|passed+last|passed+yesterday|passed+today|passed+suddenly|passed+this+morning|passed+this+week|passed+this+weekend|od|oded|overdosed|relapsed+and+died',
  ],
  'other-disclosure': [
    '@other|@carer _ __ thinking|thinks|thought|planning|plans _ to _ end|take|kill _ his|her|their _ own? _ life|lifes|self',
  ],
  'other-overdose': [
    // The amount quoted inside the report: 'said he took "all of them"', "she's taken 'a lot'", 'swallowed "a bunch" of pills'.
    `@other|@carer|caller|sponsee|he|she|they _ took|taken|swallowed|downed '? "? a+bunch|a+handful|all+of+them|all+of+it|the+whole+bottle|the+whole+thing|everything+he+had|everything+she+had|everything+they+had|all+her+pills|all+his+pills|all+their+pills`,
    `@other|@carer|caller|sponsee|he|she|they _ swallowed|downed '? "? a+lot|everything`,
    `narcan'd|narcand|narcan-d|narcaned|narcanned|naloxoned _ a|an|the|this|some|that|our|my? _ ${person}`,
    `had+to|have+to|gotta|got+to narcan|naloxone _ a|an|the|this|some|that|our|my? _ ${person}`,
    // The one revived named first, the rescue in a relative clause: "the guy we narcanned last week died", "that woman i
    // revived behind the store came by", "a kid staff found unresponsive". "the guy we hired", "the kid i found a coat for" stay quiet.
    `the|that|this|a|one+of+the _ ${person} i|we|staff|they|you|ems|medics narcanned|narcaned|narcan'd|naloxoned|revived|resuscitated|reversed|found+unresponsive|found+unconscious|found+blue|did+cpr+on`,
  ],
};
