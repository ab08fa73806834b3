/**
 * Someone else's crisis told in a ward's or a shelter's shorthand, added after the sixty-sixth fresh batch (notation in
 * ../../patterns.ts; joined to the other someone-else files by ../en.ts): an attempt told by the emergency call it set off
 * ("hanging attempt in the bathroom, rapid response paged", "OD on the floor - code blue called"), a ligature or a noose
 * said of a bed, a bay or a patient ("bay 3 noose found", "pt ligature removed"), and observation put in place because of
 * a risk ("q15 checks ordered", "constant obs initiated", "sitter ordered", "bed 2 placed on suicide watch").
 * The writer on a ward says "i", and "i'm on 1:1 with my manager" or "code called for a fall" name no crisis: a call needs
 * the act before it, and observation needs the word of watching ("obs", "checks", "sitter", "watch") or a bed before it.
 */
const act = 'ligature|noose|hanging|attempt|overdose|od|self+harm|sh|cutting|swallowed';
const watch = 'obs|observation|observations|checks|sitter|watch|precautions';
const ward = 'rm|bed|bay|pt|ptnt|resident|patient|cubicle';

export const othersInWardShorthand: Record<string, string[]> = {
  'other-attempt': [
    // The emergency call an act set off: "ligature in the shower, code called", "OD on the floor - code blue called".
    `${act} _ __ ,? -? _ code|code+blue|code+white|rapid+response|rrt|emergency+team|crash+team _ called|paged|activated|pulled|was+called|got+called`,
    // A ligature said of a bed, a bay or a patient: "rm 4 ligature in the toilet", "bay 3 noose found".
    `${ward} _ ligature|ligatures|noose|tie+off|tied+off`,
  ],
  // Its own concept, not a disclosure: a ward's order is a clinician's judgement of risk, which the learned opinion may not veto
  // as the everyday third-person talk it vetoes disclosures in ("pt placed on suicide watch" was dropped so).
  'other-observed': [
    // Observation put in place: "1:1 obs started", "q15 checks ordered", "constant obs initiated", "sitter ordered".
    `1:1|one+to+one|1+to+1|q15|q15min|q15mins|q+15|constant|continuous|enhanced|close|suicide|ligature _ ${watch} _ started|ordered|initiated|in+place|put+in+place|begun|began|commenced|reinstated`,
    'sitter|safety+sitter _ ordered|assigned|requested|put+in+place|started _ for|on|with _ bed|rm|bay|pt|patient|her|him',
    // A bed or a patient placed on observation: "bed 2 placed on suicide watch", "pt back on q15s".
    `${ward} _ __ placed+on|put+on|back+on|moved+to|now+on|started+on _ 1:1|q15|q15s|one+to+one|constant+obs|suicide+watch|suicide+precautions|sh+precautions|close+obs`,
    // Someone else put on observation: "put a new admit on suicide precautions", "had to place him on 1:1" ("put me on" is the writer's).
    `put|placed|place|started|moved _ __ ${ward}|admit|kiddo|client|youth|him|her|them _ on|back+on _ 1:1|q15|one+to+one|constant+obs|close+obs|suicide+watch|suicide+precautions|sh+precautions`,
    // Kept on observation for a risk named after it: "the new admit is on 1:1 obs for SI", "kiddo in 4 still on close obs for sh".
    `${ward}|admit|kiddo|client|youth _ __ is+on|s+on|still+on|stays+on|remains+on|been+on _ 1:1|one+to+one|constant|close|continuous|enhanced _ obs|observation|observations|watch|checks _ for|due+to|d/t|bc|because+of _ si|suicidal+ideation|ideation|sh|self+harm|self-harm|suicide+risk|risk`,
  ],
};
