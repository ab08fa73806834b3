/**
 * English own risk said in passing (branch t-own42; notation in ../../patterns.ts, macros in ../en.ts, joined to the other
 * own-risk files by ../en.ts): the ways people write their own risk without the words of dying, read from the forty-second
 * fresh batch. Understated wishes ("wouldn't fight it if something happened", "done trying to stay alive", "idk if i want to
 * live"), thoughts of "just" letting it happen ("thinking about just not braking"), being worth more through a policy,
 * a means turned on nobody but the writer, a sign asked of the world ("if nobody answers im taking that as my answer"),
 * the means hidden from those who would stop it, being past the railing. Hints: what is left to take care of being the
 * writer, a cover story denied ("its not a week", "its not for the range"), a pet or a group handed on for good, "whoever
 * finds me", the nerve worked up. Each needs the writer's own ending beside the words: "all that's left to sort is the
 * garage", "its not a big deal", "working up the nerve to ask her out" stay everyday.
 * test/unit/domain/crisis/own-risk-said-in-passing.test.ts holds each family beside its look-alikes.
 */
export const ownRiskSaidInPassing: Record<string, string[]> = {
  'wish-dead': [
    // Not fighting what might come: "i wouldn't fight it if something happened to me".
    'would+not|wouldnt|not+going+to|not+gonna|will+not|wont _ fight|resist|stop _ it _ if _ something|anything|it _ happened|happens|came|comes|took+me',
    // Done staying alive: "done trying to stay alive honestly", "tired of trying to keep living".
    'done|tired|sick|finished _ trying _ to _ stay+alive|keep+living|live|survive|keep+myself+alive|stay+here',
    // Not knowing one wants to live: "idk if i want to live", "not sure i wanna be alive".
    'do+not+know|not+sure|unsure _ if|whether _ i _ want|wanna _ to? _ be+alive|keep+living|stay+alive|be+here+anymore|live+anymore|live+much+longer',
    // Hoping a relapse would end it: "part of me hoped it would kill me".
    'hoped|hoping|wished|wishing|prayed|praying _ it|that|this|they|the+dose _ would|will|might _ kill|end _ me',
    // Waking regretted: "wake up most days wishing i hadnt", "wake up and wish i didnt".
    'wake|waking|woke|wakes _ up? __ wish|wishing _ i _ did+not|didnt|had+not|hadnt|would+not|wouldnt|never+did|never+had',
    // Asking to be taken: "everyday i wish god take me", "praying the lord would take me".
    'wish|wishing|pray|praying|beg|begging|want|asking _ god|jesus|the+lord|heaven _ would|will|to|could|just? _ take _ me',
  ],
  'suicidal-thoughts': [
    // Thinking of "just" letting it happen: "think about just not braking", "thinking about just letting myself sink".
    'think|thinking|thought|thoughts _ about|of _ just? _ not+braking|letting+myself+sink|letting+myself+drown|letting+go+of+the+wheel|stepping+out+in+front|swerving+into|driving+off+the+road|driving+off+a+bridge|driving+off+a+cliff',
    'swim|swimming|walk|walking _ out _ until|till|til _ i _ cant|can+not|go+under',
    // A life ended soon said of the writer: "there isn't going to be a tomorrow for me".
    'not|no _ going+to|gonna? _ be _ a|any _ tomorrow|next+week|next+year|future _ for _ me',
  ],
  burden: [
    // Worth more through a policy: "my life insurance is worth more than i am", "better off with the insurance than with me".
    'life+insurance|insurance|policy|payout _ __ worth+more|better+off|more+use|better _ __ than _ i+am|me|i+ever+was|having+me',
    'outlived _ my _ usefulness|purpose|welcome',
  ],
  intent: [
    // A means turned on nobody but the writer: "not gonna use it on anyone but me".
    // The negator is the pattern's own: "not" here says who, not whether.
    'not|never|wont|will+not _ use|using|point|pointing|turn|turning _ it|them|the+gun|the+knife _ on|at _ anyone|anybody _ but|except|other+than _ me|myself',
    'use|using|point|pointing|turn|turning _ it|them|the+gun|the+knife _ on|at _ nobody|no+one|noone _ but|except|other+than _ me|myself',
    // A sign asked of the world: "if nobody texts back by midnight im taking that as my answer and going through with it".
    'taking|take|took _ that|it|the+silence _ as _ my|an|the|a _ answer|sign _ __ go+through|going+through|do+it|doing+it|end+it|ending+it',
    // Not making it by choice: "im not gonna make it to the morning, and thats by choice".
    'not _ make+it _ to|through|past|til|till _ the? _ morning|night|tomorrow|weekend|sunrise ,? _ by+choice|on+purpose|my+choice|my+decision',
    // The means hidden from those who would stop it: "hid the pills so my partner wont find them before i get the chance".
    'hid|hide|hiding|hidden|stashed|stash|stashing _ __ __ before _ i _ get _ the|a _ chance',
  ],
  'acting-now': [
    // Past the railing: "im on the wrong side of the balcony railing".
    'wrong+side _ of? _ the|a _ balcony|bridge|overpass|roof? _ railing|railings|rail|barrier|guardrail',
  ],
  finality: [
    // What is left to take care of is the writer: "all thats left to take care of is me".
    'left _ to _ take+care+of|do|deal+with|handle|sort|cross+off _ is _ me|myself',
    // A cover story denied in its own words: "its not a week", "its not for the range", "its not about my knee" (a trip or a move
    // denied is everyday-frames.ts's cover story already: "its not a trip" alone stays one ending).
    'it|its|it+is|this|this+is|that|thats _ not|isnt|is+not _ a|for|about _ the|my|a? _ week|weekend|range|surgery|knee|back|cabin|sleepover|hurricane',
    // "my kid who finds me", "whoever finds me".
    'who|whoever|whomever|that _ finds|will+find|would+find|gonna+find|is+going+to+find _ me|my+body',
    'dear _ whoever|whomever|whoever+sees+this|whoever+reads+this _ sees|reads|finds _ this',
  ],
  absence: [
    // Absence said with forever: "i wont be at group tomorrow or ever", "wont be here. like at all. ever".
    'will+not|wont|not+going+to _ be _ at|in|here|there|around _ __ or+ever|ever+again|or+any+group|or+any+shift|anymore+at+all',
  ],
  'preparation-hint': [
    // A group, shifts or a pet handed on for good: "need someone to take the tuesday group permanently".
    'take|cover|have|keep _ __ group|groups|shifts|shift|clients|caseload|cat|dog|fish|pets _ permanently|for+good|from+now+on',
    'cat|dog|kitty|puppy|fish|pets _ __ needs|need _ a _ real|new|forever|good|permanent _ home',
    // Passwords and a funeral home's number sent on: "sent my sister all my passwords and the number for the funeral home".
    'number|contact|info _ for _ the _ funeral+home|funeral+director|crematorium|cremation',
  ],
  'plan-talk': [
    // The nerve worked up beside a place or a means: "parked at the lookout with a bottle. been here two hours working up the nerve".
    'working|work|getting|get|worked|got _ up _ the _ nerve|courage',
  ],
};
