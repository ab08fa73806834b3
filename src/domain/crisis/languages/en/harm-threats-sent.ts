/**
 * English patterns for threats sent by a partner, an ex or kin (notation in ../../patterns.ts): "my ex keeps texting me threats",
 * "my husband has been sending death threats", "my bf left threatening voicemails". Harm to the writer, and a weapon the same
 * person is said to have beside them ("...and said he has a knife") is that harm's, not a crisis of his own: harm outranks
 * someone else's crisis (../../concepts.ts). Only the people close enough to harm: "my coworker keeps making threats to quit" is
 * talk.
 */
const close = 'ex|partner|husband|hubby|wife|boyfriend|bf|girlfriend|gf|fiance|fiancee|stepdad|stepfather|stepmom|baby+daddy|bd|babydaddy';

export const harmThreatsSent: Record<string, string[]> = {
  threat: [
    `${close} _ texting|texted|texts|sending|sent|sends|leaving|left|leaves|messaging|messaged|making|made|makes|dming|dmed|emailing|emailed|calling _ me? _ threats|death+threats|threatening+texts|threatening+messages|threatening+voicemails|threatening+dms|threatening+emails|threats+again|more+threats`,
  ],
};
