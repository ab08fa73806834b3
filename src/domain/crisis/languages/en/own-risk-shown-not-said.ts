/**
 * English own risk shown rather than said (branch t-own55; notation in ../../patterns.ts, joined to the other own-risk files
 * by ../en.ts): the ways the fifty-fourth fresh batch wrote the writer's own risk without its words. Self-harm told by its
 * traces or by a broken streak that is not the drinking one (sleeves "you know what that means", marks said to be new, the
 * not-hurting-myself streak back to day 1); a wish to be dead in pictures (the big sleep looking cozy, a hole deeper than any
 * ladder, the part of the movie where my character exits, no next year with me in it); burden shown (those near better when
 * the writer is not around, a mom "who isn't this", more room without me in it, oxygen someone else could use); the safety
 * question lied to, and a low check-in score whose everyday reading is denied ("should be a 0 and i dont mean burnout").
 * Each keeps the writer's own ending or harm in its words: a language app's streak, sleeves for the office's air
 * conditioning, exiting a meeting, the Bogart film and a coworker's micromanaging stay everyday.
 * test/unit/domain/crisis/own-risk-shown-not-said.test.ts holds each family beside its look-alikes.
 */
// A hyphen is a mark, and no pattern reads across it: "not-hurting-myself streak" is read from its last word, "myself streak".
const streakKinds = 'myself|harm|sh|nssi|selfharm|cutting|sh+free|harm+free|cut+free|cutting+free';

export const ownRiskShownNotSaid: Record<string, string[]> = {
  'self-harm': [
    // A streak named by what it counts, broken or back to the start: "my not-hurting-myself streak is back to day 1".
    `${streakKinds} streak|counter|count|days _ __ broke|broken|ended|reset|gone|over|back+to|at+day|day+1|day+one|zero|0`,
    // A clean streak told apart from the drinking one: "my clean streak broke and not the drinking one", "the other streak".
    'streak|counter|count|clean+time|clean+days _ __ broke|broken|ended|reset|back+to|gone|over|lost _ __ not|nt _ the _ drinking|drug|using|sobriety|booze|substance|alcohol _ one|kind|streak',
    'other _ streak|counter|count _ __ broke|broken|ended|reset|gone|back+to|lost _ __ ,? _ the _ one _ nobody|no+one|noone|they+do+not|they+dont _ gets|get|gives|give|hand|hands _ a? _ chip|chips|coin|keychain',
    'broke|lost|reset|ended _ my|the _ other _ streak|counter|count _ __ ,? _ the _ one _ nobody|no+one|noone|they+do+not|they+dont _ gets|get|gives|give|hand|hands _ __ chip|chips|coin|keychain',
    // Sleeves or a hoodie whose meaning the reader is trusted to know: "long sleeves to group again, yall know what that means".
    'long+sleeves|sleeves|hoodie|hoodies|bracelets|bandaids|band-aids|plasters _ __ know|knows|guess _ what _ that|this|it _ means|meant',
    'long+sleeves|sleeves|hoodie|hoodies|bracelets|bandaids|band-aids|plasters _ __ ,? _ __ know|knows|guess _ what _ that|this|it _ means|meant',
    // Marks said to be new or fresh, on the writer's own body: "the marks on my arm are new".
    'marks|cuts _ on _ my _ arm|arms|wrist|wrists|thigh|thighs|legs|leg|stomach|hip|hips _ are|r|is _ new|fresh|recent|back',
  ],
  'wish-dead': [
    // The big sleep pictured as inviting (the film's title alone, or a film night, stays quiet).
    'the+big+sleep|the+long+sleep|eternal+sleep|the+forever+sleep|the+final+sleep|a+dirt+nap|the+dirt+nap|the+forever+nap _ is|s|looks|looking|sounds|sounding|seems|seeming|getting _ real|so|pretty|kinda|very|more|more+and+more|lowkey? _ cozy|cosy|comfy|tempting|appealing|inviting|peaceful|restful|attractive',
    // The writer's own exit from the story they are living: "the part of the movie where my character should just exit the story".
    'part _ of _ the _ movie|film|show|story|book|episode _ where _ my+character|i|me|the+main+character _ __ exit|exits|leave|leaves|die|dies|disappear|disappears|gets+written+out|get+written+out|is+written+out',
    'write|writing|written|wrote _ myself|me _ out _ of _ the|this|my _ story|script|plot|show',
    // A future pictured without the writer: "cant see a version of next year with me in it".
    'can+not|cant|do+not|dont|never|could+not|couldnt _ see|picture|imagine|find _ __ next+year|the+future|next+spring|next+summer|next+winter|next+christmas|my+birthday|my+30s|my+40s|next+month _ with _ me _ in _ it',
    // Envy of the dead, said of someone who passed: "jealous of the guy from my home group who passed. he gets to rest".
    // (A test or an exam passed is an idiom: `passedAsATest`.)
    'jealous|envious|envy _ of _ __ who|that _ passed|passed+away|died|overdosed|ods|od|is+gone|are+gone|got+to+go',
    // The safety question lied to: "my therapist asked if i feel safe and i lied", "lied on the safety question".
    'asked|asks|ask|asking _ __ if|whether _ i _ feel|felt|was|am|m|were|be _ safe _ __ and|but|so _ i _ lied|lie|fibbed',
    'lied|lie|lying _ on|about|to|during _ the|my _ safety+question|safety+screen|safety+check|safety+screening|screening+question|question+9|q9|question+nine|phq+9|phq-9|c-ssrs|cssrs',
    'i _ lied|lie|fibbed _ when _ __ asked _ if|whether _ i _ feel|felt|was|am|were _ safe',
  ],
  hopelessness: [
    // A hole with no way out: "the hole is deep today. deeper than any ladder i've got".
    'deeper|deep|taller _ than _ any|every _ ladder|ladders',
    'no|not+one|not+a _ ladder|ladders _ __ long|tall|enough _ enough|for _ this|this+hole|this+pit|me',
    // A low check-in score and its everyday reading denied: "should be a 0 and i dont mean burnout".
    // ("check-in" is read after its hyphen, so the pattern starts at the score it should have been.)
    'should|shouldve|really|honestly|actually _ be|been|is|was _ a? _ 0|zero|1|one _ __ do+not|dont|not _ mean|meaning|talking+about _ burnout|work|the+job|my+job|stress|workload|the+caseload|tired|sleep',
  ],
  burden: [
    // Those near the writer better when the writer is away, without "off": "everyone's better when i'm not around".
    'everyone|everybody|they|people|everything|my+family|my+kids|home|the+house _ is|be|s|are|gets|get|feels|seems _ better|happier|calmer|easier|lighter|quieter _ when|whenever|if|once _ i _ am|m|be? _ not _ around|there|here|in+it',
    'everyone|everybody|they|people|everything|my+family|my+kids|home|the+house _ is|be|s|are|gets|get|feels|seems _ better|happier|calmer|easier|lighter|quieter _ when|whenever|if|once _ i _ am|m|be? _ gone',
    // A mom or a dad wished to be someone else: "my kids deserve a mom who isnt this. someone else. anyone else".
    // Started at "my", so the burden is the writer's whoever the sentence's subject ("a mom who" is no one else).
    'my|our _ kids|kid|son|daughter|children|child|girls|boys|baby|babies|family|husband|wife|partner _ deserve|deserves|need|needs _ a|an _ better? _ mom|dad|mother|father|mum|parent|wife|husband|partner|sister|brother|daughter|son|friend _ who|that _ is|be _ not _ this|me|like+me',
    'my|our _ kids|kid|son|daughter|children|child|girls|boys|baby|babies|family|husband|wife|partner _ deserve|deserves _ a|an _ mom|dad|mother|father|mum|parent|wife|husband|partner _ other+than _ me|this',
    // Room, air and space the writer takes from others: "more room without me in it", "using up oxygen someone else could have".
    'more _ room|space|air|oxygen|light _ __ without _ me _ in _ it',
    'using|use|uses|taking|take|wasting|waste _ up? _ oxygen|air|space _ __ someone|somebody|others|other+people|anyone _ else? _ could|should|would|might _ have|use|need|breathe',
  ],
};

/** A test, an exam or the bar passed: "jealous of my friend who passed her driving test" envies no one dead (frame `idiom`). */
export const passedAsATest: string[] = [
  'passed|passes|pass _ __ test|tests|exam|exams|boards|bar|class|classes|course|license|licence|probation|inspection|audit|ua|uas|quiz|interview|level|finals|midterm|midterms',
];
