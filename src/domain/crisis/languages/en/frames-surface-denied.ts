import type { Lexicon } from '../../lexicon.js';

/**
 * English surfaces the writer denies a sentence later (surface-denied.ts reads them; joined by frames.ts):
 * - `selfSurface`, a low charge or an empty tank said flatly ("battery at 1%.", "running on fumes"), which only a denial of
 *   the object it seems to be about ("not talking about my phone") makes a picture of the writer;
 * - `surfaceNotMeant`, that denial;
 * - `injuryCover`, a wound explained away by a story ("told the nurse it was the cat", "said i slipped in the shower",
 *   "the kitchen knife story worked"), which a later "we dont have a cat" or "wasnt cooking" makes the writer's own doing.
 * - `bodyCovered`, arms or legs covered in the heat ("long sleeves in a heatwave", "jumpers in july"), which a question left
 *   unanswered after it (`leftUntold`: "couldnt tell her why", "nobody asks") makes self-harm hidden; an answer given ("told her
 *   the office is freezing") leaves it everyday;
 * - `leavingDenied`, a goodbye's everyday reading denied ("and not in a quitting way", "this isnt about work"), which makes any
 *   leaving in the message a cover story (everyday-frames.ts).
 * Alone each is everyday ("the battery is at 1%", "she told the vet it was the cat"): only the denial turns it.
 */
export const englishFramesOfSurfaceDenied: Pick<Lexicon['frames'], 'selfSurface' | 'surfaceNotMeant' | 'injuryCover' | 'leavingDenied' | 'bodyCovered' | 'leftUntold'> = {
  selfSurface: [
    'battery|batterys|charge _ at|is|s|on|down+to|sitting+at _ 0|1|2|3|5|one|zero|two %? percent?',
    'running|run|going _ on _ empty|fumes|reserve|0|1|zero %? percent?',
    'tank|tanks _ is|s|totally|completely|bone _ empty|dry',
    'candle|flame|pilot+light|light|lights _ is|s|are|keeps _ going|burning|flickering _ out|low',
  ],
  surfaceNotMeant: [
    'not|nt|do+not|dont|did+not|didnt _ talking|talkin|mean|meaning|meant|on+about _ about? _ my|the|a _ phone|laptop|car|truck|candle|battery|tank|house|flat|game',
    'not _ about|talking+about _ my|the _ phone|laptop|car|truck|battery|tank',
    'not _ the _ phone|laptop|car|electric _ kind|sort|one',
  ],
  injuryCover: [
    'told|tell|telling|said|say|saying|blamed|blame|blaming _ __ it+was|it+is|its|that+it+was|on|was _ the|a|my|our _ cat|cats|kitten|dog|puppy|rosebush|roses|brambles|bramble|fence|oven|stove|kettle|iron|kitchen+knife|knife|cheese+grater|grater|can+opener',
    'told|tell|telling|said|say|saying _ __ i|that+i _ fell|slipped|tripped|walked+into|burned+it|burnt+it|cut+it|scratched+it|caught+it|was+cooking|was+gardening',
    'the _ cat|dog|kitchen+knife|cooking|oven|gardening|accident|clumsy _ story|excuse|line|thing _ worked|works|work|again',
  ],
  leavingDenied: [
    'not _ in _ a|the _ quitting|resigning|retiring|job|work|career|moving _ way|sense',
    'this|it|that _ is|s? _ not|nt _ about|a _ work|the+job|my+job|a+job+thing|a+work+thing|a+new+job|retirement',
    // "moved out of my apt, but im not moving anywhere new": a move with no next home is no move (imminent-asked-as-logistics.ts).
    'not moving|moving+into|moving+to anywhere+new|anywhere+else|somewhere+new|someplace+new',
    // "end of watch is 0300 tonight. mine not the job's": the ending claimed as the writer's own, not the work's (branch t-en108).
    'mine|my+own ,? _ not|nt _ the|my|his|her _ job|jobs|work|shift|shifts|department|departments|dept|unit|units|squad|crew|agency|company',
  ],
  bodyCovered: [
    'long+sleeves|long+sleeve|jumper|jumpers|hoodie|hoodies|sweater|sweaters|cardigan|cardigans|leggings|tights|sleeves _ __ in|during _ july|august|june|summer|a+heatwave|the+heatwave|this+heat|the+heat|90+degrees|30+degrees',
  ],
  leftUntold: [
    'could+not|couldnt|can+not|cant|did+not|didnt|wont|will+not _ tell|explain|say _ her|him|them|anyone|anybody|nan|mum|mom|my+mum|my+mom|my+nan|why',
    'nobody|no+one|noone|no+body _ asks|asked|notices|noticed|says|said+anything',
  ],
};
