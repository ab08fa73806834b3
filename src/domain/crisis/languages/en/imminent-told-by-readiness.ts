/**
 * English own imminent risk told by its readiness (branch t-imm55; notation in ../../patterns.ts, joined to the other own-risk
 * files by ../en.ts): the writer says what is ready, where they are or when, and never the deed. Each is a hint, everyday
 * alone, that composes with another (../../hint-weights.ts): a last thing said to reach past work ("final shift tomorrow. not
 * just at work"); waiting for the house to be empty once "everything i need" is had; a means fetched from where it was kept
 * and sat with ("got my dad's old case out. it's on the bed. just sitting with it"); being at "the place", calm with it;
 * affairs handed over against a deadline ("need it sorted by tmrw") or called the last chore; a home given up with nowhere
 * next, on purpose; the next day's absence explained as resting at last; thanks passed on "for me". A trip, a move with the
 * new place named, a vacation cover, a meetup or a rest after a night shift are everyday (frames.ts `leaving`, `purpose`).
 * test/unit/domain/crisis/imminent-told-by-readiness.test.ts holds each family beside its look-alikes.
 */
export const imminentToldByReadiness: Record<string, string[]> = {
  // An ending said to reach past work or school: "not just at work", "and not only from the job", "in more ways than one".
  finality: [
    'not+just|not+only|and+not+just|and+not+only|nt+just|nt+only _ at|from|with|for|about _ work|the+job|my+job|school|uni|the+office|the+store|the+shop|this+job',
    'last|final _ shift|day|class|chore|thing|one _ in _ more+ways+than+one|every+sense|every+way|all+senses',
    // A chore called the last one: "last chore", "final errand" (beside a will on the fridge); "on the list" is an idiom (frames.ts).
    'last|final chore|errand|task|loose+end|box+to+tick',
    // The next day's absence explained as rest at last: "if i'm not on the 9am call it's bc i'm finally resting".
    'because|bc|cause|cuz|coz _ i+am|im|i+will+be|ill+be _ finally|at+last _ resting|at+rest|at+peace|free|asleep|sleeping|home',
    'rest|resting|sleep|sleeping _ for _ a+long+time|a+long+while|a+very+long+time|good|ever|a+good+long+while',
    // An errand with the means called done: "picked up the rope on my way home. thats done" (an ending beside the means).
    'that+is|thats|that+s done|sorted|handled|taken+care+of',
  ],
  absence: [
    // "if i'm not on the 9am call", "if i dont show up to group tomorrow": the writer's absence foretold.
    'if _ i+am|im|i _ not _ on|at|in _ the|tomorrow+s|tmrws|our _ __ call|meeting|zoom|class|shift|standup|stand-up|group|check-in|checkin',
    // A home given up with nowhere next: "no next place lined up", "nowhere to move to" (a move names the new place).
    'no|not+any|nt+any _ next|new|other _ place|apartment|flat|home|room _ lined+up|to+go|sorted|planned|arranged|booked|to+move+to',
    'nowhere|no+where _ to _ go|move|live|stay _ after|afterwards|next|after+that',
  ],
  // A home given up: "gave notice on the lease for end of month" (settling; a move names where it goes, which `leaving` reads).
  'preparation-hint': ['gave|give|giving|gave+in|handed+in|put+in _ notice _ on|for _ the|my|our _ lease|flat|apartment|place|room|tenancy'],
  // Waiting for the house to be empty or everyone out, once what is needed is had: a time, urgent only beside an act.
  timing: [
    'waiting|wait|waitin _ for|till|until|til _ the|my|our _ house|place|flat|apartment|home _ to+be|to+get|is|gets _ empty|quiet|clear',
    'waiting|wait|waitin _ for|till|until|til _ everyone|everybody|them|the+kids|my+parents|my+roommates|my+wife|my+husband|my+partner _ to? _ leave|leaves|left|go|goes|is+out|are+out|to+be+out|to+go+out',
  ],
  // Affairs handed over against a deadline: "need it sorted by tmrw" (settling is everyday beside a time alone; this is a plan).
  'plan-talk': ['need|needs|want|have _ it|this|everything|them|that _ sorted|done|set+up|settled|in+order|ready _ by|before _ @timing|tmrw|tmr|tomoz|the+morning|end+of+day|eod'],
  // A means fetched from where it was kept: "got my dad's old case out of the basement", "took the case down from the closet".
  'means-hint': [
    'got|took|brought|pulled|grabbed|dug _ dad+s|my+dad+s|grandpa+s|my+grandpa+s|his|the|my _ old? case|gun+case|lockbox|gun+safe _ out|down|up',
  ],
  // The means or the place sat with now: "i'm just sitting with it", "been holding it for an hour", "it's on the bed".
  present: [
    'i+am|im|i _ just? _ sitting|sat|staring|holding|laying|lying _ with|at _ it|them',
    'been _ sitting|staring|holding _ with|at? _ it|them _ for _ an|a|hours|an+hour|a+while',
  ],
  // At the place the writer went to, and calm with it: "i'm at the place. it's quiet. i'm ok with this".
  place: ['i+am|im|i _ at|here+at|by _ the _ place|spot'],
  // Calm with it, weak: beside the place it is urgent, beside a wish ("not making it to 30 and im ok with that") it adds nothing.
  'low-mood': ['i+am|im|i _ ok|okay|fine|good|at+peace|calm|alright _ with _ this|it|all+this|everything'],
  // Thanks passed on by someone else, as a goodbye would be: "tell ms d thank you for me", "tell my sister i said thanks".
  'goodbye-hint': ['tell _ __ thank+you|thanks|i+said+thanks|i+said+thank+you|i+love+them|i+loved+them _ for+me|from+me'],
};
