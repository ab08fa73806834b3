import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Country speech read back (languages/en/rural-speech.ts) and own risk said in farm words (languages/en/own-risk-in-the-country.ts).
describe('the crisis screen reads country speech and own risk told in farm words', () => {
  it('GIVEN risk said with the g of "-ing" dropped or "real" for "really" THEN the same route as the full spelling', () => {
    by.each([
      'standin out on the old trestle right now, real quiet',
      'walkin out to the creek with my daddys pistol right now',
      'been plannin how to kill myself',
    ], 'imminent');
    by.ownRisk([
      'been thinkin about killin myself most nights',
      'keep wishin i was dead honestly',
      'been wantin to hurt myself real bad lately',
    ]);
  });

  it('GIVEN everyday country talk with dropped g\'s, "real" as "really", or an "-in" word of its own THEN nothing', () => {
    by.each([
      'been walkin the fence line all mornin, cows got out again',
      'sittin on the porch watchin the storm roll in',
      'my cousin was in the cabin with a bottle of aspirin for his back',
      'its real quiet up here at the cabin, good fishin',
    ], 'none');
  });

  it('GIVEN a harm or a chore told as done on a day gone by ("did it tuesday") THEN no plan is read from the day', () => {
    by.each(['cut myself again. did it sunday', 'burned my arm with a lighter. did it again last night'], 'possible');
    by.each([
      'mowed the back pasture. did it tuesday before the rain',
      'fixed the gate. did it again last night after the calves broke it',
      'hung the barn door. did it saturday with my brother',
    ], 'none');
  });

  it('GIVEN a farm chemical swallowed with how much THEN imminent', () => {
    by.each([
      'swallowed some of the roundup from the shed, feelin sick already',
      'drank half a cup of the antifreeze out in the shop',
      'took a swig of the weed killer in the barn',
      'downed most of the bug killer under the sink',
    ], 'imminent');
  });

  it('GIVEN a farm chemical sprayed, spilled or bought THEN nothing', () => {
    by.each([
      'sprayed the weed killer on the fence line this mornin',
      'spilled some of the roundup on my boots, gotta wash em',
      'bought two jugs of weed killer at the co-op',
    ], 'none');
  });

  it('GIVEN a walk into the snow without a coat as a plan, or lying out until the thaw THEN imminent', () => {
    by.each([
      'goin to walk out into the snow tonight without a coat',
      'thinkin about layin down out in the field in the snow without my jacket',
      'nobody will find me until the snow melts',
      'gonna head out into the blizzard with no coat',
    ], 'imminent');
  });

  it('GIVEN a run into the snow for a chore, a coat forgotten, or a calf found in spring THEN nothing', () => {
    by.each([
      'ran out into the snow without my boots to catch the dog',
      'forgot my coat and walked out in the cold, dumb',
      'nobody found the lost calf until spring',
    ], 'none');
  });

  it('GIVEN an engine run in a shut shop or barn THEN imminent', () => {
    by.each([
      'in the garage with the truck runnin and the door shut',
      'truck idlin in the shed with the doors closed',
      'sittin in the pole barn with the tractor running and the big doors pulled down',
      'in my shop with the engine on and the door closed',
    ], 'imminent');
  });

  it('GIVEN an engine run with the door open or outside THEN nothing', () => {
    by.each([
      'in the shop with the truck running and the big door open to air it out',
      'warmed up the truck in the driveway this mornin',
      'left the tractor running by the barn while i fed the calves',
    ], 'none');
  });

  it('GIVEN a gun set out with hunting denied, or a hunt alone with no coming back THEN imminent', () => {
    by.each([
      'shotgun is layin on the bed. not goin huntin. figured i owed yall a message',
      'goin out huntin alone tomorrow and i wont come back',
      'headin to the deer stand alone and not comin back',
      'said my goodbyes at the cookout without anybody knowin. the rope is in the barn',
    ], 'imminent');
  });

  it('GIVEN a gun set out to be cleaned, a hunt with family, hunting skipped for a knee, or sneaking out THEN nothing', () => {
    by.each([
      'rifle is on the kitchen table for cleanin before opening day',
      'goin huntin with my brother saturday, back by supper',
      'not goin huntin this year, bad knee',
      'snuck out of the meeting without anybody noticing lol',
    ], 'none');
  });

  it('GIVEN a drop reached at night, or a barn door hung THEN a place only where it has a drop', () => {
    by.each(['drivin out to the old strip mine tonight. gave my dog to my neighbor', 'standin on the old water tower right now'], 'imminent');
    by.each([
      'drivin out to the grain bin tonight to check the dryer',
      'gonna hang the new barn door tomorrow if the wind lets up',
      'goin to paint the old barn tomorrow',
    ], 'none');
  });

  it('GIVEN a wish said through farm work or the road, dying thoughts, or no reason for the next season THEN own risk', () => {
    by.ownRisk([
      'i wish the bull would just run me over and be done',
      'some days i hope a tree falls on me out there',
      'if i ended up in a wreck on the way to town i wouldnt even be mad',
      'havin dyin thoughts again',
      'cant find a reason to face another winter on this place',
      'whats the point of keepin on anymore',
      'my kids would be relieved if i was gone',
      'id be worth more to my family dead with the life insurance',
    ]);
  });

  it('GIVEN a tractor that will not start, a wreck that would anger, an old baler, or the writer relieved THEN nothing', () => {
    by.each([
      'i wish the tractor would start in this cold',
      'if i got in a wreck i would be so mad, just paid it off',
      'whats the point of keepin the old baler, nobody uses it',
      'sold the cows and honestly im relieved, less work',
      'were so relieved the rain came',
      'finally can see a reason to get through another winter, the calves are doin good',
      'so done with the insurance company, three calls today',
    ], 'none');
  });

  it('GIVEN shells bought with one said to be enough, or the thought of joining someone who died THEN own risk', () => {
    by.each([
      'picked up another box of shells. just gonna need the one round',
      'grabbed one more box of bullets. only need the one',
    ], 'imminent');
    by.ownRisk([
      'since my dad passed ive been thinkin about joinin him',
      'my husband died in june and i keep thinking about joining him more lately',
    ]);
  });

  it('GIVEN shells for a season or the range, or joining someone living THEN nothing', () => {
    by.each([
      'bought a box of shells for deer season, gonna sight in the rifle sunday',
      'picked up two boxes of shells at the farm store, dove season opens friday',
      'my sister started a gym and im thinking about joining her',
      'grandpa passed last year. my cousin thinks about joining her more often at the gym',
    ], 'none');
  });
});
