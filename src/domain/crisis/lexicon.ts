import type { ScreenLanguage } from './screen.js';
import type { Sentence, Token } from './tokens.js';
import type { FragmentWords } from './fragments.js';
import type { HyperboleWords } from './hyperbole.js';
import type { StayAndMoveOutWords } from './everyday-stay-and-move-out.js';

/**
 * What one language contributes to the screen: how to cut folded text into sentences of tokens,
 * the words that shape context (negation, who is speaking, when), and the concept patterns.
 * Adding a language is one more file in languages/ that exports a Lexicon.
 */
export interface Lexicon {
  language: ScreenLanguage;
  /** Turns folded text (normalize.ts) into sentences of tokens. */
  sentences(folded: string): Sentence[];
  /** Patterns without a gap are lists of whole phrases ("me violo|abuso de mi"), as Spanish is written here. */
  phraseLists?: boolean;
  /** Common words, to guess the language of a message. */
  commonWords: ReadonlySet<string>;
  /** Words of risk that say this language is in the message even when most of it is another ("ya escribi mi suicide note"). */
  markers?: ReadonlySet<string>;
  /**
   * A dialect of this language that shares words with another ("mi" in Jamaican patois and Spanish): when at least two of its
   * `markers` are in a message, its `claims` count for this language only (language-guess.ts).
   */
  dialect?: { markers: ReadonlySet<string>; claims: ReadonlySet<string> };
  /** Named word lists usable in patterns as @name. */
  macros: Record<string, string>;
  /** Concept id → patterns (notation in patterns.ts). */
  concepts: Record<string, string[]>;
  /** Words that negate the predicate right after them ("not", "never", "no"). */
  negators: ReadonlySet<string>;
  /** Words between a negator and a concept that turn it back ("can't stop thinking about…"). */
  negationFlips: ReadonlySet<string>;
  /** Verbs a negation reaches through into the clause after them ("don't think I want to…"); after any other verb, "I" starts a clause of its own ("don't know, I want to die"). */
  negationCarriers?: ReadonlySet<string>;
  /** Words that open a subordinate clause a negator does not reach into ("not alone when I'm gone"). */
  negationBarriers?: ReadonlySet<string>;
  /**
   * States a barrier right after them belongs to, so a negator before the state reaches through it: Spanish "no estoy pa
   * morirme", "no ando para matarme por eso" ("estar para": to be about to, or in the mood for).
   */
  barrierStates?: ReadonlySet<string>;
  /**
   * The one told, between a telling verb and the clause it reports ("didn't tell her i want to die"): the negation stays on the
   * telling. A language without them reads a subject right after the telling verb only.
   */
  toldPersons?: ReadonlySet<string>;
  /**
   * Words that may follow the one a wish joins ("want to be with her again", "quiero irme con él ya"); any other word makes
   * the pronoun an article or a possessive ("be with her family", "ir con el equipo"): joining-the-dead.ts.
   */
  joinedAfter?: ReadonlySet<string>;
  /** After a negator and before a new subject, words that make it a hedge, not a denial ("not like he hits me"); read for harm from others. */
  hedgeWords?: ReadonlySet<string>;
  /** Words that end a clause for negation and speaker: conjunctions ("and", "but", "because"). */
  clauseBreaks: ReadonlySet<string>;
  /** Pronouns that start a new predicate; a negator before one does not reach past it. */
  subjectPronouns: ReadonlySet<string>;
  /** Verbs a chat message opens with when it leaves out "I" ("had", "been", "feeling"): the writer is the subject. */
  subjectlessOpeners?: ReadonlySet<string>;
  /** Words that make slang meant: "should", "gonna", "just". */
  modals: ReadonlySet<string>;
  /** Times ahead that make slang said alone meant ("kms tn"; slang-alone.ts); "today" is a mood. */
  slangTimesAhead?: ReadonlySet<string>;
  /** The writer: "i", "me", "my", "myself". */
  firstPerson: ReadonlySet<string>;
  /** The one spoken to ("you", "your"): in a quoted threat, that is the writer. */
  secondPerson?: ReadonlySet<string>;
  /** Words that address the reader at a sentence's start ("bro", "guys", "compa", "amiga"): not the subject (named-not-actor.ts). */
  addressees?: ReadonlySet<string>;
  /** Addressees that never name a subject before a verb of the writer's ("bro", "dude", "guys"; not "mom", "friend"). */
  onlyAddressees?: ReadonlySet<string>;
  /** Words an address may come after ("idk man", "oye compa"). */
  addresseeOpeners?: ReadonlySet<string>;
  /** Words between an address and the writer's verb ("pana ya no aguanto", "bro just"). */
  addresseeFillers?: ReadonlySet<string>;
  /** Endings of verbs said by the writer where verbs are not tagged ("traigo", "tengo"). */
  firstPersonEndings?: readonly string[];
  /** Means whose owner named before them ("his old rifle", "my dad's pills") is not the one using them. */
  ownedMeans?: ReadonlySet<string>;
  /** Possessives that may name only the owner of a means the writer uses ("got his old rifle"); whose.ts looks past them for the subject. */
  ownerPossessives?: ReadonlySet<string>;
  /** The writer as a subject, alone or with others ("i", "we"): after someone named, the writer acts again. */
  writerSubjects: ReadonlySet<string>;
  /** Someone else: pronouns and the people a peer specialist talks about. */
  thirdPerson: ReadonlySet<string>;
  /** Words inside a match that make it someone else's ("herself", "his life"). */
  thirdPossessive: ReadonlySet<string>;
  /**
   * Words after a reported "i" that make the report one about the writer, not the teller's own words ("he said i should…",
   * "she said i was…"): whose.ts reads "she said i want to die" as hers only without them.
   */
  saidAboutWriter?: ReadonlySet<string>;
  /** Verbs that introduce someone's words: "said", "told", "texted". */
  reportVerbs: ReadonlySet<string>;
  /** Report verbs whose own form names someone else as the speaker, so a quotation after them with nobody named is theirs (Spanish "dijo", "escribió"; "dije" and the folded "mandó"/"mando" are left out). */
  reportVerbsOfOthers?: ReadonlySet<string>;
  /** The writer's own inner voice named after "my" ("my brain said '...'", "dijo mi mente '...'"): its words are the writer's (quotes.ts). */
  innerVoices?: ReadonlySet<string>;
  /**
   * A sign the writer says they are free of, told as recovery (told-as-over.ts `toldFreeOf`): the word after it ("sh free"),
   * the words before a link and the links ("clean from sh", "free of sh"), and the urges that make it the thing at stake again.
   */
  /**
   * A peer's own story told at work (own-told-as-over.ts): the verbs of telling it ("share", "disclose"), the owners before it
   * ("my", "our"), a word that may follow them ("own") and what is told ("history", "attempt").
   */
  storyShared?: { verbs: ReadonlySet<string>; owners: ReadonlySet<string>; own: ReadonlySet<string>; nouns: ReadonlySet<string> };
  toldFree?: { freeAfter: ReadonlySet<string>; freeBefore: ReadonlySet<string>; links: ReadonlySet<string>; urges: ReadonlySet<string> };
  /** Object pronouns before such a verb that make the writer the one spoken to ("me escribió '...'" may be a threat at the writer). */
  spokenToWriter?: ReadonlySet<string>;
  /** Verbs a particle after the reflexive turns into another verb with no harm in it ("cut myself off", "burned myself out"; phrasal-turn.ts). */
  phrasalTurns?: { reflexives: ReadonlySet<string>; particles: ReadonlyMap<string, ReadonlySet<string>> };
  /** Verbs a case note or hand-off writes of the person it is about, with no subject: "disclosed SI", "reports being kicked". */
  noteVerbs?: ReadonlySet<string>;
  /** The people the writer serves at work ("client", "ppt", "sponsee"): their own words of suicide are theirs (said-by-served.ts). */
  served?: ReadonlySet<string>;
  /** Verbs of being that make a "why" after them a reason given ("you guys are why i'm still here"; reason-given.ts). */
  reasonCopulas?: ReadonlySet<string>;
  /** Harm verbs and the thing objects that, right after them, name no one hurt ("kill it at my meet"; harm-on-a-thing.ts). */
  harmOnThings?: { verbs: ReadonlySet<string>; things: ReadonlySet<string> };
  /** Object pronouns after a harm's verb that name someone else as the one hurt ("threatened her with a knife"). */
  harmObjects?: ReadonlySet<string>;
  /** Object pronouns before a verb (Spanish "la amenaza", "lo golpea"): a harm that opens on its verb lands on them. */
  objectClitics?: ReadonlySet<string>;
  /** Verbs of showing ("showed me", "me enseñó") and the marks of harm shown ("bruises", "moretones"): someone else's marks. */
  showVerbs?: ReadonlySet<string>;
  /** Verbs of coming upon something ("found", "noticed"): the finder of someone else's means or marks is not who uses them. */
  findVerbs?: ReadonlySet<string>;
  /** Verbs of thinking of an act ("thinking about", "picturing"): the act after them is what is thought of. */
  thoughtVerbs?: ReadonlySet<string>;
  harmMarks?: ReadonlySet<string>;
  /** Lemmas of verbs that tell a state ("tiene moretones", "tiene miedo"): said of someone else, the harm is theirs. */
  stateVerbs?: ReadonlySet<string>;
  /** Verbs joining a subject to its state ("am", "feel"): "wouldn't say i'm suicidal" keeps its negation across the subject and them. */
  linkingVerbs?: ReadonlySet<string>;
  /** States of the one hurt told after those verbs ("miedo", "panico"). */
  harmStates?: ReadonlySet<string>;
  /**
   * Verbs of turning up said of someone else ("llegó", "vino", "anda"): marks after them and "con" ("llegó con moretones")
   * are that person's, as "tiene moretones" is. Only third-person forms, so "llegué con moretones" stays the writer's.
   */
  arrivedWithVerbs?: ReadonlySet<string>;
  /**
   * English "with" after such a verb and a particle or a place ("came in with a black eye", "showed up to group w bruises"):
   * the harm after it is the marks of the one who turned up (harm-lands-on.ts `arrivedMarked`).
   */
  arrivedWith?: ReadonlySet<string>;
  /**
   * Words that open a condition after a report verb ("she said if i go back there i'll end it"): the "i" of the clause the
   * condition leads to is still the reported speaker's (reported-condition.ts).
   */
  conditionOpeners?: ReadonlySet<string>;
  /** Words of when that may stand between a report verb and the words it reports ("told me today i'm gonna…"); reported-condition.ts. */
  reportTimes?: ReadonlySet<string>;
  /**
   * A bare first-person exclamation of dying read like "kms" on a petty condition (petty-condition.ts): Spanish "me mato si me
   * toca el turno del domingo", "me muero si me ponen a laburar el feriado" (`words`: "mato", "muero"; `openers`: "si").
   */
  exclaimedOnCondition?: { words: ReadonlySet<string>; openers: ReadonlySet<string> };
  /** Lemmas of asking ("asked if i was ok"): "if" after them opens a question, not a condition. */
  askVerbs?: ReadonlySet<string>;
  /**
   * Verbs of seeing said by the writer ("vi", "noté"): marks seen on someone named as its object ("la vi con moretones", "vi a
   * la vecina con marcas", "le vi moretones") are that person's (harm-lands-on.ts).
   */
  seenVerbs?: ReadonlySet<string>;
  /**
   * A class or a group named as where people are (training-as-setting.ts): the prepositions before it, those that need no
   * person before them ("after class", "to class") and words after that make it the topic again ("the training on ...").
   */
  settingWords?: { prepositions: ReadonlySet<string>; bare: ReadonlySet<string>; about: ReadonlySet<string> };
  /** Words of going a left place may follow ("me voy | del piso", "para siempre | de este pueblo"), as the tokens spell them: place-left.ts. */
  placeLeftAfter?: ReadonlySet<string>;
  /** Nouns that carry someone's words: "his last text was '...'", "her exact words were '...'". */
  messageNouns?: ReadonlySet<string>;
  /** Words a quotation opens after inside the writer's own clause: 'who'll "make my life hard"', 'unless i "stay late"'. */
  partialOpeners?: ReadonlySet<string>;
  /** Marks of a forwarded message at its start ("fwd: ..."): the words after the colon are someone else's. */
  forwardMarks?: ReadonlySet<string>;
  /**
   * Vague nouns that, after a report verb and before "like", give the gist of someone's words without quotation marks ("texting
   * me stuff like im done, tell my kids i love them"): the words after "like" are theirs (quotes.ts).
   */
  gistNouns?: ReadonlySet<string>;
  /**
   * A quotation after someone else named, with no reporting verb, is theirs ('said he was gonna do it all "and not wake up"'):
   * 'always' (English), or 'notToWriter' when the writer named in between makes them words said to the writer (Spanish
   * 'mi novio me gritó "..."', where English says "DMd me a pic and 'bye'"). Unset: never.
   */
  quotesAfterNamed?: 'always' | 'notToWriter';
  /** Words for hyperbole taken back (hyperbole.ts); a language without them never reads a sign as a nuisance's outcome. */
  hyperbole?: HyperboleWords;
  /** Words for messages of bare fragments (fragments.ts); a language without them reads no fragments. */
  fragments?: FragmentWords;
  /** Words for staying in bed on a lazy day and a child threatening to move out (everyday-stay-and-move-out.ts); a language without them reads neither. */
  stayAndMoveOut?: StayAndMoveOutWords;
  /** Context that is not the writer's present: patterns of frames (distant past, media, training, jokes). */
  frames: {
    distantPast: string[];
    recent: string[];
    media: string[];
    training: string[];
    joke: string[];
    /** Leaving a job or moving: goodbyes and clearing a desk are everyday then. */
    leaving: string[];
    /** "not joking", "fr": the writer says they mean it. */
    serious: string[];
    /** After a death/dying word, what makes it an idiom ("die of laughter", "morir de risa"). */
    idiom: string[];
    /** A time that is past or lasting, not a moment ahead ("last night", "all weekend", "this morning"). */
    pastTime?: string[];
    /** Later than a distant past, what says it is back ("he started again", "still does", "last night he did it again"). */
    resumed?: string[];
    /** Near a means or a place, what makes it everyday ("camping", "photos of the sunset", "as prescribed", "the range"). */
    everyday?: string[];
    /** Right after a preparation or a means, an everyday purpose ("rope for the camping trip"). */
    purpose?: string[];
    /** A nuisance told first ("se me quemo el arroz"), which makes a sigh after it in a laughing message talk. */
    mishap?: string[];
    /** Last words in someone else's quoted message ("i'm done", "take care of milo for me"): their crisis beside `concern`. */
    farewell?: string[];
    /** Last words plain enough in someone else's quoted message to need no `concern` beside them ("none of this will matter", "done with this world"). */
    lastWords?: string[];
    /** The writer cannot reach someone or is getting them help ("her phone's off", "called 911", "going over there now"). */
    concern?: string[];
    /** Someone else found or at a high place ("found my uncle.", "a participant who's on the bridge"): a crisis underway beside `concern`. */
    scene?: string[];
    /** Said after a sigh, takes it back ("es broma", "no mentira", "just kidding"): a wish or a thought, never an act, is talk then. */
    retract?: string[];
    /** "the 'i want to die' tweet was about the eagles": what a sign quoted before it was about, which takes it back. */
    quotedAbout?: string[];
    /** "thought i was" right before "going to die": a fear of dying told as past. */
    feared?: string[];
    /** A chore, a paper or a relationship named right after an ending (thing-ended.ts). */
    thingEnded?: string[];
    /** Giving things to a charity, a drive or a sale ("boxed up for goodwill"): explains the giving in its own sentence, nothing said elsewhere. */
    donation?: string[];
    /** How someone is now, told as good news: stable, doing well, months sober, graduated, back at group ("she's been stable since"). */
    wellNow?: string[];
    /** A crisis told as over, nearer than the distant past: "last year", "in march", "a history of", "back when". */
    over?: string[];
    /** A crisis told as now, which no good news after it makes history: "last night", "again", "still", "this morning". */
    current?: string[];
    /** A death told as natural ("passed peacefully at 94", "of cancer", "in hospice"): its funeral and grief are no crisis route. */
    naturalDeath?: string[];
    /** Going to be with someone ("go see her", "going with him") and that someone told as dead: joining-the-dead.ts. */
    rejoin?: string[];
    rejoinKin?: string[];
    /** Wishing to be with someone ("i just want to be with her", "quiero irme con él"): beside a death told, a wish to be dead. */
    rejoinWished?: string[];
    rejoinKinWished?: string[];
    lostOne?: string[];
    /** Others invited along ("anyone wanna come", "quién se apunta"): a place and a time with it are an outing (read.ts). */
    invited?: string[];
    lostOneByPronoun?: string[];
    grave?: string[];
    /** Medicine taken as the routine says ("as prescribed", "like you reminded me", "with breakfast"): taking them all is the day's dose. */
    prescribed?: string[];
    /** Medicine told with the ailment it is for ("for my headache", "para el dolor de cabeza"): the day's dose, unless a whole supply. */
    ailmentDose?: string[];
    /** An everyday deed named after a vague "im doing it tonight" ("the grant report is due", "signed up for yoga"): it is the deed. */
    errand?: string[];
    /** When the writer is back, which bounds a leaving ("see you monday", "till sunday", "until i'm back from leave"). */
    returning?: string[];
    /** A screening question put to the writer ("asked if", "me preguntó si"), whose sign it holds (asked-and-denied.ts). */
    askedIf?: string[];
    /** The writer's answer no after the question ("i said no", "honestly no", "le dije que no"). */
    saidNo?: string[];
    /** After the answer, what takes it back ("i lied", "but", "pero"): the sign is meant again. */
    notSo?: string[];
    /** The floor named as ground level ("i'm on the ground floor", "es planta baja"): no height to fall from (no-height.ts). */
    groundLevel?: string[];
    /** A window or a balcony, the place a jump is said from when a ground floor takes it back. */
    window?: string[];
    /** A question's opening said to "you" ("are you thinking", "¿estás pensando", "¿ha pensado"): the question a training practises (topic-talk.ts). */
    toYou?: string[];
    /** The writer's answer yes to such a question ("yes", "sí, todos los días"): it is the writer's state then. */
    saidYes?: string[];
    /** Small stakes a threat is made over: a dish to bring, a party, being late ("if i show up without the potato salad"). */
    pettyStakes?: string[];
    /** Who scolds over small stakes: a grandmother, an aunt, a boss, a sponsor; never a partner (petty-threat.ts). */
    scolder?: string[];
    /** The scolding's own words, "kill me", "me mata": never a weapon, a shot or "threatened" (petty-threat.ts). */
    killMe?: string[];
    /** A small child or a pet named as the doer ("my toddler", "mi hijo de dos años", "the dog"): harm it does is a mishap (little-doer.ts). */
    littleDoer?: string[];
    /** An animal as the doer right before harm, or a fright right after a blow's verb ("me pegó un susto"): little-doer.ts. */
    harmlessDeed?: string[];
    /** A relative waiting to take the writer on an errand, or checking their schoolwork ("me espera para ir al mercado"): kin-helps-out.ts. */
    kinHelpsOut?: string[];
    /** A surface the writer denies later (surface-denied.ts): a low charge said flatly ("battery at 1%"), its denial ("not talking about my phone"). */
    selfSurface?: string[];
    surfaceNotMeant?: string[];
    /** A story told about a wound ("told the nurse it was the cat"), which a later "we dont have a cat" makes a cover (surface-denied.ts). */
    injuryCover?: string[];
    /** A leaving's everyday reading denied ("and not in a quitting way"): any leaving in the message is a cover story (everyday-frames.ts). */
    leavingDenied?: string[];
    /** The writer says they are not acting on their thoughts ("not acting on it"): hints beside a wish stay hints (acting-denied.ts). */
    actingDenied?: string[];
    /** Arms or legs covered in the heat ("jumpers in july"), which a question left unanswered after it makes hiding (surface-denied.ts). */
    bodyCovered?: string[];
    leftUntold?: string[];
    /** The writer's own "same", "relatable", "me too" said after someone else's crisis (recognised-in-another.ts). */
    sameHere?: string[];
    /** A thing, a plant or a pet named as the subject right before "going to die" ("my phone is gonna die"): thing-dies.ts. */
    dyingThing?: string[];
    /** Where a going said big is narrowed to, right after it or after a pause ("... del chat de mamás"): narrowed-after-pause.ts. */
    narrowedTo?: string[];
    /** An everyday deed called suicide ("pedirle aumento hoy es suicidio"), spanning the word: figure-of-ruin.ts. */
    deedAsRuin?: string[];
    /** A loss read from its verb to a game, a ride or a case ("perdimos el partido"): no person lost (thing-lost.ts). */
    thingLost?: string[];
    /** A helpline someone called, spanning its name ("llamé a la línea de prevención del suicidio"): no topic, and its words no sign (line-reached.ts). */
    lineReached?: string[];
    /** A home, a job or a town named as what a going "para siempre" leaves ("me voy del piso para siempre"): place-left.ts. */
    placeLeft?: string[];
    /** The thinking a method is the object of ("a veces pienso en", "se me ocurre"), ending where the method starts: method-thought-of.ts. */
    methodThoughtOf?: string[];
    /** An everyday reason an absence is told with ("dentist", "my shift", "court"): away-explained.ts. */
    awayFor?: string[];
    /** Plans denied as free time, with the time they leave free ("no plans this weekend"): away-explained.ts. */
    freeTime?: string[];
    /** A pet, a child or plants asked to be looked after for a bounded time ("watch my dog this weekend"): away-explained.ts. */
    caredForAWhile?: string[];
    /** One real person's words or marks told as already said or shown ("a peer who said…", "my client who showed me…"): told-as-happening.ts. */
    toldOfOne?: string[];
    /** A tiring stretch of work a long rest is earned by ("been a brutal week", "after this double"): rest-earned.ts. */
    tiringStretch?: string[];
    /** A habit quit with its plan or its aid ("mañana dejo de fumar, ya tengo los parches"): reason-named.ts. */
    habitQuit?: string[];
    /** What a relative threatens over small, family stakes ("not to speak to me", "show my baby pictures"): petty-threat.ts. */
    pettyThreatStakes?: string[];
    /** A way of coping used instead of the harm ("called her sister instead of using", "the safety plan worked"): coped-well.ts. */
    coped?: string[];
    /** The writer agreeing with cruel words said to them ("maybe he's right", "part of me agrees"): told-to-die.ts. */
    agreed?: string[];
    /** A shift the writer takes on, spanning its time ("i can take the call line saturday"): the time is the shift's (read-sentence.ts). */
    shiftTaken?: string[];
    /** A death everyone shares: "we're all gonna die" (fate-shared.ts). */
    fateShared?: string[];
    /** A medicine the prescriber lowered little by little ("me las fue bajando de a poquito"): dose-tapered.ts. */
    tapered?: string[];
    /** A struggle of recovery kept at ("the cravings still suck but im doing it"): kept-at-it.ts. */
    keptAtIt?: string[];
  };
  /** Words of a death ("died", "funeral", "velorio"): beside them, unless years ago, no good news makes someone else's crisis history (told-as-over.ts). */
  deathWords: ReadonlySet<string>;
  /** Words of a violent death or a drug ("ended", "overdose", "sobredosis"), read as written and as lemmas: beside them no death in the message is told as natural. */
  violentDeathWords: ReadonlySet<string>;
  /** Words that say someone took too much, not that they died ("overdosed", "od"). */
  overdoseWords: ReadonlySet<string>;
  /** Help on its way ("911", "ambulance"): beside them a crisis is happening, whatever question is asked around it (told-as-happening.ts). */
  helpCalledWords: ReadonlySet<string>;
  /** Times of the current frame that also fill work questions ("do we still report", "the meeting yesterday"): alone they tell nothing as happening. */
  looseNowWords: ReadonlySet<string>;
  /** A whole supply ("all", "every", "todas", "frasco"): taken, it is never the day's dose, however the routine is named (everyday-frames.ts). */
  wholeSupplyWords: ReadonlySet<string>;
  /**
   * A past that sets only its own clause, a habit told as gone ("used to"), and how a later clause says the present: the
   * writer as subject ("i") before a verb in its plain form or a present form ("am"), or a subject that carries its own
   * present ("i'm") (past-reach.ts).
   */
  clauseBoundPast?: {
    opens: ReadonlySet<string>;
    /** Before the opening word, it says being accustomed ("i'm used to it", "got used to"), not a habit gone. */
    accustomed: ReadonlySet<string>;
    subjects: ReadonlySet<string>;
    presentForms: ReadonlySet<string>;
    presentSubjects: ReadonlySet<string>;
  };
  /** Words that turn a story after good news ("stable for a year but last night…"): what follows is not the good news. */
  contrastWords: ReadonlySet<string>;
}

/** The token, in any of its forms (a lemma, a spelling fixed), is a word for a third person: "cousin", "freind", "la señora". */
export function namesThirdPerson(lexicon: Lexicon, token: Token): boolean {
  for (const form of token.forms) if (lexicon.thirdPerson.has(form)) return true;
  return false;
}

/** Hospital and service units written before a role ("ER nurse", "ICU tech", "EMS guy"): wink often tags the role after them a verb. */
const unitsBeforeRole: ReadonlySet<string> = new Set(['er', 'ed', 'icu', 'nicu', 'picu', 'ccu', 'ems', 'psych', 'ob', 'trauma']);

/** A token right after a unit that names a role ("ER nurse i work with"), whatever wink tagged it. */
export function roleAfterUnit(before: Token | undefined): boolean {
  return before !== undefined && unitsBeforeRole.has(before.norm);
}
