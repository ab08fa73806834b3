import { inflect } from './inflect.js';

/**
 * Someone else's crisis told by a peer worker about the people on their caseload, added after the thirty-sixth fresh batch
 * (notation in ../../patterns.ts; joined to the other someone-else files by ../en.ts): deaths counted on the caseload or in
 * the house ("our 4th death on the caseload", "second person from our sober house died"), a participant killed by a
 * partner; a participant held, locked in, tracked or reported to immigration by someone else; shift-note shorthand ("pt
 * verbalized SI w plan", "endorses attempt", "SI screen +"). Each names the person on the caseload or the caseload itself,
 * so "a death in the family" or "our house plant died" stay quiet; harm that lands on "her" goes through whose.ts.
 */
const place = 'caseload|case+load|roster|program|sober+house|recovery+house|halfway+house|shelter|clinic|unit|group|camp|drop+in|dropin|house';
const partner = 'partner|husband|boyfriend|bf|ex|wife|girlfriend|gf|dad|father|stepdad|son|grandson|pimp|trafficker';

export const othersOnTheCaseload: Record<string, string[]> = {
  'other-self-harm': ['banging|bangs|hitting|hits|slamming|slams _ her|his|their _ head _ on|against|into _ the|a _ wall|walls|floor|door'],
  'other-death': [
    // Deaths counted: "we had our 4th death on the caseload", "second person from our sober house died this month".
    `death|deaths|od|ods|overdose|overdoses|funeral|funerals _ on|in|at|from _ the|our|my _ ${place}`,
    `person|man|woman|guy|girl|one|participant|client|resident|member|kid _ from|in|on|at _ our|the|my _ ${place} _ __ died|passed|passed+away|overdosed|was+killed|was+found+dead|was+murdered`,
    `we _ had|lost _ a|another|our _ __ man|woman|guy|participant|client|resident|member|person _ __ pass|die|od|overdose _ in|at|on _ our|the`,
    // Killed by a partner: "a participant was killed by her partner over the weekend".
    `was|got|been _ killed|murdered|shot|stabbed|strangled _ by _ her|his|their _ ${partner}`,
  ],
  'other-disclosure': [
    // Shift-note shorthand: "pt verbalized SI w plan", "client endorses attempt 2 days ago", "SI screen + today".
    `pt|ptcpt|pcpt|client|participant|patient|consumer|resident|member _ ${inflect('verbalize endorse report present disclose')}|admits|admitted _ __ si|sh|nssi|hi|ideation|attempt|ligature|od|ods|overdose|cutting|intent`,
    'si|sh|suicide|suicide+risk|risk _ screen|screening|assessment _ +|positive|pos',
    'si|ideation _ w|with _ plan|intent|means',
    'drew|drawn|draws|drawing _ a? _ picture? _ of? _ herself|himself|themselves|themself _ hanging|hanged|dead|jumping|with+a+noose|in+a+coffin',
    // Held or tracked by someone: "her husband locks her in when he goes out", "ptcpt reports being locked in bedroom".
    `${inflect('lock')} _ her|him|them _ in _ when|while|whenever|at+night|during|every|all+day`,
    'being _ locked _ in _ a|the|her|his|their? _ bedroom|room|closet|basement|garage|house',
    `${inflect('track read:read monitor')} _ her|his|their _ phone|location|texts|messages|email|emails`,
    // Found by the one she fled: "her old manager found her instagram, she's terrified".
    'found|finds|tracked+down _ her|his|their _ new? _ instagram|ig|facebook|fb|tiktok|socials|number|address|location|apartment|place _ __ terrified|scared|afraid|panicking|panicked|freaking',
    'man|guy|one|woman _ who|that _ runs|owns|pimps|sells _ her|him|them',
    // Held or hurt by a partner or a landlord: "makes her hand over her pay", "her landlord wants sex instead of rent".
    `${inflect('make:made')} _ her|him _ hand+over|give+him|give+her|sign+over _ her|his _ pay|paycheck|money|check|tips|checks`,
    'will+not|wont|never _ let _ her|him _ keep|have _ her|his _ own? _ paycheck|pay|money|phone|car|keys',
    `${inflect('follow')} _ her|him _ everywhere|around|to+work|to+school`,
    'her|his _ landlord|super|boss|manager _ __ sex|favors _ instead+of|for _ the? _ rent|room',
    'says|said _ he|she|they _ is|s|are _ watching _ her|his|their',
    `${inflect('flush throw:threw:thrown hide:hid:hidden toss')}|threw+out|throws+out _ away? _ her _ birth+control|pill|pills|iud|nuvaring|patch|plan+b|contraceptives`,
    'use _ it _ on _ himself|herself|themselves|themself',
    'does+not|doesnt _ think _ she|he|they _ will|ll _ be _ alive|here|around',
    // Reported to immigration or threatened with eviction: "her ex called ice on her", "threatening to evict her if she doesn't cooperate".
    `${inflect('call report')} _ ice|immigration|imigration|migra _ on _ her|him|them`,
    `${inflect('threaten')} _ to _ evict|deport|report|fire|kick+out _ her|him|them _ if|unless`,
  ],
};
