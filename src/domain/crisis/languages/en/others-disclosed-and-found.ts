/**
 * Someone else's crisis as a peer worker or a relative tells it, read after the forty-ninth fresh batch (notation in
 * ../../patterns.ts; joined to the other someone-else files by ../en.ts): a client's words told without quotation marks ("said
 * nobody will need to worry about him after friday", "doesnt plan on seeing christmas", "told me if you werent my peer worker
 * id already be gone"); an attempt told by the hospital it led to ("in hospital after trying to take his own life"); self-harm
 * told by its aftermath (bloody tissues hidden in a bin, bandages seen under sleeves); someone brought back from a cliff by the
 * police; a relative's flat heard screaming again; a woman's abuser out and hanging around her flat; historic abuse disclosed
 * at intake. Harm to the writer is in ./harm-locked-out-and-turned-up.ts.
 * Look-alikes kept quiet (test/unit/domain/crisis/others-and-harm-told-at-work.test.ts): a client doing well who "plans on seeing
 * christmas with his kids", a nosebleed, long sleeves in the cold, a walk to the cliffs for the view, a party heard upstairs,
 * a training on how to respond to a disclosure.
 */
const person = 'he|she|they|him|her|them';
const near = 'bin|bins|trash|trashcan|trash+can|garbage|garbage+can|wastebasket|waste+basket|room|bedroom|drawer|drawers|bed|bathroom|bag|backpack|wardrobe|closet|pocket|laundry|car';

export const othersDisclosedAndFound: Record<string, string[]> = {
  'other-disclosure': [
    // A client's words told without quotation marks: "said nobody will need to worry about him after friday".
    `nobody|no+one|noone|none+of+you _ will|ll|is+going+to|gonna _ have|need _ to _ worry|put+up|deal _ about|with _ ${person} _ after|much+longer|soon|by|anymore|for+long`,
    `${person} _ does+not|doesnt|is+not|isnt|are+not|arent|dont|do+not|not _ plan|planning|plans|expect|expecting|intend|intending _ on|to _ seeing|see|making+it+to|make+it+to|being+here+for|be+here+for|being+around+for|lasting+till|living+to+see _ christmas|xmas|new+year|new+years|the+new+year|her+birthday|his+birthday|their+birthday|friday|saturday|sunday|monday|the+weekend|next+week|next+year|summer|spring|the+end+of+the+year|tomorrow`,
    `${person} _ does+not|doesnt|is+not|isnt|are+not|arent|dont|do+not|not _ plan|planning|plans|expect|expecting|intend|intending _ on|to _ waking+up|wake+up _ tomorrow|again|anymore|ever`,
    // "told me if you werent my peer worker id already be gone".
    'told|tells|said|says|saying _ me|to+me? _ if _ you|it _ were+not|werent|wasnt|was+not __ id|i+would|hed|he+would|shed|she+would|theyd _ already|have|of|be _ __ gone|dead|ended+it|killed+himself|killed+herself|done+it',
    'if _ you _ were+not|werent _ my _ peer+worker|peer|worker|counsellor|counselor|support+worker _ __ i|id|i+would _ already|not _ be|been _ gone|dead|here',
    `${person} _ wants|wanted|want|wanting _ to _ switch+off|turn+off|shut+down|log+off|sleep _ for+good|forever|permanently`,
    // A goodbye posted to a story: "teammate posted im done on her story".
    'posted|posts|put _ im+done|i+am+done|goodbye|goodbyes|bye _ on|in _ her|his|their _ story|stories|status|ig|insta|instagram|snap',
    // A place pictured and captioned: "posted a cliff pic captioned ...".
    'posted|posts|sent _ a|an? _ cliff|bridge|ledge|rooftop|clifftop|tracks _ pic|photo|picture|selfie|video _ captioned|caption|with+the+caption|saying',
    // Someone brought back from a cliff or a bridge by the police: "drove out to the gap and the cops brought him home".
    `drove|went|walked|headed|ran _ out? _ to _ the _ gap|cliff|cliffs|bridge|edge|quarry|tracks|viaduct|dam __ cops|police|guards|gardai|coastguard|ambulance _ brought|found|picked|talked|took _ ${person}`,
    // A relative's home heard screaming again: "heard screaming from mums flat again".
    'heard|hears|hearing _ screaming|shouting|yelling|crashing|banging|smashing _ from|in|coming+from|through _ my? _ mums|moms|mams|nans|grans|sisters|brothers|dads|aunts|her|his _ flat|house|apartment|place|room _ again|every|last+night|most+nights',
    // Her abuser out and hanging around: "her ex is out of prison and hanging around near her flat".
    `her|his|their _ ex|abuser|attacker|stalker|rapist|dad|stepdad|husband|partner _ __ hanging+around|hanging+round|lurking|watching|waiting|sat|parked _ near|outside|around|round|by|at _ her|his|their _ flat|house|place|work|school|door|building`,
    // Abuse from long ago disclosed now: "new admit disclosed historic abuse during intake".
    'disclosed|disclosing|discloses|disclose|opened+up+about|told+me+about|told+us+about _ historic|historical|childhood|past|sexual|domestic|years+of _ abuse|assault|rape|sa|trauma',
  ],
  'other-attempt': [
    // Found in time: "clients mum found him in time. hes in hospital".
    `found|got+to _ ${person} _ in+time|just+in+time`,
    // Told by the hospital it led to: "my brothers in hospital after trying to take his own life".
    'after|from|for _ trying|attempting _ to _ take|end _ her|his|their _ own? _ life',
  ],
  'other-self-harm': [
    // Aftermath found: "found blood stained tissues hidden in my daughters bin again".
    `found|find|finding|keep+finding|saw|noticed|spotted _ bloody|bloodied|bloodstained|blood+stained|blood+soaked|blood _ tissues|tissue|towels|towel|plasters|bandages|wipes|sheets|pads|rags|razors|blades __ ${near}|hidden|stuffed|shoved|again`,
    // Bandages seen under sleeves: "wears long sleeves all the time now and i saw bandages when she reached".
    `${person}|daughter|son|sister|brother|kid|teen|girl|boy|niece|nephew|mate|friend _ wears|wearing|keeps+wearing|always+wears|started+wearing _ long+sleeves|hoodies|sweatbands|wristbands __ bandages|cuts|plasters|blood|scars|marks|cutting`,
    `saw|seen|noticed|spotted|caught+sight+of _ bandages|plasters|fresh+cuts|cuts|blood _ __ when _ ${person} _ reached|rolled|pushed|lifted|took+off`,
  ],
};
