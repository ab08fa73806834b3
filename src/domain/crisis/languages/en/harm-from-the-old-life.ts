/**
 * Harm from the old life, said in the words of the yard and the street (notation in ../../patterns.ts), joined by ../en.ts:
 * - an order to hurt the writer put out on them: "theres a green light on me", "got a greenlight on my name", "a hit out on me",
 *   "smash on sight", a snitch jacket hung on them ("they put a rat jacket on me"): a threat. A green light on a project or a
 *   plan is no one's, so only "on me", "on my head" or "on my name";
 * - the old crew looking for the writer or wanting them touched, the writer called food when they go back: a threat;
 * - word sent from a shot caller or the old crew that the writer is on a list ("sent word that im on his list", "put the word out
 *   im on their list"): a threat. A waiting list or a guest list has no one who sent word;
 * - someone from the old harm named as here now: the client they assigned is "the guy who put me in the hospital", "the dude
 *   who stabbed me": a threat; a guard or an officer who used to mess with the writer and follows or watches them now: stalking.
 *   A dog or a toddler that follows the writer into the bathroom is no guard.
 */
const order = 'green+light|greenlight|green-light|hit|contract|price|bounty|smash+on+sight|kos|sos|jacket|snitch+jacket|rat+jacket';
const past = 'put+me+in+the+hospital|put+me+in+the+icu|stabbed+me|shanked+me|jumped+me|shot+me|cut+me|beat+me+up|robbed+me|assaulted+me|attacked+me|sliced+me|poked+me|put+hands+on+me';
const guard = 'co|c+o|cos|guard|guards|officer|deputy|cop|sergeant|sarge|lieutenant|screw|bull';

export const harmFromTheOldLife: Record<string, string[]> = {
  threat: [
    `there+is|theres|got|put|is|out|got+a|put+a|a|the ${order} out? on me|my+head|my+name|my+back`,
    'green+light|greenlight|green-light|greenlit on|for me|my+head|my+name',
    'i+am|im|i+got|i+was|got+me greenlit|green+lit|marked|on+the+list|on+his+list|on+their+list|on+the+hit+list _ by|from|for|now|again|since|out',
    'sent|put+out|passed|got|spread|put _ word|the+word|a+kite|a+message _ __ i+am|im|that+i+am|that+im|i+was on _ his|their|the|a _ list|hit+list|paperwork',
    'shot+caller|shotcaller|the+yard|old+crew|my+old+set|the+set|the+car|his+people|their+people __ wants|want|sent|put|said _ me|word|i+am|im',
    // The old crew out looking, or wanting the writer dealt with: "my old set is looking for me", "word is they want me touched",
    // "im food when i go back" (friends looking for the writer at a show, or a wish to be "handled" with care, name no crew).
    'old+crew|old+set|old+gang|the+set|the+gang|my+old+block|the+block|the+yard|shot+caller|old+homies|my+old+homies|his+people|their+people __ looking|lookin|hunting|out _ for _ me',
    'want|wants|wanted|trying+to+get _ me|my+ass _ touched|popped|smoked|stretched|clipped|whacked|dealt+with|taken+care+of',
    'i+am|im _ food|fair+game|on+sight _ when|if|once|the+minute|soon+as _ i _ go+back|get+back|touch+down|hit+the+yard|land|come+home',
    `is|was the guy|man|dude|one|person|same+guy|same+dude|same+one who|that ${past}`,
    `who|that ${past} __ recognized|recognised|found|saw|smiled|knows+where|showed+up|is+out|got+out|lives|works|assigned|moved`,
  ],
  stalking: [
    `${guard} __ follows|followed|following|keeps+following|watches|watching|waits|waiting|tails|tailing me`,
    'mess|messed|messing+with|fucked+with|beat|jumped|hurt _ me __ follows|followed|following|keeps+following|watches|watching|waits+for|waiting+for me',
  ],
};
