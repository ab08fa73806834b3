import { describe, it } from 'vitest';
import { patternRouteOf, routeOf, routesBy } from '../../../helpers/crisis-routes.js';

// Families read after the sixty-seventh fresh batch (English, late at night after hard shifts). Wordings written for these
// families, not taken from the corpus, each beside look-alikes that must stay quiet or stay the writer's.
const { each: expectRoutes, ownRisk } = routesBy(patternRouteOf);
const { each: expectScreened } = routesBy(routeOf);

describe("the crisis screen hears someone else's crisis told late at night", () => {
  it('GIVEN a bare fragment right after someone else showed or told their crisis THEN it is theirs', () => {
    expectRoutes([
      'a girl from the youth program showed me her wrists after group. deep ones.',
      'my sister sent me a pic of her arm. still bleeding.',
      'my roommate showed me his wrists last night. new cuts.',
    ], 'someone-else');
    // A fragment that names the writer, joins in, or opens with its verb stays the writer's.
    ownRisk([
      'my friend showed me her cuts. cut myself too.',
      'my friend showed me her cuts. cut again.',
    ]);
  });

  it('GIVEN a question about a real person who already said it THEN someone else, not a training question', () => {
    expectRoutes([
      'how do i handle a member who said "i wont be here by christmas" at checkin?',
      'what do i say to my mentee who texted me "i want to die" last night?',
      'how do i support a participant who told me she wants to kill herself',
    ], 'someone-else');
    expectRoutes([
      'how do i respond to a client who says "i want to die"?',
      'what do i say if a member tells me "i want to die"?',
    ], 'none');
  });

  it('GIVEN someone near calling from a height THEN someone else; the card game stays quiet', () => {
    expectRoutes([
      'my brother rang from the overpass at 2am',
      'my sponsee facetimed from the ledge, police are talking to him',
      'mom called from the bridge and then hung up',
    ], 'someone-else');
    expectRoutes([
      'dad called from the bridge club, they won the whole thing',
      'mom called from the train, shes running late',
    ], 'none');
  });

  it("GIVEN a means hidden or taken from someone at risk THEN someone else's crisis, not control of the writer", () => {
    expectRoutes([
      'my neighbor says her son keeps talking about ending things so she hid the car keys',
      'a peer told me her husband wants to die and she locked up his guns, she took the pills too',
      'his mom said hes been talking about killing himself and she took the knives',
    ], 'someone-else');
    // The writer kept from leaving, or keys taken with no one else's crisis, stays harm.
    expectRoutes([
      'he says he wants to die and he took the car keys so i cant leave',
      'he hid the car keys again',
    ], 'harm-from-others');
  });
});

describe('the crisis screen stays quiet at everyday talk said in crisis words', () => {
  it('GIVEN devotion to a treat or a spot said as a leap THEN no route', () => {
    expectRoutes([
      'i would jump off a bridge for a good taco',
      'id drive off a cliff for one more nap',
      'honestly would walk into traffic for that bakery',
    ], 'none');
    ownRisk([
      'gonna jump off a bridge for good tonight',
      'i would jump off a bridge tonight if i had the guts',
    ]);
  });

  it('GIVEN a letter of work or business named by its kind THEN no route', () => {
    expectRoutes([
      'finished the letter of recommendation for my intern tonight',
      'drafting a complaint letter to the landlord, mailing it friday',
      'wrote my resignation letter last night, handing it in tomorrow',
    ], 'none');
    ownRisk([
      'wrote a letter to my mom tonight. pills are ready',
      'wrote my letters tonight. one for mom, one for my sister. its time',
    ]);
  });

  it('GIVEN a place online left for good THEN no route', () => {
    expectScreened([
      'leaving this subreddit forever, the drama is too much',
      'quitting the group chat for good lol',
      'logging off twitter permanently, its a cesspool',
    ], 'none');
    expectScreened(['logging off for good. tell my mom i love her'], 'imminent');
    ownRisk(['logging off this world for good']);
  });

  it('GIVEN dead weight at one event of a tired day THEN no route', () => {
    expectRoutes([
      'total dead weight in practice today lol',
      'gonna be dead weight at the meeting, zero sleep',
      'ill be dead weight at tonights shift, slept 2 hours',
    ], 'none');
    ownRisk(['im such dead weight to my family', 'im just dead weight in this house']);
  });

  it('GIVEN a place named as where the writer was set upon THEN harm, not the writer at a place', () => {
    expectRoutes([
      'got mugged on my way out of the parking garage tonight, two guys punched me',
      'got jumped walking to the station, they kicked me in the ribs',
      'been beat up leaving the bar, he punched me in the face',
    ], 'harm-from-others');
    expectRoutes(['walking to the garage now. car is running'], 'imminent');
    ownRisk(['got jumped last week. walking to the bridge now']);
  });
});

describe('the crisis screen hears risk half taken back and a supply gathered for a time', () => {
  it('GIVEN a taking-back that takes itself back THEN own risk stays', () => {
    ownRisk([
      'want to die lol sorta kidding',
      'kms haha jk. partly jk',
      'i wanna disappear forever, kinda jk',
    ]);
    expectRoutes(['ugh spilled coffee on my notes kms lol jk', 'i want to die lol jk'], 'none');
  });

  it('GIVEN many refills picked up at once beside stocking up for a time THEN imminent', () => {
    expectRoutes([
      'picked up all my refills at once. stocking up for friday',
      'filled three scripts the same day. stocking up for saturday night',
      'grabbed all of my refills in one trip, stocking up for tonight',
    ], 'imminent');
    expectRoutes([
      'stocking up for the weekend, chips and salsa',
      'picked up 3 refills at once before my trip to spain',
    ], 'none');
  });
});
