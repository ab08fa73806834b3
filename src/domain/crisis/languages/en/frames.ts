/**
 * English context frames (notation in ../../patterns.ts; macros in ../en.ts): the words around a sign that say how to
 * read it (the distant past, media and training talk, an everyday leaving, idioms, someone else's last words and how they
 * are now). read.ts and its parts weigh each sign by them; a frame routes nothing by itself.
 */
import type { Lexicon } from '../../lexicon.js';
import { englishFramesOfAsking } from './frames-asked.js';
import { englishFramesOfOver } from './frames-over.js';
import { englishFramesOfJoining } from './frames-joining.js';
import { englishFramesOfInviting } from './frames-invited.js';
import { englishFramesOfMishap } from './frames-mishap.js';
import { englishFramesOfSurfaceDenied } from './frames-surface-denied.js';
import { sameHere } from './frames-same-here.js';
import { goneToServe, pointOfAThing, thingsThatDie, wordsTaught } from './frames-things-named.js';
import { matchesPlayed, restAfterWork, thingsQuitForGood } from './frames-told-by-readiness.js';
import { backAfterASpan, decidedDeeds, fearedDying, givenAwayEveryday, petsPassedOn, papersAsLifeAdmin, pastToldInRecovery, quotedSignAbout, roofsInUse, routineDoses, shiftsChanged, sighsTakenBack, slangNamedAsAWord, thingsEnded } from './frames-everyday-said.js';
import { idioms } from './frames-idiom.js';
import { placeToOneself } from './frames-place-to-oneself.js';
import { suspenseRevealed } from './frames-suspense-revealed.js';
import { keptAtIt } from './frames-kept-at-it.js';
import { triedAtAThing } from './own-done-trying.js';
import { channelsMoved, medicalLeave, shiftsHandedOver, spanGotThrough, stationsTransferred, tripsForAnOccasion } from './frames-leaving-plans.js';
import { tidyUpsTold, watchesEnded } from './frames-cover-stories.js';
import { passedAsATest } from './own-risk-shown-not-said.js';
import { trainingTalk } from './frames-training.js';
import { lineReached } from './lifeline-unanswered.js';
import { awayFor, caredForAWhile, freeTime } from './frames-away-for.js';
import { shiftTaken } from './frames-shift-taken.js';
import { toldOfOne } from './frames-told-of-one.js';
import { placeLeftOnline } from './frames-place-left-online.js';
import { agreed, coped, pettyThreatStakes, tiringStretch } from './frames-known-14.js';
import { timesNotSet } from './frames-times-not-set.js';
import { humorAsLastThing } from './own-risk-life-refused.js';
import { actingDenied } from './frames-acting-denied.js';
import { shootingEveryday, shootingPurpose } from './frames-shooting-sport.js';
import { heirloomAtAMilestone, itCameBack, nicknamesCalled, recordsLost, servedLostElsewhere, wordGettingBack } from './frames-reentry-said.js';
import { ongoingSince } from './frames-ongoing-since.js';

/** Years a season of life is named by ("that was 2015"): whole years only, so "that was 20 minutes ago" stays now. */
const pastYears = Array.from({ length: 2030 - 1960 }, (_, i) => 1960 + i).join('|');

export const englishFrames: Lexicon['frames'] = {
  distantPast: [
    'years|decade|decades|yrs _ ago',
    // An anniversary told today is still the past: "5 years ago today", "this time last year", "a long time ago".
    'years|decade|decades|yrs|year _ ago _ today|tonight|this+week|this+month|this+day',
    'this time last year',
    // "one year since my client's overdose death": an anniversary.
    'year|years|yr|yrs since',
    'long time ago',
    'i remember _ wanting|being|feeling|trying|when|how',
    'in|during _ early _ recovery|sobriety',
    'when i was|were _ younger|young|teen|teenager|kid|in|a|little|small|1*|2*',
    // "when i was drinking i'd joke about not waking up", "when i was using" (the writer's old life, as "back when i was using").
    'when i was|were _ drinking|using|drunk|cutting|homeless|locked+up|inside',
    'as a teen|teenager|kid|child',
    // "back in 2015", "back then" (not "plugged back in", "never going back in").
    'back in the+day|the+days|the+80s|the+90s|the+old+days|1*|2*|3*|4*|5*|6*|7*|8*|9*|high+school|college|school|my|our|those|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter',
    'back then',
    // "back when I was drinking I wanted to die every day": the writer's own old life ("back when we talked" has no risk to carry).
    'back when _ i|we _ was|were|used|drank|drinking|using|cutting|in|at|still|first|lived',
    'in my _ twenties|teens|20s|30s|addiction|past|old+life|using+days|drinking+days|active+addiction',
    'in high+school|college|middle+school|my+twenties',
    // "i self-harmed for most of high school", "all through my teens" (not "since high school", which runs to now).
    'most|all|much|rest of _ high+school|middle+school|junior+high|my+teens|my+childhood|my+twenties|college',
    'through|throughout|during high+school|middle+school|junior+high|my+teens|my+childhood|my+twenties|my+teenage+years',
    'at age',
    // An age, not a clock ("at 15 i first cut", never "at 2am i took them" or "at 10 tonight").
    'at 13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29 i _ was|tried|had|attempted|first|started|took|cut|overdosed',
    'used to',
    'growing up',
    'before _ recovery|sobriety|treatment|sober|clean',
    // A year, not a count ("in 2015", never "in 20 minutes").
    'in 190*|191*|192*|193*|194*|195*|196*|197*|198*|199*|200*|201*|2020|2021|2022|2023|2024|2025',
    'my story|testimony',
    'my recovery story',
    'lived experience',
    // "i survived two attempts", "we survived that winter": a survival told with what was survived is a story; a bare "but i
    // survived" after a harm ("he tried to kill me but i survived") is how it ended, not when.
    'survivor',
    'i+survived|we+survived it|that|this|an|two|three|many|my|our|the|a|years|suicide|abuse|childhood|cancer|everything|attempts|both|and|so|because|bc',
    'today|now _ i _ help|run|lead|work|celebrate|share|facilitate|teach|mentor',
    'clean|sober _ for _ years|year|decade',
    'years|yrs _ clean|sober|later|since',
    // Someone's crisis told as behind them: "7 months clean", "got her kids back", "signed a lease in her own name".
    'months|month _ clean|sober|in+recovery _ and|now|today|got|gets|starts|started|working|living|thriving|doing',
    'got|gets|getting _ her|his|their _ kids|children|license|job|apartment|place|own+place _ back',
    'signed _ a|her|his|their _ lease|own+lease',
    'anniversary',
    'i was _ suicidal|hospitalized|in+the+icu',
    // A season of the writer's life told as gone: "my first year sober", "there was a time i", "in my darkest days", "that was 2015".
    'my _ first _ year|years|months|days|winter _ sober|clean|in+recovery|of+recovery|of+sobriety|out|home',
    'there _ was _ a _ time|period|season|stretch',
    'in _ my _ worst|darkest|lowest _ days|years|time|times|period|stretch|season',
    `that _ was _ ${pastYears}`,
    // "the last time i thought about ending things was 2016": the thing told, then the year it was.
    `the _ last+time _ __ __ was _ ${pastYears}`,
    ...pastToldInRecovery,
  ],
  recent: ['last night|week|weekend', 'yesterday|today|tonight|now|again|lately|recently|anymore|rn', 'this morning|week|weekend|afternoon', 'hour|hours|minutes _ ago', 'just|still', 'coming|came|come|creeping|crept _ back'],
  media: [
    // Words mentioned, not used: warning signs taught by example ("we'll cover indirect statements like 'i won't be a problem much longer'").
    'indirect|direct|coded|veiled|passive _ statements|statement|comments|phrases|language _ like|such+as',
    'hamlet|shakespeare|macbeth|ophelia|romeo|juliet|book+report|book+club',
    // A play or a show about it: "saw that play about the overdose crisis", "the documentary about suicide in the trades".
    'a|the|that|this|our|their|his|her play|documentary|docuseries|exhibit|exhibition|mural|art+show _ about',
    // "that ending where he jumps off the bridge wrecked me", "'so tired of being here' from evanescence came on".
    'that|the|this _ ending|scene|episode|finale where|when he|she|they|the|his|her|everyone|someone|a|an', 'came+on|comes+on|was+playing|started+playing|is+playing', 'my character|in+the+game|in+game|npc', 'on+the+radio|on+shuffle|spotify|radio',
    // Something played on repeat, not thoughts: "unalive thoughts on repeat" is the writer's head, "that song on repeat" music.
    'playing|played|listening|listened|blasting|blasted|song|songs|track|tracks|album|playlist|record|tune|tunes _ __ on+repeat',
    'on+repeat _ on _ spotify|youtube|my+headphones|the+radio|in+the+car', 'raid|raids|raid+boss|boss+fight|dungeon|respawn|respawned|ranked|elden+ring|dark+souls|fortnite|valorant|minecraft|overwatch|controller|teammates|mario+kart|final+boss',
    // The act told inside a game, its scenes and saves: "left my sim the house in my will", "that goodbye cutscene", "my sims 4 save".
    'cutscene|cutscenes|the+sims|sims+4|my+sim|my+sims|playthrough|save+file|gameplay|smash+bros|roblox|zelda|pokemon', 'song|songs|lyric|lyrics|album|movie|film|episode|novel|poem|band|playlist|musical|series|netflix|gaming|anime|podcast|soundtrack|verse|chorus|tv+show|in+the+show|on+the+show|in+this+show|season+finale|series+finale|storyline|plot+twist', 'stuck in my head', 'singing|sang|sing|watched|watching', 'reading|read _ a|the|this|that _ book|novel|story|poem|article|chapter|series', 'i died|die _ to|on|in _ that|the|this _ boss|level|game|raid|round', 'the boss|level|game _ killed', ...slangNamedAsAWord, ...matchesPlayed],
  training: [...trainingTalk, ...wordsTaught],
  serious: ['not _ joking|kidding|jk', 'not|never|wasnt|isnt|not+being _ a? _ joke|bit|sarcastic|sarcastically|sarcasm',
    // The slang's own time counted down, a plan a laugh does not take back: "kms countdown 2 hrs", "kms in 4 hours lol".
    'kms|kmn|unalive+myself|unaliving+myself countdown|count+down|in|within :? _ 1*|2*|3*|4*|5*|6*|7*|8*|9*|an|a|one|two|three|few _ hr|hrs|hour|hours|min|mins|minutes', 'fr|frfr|seriously', 'for real', 'but|though _ actually|honestly|really|lowkey|for+real', 'half|only+half|kinda|partly _ joking|kidding',
    // A taking-back that takes itself back: "mostly jk", "sorta kidding", "jk… or am i": the sign is half meant, so it stays.
    'mostly|partly|sorta|sort+of|kinda|half|semi|only+half _ jk|j/k|joking|kidding', 'jk|joking|kidding _ or am i',
    // A joke the writer no longer knows is one: "idk if im joking anymore", "cant tell if im kidding" (own-risk-on-the-job.ts).
    'idk|dont+know|not+know|cant+tell|unsure _ if|whether _ i+am|im _ joking|kidding|jk _ anymore?',
    // A wish told as a habit to stop, never a sigh at a nuisance: "to do: laundry, stop wishing i was dead lol" (batch 70).
    'stop|quit|stopping|quitting _ wishing|wanting|hoping|praying|thinking _ i+was|i+were|to|about|of _ dead|die|dying|be+dead|not+wake+up|not+waking+up|killing+myself|ending+it|suicide',
    // Dark humour named as the last thing left: "sitting on the tracks lol. dark humor is all i got left" (batch 98).
    ...humorAsLastThing],
  leaving: ['last day|week|shift _ is|at|here|before',
    // A farewell to a team: "best of luck team".
    'best+of+luck|good+luck|all+the+best _ to? _ the|my|you|my+fellow? _ team|crew|colleagues|coworkers|ward|department|dept|office|unit|squad', 
    // Moving to another chat: "signing off for good from the old slack, see you in the new workspace".
    'from|on|leaving _ the|this|my _ old _ slack|workspace|account|server|discord|channel|group+chat|groupchat|platform|app|forum', 'see+you|see+ya|join+us|find+me _ in|on|at|over+on _ the|our _ new', 'relocation|my+move|our+move _ to|across|out|back|home', 'last day|days|week|shift _ of _ my|the|this _ contract|job|internship|placement|program|programme|rotation|fellowship|practicum|term|semester|school|classes|training|assignment|residency|course|cohort',
    'graduate|graduating|graduation|commencement|move+out|moving+out|move+in|moving+in',
    // Others finishing a program: "letters to each of my grads, they finish thursday".
    'my|our|the _ grads|graduates|seniors|graduating+class',
    // "my last day in this job tomorrow", "my last night working weekends", "i go to other agency", "tomorrow i start grad school".
    'last day|days|week|shift|night|session _ in|at|working|of+the _ this|the|my? _ job|program|programme|agency|office|clinic|weekends|cycle|unit|team|group',
    'go|going|move|moving|transfer|transferring _ to _ other|another|a+new|new _ agency|city|town|state|job|office|clinic|team|program|school',
    'start|starting|begin|beginning _ grad+school|college|school|university|my+new+job|a+new+job|the+new+job|training|residency|my+masters|my+msw',
    'goodbye|farewell circle|party|lunch|card|cards|potluck|cake|dinner',
    ...shiftsChanged,
    ...thingsQuitForGood,
    ...spanGotThrough,
    ...tripsForAnOccasion,
    ...shiftsHandedOver,
    ...channelsMoved,
    ...stationsTransferred,
    ...medicalLeave,
    ...tidyUpsTold,
    ...watchesEnded,
    ...goneToServe,
    // A goodbye to a thing left behind: "this is goodbye to the night shift!", "saying goodbye to my old apartment", "bye bye braces".
    'goodbye|bye|farewell to _ the|my|this|that|our _ night|day|old? _ shift|shifts|job|apartment|house|car|office|desk|semester|braces|cast|crutches|couch|winter|commute|cubicle|uniform',
    // Into a home, not money moved "into my wife's account" (branch t-en108).
    'moving|move _ apartments|apartment|homes|house|cities|countries|in+with', 'moving|move into', 'moving|move _ into _ __ place|apartment|apt|house|flat|dorm|condo|home|room|unit|barracks|studio|townhouse|building|trailer|rv|housing|quarters|new+one',
    'before|after _ the|my|her|his _ surgery|operation|procedure|deployment|due+date|baby+comes',
    'advance+directive|estate+planning|power+of+attorney|end+of+life+wishes|affairs+in+order|estate+lawyer|estate+plan|living+will',
    // "said goodbye to everyone at the center, starting at the new clinic monday".
    'starting|start|started|begin|beginning _ at|with _ the|a _ new _ clinic|job|agency|office|program|team|position|school|site|location', 'moving|relocating _ to|offices|house|out|away|states|back', 'moved _ to+a+new|offices|house|out|away|states', 'new job|role|office|building|position', 'got|landed|accepted|took _ the|a _ job|position|offer|role|gig', 'retired|retires|retiring|farewell+party|going+away|vacation|on+leave|maternity|paternity|parental|sabbatical',
    // Retirement as a leaving, not the writer's retirement account, fund or plan (branch t-en88: "the beneficiary form on the
    // retirement acct" is affairs settled); the retirement of someone named, its party or its date.
    'retirement+party|retirement+lunch|retirement+dinner|retirement+celebration|retirement+card|retirement+gift|retirement+date|retirement+day|retirement+is|retirement+was|retirement+in|retirement+next|retirement+after|into+retirement|early+retirement|her+retirement|his+retirement|their+retirement',
    // A job left, or the post that comes next: "leaving this job friday for the state position" ("leaving this world" stays).
    'leaving|leave|quitting|quit _ this|that|my|the|our _ job|position|role|agency|clinic|company|department|caseload', 'for _ the|a _ state|county|city|federal|new|full-time|remote _ position|job|role|post|office',
    // A leaving told to others: "told hr i was moving", "they think i'm moving" (a cover story when a short "i'm not moving" follows).
    'told|tell|telling|think|thinks|thought _ i+was|i+am|im _ moving|relocating|retiring|traveling|travelling',
    // Where the writer is going, or when they are back: the goodbye is everyday.
    'see|seeya|cya|catch _ you|ya|y+all|everyone|u|you+all? _ monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|then|soon|later|next|after|tonight|in+a|at+the|on+monday|in+january|in+the+new+year',
    'going to bed|sleep',
    // "signing off for the night", "logging off for the weekend": a sign-off bounded by its period ("for good", "for a long time" name none).
    'log|logging|signing|sign _ off _ for the+night|the+day|the+evening|the+weekend|the+week|the+holidays|the+summer|today|tonight|now|a+bit|a+few|a+couple|a+week|a+month|a+while|vacation|holidays|christmas|break|lunch|dinner|bed|work', 'talk|ttyl _ to? _ you|ya? _ tomorrow|later|soon|monday',
    'until|till|til _ monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|after|i+get+back|january|the+new+year|further+notice',
    // When the writer is back: "until i'm back from leave in march", "till i come back".
    'until|till|til _ i+am+back|we+are+back|i+come+back|i+return|i+get+home',
    'back _ on|in|next|after _ monday|tuesday|wednesday|thursday|friday|tomorrow|a+week|two+weeks|january|the+new+year',
    'for the holidays|break|summer|weekend|night|day',
    'flight|flights|layover|boarding|trip|travel|traveling|travelling|honeymoon|conference|cruise|deployment|cancun|detox|hiatus|break+from+social|social+media+break|sabbatical',
    'while i am _ away|gone|traveling|travelling|out|on|in', 'when i am _ away|traveling|travelling|out+of+town|on+vacation|on+leave|on+a+trip',
    'last|final _ post|message|text|email|words _ about|for|of|before|until|till|re|regarding|from+me+today|today|tonight+before',
    'for+me|for+us this|next|over+the weekend|week|month|summer|trip',
    'fellowship|internship|contract|rotation|placement|residency|practicum|assignment|term|position|grant|funding _ ends|is+over|is+up|wraps|finishes|runs+out',
    // A work account closed: "my last message from the work account, they're shutting it off at 5".
    'shutting|closing|deleting _ it|the+account|my+account _ off|down _ at|on|tomorrow|friday|today|tonight',
    'find _ me _ on|at _ the _ new',
    // "i give it all to my cousin because i move to canada", "tonight is my last night in this city", "the send off cake",
    // "mom is downsizing", "by then i'll be on a beach".
    'because|cause|since|bc _ i|we _ move|am+moving|are+moving|moving|relocate|emigrate _ to|abroad|away',
    'last night|day|week|weekend _ in _ this|the|my _ city|town|country|apartment|house|state|dorm',
    'send+off|sendoff|send-off|going+away _ cake|party|lunch|dinner|card|drinks',
    'downsizing|downsize|downsized|estate+sale|moving+sale',
    'be|am|will+be _ on _ a|the _ beach|plane|flight|cruise',
    // "flying out at 6am, back sunday" (the return is `returning`'s, read with its negation: "i won't be back monday").
    'flying|fly|flight _ out|home|back _ at|on|from|early',
    // "off to the philippines for 3 weeks to see family" (not "to see my family", who may be the dead).
    'visit|visiting|see|seeing family|relatives|the+folks|the+grandkids|the+in-laws',
  ],
  // Medicine taken as the routine says: "took all my pills this morning like you reminded me", "as prescribed" ("not as prescribed" stays).
  prescribed: [
    'as|like _ prescribed|directed|instructed|usual|supposed|reminded|ordered|recommended|scheduled',
    'as|like _ the|my|you|she|he|mom|dad _ doctor|doc|nurse|pharmacist|psychiatrist|pdoc|said|told|asked|showed',
    'with|after _ breakfast|dinner|lunch|food|a+meal|my+meal',
    'morning|evening|night|nightly|daily|bedtime _ meds|pills|dose|medication|medications|vitamins',
    // "already took my pills this morning": the day's dose, not a bottle ("all of my pills" is not "my pills").
    'already _ took|taken|had my pills|meds|medication|medications|dose|vitamins|tablets _ this+morning|for+the+day|for+today|on+time|with+my+coffee',
    ...routineDoses,
  ],
  // "already took the pills for my headache": medicine told with the ailment it is for (not a whole supply: everyday-frames.ts).
  ailmentDose: ['for _ my|the|a|this|her|his _ headache|headaches|migraine|migraines|cramps|cold|flu|fever|allergies|back|backache|toothache|tooth|stomach|period|knee|arthritis|sinuses|sinus|blood+pressure|bp|cholesterol|thyroid|diabetes|reflux|heartburn|hangover|sore+throat|cough'],
  // What "it" is, named after a vague "im doing it tonight" or "tonight is the night" (read with a gerund after "finally": everyday-frames.ts).
  errand: [
    'bangs|clippers|buzz+cut|clean+out|cleaning+out|clean+the+garage|spring+cleaning|due|deadline|essay|exam|interview|recital|fundraiser|haircut|propose|proposing|marry|wedding|birthday|party|finale|marathon|5k|audition|tattoo|piercing|signed+up|sign+up|enrolled|application|tickets|concert|date+night|first+date',
    ...decidedDeeds,
  ],
  // When the writer is back: "see you monday", "not come back till sunday", "until i'm back from leave" ("see you on the other side" is none).
  returning: [
    'see|seeya|cya|catch _ you|ya|y+all|everyone|u|you+all? _ monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next+week|after+the|in+a+week|in+the+new+year',
    'until|till|til monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next+week|i+get+back|i+am+back|we+are+back|i+come+back|i+return|january|february|march|april|june|july|august|september|october|november|december|spring|summer|the+fall|the+new+year',
    // A sleep with its waking: "not wake up until noon", "sleep forever (until my alarm at 6)".
    'until|till|til noon|midday|lunch|lunchtime|morning|the+morning|my+alarm|the+alarm|the+afternoon|1*|2*|3*|4*|5*|6*|7*|8*|9*',
    'back _ on|in|next _ monday|tuesday|wednesday|thursday|friday|tomorrow|a+week|two+weeks|january|the+new+year',
    'back monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow',
    'for the weekend|holidays|week',
    ...backAfterASpan,
  ],
  donation: ['shelter|donation|donations|donate|donating|goodwill|charity|thrift|salvation+army|clothing+drive|food+drive|yard+sale|garage+sale|declutter|decluttering|downsizing|downsize|downsized|estate+sale',
    // Mail with an everyday addressee or occasion explains the letters in its sentence, as a donation explains the giving:
    // "writing letters to my pen pal tonight", "thank-you cards for the shower are finally going out" (not a thank-you note alone).
    'pen+pal|penpal|pen+pals|penpals|santa|cover+letter|cover+letters|christmas+cards|holiday+cards|save+the+dates|wedding+invitations|invitations|invites|postcards',
    // Letters of work and business, named by their kind: "wrote my resignation letter at 2am", "finally wrote the letter of
    // recommendation", "drafting a complaint letter to the landlord" (a letter to someone named alone, "a letter to my mom", stays).
    'resignation+letter|resignation+letters|letter+of+resignation|reference+letter|recommendation+letter|rec+letter|letter+of+recommendation|complaint+letter|letter+of+complaint|appeal+letter|dispute+letter|demand+letter|offer+letter|acceptance+letter|grant+letter|letter+of+support|support+letter|letter+of+intent',
    'cards|notes|letters _ for _ the|my|our? _ shower|baby+shower|bridal+shower|wedding|party|birthday|graduation|christmas|holidays|reunion',
    'for after the|my|our? shower|baby+shower|bridal+shower|wedding|party|birthday|graduation|christmas|holidays|reunion|game|show|recital|meeting',
    // Notes of work, named by where they go: "wrote my note for the case file", "progress notes for the chart", "notes for handover".
    'note|notes _ for|in|to _ the|a|my|our? _ case+file|file|chart|charts|record|records|handover|hand-off|report|audit|ehr|emr',
    'progress+note|progress+notes|case+note|case+notes|visit+note|visit+notes|shift+notes|handover+notes|soap+note|soap+notes|clinical+notes|session+notes',
    // Letters to oneself years on, a group's exercise: "wrote letters to our future selves", "a note to future me".
    'future+self|future+selves|future+me|future+us|younger+self|younger+selves|younger+me|past+self|inner+child',
    // Someone else's milestone: "grandma's 90th is saturday, we're all writing her letters", "cards for his retirement".
    'her|his|their|grandmas|grandpas|moms|dads|mums _ 50th|60th|65th|70th|75th|80th|85th|90th|95th|100th|birthday|bday|anniversary|retirement|graduation',
    // A ticket passed on, clothes outgrown: "anyone want my extra ticket for tonight", "giving away everything that doesn't fit".
    'ticket|tickets|closet|closets|wardrobe|outgrown|outgrew|not+fit|too+small|hand-me-downs|hand+me+downs|spring+cleaning', ...givenAwayEveryday, ...heirloomAtAMilestone],
  resumed: [
    'started|starting|start|began|begun _ again|back+up|up+again|back+again',
    'he|she|they|it|dad|mom|ex|husband|wife|boyfriend|girlfriend|partner|stepdad|brother _ did|does|do|happened|happens|is|was|hit|came|started _ it? again|still',
    'still _ does|do|is|are|hits|hurts|happens|going+on|doing+it|at+it|comes|threatens|calls|follows|shows',
    'again _ last|yesterday|this|tonight|today|recently|lately',
    // "back when i was using i wanted to die. now i want to again": the old wish said again.
    'now|and+now|lately _ i? _ want|wanna|feel|feeling|think|thinking _ to|like|it|that|so|about+it? _ again',
    // "in my darkest days i cut every night. last night i did it again": the old act done again by the writer.
    'i _ did|done|have+done|had+done _ it|that _ again',
    ...itCameBack,
    ...ongoingSince,
  ],
  everyday: [
    ...petsPassedOn,
    ...shootingEveryday,
    ...roofsInUse,
    'camping|camp|tent|hiking|hike|climbing|bouldering|belay|belaying|abseiling|rappelling|crag|fishing|swim|swimming|swimsuit|kayak|paddleboard|hunting|deer|range|target|targets|sight+in|sighting+in|sighted+in|sight+it+in|onion|onions|cooking|chopping|dinner|recipe|kitchen|carving|whittling|crafts|diy|tarp|hammock|swing|clothesline|traffic|commute|photo|photos|pictures|pics|sunset|sunrise|view|fireworks|stars|gutter|gutters|shingles|repair|repairs|fixing|painting|prescribed|as+prescribed|organizer|pillbox|vitamins|allergy|allergies|cramps|picnic|selfie|selfies|tourists|sightseeing|jogging|concert|bbq|barbecue|grill|grilling|cookout|weekly|ccw|license|holster|locked+up|gun+safety|dose|dosage|with+friends|with+a+friend|with+my+friends|with+friend|coffee|uber|lyft|pickup|can+not+find|where+i+parked|marathon|handing+out|shaving|shave|shower+caddy|race|10k|fundraiser|water+station|running+late|5+k|5k|volunteering|on+my+way+to+work|walkathon|10+k',
    // A height named as a path people walk: "the bridge on the new walking trail" (others asked along are `invited`).
    'trail|walking+trail|nature+trail|hiking+trail|greenway|bike+path|boardwalk|riverwalk',
    // Lunch eaten, packed or taken somewhere is a use ("on the bridge eating my lunch", "the knife for my lunch"); "at lunch" alone
    // only says when ("bought the rope at lunch").
    'eating|ate|eat|having|had|grabbing|grabbed|packed|packing|making|made|cutting|for|my|our|a|team|staff|office|work|group|birthday|potluck _ lunch', 'lunch _ with|spot|table|bench|date|box|break|hour|is|was|will',
    // Sport, the body's own trials and things taken back: "not stopping this time when it hurts, the last mile", "halfway up the mountain", "for disposal".
    'workout|gym|reps|squats|deadlift|mile|miles|laps|tattoo|piercing|waxing|mountain|summit|club|disposal|dispose|take-back|takeback|drop-off|dropoff',
    // Food taken by the box: "took the whole box of cereal".
    'cereal|cookies|donuts|doughnuts|chocolates|crackers|popsicles|cupcakes|granola',
    'for+the+week|for+this+week|for+the+month|for+the+trip|for+the+season|for+hunting+season',
    // "on the roof of the parking deck, only place with signal", "the knife is next to my keyboard, i was cutting an apple",
    // "the noose knot is the hardest one on the scout badge list", "in the car, engine on because it's freezing".
    'signal|reception|cell+service|one+bar|no+bars',
    // A place named as where the writer was set upon: "got jumped walking to the parking garage", "got mugged on my way out of the
    // station". The place is the scene of the harm, not the writer's; the harm itself is read by its own patterns.
    'got|get|getting|been _ jumped|mugged|robbed|attacked|assaulted|held+up|beat+up|beaten+up _ walking|on+my+way|on+the+way|heading|going|coming|leaving _ to|from|into|out+of|back',
    // Parked up high because the lot was full: "parked on the top level bc everything else was full", "only spot left was on the roof".
    'because|bc|cause|since _ everything|every+spot|every+other+spot|the+lot|the+garage|the+rest|it|downstairs _ else? _ was|is|were|s _ full|packed|taken',
    'only _ spot|space|spots|spaces _ left|open|free|available',
    // Food and drink named beside "the stuff" or a bottle: "i have the stuff for tonight: chips, salsa", "bottle's empty, need more milk".
    // Food or drink needed more beside a bottle: "bottle's empty, need more milk".
    'need|buy|get|grab|out+of _ more? _ milk|formula|juice|shampoo|ketchup|lotion|soap|kombucha|coffee+creamer',
    // A means made safe or handled at work: "bought a trigger lock after the lethal means talk", "pharmacy tech here, counted 3000 pills".
    'trigger+lock|cable+lock|gun+lock|safe+storage|lethal+means|pharmacy+tech|pharm+tech|pharmacy+techs|pharmacy+technician',
    'cutting|slicing|peeling|cut|sliced _ a|an|the|my|some _ apple|apples|orange|fruit|bread|cheese|bagel|sandwich|avocado|lime|lemon|tomato|steak|pizza|cake|melon|watermelon',
    'scout|scouts|scouting|merit+badge|badge|bowline|bowlines|sailing|knot+tying',
    'warm+up|warming+up|warm+it+up|warming+it+up|defrost|defrosting|deice|de-ice|scraping',
    'because|since|cause _ it _ is _ freezing|cold|snowing|icy',
    // "cleaned the shotgun, duck season opens saturday": a hunting season named anywhere near the gun.
    'season _ opens|opener|starts|is+open',
    'duck|deer|elk|turkey|goose|pheasant|bird|hunting|squirrel|rabbit|dove|quail|bear|hog _ season|opener',
    // "have the razor out to shave my legs": the razor's everyday use.
    'opener|shave|shaving|shaved',
    // Out on the water or under the sky with company: "heading to the lake tonight, anyone wanna fish", "watching the meteor shower".
    'fish|boat|boating|canoe|canoeing|kayaking|bonfire|meteor|meteors|stargazing|fireflies',
  ],
  // Someone else's last words, read only inside their quoted message ("she texted me 'im done'") and only beside concern.
  // Each starts on a rare word: these frames are tried at every token of every message.
  farewell: [
    'done|finished|sorry|goodbye|bye|farewell',
    'anymore|any+more',
    'forgive me',
    'thank+you|thanks|thank+u|thx _ for _ everything|trying|all|being|it+all',
    'care _ of _ __ for+me',
    'look|come|wait _ for _ me',
    'tell _ mom|dad|mum|my|the|everyone|everybody|yall|them|her|him|kids _ i|im|that',
    'honor|pleasure _ working|knowing|being',
    'storm|fight|war|pain|struggle _ is|will+be _ over',
    'other side',
    'time _ you _ see|read|get|hear|find',
    'last+one|last+hit|last+drink|last+high|last+bag',
    // "just wanted to hear your voice one more time", "the last time u hear from me", "none of this will matter".
    'one+more+time|one+last+time',
    'last _ time _ you|u _ hear|see|talk',
    'none of this _ will|would _ matter',
    'do|doing _ this|it _ alone',
    'i tried',
  ],
  // Last words plain enough in someone else's quoted message to need nothing beside them.
  lastWords: [
    'hear|see|hug|talk+to _ you|your+voice _ one+more+time|one+last+time|for+the+last+time',
    'done _ with _ this|the _ world|life|living|everything',
    'none of this _ will|would _ matter',
    'sorry _ for _ wasting|being _ your|a _ time|burden|problem',
    'will+not|not _ need _ the|my _ next|appointment|appt|meds|stuff',
    'will+not|not _ hear _ from _ me',
    'going+to|gonna|want+to|wanna|ready+to _ go _ see|be+with _ my _ buddies|mom|dad|grandma|grandpa|brother|sister|son|daughter|wife|husband',
    'want+to|wanna|ready+to|going+to _ be+with _ my _ mom|dad|grandma|grandpa|brother|sister|son|daughter|wife|husband|buddies',
    'kids|family|mom|wife|husband|they|nobody|someone _ would|will|might|wont _ find _ me',
    'take _ the _ long _ walk|sleep|nap',
  ],
  // Someone else found, or at a high place, as an emergency goes on (emergency-scene.ts reads it beside `concern`).
  scene: [
    'found|find _ my|our _ @other|uncle|aunt|grandpa|grandma|neighbor|neighbour|stepdad|stepmom|sponsee|sponsor|buddy|dad|mom|husband|wife|son|daughter|brother|sister',
    'found|find _ him|her|them',
    '@other|sponsee|sponsor|mentee|buddy|uncle|aunt|neighbor|neighbour|who _ is|s|was|has+been _ on|at|under|in _ the _ __ bridge|ledge|roof|rooftop|overpass|tracks|railing|cliff|parking+garage|top+floor',
  ],
  concern: [
    'answering|picking+up|responding|replying|reachable',
    'reach|get+hold|get+ahold _ him|her|them|my',
    'phone|phones _ is|was|went|has+been|is+going|goes|s _ off|dead|straight+to+voicemail|to+voicemail',
    'turned|turns|switched|shut _ off _ his|her|their _ phone|location',
    '911|999|112|ambulance|paramedics|ems|mobile+crisis|crisis+team',
    'wellness|welfare _ check',
    'driving|heading|omw|rushing _ over|there|to+her|to+his|to+their',
    'paged|page _ on+call|on-call|the+on+call',
    'worried|scared|terrified|freaking _ sick? _ about? _ him|her|them',
    // Gone quiet after the words: "left the chat", "went offline", "then his phone died", "and hung up".
    'left _ the|our|my? _ chat|group+chat|server|call',
    'went|gone|going _ offline|dark|silent',
    'phone|cell _ died|is+dead|was+dead',
    // "and now his phone off": said without a verb.
    'now _ his|her|their _ phone|cell _ off|dead|going+to+voicemail',
    'hung up',
    'will+not|not _ answer|respond|open+the+door|come+out',
    'door _ is|was _ locked',
  ],
  keptAtIt,
  pastTime: [
    // "thoughts on repeat since the weekend": a time the thoughts have lasted since, not a time set ("on" read across "since" too).
    'since _ the|last|this? _ @timing|weekend|night|morning', 'on|by _ __ since',
    'been __ this+week|this+month|this+weekend|today|all+day|all+week|lately',
    'loud|winning|bad|strong|worse|rough|heavy|intense|louder|quiet|hard _ today|tonight|this+week','last|all|every|each|past @timing|night|week|month|weekend|day', 'every|all|each night|day|morning|evening this week|weekend|month', 'this morning', 'yesterday @timing|morning|afternoon|evening', ...timesNotSet],
  actingDenied,
  // "shells for deer season", "for the turkey hunt": a season or a hunt named (branch t-en96).
  purpose: ['for a|the|my|our|his|her|camping|hunting|fishing|work|school|crafts|decoration|decorations|the+garden|the+trip|a+project', 'for _ deer|duck|turkey|dove|goose|pheasant|squirrel|elk|bird|coyote|coyotes|skeet|trap _ season|camp|hunt|hunting|shoot', ...shootingPurpose, ...papersAsLifeAdmin],
  joke: ['lol|lmao|lmfao|haha|hahaha|jk|rofl|kidding|😂|🙃|🤣|💀|😭|😅|🙄|lolol|ugh|smh', 'just kidding'],
  // "this homework makes me want to die lol jk": taken back ("not kidding" is meant).
  retract: ['jk|jkjk|j+k', 'just|only|im|i+am _ kidding|joking', 'joking|kidding', ...sighsTakenBack],
  quotedAbout: quotedSignAbout,
  feared: fearedDying,
  thingEnded: thingsEnded,
  ...englishFramesOfOver,
  ...englishFramesOfJoining,
  ...englishFramesOfInviting,
  ...englishFramesOfMishap,
  ...englishFramesOfSurfaceDenied,
  sameHere,
  dyingThing: thingsThatDie,
  lineReached,
  awayFor,
  freeTime,
  caredForAWhile,
  toldOfOne,
  placeLeft: placeLeftOnline,
  tiringStretch,
  pettyThreatStakes,
  coped,
  agreed,
  shiftTaken,
  // "the audit is tomorrow, we're all gonna die", "\"we're all gonna die someday\" my 6 year old at dinner".
  fateShared: ['we|us _ all _ going+to|gonna|gon|bout+to|about+to die', 'all+of+us|everyone|everybody _ going+to|gonna|gon die'],
  ...englishFramesOfAsking,
  // A crisis told as now, which good news around it does not make history.
  current: ['last night|evening|week|weekend', 'this morning|afternoon|evening|week|weekend', 'tonight|yesterday|again|still|earlier|overnight|rn|relapsed|relapsing', 'right now', 'just now', 'an|a _ hour|hours|minutes _ ago', 'hours|minutes _ ago',
    // "client just took like 30 of something", "just texted me", "right in front of me", "on the other line".
    'just _ told|texted|took|called|sent|wrote|messaged|dmed|swallowed|posted|said|showed', 'right in front of me', 'on the other line', 'on the phone with me',
    // Help on its way, someone in a state now: "police are on the way", "is slurring at me", "is in the bathroom hiding".
    'police|cops|ems|ambulance|paramedics|mobile+crisis|crisis+team _ are|is _ on+the+way|en+route|coming|here', 'called _ 911|the+police|ems|an+ambulance|mobile+crisis',
    'is|s|are slurring|bleeding|unresponsive|hiding|passed+out|turning+blue|not+breathing|still+on+the+phone', 'over the weekend'],
  idiom: [...idioms, ...placeToOneself, ...suspenseRevealed, ...triedAtAThing, ...restAfterWork, ...passedAsATest, ...pointOfAThing, ...nicknamesCalled, ...wordGettingBack],
  thingLost: [...recordsLost, ...servedLostElsewhere],
};
