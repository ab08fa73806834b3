import { frameId, type Hit } from './match.js';

/**
 * "auntie said she gon kill me if i show up without the potato salad", "mi suegra me va a matar si no llevo el mole al
 * bautizo", "my grandma is going to kill me for missing her birthday dinner": a threat a relative, a boss or a sponsor makes
 * over small stakes (a dish to bring, a party, being late) is a scolding said as hyperbole. Only when both the scolder and the
 * stakes stand in the threat's sentence and the threat is said in the scolding's own words ("kill me", "me mata"; never
 * "threatened to shoot me if i come to thanksgiving", "pulled a knife on me at thanksgiving"): a partner is never a scolder
 * ("he said he'd kill me if dinner isn't ready" stays harm), and harm said in its own words beside it ("she hit me last time")
 * is read apart.
 */

const THREAT = 'threat';
const STAKES = frameId('pettyStakes');
const SCOLDER = frameId('scolder');
const KILL_ME = frameId('killMe');

/** The hit is a threat, or a reading of one ("grandma is going to kill me" read as someone else's words), over small stakes. */
export function threatOverSmallStakes(hits: readonly Hit[], hit: Hit): boolean {
  if (hit.concept !== THREAT && !hits.some((other) => other.concept === THREAT && other.start < hit.end && hit.start < other.end)) return false;
  let stakes = false;
  let scolder = false;
  let killMe = false;
  for (const other of hits) {
    if (other.concept === KILL_ME && other.start < hit.end && hit.start < other.end) killMe = true;
    else if (other.concept === STAKES) stakes = true;
    else if (other.concept === SCOLDER && other.start <= hit.start + 2) scolder = true;
  }
  return stakes && scolder && killMe;
}

const PETTY_THREAT_STAKES = frameId('pettyThreatStakes');
const JOKE = frameId('joke');

/**
 * "mi hija me amenazó con no hablarme si no le compro el celular jaja", "my sister threatened to show my middle school pics lol":
 * when the reading found nothing, a relative (frame `scolder`: never a partner or an ex) threatening over family stakes (frame
 * `pettyThreatStakes`: not speaking to the writer, telling on them, old pictures, the wifi), in a message that laughs, is family
 * teasing; read.ts records it as a going explained, so the learned opinion, which reads "amenazó" as the threats it was trained
 * on, adds no route of its own. A blow, a throwing out or private pictures posted are no such stakes, and "mi ex" is no scolder.
 */
export function pettyThreatLaughedOff(perSentence: readonly Hit[][]): boolean {
  if (!perSentence.some((hits) => hits.some((hit) => hit.concept === JOKE))) return false;
  return perSentence.some((hits) => hits.some((stakes) => stakes.concept === PETTY_THREAT_STAKES && hits.some((scolder) => scolder.concept === SCOLDER && scolder.end <= stakes.start)));
}
