import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes } = routesBy(patternRouteOf);

// English imminent risk said without the words of suicide (branch t-imm), each family beside its everyday look-alikes.
describe('the crisis screen reads English imminent risk said by referring back, through places, metaphors and logistics', () => {
  it('GIVEN an overdose under way said by referring back ("swallowed them", "the whole bottle", "kicking in") THEN imminent; the same verbs about food, kids or drinks THEN nothing', () => {
    expectRoutes(
      [
        'swallowed them all about half an hour ago, getting so drowsy',
        'took the entire bottle, theres no going back',
        'i took what i had. room is spinning',
        'the pills are kicking in, i feel so dizzy',
        'mixed my pills with the vodka and now im lying down',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'took the kids to the park about an hour ago, they loved it',
        'drank a whole bottle of water after the run',
        'the coffee is kicking in finally, lets go',
        'mixed the juice with the vodka for the party',
      ],
      'none',
    );
  });

  it('GIVEN a means at hand said with "it" or "them" beside another sign THEN imminent; a phone or a cake "in my hand" THEN nothing', () => {
    expectRoutes(
      ['i have them right here in my hand. its time', 'its in my hand now. the entire bottle of them', 'the gun is loaded. its on my lap', 'have the pills and the whiskey next to me on the couch'],
      'imminent',
    );
    expectRoutes(['its in my hand now, the new phone finally came', 'the cake is right here, come get a slice', 'i have them right here, the permission slips for friday'], 'none');
  });

  it('GIVEN a car running in a shut garage, or a hose from the exhaust THEN imminent; a car warmed up in the driveway THEN nothing', () => {
    expectRoutes(
      ['sitting in the garage with the engine running', 'the garage door is down and the motor is running', 'im sitting in my car with a hose, its done soon', 'im in the garage w the car running. dont come'],
      'imminent',
    );
    expectRoutes(['car is running in the driveway, come out when youre ready', 'the engine is running rough again, taking it to the garage monday', 'bought a new hose for the garden'], 'none');
  });

  it('GIVEN the writer at a height or on the tracks now, or not coming back down THEN imminent; a commute, a roofer or a night out THEN nothing', () => {
    expectRoutes(
      ['typing this from the overpass', 'im at the top level of the parking garage and im not coming down', 'the rifle is in the truck. im out by the old mill', 'my pockets are full of stones and the river is right here'],
      'imminent',
    );
    expectRoutes(['writing this from the train, running 10 min late', 'on the roof fixing the gutters all morning', 'not coming home tonight, staying at my sisters', 'my son came home with his pockets full of rocks again'], 'none');
  });

  it('GIVEN ending said as a metaphor beside another sign ("my last sunrise", "letting go tonight", "and so am i") THEN imminent; the same words for a trip, a book or a shift THEN nothing', () => {
    expectRoutes(
      [
        'my last sunrise is in a few hours. the pills are counted',
        'rope is ready. letting go tonight',
        'the lease ends sunday and so do i. wrote the letters already',
        'rage quitting life tonight, the pills are lined up',
        'all that is left is me. passwords are in the envelope for my sister',
      ],
      'imminent',
    );
    expectRoutes(['watching my last sunrise in hawaii, flying home tomorrow 😭', 'finished the last chapter of the book tonight, what an ending', 'my shift is done and so am i lol, going to bed', 'letting go of the grudge tonight, calling my brother'], 'none');
  });

  it('GIVEN logistics beside an act or an ending ("so they would be looked after", passwords taped to the phone) THEN imminent; a trip, a will made with a lawyer THEN nothing', () => {
    expectRoutes(
      [
        'gave the horses to my cousin so they would be looked after. the rope is in the shed',
        'left my keys and a letter on the table. heading to the tracks',
        'master password is taped to the fridge for my brother. you can guess why',
      ],
      'imminent',
    );
    expectRoutes(['left the password list on the fridge for the dogsitter, back sunday', 'boarding the cats so they will be looked after while we are in spain', 'signed my will with the lawyer today, feels very grown up'], 'none');
  });

  it('GIVEN a plain time ("at dawn", "in an hour", "when i get home") beside thoughts of killing oneself or a means THEN imminent; the same times with chores THEN nothing', () => {
    expectRoutes(['going to shoot myself when i get home', 'gonna hang myself at dawn', 'the pills are counted. in an hour', 'kms tonight. the razor is right here'], 'imminent');
    expectRoutes(['doing it tonight, the grant report is due at 9am', 'doing it now, finally cleaning the garage', 'dentist at dawn, send help lol', 'will call you when i get home'], 'none');
  });

  it('GIVEN an act referred back in a message with own risk or a means ("talk me out of it", "i know exactly what im doing") THEN imminent; a haircut or a tattoo THEN nothing', () => {
    expectRoutes(
      ['nobody try to talk me out of it. the gun is loaded', 'poured the vodka and have the pills out. i know exactly what im doing', 'i want to die and im making sure of it tonight'],
      'imminent',
    );
    expectRoutes(['nobody try to talk me out of it, im getting the tattoo', 'making sure of it: the car is booked for friday'], 'none');
  });

  it('GIVEN a relapse told after years sober with the means here now THEN imminent; years sober told as the past THEN nothing', () => {
    expectRoutes(['4 years sober and i just poured a drink, the pills are next to me', 'nine years clean and i have the pills in my hand right now. not stopping this time'], 'imminent');
    expectRoutes(['4 years sober and i just bought my first house', 'nine years clean today, cake at group tonight'], 'none');
  });

  it('GIVEN typos in key words and in the words for people ("tonigt", "botle", "parnter", "sponser") THEN they read as the words', () => {
    expectRoutes(['took the whole botle already', 'sorry to my parnter. im sitting in the garage with the engine running', 'going to kill myself tonigt'], 'imminent');
    expectRoutes(['what a battle tonight, the game went to overtime'], 'none');
  });
});
