/**
 * English wording for someone else's crisis by family, added after the eleventh fresh batch (notation in
 * ../../patterns.ts; macros in ../en.ts). Joined to someoneElseConcepts by en.ts. Each family is how a helper tells
 * what they see or hear in a rush: the body of someone overdosing, marks shown or sent, someone who will not come
 * down, harm done to a participant named by its doer, an attempt written as a case note's noun.
 */
import { inflect } from './inflect.js';

export const someoneElseFamilies: Record<string, string[]> = {
  'other-overdose': [
    // What an overdose looks like from beside it: "lips blue", "blue lips", "breathing all weird", "barely breathing".
    'lips|face|fingertips|fingers|skin _ blue|purple|gray|grey|turning+blue|going+blue|turned+blue',
    'blue|purple|gray|grey lips',
    'barely|hardly breathing|breathin',
    'breathing|breathin _ but? _ barely|weird|funny|strange|shallow|slow|wrong|all+weird',
    'snoring|gurgling _ weird|funny|strange|wrong',
    'gurgling|gurgle|gurgles',
    // Drug slang for the nod: "nodded out on the toilet" (not "nodding off in the webinar").
    'nodded|nodding|nods out',
    `${inflect('take:took:taken swallow pop')} _ like|about|around|maybe|almost|over _ 1*|2*|3*|4*|5*|6*|7*|8*|9* _ of _ something|them|those|these|her|his|their|@pills`,
    'overdid|overdone|overdoing _ it _ with|on _ the|her|his|their? _ @pills',
    `${inflect('take')} _ a+bunch|too+many|all _ of? _ xans|xanax|bars|benzos|percs|blues|oxys|pills|sleeping+pills`,
  ],
  'other-attempt': [
    // Shut in and silent: "in the bathtub and won't answer me and the door is locked", "locked herself in the car".
    '@other|buddy|roommate|housemate|sponsee|friend _ is|s|has+been|been _ in _ the|her|his|their _ bathtub|tub|bathroom|car|garage _ __ not|will+not|wont _ answer|answering|respond|responding|come+out|open',
    'locked _ @refl _ in|inside _ the|her|his|their _ bathroom|car|garage|room',
    // A case note's noun: "made an attempt with a belt", "had a participant attempt in the bathroom", "s/p attempt".
    'made|had _ an|a? _ attempt|suicide+attempt _ with|by|in|at|using|last|this|overnight',
    `@carer|@other attempt _ in|at|during _ the|group|our|his|her|their _ bathroom|shower|group|unit|room|stall|car`,
    // Someone who will not come down: "won't come off the railing", "refuses to step back from the ledge".
    'not|never|refuses|refused|refusing _ to? _ come|get|step|climb _ off|down|back _ from? _ the|that _ railing|ledge|edge|roof|bridge|rail|overpass',
    // Calling from a height to say it: "called me from a bridge saying she wants to jump". At the height ("on", "at") only with
    // someone named or reported after it: a bare "on the overpass thinking about jumping" leaves out the writer's own "i".
    'from _ a|the|his|her|their? _ bridge|ledge|railing|roof|rooftop|balcony|overpass|terrace _ __ jump|jumping|end+it|goodbye',
    'on|at _ a|the|his|her|their? _ bridge|ledge|railing|roof|rooftop|balcony|overpass|terrace _ __ she|he|they|saying|says|said|texting|texted|threatening _ __ jump|jumping|end+it|goodbye',
    // "my friend is on the ledge of the parking garage right now".
    '@other|buddy|bestie|homie|homegirl|roommate|housemate|sponsee _ is|was|s _ on|at _ the|a _ ledge|railing|edge|roof _ __ right+now|now|rn|on+facetime|on+the+phone',
  ],
  'other-self-harm': [
    // Marks seen, shown or sent: "sent me a pic of her arm all cut up", "texted me a picture of his wrists".
    'pic|pics|picture|pictures|photo|photos|video|selfie|snap _ of _ her|his|their _ arm|arms|wrist|wrists|cuts|legs|thighs|scars|burns',
    'her|his|their _ arm|arms|wrist|wrists|legs|thighs _ all? _ cut+up|sliced+up|torn+up',
    `${inflect('slit slash')} _ her|his|their _ wrist|wrists|arm|arms|throat`,
    `${inflect('scratch bite:bit:bitten punch pick')} _ @refl`,
    'fresh|new|deep _ cuts|cut+marks|burns _ on _ her|his|their|both',
    // Purging told about someone: "making herself throw up every day", "has been starving herself".
    'making|makes|made _ @refl _ throw+up|puke|sick|vomit',
    `${inflect('starve')} _ @refl`,
  ],
  'other-death': [
    // "guy from my meeting relapsed on fent and died".
    'relapsed _ __ and _ died|passed|passed+away|overdosed+and+died',
    // "one of our regulars at the needle exchange died last night", "was dead by sunday, fentanyl" (not "he's dead to me").
    'one of _ our|my|the _ regulars|guys|clients|participants|members|residents|folks|peers|sponsees|kids _ __ died|passed|overdosed|passed+away|is+dead|was+dead|was+found',
    'he|she|they|@carer _ was|is|were dead by|from|within',
    'sponsee|mentee died|passed|overdosed',
    // "guy i used with in 2019 died this week": a death told with when it happened.
    '@carer _ __ died|passed|overdosed _ this|last _ week|night|weekend|month',
  ],
  'other-disclosure': [
    // The wish reported in the third person: "told me she wishes she wasnt born", "keeps saying hes a burden",
    // "said shes been thinking about ending her life".
    'she|he|they _ wishes|wished|wish _ she|he|they _ was+not|wasnt|were+not|werent|was+never|had+never+been|hadnt+been _ born',
    'keeps+saying|kept+saying|always+says|keeps+telling+me _ she|he|they|shes|hes _ is|are|s? _ a|such+a|just+a _ burden',
    'thinking|thought|talking|talks _ about _ ending _ her|his|their _ life|lief|lfe|own+life',
    // Gone from care with nobody knowing where: "walked out of the ER an hour ago and nobody knows where he is", "eloped from the unit".
    'walked|ran|eloped|bolted _ out+of|from|out _ the|her|his|their? _ er|ed|unit|ward|psych|crisis+center|detox',
    'left|walked+out _ ama|against+medical+advice',
    'nobody|no+one _ knows _ where _ he|she|they _ is|are|went|went+to',
    // A goodbye left or posted: "a note taped to the door that just says sorry", "a goodbye video on her story".
    'note|letter|sign _ __ says|said|saying|reads|reading _ just? _ sorry|goodbye|bye|forgive+me|i+love+you',
    'posted|sent|shared|put+up _ a? _ goodbye _ video|post|message|note|letter|pic _ on|to _ her|his|their _ story|page|instagram|ig|snap|facebook|tiktok',
    // Using set up so nobody can save them: "injecting alone so nobody can stop him", "wants to stop eating so he can die sooner".
    'using|injecting|shooting+up|drinking _ alone _ so _ nobody|no+one',
    'so _ nobody|no+one _ can|could|will|would _ stop|find|save|narcan _ him|her|them',
    'so _ he|she|they _ can|could|would|will _ die|be+dead',
    // Secrecy asked of a child: "asked her to keep it secret", "a secret game", "does stuff to her at night".
    'asked|told|made|makes|asks|tells _ her|him|them _ to? _ keep _ it|this|that|a|our|their? _ secret|secrets|between+us',
    'secret _ game|games|touching',
    '@agent _ does|did|doing|do _ stuff|things _ to _ her|him|them',
    // Elders and people outdoors robbed and beaten: "caregiver is stealing from her", "beating him at night".
    '@agent _ stealing|steals|stole|taking _ from _ her|him|them',
    'stealing|steals|stole|takes|took _ his|her|their _ meds|money|food|check|benefits _ and _ beating|hitting|hurting|yelling',
    'beating|hitting|choking _ him|her|them _ at+night|every+night|every+day|at+home|when',
    // Harm named by its doer: "her abuser found her new apartment", "abuse by her pimp".
    'abuser|stalker|pimp|trafficker|abusive+ex _ found|tracked|showed|followed|knows|keeps|texting|calling|threatened|threatening|is+outside|is+waiting|was+waiting _ her|him|them|where|up|out|new',
    'abuse|abused|beaten|beatings _ by|from _ her|his|their _ @agent|abuser|pimp|trafficker',
    `@agent _ ${inflect('put')} _ her|him|them _ in _ the _ hospital|er|icu|ER`,
    'bruises|marks|bruise _ shaped _ like _ fingers|hands|a+hand|a+belt',
    'finger|fingers|hand|handprint|fingerprint|finger-shaped _ bruises|marks',
    // "she says her boyfriend did it", "her husband did this to her".
    'says|said|told+me _ her|his|their _ @agent _ did _ it|this|that',
    // A threat repeated: "next time he'll finish the job", "finish what he started".
    'finish|finished _ what _ he|she|they _ started',
    'next+time _ he|she|they _ will|would|is+going|going _ to? _ finish|kill|end',
    `@agent _ will|would|going|gonna|threatens|threatened|said _ to? _ ${inflect('kill hurt')} _ all+of+us|us+all|us|everyone|the+kids|my+mom|her+kids|his+kids`,
  ],
};
