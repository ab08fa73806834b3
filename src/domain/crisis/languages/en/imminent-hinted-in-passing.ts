/**
 * English imminent risk hinted in passing (branch t-t-en103; notation in ../../patterns.ts, joined to the other own-risk files
 * by ../en.ts). Each is a hint, everyday alone, that composes by ../../hint-weights.ts: a room sealed as the means' setting
 * ("charcoal and the tape. windows are sealed"); help refused because it will come too late ("dont bother calling the police,
 * it'll be too late by then"); a place, a thing or a future not needed where the writer is going ("wont need one where im
 * going"); letters or notes put by for after ("theyre in the drawer for after"). A trip, a move, a meal or a window sealed for
 * winter stay everyday: test/unit/domain/crisis/imminent-hinted-in-passing.test.ts holds each family beside its look-alikes.
 */
export const imminentHintedInPassing: Record<string, string[]> = {
  'preparation-hint': [
    // The room or car sealed: "windows are sealed", "taped up the vents", "towels under the door" beside charcoal or a grill.
    'charcoal|grill _ and _ tape|duct+tape|the+tape|towels',
    // A home given up with no next one: "not looking for a new place", "not bothering to find another flat".
    'not _ looking+for|looking|bothering+to+find|bothering+to+look+for|finding|getting|renting _ a? _ new? _ place|flat|apartment|lease|one|home',
  ],
  finality: [
    // Help that will come too late: "it'll be too late by then", "by the time they get here it will be too late".
    'it _ will|would|gonna|going+to _ be _ too late by+then|anyway|by+that+point|for+me',
    'by the time _ get|gets|come|comes|find|finds|here _ it _ will|would|s|is|be _ too late',
    // Letters or notes put by for after: "theyre in the drawer by the door for after", "letters for the kids, for after".
    'letters|notes|letter|note|envelopes|envelope|cards|they|theyre|them _ __ ,? for after|afterwards|after+i+am+gone|when+i+am+gone',
  ],
  absence: [
    // Things not needed where the writer is going: "wont need one where im going", "not gonna need a place where im headed".
    'not _ need|needing _ one|it|a+place|a+new+place|a+flat|an+apartment|a+home|anything|any+of+that|a+lease _ where i am going|headed|heading',
  ],
};
