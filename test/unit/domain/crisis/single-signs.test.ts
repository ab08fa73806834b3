import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// English imminent risk carried by one short sign (branch t-imminent), each family beside its everyday look-alikes,
// in wordings the development files do not hold.
describe('the crisis screen reads English imminent risk carried by one short sign, without the words of suicide', () => {
  it('GIVEN a means against the body or swallowed while writing THEN imminent; popping bubble wrap THEN nothing', () => {
    expectRoutes(['the cord is around my neck and im on the stool', 'the barrel is in my mouth', 'downing them one at a time as i write this', 'stepping into traffic on the interstate right now'], 'imminent');
    expectRoutes(['popping them one at a time, the bubble wrap is so satisfying', 'the cat is around my neck again lol'], 'none');
  });

  it('GIVEN going in or over at a place, or a door locked behind on a roof THEN imminent; swimming or a bus stop THEN nothing', () => {
    expectRoutes(['im at the lake and im wading in', 'on the roof of my apartment. door is locked behind me', 'in the tub with a razor. this is it', 'at the tracks. freight comes in ten minutes'], 'imminent');
    expectRoutes(['im at the lake and im going in, swimming til sunset', 'at the overpass waiting for the bus, its late again', 'in the tub with a bath bomb. this is it, self care', 'at the bridge now. the fishing is slow today'], 'none');
  });

  it('GIVEN relapse meant to be fatal (no narcan on purpose, using until the heart stops) THEN imminent; a night out without cash THEN nothing', () => {
    expectRoutes(['not carrying any narcan this time. going out tonight', 'gonna shoot all of it until my heart stops', 'i have my means. ctb tomorrow', 'this time im using my dads rifle. friday'], 'imminent');
    expectRoutes(['not carrying any cash this time. going out tonight', 'gonna dance until my feet hurt'], 'none');
  });

  it('GIVEN a resolve set to a time beside a low check-in, a goodbye given away or a time of being alone THEN imminent; plans for the zoo or a movie THEN nothing', () => {
    expectRoutes(['1/5. its decided. tomorrow', 'kids are asleep. gonna do it now', 'tonight is it. the letters are in the dresser', 'ive decided and its tomorrow. thanks for everything'], 'imminent');
    expectRoutes(['its decided. tomorrow we go to the zoo', 'kids are asleep. gonna watch a movie now', 'i picked friday for the bbq', "i'm going tonight, the concert is sold out"], 'none');
  });

  it('GIVEN something taken said by referring back, or an end said as checking out THEN imminent; recycling, a refill or a paid invoice THEN nothing', () => {
    expectRoutes(['took all of them already. starting to feel heavy', 'this is me signing off. gun is loaded', 'by the time yall see this ill be gone', 'the stash is empty. ill be at peace by morning'], 'imminent');
    expectRoutes(['the bottle is empty, time to recycle', 'my pills are down to 3, need a refill', 'took care of that part already, the invoice is paid', 'this is me signing off for the weekend'], 'none');
  });
});

describe('the crisis screen reads a whole message that is one sign and nothing else', () => {
  it('GIVEN a bare place, rope, note or act ("at the overpass", "noose is hung") THEN imminent; a bare time, goodbye or errand THEN nothing', () => {
    expectRoutes(['at the overpass', 'noose is hung', 'writing the note now', 'swallowed them all', 'doing it right now', 'the pills are in my car'], 'imminent');
    expectRoutes(['see you tonight', 'bye all, logging off', 'on my way', 'done. signed it', 'rope swing tomorrow?', 'the plan for tonight', 'took 2 tylenol for my head'], 'none');
  });
});

describe('the crisis screen reads intent beside a time, a goodbye or help kept away', () => {
  it('GIVEN a past attempt then "this time" is no accident, a plan for a short day, or help kept away THEN imminent; a day planned for a party THEN nothing', () => {
    expectRoutes(
      [
        'last time i got lucky. it wont be a cry for help on sunday',
        'the party is planned for fri. dont try to talk me out of it, sewerslide is happening',
        'sorry everyone. ive decided and its tomorrow',
        'i got a room across town so nobody finds me in time',
      ],
      'imminent',
    );
    expectRoutes(['the party is planned for sat. dont try to get out of it', 'sorry everyone, running late tomorrow', 'it wont be an accident if i forget your birthday again lol'], 'none');
  });
});

describe('the crisis screen reads "do it" set for a time of being alone', () => {
  it('GIVEN an unnamed "it" set for when the house is empty or everyone sleeps THEN imminent; an errand named for that time THEN nothing', () => {
    expectRoutes(['gonna do it once my roommate leaves for work', 'doing it tonight when everybody is sleeping', 'ill do it when the house is empty'], 'imminent');
    expectRoutes(['ill fold the laundry once my roommate leaves', 'my husband watches tv while i sleep', 'when the house is empty tonight im taking a long bath'], 'none');
  });
});

describe('the crisis screen reads English wishes and self-harm said plainly as possible risk', () => {
  it('GIVEN the world better without the writer, no reason to keep going, tired of living THEN own risk; the same shapes about a job THEN nothing', () => {
    expectRoutes(['honestly everyone would be happier with me not around', 'i feel like i shouldnt be alive', 'there is no reason for me to keep living', 'so tired of existing', 'wish i could flip the off switch on myself'], 'possible');
    expectRoutes(['the office would be happier with me not in meetings lol', 'no reason for me to keep going to that gym', 'so tired of this weather', 'found the off switch on the printer finally'], 'none');
  });

  it('GIVEN second-language and plain wishes ("tired to live", "no reason to continue", "survived and wish i hadnt") THEN own risk; tired of a live show or a survived exam THEN nothing', () => {
    expectOwnRisk(['so tired to live like this', 'i dont find any reason to continue', 'survived the crash and most days wish i hadnt', 'scratching my arms till they bleed again', 'i lost the hope for me']);
    expectRoutes(['so tired of live shows that start at 11pm', 'survived the exam and wish i had studied more', 'i lost the remote again'], 'none');
  });

  it('GIVEN self-harm hidden (long sleeves in summer, an accident on purpose) THEN own risk; long sleeves for the sun THEN nothing', () => {
    // A blade beside self-harm reads as a means, so either own-risk route is right.
    expectOwnRisk(['long sleeves in august again if you know you know', 'another accident with the razor on purpose last night']);
    expectRoutes(['long sleeves in august for the sunburn, doctor said', 'had an accident with the lawnmower'], 'none');
  });
});
