import type { Lexicon } from '../../lexicon.js';

/**
 * Frames of going to someone who has died (joining-the-dead.ts): the going ("going to go see her", "i'm going with him",
 * "ready to go home to grandma") and the death told ("been gone 6 yrs", "he's been dead 5 years", "died last week").
 * A grave or an urn makes the going a visit.
 */
const kin = 'mama|mom|mum|mother|dad|daddy|papa|father|grandma|granny|nana|grandpa|grandad|granddad|son|daughter|baby|wife|husband|brother|sister|boy|girl|twin|best+friend|participant|client';
const going = 'going+to|will|ready+to|about+to|decided+to|gonna|finally|time+to';

const wished = 'want|wanna|wish|wishing|wished|long|longing|need';
const beWith = 'be+with|go+with|go+be+with|join|go+to';

export const englishFramesOfJoining: Pick<Lexicon['frames'], 'rejoin' | 'rejoinKin' | 'rejoinWished' | 'rejoinKinWished' | 'lostOne' | 'lostOneByPronoun' | 'grave'> = {
  rejoin: [
    `${going} _ go? _ see|join|meet|be+with|go+with|go+to|go+home+to _ her|him|them`,
    'going|coming|go _ with _ him|her|them',
    'i+am|im _ coming _ to _ you|her|him',
    'going|go _ home _ to _ her|him|them',
    'see _ her|him|them _ again? _ tonight|soon|tomorrow|today',
    // "im about to follow him", "going to follow her soon": following the one who died (branch t-en108; a death told is needed).
    `${going} _ follow _ him|her|them`,
    'following _ him|her|them _ tonight|soon|tomorrow|today|out|home',
  ],
  rejoinKin: [
    `${going} _ go? _ see|join|meet|be+with|go+with|go+home+to _ my _ ${kin}`,
    `going|go _ home _ to _ my? _ ${kin}`,
    `going _ to _ see _ my _ ${kin} _ tonight|soon|tomorrow|today`,
  ],
  // "i just want to be with her", "wish i could go be with him": a wish, not a going (not "want to see her again": grief).
  // "been thinkin about joinin her more than i should" after "grandma passed": the thought of joining is the wish (branch t-en96).
  rejoinWished: [`${wished} _ ${beWith} _ her|him|them`, 'wish _ i _ went|had+gone _ with _ her|him|them', 'thinking|thought|think _ about|of _ joining|going+with|being+with _ her|him|them'],
  rejoinKinWished: [`${wished} _ ${beWith} _ my _ ${kin}`],
  lostOne: [
    `lost _ my|our _ ${kin}`,
    'been _ gone|dead _ __ years|yrs|year|yr|months|month',
    'passed|passed+away|died|killed+himself|killed+herself|overdosed _ last|this|in|on|a|two|three|years|yrs',
    `my _ late _ ${kin}`,
    'since _ she|he _ died|passed',
    `${kin} _ died|passed|passed+away`,
    // A death by one's own hand told in a comrade's words (branch t-en108): "my buddy did it w his service weapon", "ate his gun".
    'did|done _ it _ with|using _ his|her|their|a _ service+weapon|service+pistol|sidearm|gun|pistol|rifle|shotgun|revolver|weapon',
    'ate _ his|her|their _ gun|pistol|rifle|shotgun|weapon',
    'took _ his|her|their _ own _ life',
  ],
  lostOneByPronoun: [
    'he|she _ is|s|has|had _ been _ dead|gone|passed',
    'he|she _ died|passed|passed+away|killed+himself|killed+herself',
    'she|he _ is|s _ dead|in+heaven|buried',
  ],
  grave: ['grave|graves|cemetery|graveyard|gravesite|headstone|urn|columbarium|memorial|tombstone|mausoleum|ashes'],
};
