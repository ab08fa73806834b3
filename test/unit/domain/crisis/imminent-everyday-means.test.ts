import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// English imminent risk said through ordinary nouns and errands (branch t-en-imminent), each family beside its everyday
// look-alikes built from the same shapes, in wordings the development files do not hold.
describe('the crisis screen reads English imminent risk said through everyday means', () => {
  it('GIVEN a household poison or a ward drug held with an amount THEN imminent; weed killer for the yard THEN nothing', () => {
    expectRoutes(
      [
        'theres a jug of antifreeze in the shed and im holding it. gonna drink it',
        'poured a glass of weedkiller. i know what it will do',
        'took a vial of potassium home from the unit. sitting in my car in the employee lot',
        'got enough from the pyxis overrides. i know exactly what this does',
        'a bottle of rat poison and a glass. tonight when the house is empty',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'bought a jug of weedkiller for the fence line, spraying saturday',
        'the antifreeze in the garage is for the truck, topping it up tonight',
        'restocked the pyxis on the unit, the overrides log is done',
        'i know what it will do to the lawn, thats why i bought the organic one',
      ],
      'none',
    );
  });

  it('GIVEN a room or a car sealed, a heater or charcoal inside THEN imminent; weatherproofing THEN nothing', () => {
    expectRoutes(
      [
        'the heater is in the bedroom and i taped the windows. been in here a bit',
        'charcoal and duct tape in the trunk. tomorrow in the small room',
        'the space heater is in the closet with me and the cracks are sealed. thanks for everything',
        'taped up the vents. the generator is in the room. please dont come in',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'taped up the windows for the hurricane, the generator is in the garage for tonight',
        'charcoal and lighter fluid for the bbq saturday',
        'the space heater is in the closet for the summer',
      ],
      'none',
    );
  });

  it('GIVEN a cord run to a beam or a loft, or a tub filled beside a blade THEN imminent; chores and a bath THEN nothing', () => {
    expectRoutes(
      [
        'ran the rope over the rafter in the hayloft. i go up there at dusk',
        'ran the belt over the beam in the basement. tomorrow when hes at work',
        'ran a bath, have the razor. this is it',
        'in the bath with the hairdryer. sorry',
        'tied it to the beam. sitting under it now',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'ran the extension cord to the barn loft so the heater works for the calves',
        'ran a bath, have the razor out to shave my legs',
        'in the bath with a book and a candle, finally',
      ],
      'none',
    );
  });

  it('GIVEN a gun named by its calibre or put by the bed, with a sign beside it THEN imminent; the range and hunting season THEN nothing', () => {
    expectRoutes(
      [
        'got the .38 cleaned and loaded. not calling anyone',
        'the 9mm is in the truck. tell my kids i love them',
        'put the shotgun by the bed. tonight when she sleeps',
        'loaded the .357 and sent my dog tags to my brother',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'got the .22 cleaned for squirrel season, opener is saturday',
        'the 9mm is in the safe, range day with my dad tomorrow',
        'cleaned the shotgun tonight, duck season opens friday',
      ],
      'none',
    );
  });

  it('GIVEN medication saved one by one or bought in extra THEN imminent; a refill for a trip THEN nothing', () => {
    expectRoutes(
      [
        'kept every pill the psych ward gave me. its finally enough',
        'got enough of the white ones saved up. after my shift',
        'buying extra oxy from three different pharmacies. friday when shes away',
        'picking up the last refill i need tonight and then taking the whole bottle',
      ],
      'imminent',
    );
    expectRoutes(['picking up my last refill before the trip, the pharmacy closes at 6', 'kept every card you ever sent me, its finally enough to fill an album'], 'none');
  });
});

describe('the crisis screen reads English imminent risk said as a ledger, a relapse, a past attempt or a position now', () => {
  it('GIVEN goods sold or paid off and who gets them, beside a time or another sign THEN imminent; an estate plan after a baby THEN nothing', () => {
    expectRoutes(
      [
        'the horses are sold, the loan is paid off. doing it saturday in the shed',
        'made arrangements. dont check on me after tonight',
        'he gets the truck, she gets the house. dont check on me',
        'everything is in the drawer. the hard part was deciding',
        'cleaned the place top to bottom and the cat is with my neighbor now. goodbye',
        'the tractor is sold, my son gets the policy. doing it friday in the shed',
        'gave my binder and my hoodies to my roommate. they get their wish sunday, i wont be here',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'made arrangements for the dog while we travel to portland',
        'the horses are sold, moving to the city in march',
        'cleaned the place top to bottom for my moms visit tonight',
        'wrote our will after the twins were born, feeling good having it sorted',
        'the policy on home visits changed, doing it the new way friday',
      ],
      'none',
    );
  });

  it('GIVEN a relapse dosed to the heart or after a count of sober time THEN imminent; a recovery milestone THEN nothing', () => {
    expectRoutes(
      [
        'gonna do as much as my body cant handle. picking up at 9',
        '4 years clean and tonight im using all of it on purpose',
        '2 years sober and im going to drink until my heart quits',
        '11 months clean and im going to shoot enough that it ends it',
      ],
      'imminent',
    );
    expectRoutes(['4 years clean and tonight i got my keytag at the meeting', '2 years sober and im going to the speaker meeting tonight', 'as much as my body can handle at the gym today'], 'none');
  });

  it('GIVEN a past attempt then "this time" with a time or a means THEN imminent; a second try at a recipe THEN nothing', () => {
    expectRoutes(
      [
        'last time i tried i survived. this time i wont mess it up. its set for the 12th',
        'this time i brought more. same hotel room as before',
        'the er pumped my stomach in june. finishing what i started this weekend',
        'this time i want it to work. bought the same stuff that nearly killed me',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'last time i tried the sourdough i messed it up. this time i wont mess it up',
        'this time i brought more snacks for the group',
        'finishing what i started this weekend, the deck is almost done',
        'the er stitched up my hand in june. finishing what i started this weekend, the deck',
      ],
      'none',
    );
  });

  it('GIVEN the writer in a place now with nothing named ("already in the water", floors up, under the beam) THEN imminent; sightseeing THEN nothing', () => {
    expectRoutes(
      [
        'already in the river. the current is strong',
        'on the roof of the hospital. nine floors. just need a second',
        'on the ledge of the parking garage and i keep leaning over the railing',
        'started the truck in the garage and im texting from inside',
        'walking out on the ice after dark, as far as i can',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'on the roof of the hospital for the helicopter drill, nine floors up',
        'the cars in the garage, im inside making dinner',
        'walking out on the ice after dark to check the fishing shack',
        'at the cliffs for the sunset photos with my sister',
      ],
      'none',
    );
  });

  it('GIVEN going to be with the dead at a time, with a way there THEN imminent; a visit THEN nothing', () => {
    expectRoutes(['going to go be with my son tonight. i know how to get there', 'ready to go home to my wife tonight. the pills will get me there', 'ill meet my maker tonight, got it all lined up'], 'imminent');
    expectRoutes(['going to go be with my mom tonight, shes home from surgery', 'going to see grandpa tonight, i know how to get there from the highway', 'meeting my maker tomorrow - the luthier who built my mandolin'], 'none');
  });
});

describe('the crisis screen reads English imminent risk told around a cover story or a question of means', () => {
  it('GIVEN a leaving told to others then denied in a few words THEN imminent; a move with something left behind THEN nothing', () => {
    expectRoutes(
      [
        'my sister thinks im moving to denver. gave my bike to her kid. there is no denver. sunday',
        'everyone at work thinks im retiring. sold the boat. im not retiring. tonight',
        'told my roommate i was traveling for a month. paid the rent ahead. not traveling anywhere. friday',
        'bought a one-way ticket. no bags needed. going after everyone is asleep',
        '22 a day, and im going to be one of them friday',
        'twenty two a day. this weekend i make it 23',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'my sister thinks im moving to denver. not moving the piano though. gave the couch to her kid',
        'told my boss i was retiring in june. no more night shifts',
        'bought a one-way ticket to lisbon for the new job. leaving friday',
        '22 a day is why i do this work. vet outreach friday',
        'so done with this week. not answering emails till monday',
      ],
      'none',
    );
  });

  it('GIVEN means counted in packs, weighed against each other, or the way to the bridge THEN imminent; errands THEN nothing', () => {
    expectRoutes(
      [
        'bought four boxes of tylenol and im doing it tonight',
        'the rope or the pills, which is less painful. i have both',
        'mailed the letters on the way to the bridge',
        'just taking the whole bottle to help me sleep. for good',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'bought four boxes of cereal for the food drive, dropping them off tonight',
        'the bus or the train, which is quicker to the stadium',
        'on the way to the bridge to watch the fireworks with friends',
        'dying to finally see the new baby tonight',
        'got the gun cleaned for deer season, opener saturday',
      ],
      'none',
    );
  });
});

