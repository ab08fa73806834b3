/**
 * English training, policy and work talk about crisis (notation in ../../patterns.ts), the `training` frame of frames.ts: a
 * course or a protocol, how to ask or respond "if a participant says …", the word named as a word, overdose work in general.
 * A sign read inside it is the topic, not the writer's own (read.ts, training-as-setting.ts).
 */
export const trainingTalk: string[] = [
  'role+play|role+plays|role+playing|passive+and+active|active+and+passive|mandated+report|mandated+reporter|mandatory+report|talking+points|risk+assessment|self-disclosure|required+field|suicide+barrier|suicide+barriers|training|trainings|webinar|workshop|course|class|module|certification|recert|recerts|recertification|mhfa|refresher+course|ceu|ceus|curriculum|presentation|conference|protocol|our+policy|the+policy+on|the+policy+for|the+policy+is|the+new+policy|agency+policy|policy+on|policy+for|policy+question|policy+says|policy+about|policies|procedure|asist|safetalk|qpr|drill|simulation|roleplay|role-play|awareness|prevention|postvention|screening|stats|statistics|rates|on+the+news|in+the+news|the+news+about|the+news+is|the+news+said|the+news+says|the+news+say|the+news+covered|news+story|news+article|news+segment|news+report|news+coverage|local+news|watched+the+news|see+the+news|saw+the+news|news+about|article|study|research+shows|research+says|the+research|new+research|documentation|template|training+binder|resource+binder|binder+of|hotline|brochure|flyer|lawmakers|bill|shelters|resources|resource|staff+training|handout|ted|panel',
  // A group run for the bereaved is the topic, not a death told: "starting a grief group for folks who lost someone to overdose"
  // (a person in the group is a setting, training-as-setting.ts: "a lady in my grief group lost her son last night").
  'grief|bereavement|loss+survivors|survivors _ group|groups|circle|circles|support+group|support+groups _ for',
  // Practice as training ("practiced with the nasal spray", "practice asking"), not rehearsal ("practiced with the belt").
  'practicing|practice|practiced|practise|practised asking|how|what+to|what+we+say|what+i|what+you|the|on|in|role|roleplay|roleplays|with+the+nasal|with+the+spray|with+my+coworker|with+a+partner|with+the+dummy|with+the+trainers|session|sessions|scenario|scenarios|kits|kit',
  'how do|can|should|would|to _ i|we|you|one _ ask|support|respond|talk|help|handle|explain|approach|say|document|chart|report|log|flag|escalate|record',
  // "what should i say to a participant who…", "what do we do if…"; a bare "what do i do" after a crisis told is a plea for help,
  // not a question about practice ("my brother overdosed lol what do i do").
  'what do|should _ we|you _ do|say',
  'what do|should _ i _ say',
  'what do|should _ i _ do _ when|if|whenever',
  'if a|someone|anyone|somebody _ client|participant|member|mentions|discloses|says|tells|posts|writes|types|shares|jokes',
  // What moderators do, and whether a word may be said: "what should mods do?", "is it ok to say suicide in the group chat?".
  'what do|should|can _ mods|moderators|admins|the+mods|the+admins _ do|say',
  'ok|okay|alright|fine|appropriate _ to _ say|use|write|type|post|mention _ suicide|suicidal|unalive|unalived|kms|self-harm|overdose|the+word|the+term|words+like',
  // Hypotheticals in work talk: "when a participant says they want to disappear", "is a client saying they want to die a report?".
  'when|whenever|if a|an client|participant|member|person|peer|youth|resident|caller|patient|survivor|sponsee|mentee|student|teen|kid|parent _ says|tells|mentions|discloses|posts|talks|shares|reports|admits|expresses|brings|asks|has|wants|seems|jokes|joking|types|writes',
  'when|whenever someone|somebody|anyone|people|clients|participants|members|folks|callers|youth _ says|say|tells|tell|mentions|mention|discloses|disclose|posts|post|talks|talk|shares|share|reports|report|brings|bring|asks|ask|jokes|joke|joking|types|type|writes|write',
  // How the bot or the moderation works: "does the bot flag the word suicide?", "will the filter catch it if someone types kms?",
  // "what do the community guidelines say about self-harm posts?".
  'does|do|will|would|did|can|could|should|why|how _ the|a|our|this|your _ bot|screener|filter|automod|algorithm|app|system _ flag|catch|detect|pick+up|notice|block|remove|ban|react|respond|read|handle|work',
  'moderation|moderator|moderators|mod+team|community+guidelines|posting+guidelines|content+policy|server+rules',
  // The word named as a word: "the word suicide", "the term self-harm".
  'the word|term|phrase|words _ suicide|suicidal|kill|die|death|dying|unalive|unalived|self-harm|overdose|kms|sewerslide',
  'is|does|would|should|can a|an client|participant|member|person|youth|peer|caller _ saying|disclosing|mentioning|who+says|who+discloses|who+mentions',
  'what to do|say _ when|if',
  'good|any|best script|scripts|wording|phrasing',
  'what is our|the _ protocol|policy|procedure|process',
  // A topic set for supervision or a meeting: "supervision topic: supporting participants after a community member's overdose death".
  'supervision|team+meeting|staff+meeting|huddle|agenda|reflective+practice _ topic|topics|item|items|theme',
  // Work about overdoses in general, not one happening: a case review, a mock scenario, a reminder to log every naloxone
  // administration, a debrief "after any overdose", how many doses a kit holds, a celebrity headline.
  'case+review|case+reviews|case+conference|mock|tabletop|new+hires|new+hire|reminder|reminders|psa|tracker|inventory|restock|restocked|reorder|headline|headlines|celebrity|celeb|coverage',
  'after|for|during|before _ any|every|each _ overdose|od|reversal|death|attempt|narcan|naloxone|disclosure',
  'log|logging|document|documenting|record|chart _ every|each|all|any _ naloxone|narcan|overdose|od|reversal|administration|dose',
  'how many|much _ narcan|naloxone|doses|kits|boxes',
  'standard in|for _ the? _ kits|kit',
  // A question of medicine: "can you take ibuprofen with buprenorphine?".
  'can|could|should _ you|they|he|she|we|one|i _ take|mix|combine _ __ with|and|together',
  'you|they|he|she|we|one|i can|could|should _ take|mix|combine _ __ with|and|together',
  'any tips',
  // "warning signs like giving away possessions", "good slides on warning signs", "red flags such as saying goodbye".
  'warning+signs|red+flags|risk+factors _ like|such+as|include|including|are|:',
  'slides|slide+deck|powerpoint|handout|handouts|infographic',
  // Overdose work in general: "giving away free naloxone kits at the fair", "kits all checked and in date", "the overdose spike
  // has gone down", "a bridge program for people after an overdose", "how to ask 'are you thinking about killing yourself'".
  'free|giving+away|handing+out|hand+out|passing+out|distributing _ naloxone|narcan|kits|test+strips|fentanyl+test+strips',
  'in+date|expiration+dates|expiry+dates|all+checked',
  'spike|spikes|surge|uptick|wave _ in? _ overdoses|ods|overdose|has|have|last|this',
  // Overdose naming a work item asked about, not one event: "does the overdose spike alert go to all staff", "where do the OD
  // debrief forms go". One filled out for someone ("the od incident form for my client") or an alert told with its count
  // ("overdose spike alert: 7 ODs downtown, 2 of them ours") is not asked about.
  'does|do|where|which|who|how _ overdose|od debrief|incident|reversal|response|spike|surge? form|forms|paperwork|template|templates|alert|alerts',
  // The word naming a training, spanning it: "numb after the suicide loss training", "at our overdose response workshop".
  'the|a|an|our|this|that|my|after|at|in|from suicide|suicidal|self-harm|overdose|od loss|prevention|awareness|postvention|risk|response|intervention|first+aid? training|trainings|workshop|webinar|course|class|module|certification|session|sessions|panel|seminar|talk',
  // A community's day of remembrance: "the overdose vigil is on the 31st", "our annual overdose awareness walk".
  'the|an|our|annual|community|county|candlelight _ overdose|od _ awareness? _ vigil|vigils|walk|march|rally',
  // A question put to the group about a thing: "someone explain why the copier needs a phd", "can anyone explain how the new portal works".
  'someone|anyone|somebody|pls|please _ explain|tell+me _ why|how _ the|this|our|a',
  'bridge+program|looking+for+volunteers|volunteers+for|keynote|breakout+session|the+speaker|one+speaker|a+speaker',
  'how+to ask|say|respond|word|phrase|approach',
  // A word talked about, not used: "is using the word unalive ok", "does saying the word suicide make it worse".
  'does|do|is|would|did|should _ saying|using _ the+word|the+term|the+phrase',
  // The word itself as the thing talked about, spanning it: "still awkward saying the word suicide out loud".
  'saying|say|said|using|use|used|writing|write|typing|type|hearing|hear _ the _ word|words|term|phrase _ suicide|suicidal|kill|die|death|unalive|unalived|self-harm|overdose|sewerslide|kms',
  // "we talked about the warning signs: giving away things, saying goodbye".
  'talk|talked|talking|discuss|discussed|covered|cover|teach|taught|learn|learned|review|reviewed _ about? _ the? _ warning+signs|red+flags|risk+factors',
  'asking|ask _ directly',
  'asking|ask _ about _ suicide|suicidal|si|self-harm|sh|killing|ideation|thoughts|abuse|dv|safety|it',
];
