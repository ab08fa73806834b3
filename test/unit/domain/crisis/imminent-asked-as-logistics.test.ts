import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en110):
// languages/en/imminent-asked-as-logistics.ts, pieces-joined.ts, and the everyday frames in frames-everyday-said.ts.
const { each } = routesBy(patternRouteOf);

describe('the crisis screen reads English imminent risk asked or told as logistics', () => {
  it('GIVEN self-care or a way out named as a stash of pills or a means THEN imminent; self-care named as rest or a small dose THEN nothing', () => {
    each([
      'everyone keeps saying self care, mine is the 60 seroquel in my drawer. friday',
      'my exit plan is the 90 tylenol i bought, this weekend',
      'yall love a coping skill. mine is the rope in my trunk and tonight',
      'self-care, mine is the 40 lithium in my desk and a quiet saturday',
    ], 'imminent');
    each([
      'my self care is a bath and a quiet sunday',
      'self care sunday: mine is 2 tylenol and a nap',
      'self care for me is the gym and meal prep on sunday',
    ], 'none');
  });

  it('GIVEN the ending said to be settled by the writer THEN imminent; a story or a film whose ending is known THEN nothing', () => {
    each([
      'dont worry about covering for me, i decided how this ends',
      'pulled out of every session next month. ive got it all worked out how this ends',
      'its ok. i have planned how it all ends now',
      'no more appointments please, i already settled how this is going to end',
    ], 'imminent');
    each([
      'i know how this ends, ive seen the movie twice',
      'decided how the story ends for my writing class, twist ending',
      'we finally sorted how the project ends, wrap party friday',
    ], 'none');
  });

  it('GIVEN a wish not to be found at home or by family beside another sign THEN imminent; a quiet night away or a game of hide and seek THEN nothing', () => {
    each([
      'booked a room across town for tonight. id rather not be found at home',
      'going to the lake saturday, dont want my kids to be the ones to find me',
      'picked a cabin for sunday bc i dont want my wife to find me',
      'need a hotel for tonight, id rather not be found by my roommate',
    ], 'imminent');
    each([
      'the kids hid in the closet, they didnt want to be found',
      'booking a hotel for the conference saturday, only one night',
      'going to the cabin with my wife this weekend, no phones, bliss',
    ], 'none');
  });

  it('GIVEN no way back needed from a height THEN imminent; a ride home sorted or no height named THEN nothing', () => {
    each([
      'is the roof of the parking deck open at night? dont need a ride back after',
      'whats the best way up to the top floor of the garage. wont need a lift home afterwards',
      'heading to the bridge tonight. dont need a ride home after that',
      'going up to the top of the parking garage friday. wont need a ride home after',
    ], 'imminent');
    each([
      'dont need a ride back after, my sister is picking me up',
      'anyone know if the 5th st garage locks the roof level at night? parking there for the concert',
      'thanks for the lift to group, dont need a ride home today',
    ], 'none');
  });

  it('GIVEN a home given up with no next one beside things given away THEN imminent; a move with somewhere to go THEN nothing', () => {
    each([
      'gave all the furniture away. not moving anywhere new',
      'moved out and gave the bed away, but not moving somewhere new. its sunday',
      'ended the lease and gave away my clothes. not moving somewhere new, im done',
      'gave my plants and books away this week, im not moving anywhere new',
    ], 'imminent');
    each([
      'not moving anywhere new this year, the landlord renewed our lease',
      'moved out of my apt today!! gave the couch away on marketplace. new place has a balcony',
      'gave away the old couch, new one comes friday',
    ], 'none');
  });

  it('GIVEN an absence widened to everything after a pause THEN imminent; an absence with its reason or its span THEN nothing', () => {
    each([
      'dont schedule me next week. i wont be here. for anything',
      'fine. im not going to be around. for any of it',
      'cancel my friday visits. i wont be there. for anyone',
      'take me off the rota. i wont be here. for any of this',
    ], 'imminent');
    each([
      'dont put me on the schedule next week, i wont be here, vacation',
      'i wont be here friday, dentist',
      'thanks for anything you can do to cover tuesday',
    ], 'none');
  });
});

describe('the crisis screen keeps everyday logistics in the same words quiet', () => {
  it('GIVEN a car or a bike given up for transit THEN nothing; the same giving beside no way forward THEN imminent', () => {
    each([
      'sold my car and gave my bike to my cousin, going car-free since the new light rail opened',
      'sold the truck and gave my bike away, going car free now',
      'sold my car and gave my scooter to my niece since the new bus route runs by work',
    ], 'none');
    each([
      'sold my car and gave my bike to my nephew. wont need them where im going',
      'sold my car, gave away my bike, and wrote letters to everyone. going car free lol',
      'sold my car and gave my bike away. tonight is the night',
      'gave my bike to my brother and sold my car. its all settled. goodbye',
    ], 'imminent');
  });

  it('GIVEN the day\'s dose taken late or early with its everyday effect THEN nothing; a dose moved beside a whole supply THEN imminent', () => {
    each([
      'took my meds late today and now im so wired at 1am',
      'took my adderall too late today, gonna be up all night',
      'had my seroquel late tonight so ill be groggy tomorrow',
    ], 'none');
    each([
      'took my meds early tonight, the whole bottle',
      'took my meds late tonight and all the rest of the bottle too',
      'took all my meds tonight. every single one. done',
      'took my meds late, all of them, every bottle, now im drowsy. bye',
    ], 'imminent');
  });

  it('GIVEN a roof named by what people do there THEN nothing; a roof named alone with a time THEN imminent', () => {
    each([
      'working on the rooftop garden with the teens today, tomatoes are coming in',
      'checking the rooftop beehives with the youth group today',
      'rooftop yoga saturday morning was amazing',
    ], 'none');
    each([
      'im on the rooftop rn. tonight',
      'on the roof of my building tonight, last time',
      'at the rooftop bar tonight with the pills in my pocket',
      'up on the roof of the hospital now. tonight is it',
    ], 'imminent');
  });
});
