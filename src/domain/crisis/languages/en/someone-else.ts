/**
 * English concept patterns (notation in ../../patterns.ts; macros in ../en.ts).
 * Someone else's crisis told by the writer: a client's, participant's, friend's or relative's overdose,
 * attempt, death, self-harm or disclosure.
 */
import { inflect } from './inflect.js';

/** What someone does to the person the writer supports: "her uncle has been abusing her". */
const harmed = inflect('hit beat:beaten rape abuse molest choke strangle hurt assault touch punch slap kick stab threaten pimp traffic traffick groom');

export const someoneElseConcepts: Record<string, string[]> = {
  'other-overdose': [
    'had+to|gave|give|with|and|used|did|needed|started _ narcan|naloxone|cpr',
    'no pulse',
    'cpr|compressions|rescue+breaths|rescue+breathing _ on|for _ him|her|them|someone|a|the',
    'found|discovered _ him|her|them|a|the? _ hanging|unresponsive|dead|blue|not+breathing|on+the+floor',
    'cut|cutting _ him|her|them _ down',
    'slumped|unconscious|overdosing',
    'in the _ er|icu|hospital _ after',
    "od|oded|overdosed|overdosing|od-d|odd-d|odd+d|od'd|od'ed|o.d.'d|o.d.",
    'intubated|ventilator|on+a+vent|went+out+cold|went+limp',
    'narcan|naloxone|narcanned|narcaned _ him|her|them|doses|dose|twice|times',
    'gave|give|used|needed|hit _ narcan|naloxone',
    'went out in|on _ bathroom|floor|car|stall|lobby',
    'turned|was|found|is _ blue|unresponsive',
    'not|stopped breathing',
    'ems|911|ambulance|paramedics _ took|came|called|were',
    'called _ 911|ems|an ambulance',
    'coded',
    'brought _ him|her|them back',
    'collapsed',
  ],
  'other-attempt': [
    'hang|hanging|hanged|hung|drown|shoot|shot|overdose|strangle @refl',
    'after|from _ an|her|his|their _ attempt',
    'tried|trying|try|tries _ to _ hang|kill|end|drown|overdose|od|jump|slit|cut',
    'wrist|wrists|arm|arms|forearm|forearms _ wrapped|bandaged|bandage|bandages|stitched|stitches|taped|slashed|sliced',
    'attempt|attempted|tried _ suicide|to kill|to end|to hang|to overdose',
    'attempted|attempt _ last|this|yesterday|again|night|weekend',
    '5150|5150d|5150ed|baker|sectioned|involuntary|72-hour|72 hour|psych hold',
    'on a hold',
    'put|got|placed|is _ on _ a? _ 72|72-hour|72hr|5150|hold|psych+hold|section',
    `${inflect('pump:pumped')} _ her|his|their _ stomach`,
    'put on a? hold',
    'hospitalized|admitted _ after|for',
  ],
  'other-death': [
    '@carer just|has|had|have|recently? died|passed+away|overdosed|od|oded',
    '@carer just|has|had|have|recently? passed _ away|on|from|last|this|over|yesterday|today|suddenly|unexpectedly|this+morning',
    '@other just|has|had|have|recently? overdosed|od|oded',
    '@other _ overdosed|od|oded|killed+himself|killed+herself|killed+themselves|hanged|died+by+suicide',
    'died by|of _ suicide|overdose|an overdose',
    'lost|lose _ a|one|another|our|my _ participant|client|member|peer|patient|resident|guys',
    'found _ dead',
    'memorial|funeral|vigil _ for|is|on|friday|saturday|tomorrow',
    'took his|her|their _ own? life',
    'did not make it',
    'died by suicide',
  ],
  'other-disclosure': [
    'disclosed|disclose|discloses _ si|suicid*|self|thoughts|plan|that',
    '@other _ has|had|have|got|bought _ gun|rope|pills|plan|note',
    `@agent|@other _ ${harmed} _ her|him|them`,
    `@agent _ ${inflect('come:came')} _ into|in _ her|his|their _ room|bed|bedroom`,
    `${inflect('save stockpile hoard stash collect')}|savin _ up? _ her|his|their _ @pills`,
    `${inflect('talk:talked')}|been+talking|kept+talking|keeps+talking _ about _ jumping|dying|killing+himself|killing+herself|killing+themselves|ending+it|ending+his|ending+her|ending+their|suicide|not+being+here|wanting+to+die|overdosing|the+bridge|his+funeral|her+funeral`,
    `${inflect('plan')} _ her|his|their _ exit|death|suicide|funeral|way+out|goodbye`,
    'till|until _ he|she|they|his|her|their _ dies|die|heart+stops|heart+gives+out|drops|ods|overdoses',
    `@other _ ${inflect('talk:talked keep:kept')}|been|was|is|kept _ talking|saying|going+on _ about|that _ jumping|dying|killing|ending|suicide|not+being+here|wanting+to+die|hurting|being+better+off|overdosing|the+bridge`,
    'showed|show|shows _ me _ cuts|scars|marks|arms|wrists',
    'goodbye|suicide _ post|note|message|letter|text',
    'posted|sent|texted _ a? goodbye',
    'safety check|welfare check',
    'called _ emergency contact',
  ],
  'other-self-harm': ['cut|cuts|cutting|burned|burning|burns|hurt|hurting|harming|harmed @refl', '@other _ been|is|was|has _ cutting|harming|burning', '@other _ cuts|harms|self-harms', 'cut _ his|her|their _ arms|wrists|legs'],
};
