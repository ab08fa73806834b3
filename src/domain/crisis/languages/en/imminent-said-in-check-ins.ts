/**
 * English imminent risk said sideways in a reply to a daily check-in (branch t-en84; notation in ../../patterns.ts, joined to the
 * other own-risk files by ../en.ts). Each is a hint that composes by ../../hint-weights.ts, so the everyday words alone stay quiet:
 * - going dark after this reply ("not answering my phone after this", "won't be picking up after tonight"): an absence, urgent
 *   beside any sign but a time (a low check-in, a means counted), so "not answering my phone after this" alone is a nap;
 * - a payout asked for a death that is self-inflicted ("does it pay out if it's self inflicted", "is suicide covered"): a plan,
 *   urgent beside the policy it asks about (a settling) or a time; "does insurance cover stitches" names no such death;
 * - the work things handed on ("who do i give my badge and keys to", "where should i leave my work phone"): a settling, urgent
 *   beside an absence ("if im not coming back") or a goodbye; a new job or a move (the leaving frame) explains it.
 * - the way into a locked means known ("i know where the key to the gun safe is", "got the code for the narcotics cabinet"): a
 *   means, urgent beside a time, a low check-in or another act; "know where the key to the supply closet is" names no means;
 * - something taken, left unnamed, a short while ago ("took something an hour ago", "swallowed a bunch twenty minutes ago"): a
 *   taking, urgent beside a low check-in or another sign; a taking named for an ailment ("took something for my back") is a dose.
 * test/unit/domain/crisis/imminent-said-in-check-ins.test.ts holds each beside its look-alikes.
 */
// What holds a means locked away: a gun safe, a narcotics cabinet, a sharps box, a pill lockbox.
const lockedMeans = 'gun+safe|gun+cabinet|gun+case|gun+box|safe|lockbox|lock+box|pill+box|narcotics+cabinet|narc+cabinet|narc+box|med+cabinet|meds+cabinet|medicine+cabinet|drug+cabinet|sharps+box|sharps+container|sharps+cabinet|pyxis|omnicell|ammo+box|rifle+case';
const wayIn = 'key|keys|code|combo|combination|passcode|pin';
export const imminentSaidInCheckIns: Record<string, string[]> = {
  absence: [
    // "wont be answering my phone after this", "not picking up after tonight": contact refused from this message on.
    'not|wont|never|stop|stopping|done _ answering|picking+up|returning|checking _ my? _ phone|texts|calls|messages? _ after+this|after+tonight|from+now+on|anymore|again',
  ],
  'plan-hint': [
    // "does the policy pay out if its self inflicted", "would it cover me if it was a suicide": a payout asked for one's own death.
    'pay|pays|payout|pay+out|cover|covers|covered|void|voided|count|counts _ if|when _ it _ is|was? _ self -? inflicted|suicide|a+suicide',
    'pay|pays|payout|pay+out|cover|covers|void _ if|when _ i _ kill|killed|off _ myself',
    'is|are|does|do _ suicide|suicides|self -? inflicted _ covered|count|counts|void|voids|pay|excluded',
  ],
  'means-hint': [
    // "i know where the key to the gun safe is", "found the code for dads lockbox".
    `know|knew|found|have|got|memorized _ where? _ the|my|his|her|dads|moms|their? ${wayIn} to|for _ the|my|his|her|dads|moms|their? ${lockedMeans}`,
    // "i know where the sharps box key is", "found where the gun safe code is kept".
    `know|knew|found _ where _ the|my|his|her|dads|moms|their? ${lockedMeans} ${wayIn} is|are|was|were|kept|hidden`,
  ],
  'taken-hint': [
    // "took something an hour ago", "swallowed a bunch twenty minutes ago": a taking left unnamed, just now.
    'took|swallowed|downed|popped|had something|somethin|some+stuff|a+bunch|a+handful|a+lot|everything a+few|few|5|10|15|20|30|45|five|ten|fifteen|twenty|thirty|forty? an+hour+ago|hour+ago|an+hr+ago|minutes+ago|mins+ago|min+ago|a+bit+ago|a+while+ago|just+now',
  ],
  'preparation-hint': [
    // "who do i give my badge and keys to", "where should i leave my work phone": the work things handed on.
    'who|where _ do|should|can|would _ i _ give|hand|leave|return|turn+in|drop|send _ my _ badge|badges|keys|key|work+phone|pager|laptop|locker|id+badge|access+card|fob',
  ],
};
