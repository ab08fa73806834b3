/**
 * English preparations told through the things of one's own care given on (branch t-en98, an LGBTQ+ community center's peer
 * Discord; notation in ../../patterns.ts, joined by ../en.ts). A binder, hormones, a packer or meds handed to someone "who can
 * still use it" or who "needs them more" says the writer will not: a giving away (a settling, which needs another sign), and the
 * writer's own "i won't after this weekend" (no more need of them after a time) is an absence. Alone each is everyday ("gave my
 * old binder to my cousin, she needs it more" reads nothing); together, or beside "done with all of it by tomorrow", urgent.
 * test/unit/domain/crisis/care-things-given-on-98.test.ts holds each beside its look-alikes.
 */
const giving = 'gave|give|giving|gives|handed|handing|passed|passing|donated|donating';
const careThings = 'hrt|estrogen|estradiol|e|t|testosterone|hormones|hormone|binder|binders|packer|packers|gaff|gaffs|meds|shots|vials|patches|pills|prescription|supply|stash';
const stillUse = 'who+can+still+use|who+could+still+use|who+can+actually+use|who+will+still+need|who+still+needs|who+needs|who+need|who+will+use';

export const imminentCareThingsGivenOn: Record<string, string[]> = {
  'preparation-hint': [
    // "giving my hrt to someone on the waitlist who can still use it".
    `${giving} _ my|all+my|the+rest+of+my|what+is+left+of+my _ ${careThings} collection|stash|supply|set|box? to __ ${stillUse} _ it|them|more`,
    // "gave my binder collection to the new kid at group today, he needs them more".
    `${giving} _ my|all+my|the+rest+of+my _ ${careThings} collection|stash|supply|set|box? to __ ,? he|she|they|who _ needs|need|can+use|could+use|will+need _ them|it|em _ more|more+than+me|more+than+i+do|now`,
  ],
  absence: [
    // The writer's own need said to end after a time: "i won't after this weekend", "i won't be needing them after friday".
    'he|she|they|who _ needs|need _ them|it|em _ more ,? i _ will+not|wo+not|do+not _ be+needing|need? _ them|it|em? _ after|past|by|beyond _ this|next|the? _ weekend|week|friday|saturday|sunday|monday|tonight|tomorrow|month',
    'i _ will+not|wo+not _ be+needing|need _ them|it|em|any+of+it _ after|past|beyond _ this|next|the? _ weekend|friday|saturday|sunday|tonight|tomorrow',
  ],
};
