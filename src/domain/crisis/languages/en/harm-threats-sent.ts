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
    // A weapon laid out during a fight, as a silent threat (branch t-en108): "husband set his pistol on the table during our
    // argument", "my bf put his knife on the counter while we were fighting". Only a fight beside it: a gun cleaned stays none.
    `${close} _ set|put|laid|placed|slammed|dropped|pulled|took _ his|her|their|a _ gun|pistol|rifle|shotgun|knife|glock|handgun _ out? _ on|onto? _ the|my _ table|counter|bed|nightstand|desk _ during|while|in+the+middle+of|mid _ __ argument|arguing|fight|fighting|yelling`,
  ],
};
