/**
 * English imminent risk said sideways in a reply to a daily check-in (branch t-en84; notation in ../../patterns.ts, joined to the
 * other own-risk files by ../en.ts). Each is a hint that composes by ../../hint-weights.ts, so the everyday words alone stay quiet:
 * - going dark after this reply ("not answering my phone after this", "won't be picking up after tonight"): an absence, urgent
 *   beside any sign but a time (a low check-in, a means counted), so "not answering my phone after this" alone is a nap;
 * - a payout asked for a death that is self-inflicted ("does it pay out if it's self inflicted", "is suicide covered"): a plan,
 *   urgent beside the policy it asks about (a settling) or a time; "does insurance cover stitches" names no such death;
 * - the work things handed on ("who do i give my badge and keys to", "where should i leave my work phone"): a settling, urgent
 *   beside an absence ("if im not coming back") or a goodbye; a new job or a move (the leaving frame) explains it.
 * test/unit/domain/crisis/imminent-said-in-check-ins.test.ts holds each beside its look-alikes.
 */
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
  'preparation-hint': [
    // "who do i give my badge and keys to", "where should i leave my work phone": the work things handed on.
    'who|where _ do|should|can|would _ i _ give|hand|leave|return|turn+in|drop|send _ my _ badge|badges|keys|key|work+phone|pager|laptop|locker|id+badge|access+card|fob',
  ],
};
