/**
 * English imminent risk told tersely as an act under way or about to happen (branch t-imm-acts, 2026-12-02), joined by
 * en.ts (notation in ../../patterns.ts, macros in ../en.ts). The means is named by a pronoun or left out ("took them all
 * like 20 min ago"), its count stands after a comma ("took my dads pills, all of them": `,?` is the one slot that reads
 * across a comma, so only a pattern that names it joins the two), resolve is set against a past stop ("not stopping this
 * time when it hurts"), or it is said in second-language English ("ME DRINK MANY PILL NOW", "mi a go tek dem").
 * test/unit/domain/crisis/imminent-acts-terse.test.ts holds each family beside its everyday look-alikes.
 */
export const imminentActsTerse: Record<string, string[]> = {
  'acting-now': [
    // Taken by referring back, with how long ago, nothing between: "took them all like 20 min ago" ("took them all to the vet" has a place between).
    'took|tookk|swallowed|downed|popped|taken them|em|it all|already? like|about|maybe|around|bout? 1*|2*|3*|4*|5*|6*|7*|8*|9*|an|a|half+an|few|ten|twenty|thirty min|mins|minutes|hour|hours|hr|hrs ago',
    // A container emptied by a means named in it: "took the whole box of tylenol", "the entire jar of sleeping pills".
    'took|tookk|swallowed|downed|drank|taken the|a whole|entire|full box|jar|tub|pack|packet|strip of _ @pills',
    // The bottle opened and the pills out, in one breath: "bottle open, pills out", "bottle's open, pills are counted".
    'bottle|bottles is|s|are? open|opened ,? and? the|my? @pills are|s? out|counted|poured|lined+up|in+my+hand',
    // Swallowed while writing: "swallowing the pills one by one while i type this".
    'swallowing|taking|popping|downing _ @pills one+by+one|one+at+a+time _ while|as i type|typing|write|writing',
    // Second-language English, often shouted: "ME DRINK MANY PILL NOW", "i drink many tablet already".
    'me|mi|i drink|drinking|take|taking|tek|swallow|eat many|much|plenty|all|whole|di pill|pills|tablet|tablets|medicine|medicines now|already|right+now|dem|today',
  ],
  // The means left implied, so an everyday use nearby explains it as it explains a named means (read.ts: "tied the rope
  // already, the tent is up", "not stopping this time when it hurts, the marathon is mine").
  method: [
    // The means, then its count after a comma: "took my dads pills, all of them", "swallowed the oxy, every last one".
    'took|tookk|swallowed|downed|popped|taken|take|swallow _ @pills ,? all+of+them|all+of+em|every+last+one|every+single+one|every+one|the+whole+bottle|the+whole+lot|the+lot|all+at+once',
    // The rope tied, said plainly: "mi tie di rope already", "tied the noose already".
    'tie|tied|tying|tyin the|di|my|a? rope|noose already|now|rn|up+already',
    // Resolve set against a past stop, with the pain that stopped it: "not gonna stop this time when it hurts".
    'not|never _ stop|stopping this+time when|even+if|if|til|till|until it+hurts|it+starts+hurting|it+gets+bad|it+bleeds|it+burns',
    // "last time i stopped halfway. not this time": the past stop named, then the resolve ("this time im going all the way").
    'last+time i stopped|quit|chickened+out|bailed|pulled+back halfway|too+soon|too+early|partway',
    // Second-language English: "mi a go drink di weedkiller", "me go take the poison".
    'mi|me a+go|gwaan|go|going tek|take|drink|swallow di|the? weedkiller|poison|bleach|rat+poison|tablets|pills',
  ],
};

export const imminentActsTerseHints: Record<string, string[]> = {
  // Being there, said in second-language English: "TONIGHT ME GO BRIDGE", "me go to the river".
  place: ['me|mi|i go|going to? the|di? bridge|river|tracks|train|cliff|sea|ocean'],
  // A thing taken, its means unnamed or its time left out: "i took the whole box", "its in me now", "i alredy take the pils".
  'taken-hint': [
    'took|tookk|swallowed|downed|taken the|a whole|entire box|jar|tub|packet|pack',
    'it|its|it+is|everything|they+are|theyre all? in+me|inside+me now|already',
    'already|alrdy took|take|swallowed|drank the|my|all+the|all+my? @pills',
  ],
  // Letters left where they will be found, and an apology for what will be found: "the letter is on the fridge", "sorry for the mess".
  'farewell-hint': ['letter|letters|note|notes is|are|s? on|in the|my fridge|pillow|kitchen+table|counter|nightstand|top+drawer'],
  'goodbye-hint': ['sorry for|about the mess|trouble'],
  // The same deeds said of a thing unnamed are everyday alone ("tying it now, the boat's ready", "mi a go tek dem to di shop"),
  // a sign beside another ("i'm tying it now. sorry", "mi have di tablets dem inna mi hand... mi a go tek dem").
  'means-hint': ['i+am|im|am tying|tyin it now|rn|right+now', 'have|got|hold _ di|the|my? tablets|pills|tablets+dem|pills+dem|dem|them inna|in mi|my hand|han'],
  'plan-talk': ['mi|me a+go|gwaan|go tek|take|drink|swallow dem|them|it'],
};
