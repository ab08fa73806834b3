import { inflect } from './inflect.js';

/**
 * Harm to a peer worker, read after the fifty-second fresh batch (notation in ../../patterns.ts; joined to the other harm files
 * by ../en.ts): kept from leaving a room by someone standing in or blocking the door; a partner who goes through the writer's
 * work laptop or case notes and smashes it or rages; money kept from the writer ("not allowed my own money"); an ex or an
 * abuser ringing the writer's work under a false name to learn when the writer is in.
 * Look-alikes kept quiet (test/unit/domain/crisis/harm-and-others-told-at-work-52.test.ts): a van or a fire door blocking the
 * way out, a supervisor who reads the writer's case notes for quality, a phone dropped and smashed, a role-play of a caller
 * pretending to be a client in a training.
 */
const doer = 'he|she|they|him|boss|supervisor|manager|coordinator|director|coworker|colleague|partner|husband|boyfriend|ex|dad|father|stepdad|brother|landlord|client|participant';
const kin = 'partner|husband|hubby|boyfriend|bf|girlfriend|gf|wife|ex|fiance|fiancee';

export const harmBlockedInAndImpersonated: Record<string, string[]> = {
  threat: [
    // Kept in a room: "the supervisor yelled at me and then blocked the door so i couldnt leave his office".
    `${doer} __ blocked|blocks|blocking|stood+in|stands+in|stood+in+front+of|stands+in+front+of|stood+against|leaned+against|locked _ the|his|her|my _ door|doorway|exit|way+out __ so|and|until|till _ i _ could+not|couldnt|cant|can+not|was+not+able+to|wasnt+able+to _ leave|get+out|go|get+past|get+away`,
    // A client's relative threatening the writer's car: "said hed torch my car if she keeps coming".
    'said|says|saying|threatened|threatening|told+me _ __ torch|burn|set+fire+to|firebomb|petrol+bomb|smash|slash|wreck|trash _ my _ car|van|house|flat|place|tyres|tires|windows __ if|unless|next+time',
  ],
  control: [
    // Work gone through and smashed: "my partner reads my case notes on my laptop and gets jealous ..., yesterday he smashed it".
    `${kin} __ reads|read|reading|goes+through|went+through|checks|checked|snoops|snooped _ my _ case+notes|notes|work+laptop|laptop|work+phone|work+emails|emails|caseload|files __ jealous|smashed|smashes|broke|breaks|threw|destroyed|screams|screamed|rages|raged`,
    `${inflect('smash break destroy throw:threw:thrown snap')} _ my _ work? _ laptop|phone|tablet|computer __ because|cause|bc|cos _ he|she|they _ was|were|is|are|got|gets _ jealous`,
    // Money kept from the writer: "im not allowed my own money", "dont get to touch my own wages".
    'not|never|isnt|doesnt+let+me _ allowed|let|allow+me _ to? _ have|keep|touch|see|use? _ my _ own _ money|wages|pay|paycheck|paycheque|bank+card|card|account|cash|salary',
  ],
  stalking: [
    // A false name at the writer's work: "my ex called the front desk pretending to be a client to find out when im working".
    'pretending|pretended|pretends|posing|posed|poses _ to+be|as _ a|an? _ client|patient|participant|service+user|relative|parent|courier|cop|social+worker|customer __ to|so _ __ find+out|know|learn|get|see _ __ when|where|what+time|what+day|what+days|which+day|which+days|my+shifts|my+rota|my+schedule',
  ],
};
