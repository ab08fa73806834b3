import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// First responders telling risk in call and run vocabulary (languages/en/own-risk-on-the-job.ts, harm-on-the-job.ts).
describe('GIVEN a first responder writing in call and run vocabulary', () => {
  it('WHEN the writer wishes the fire, the wreck or the round had taken them THEN possible', () => {
    by.each([
      'still wish the fire had gotten me too',
      'some days i wish that wreck had taken me instead',
      'honestly wished the round had killed me that night',
      'keep wishing the roof had taken me with it',
    ], 'possible');
  });

  it('WHEN a crewmate says the same of himself THEN someone-else', () => {
    by.each([
      'coworker said he wished the fire had gotten him too',
      'the probie told me she wishes the wreck had taken her',
      'my medic partner said he wished the bullet had killed him',
      'a firefighter on C shift said he wished the collapse had gotten him',
    ], 'someone-else');
  });

  it('WHEN the fire or the wreck took a thing THEN nothing', () => {
    by.each([
      'wish the fire had gotten the old shed, that thing is an eyesore',
      'the fire took the whole garage but the family got out',
      'glad the fire didnt get the dog',
    ], 'none');
  });

  it('WHEN the writer will go out with the next call THEN imminent', () => {
    by.each([
      'im going out with the next call, i mean it',
      'if the next one is a kid im going out with it',
      'honestly going out with the next run',
      'if the next call is another baby i go out with it',
    ], 'imminent');
  });

  it('WHEN a crewmate says he will go out with the next call THEN someone-else', () => {
    by.each([
      'ff on A shift said "if the next one is a kid im going out with it"',
      'my partner said "im going out with the next call" and laughed',
      'the probie said "if the next run is a kid im going out with it"',
      'a medic at station 9 said "going out with the next call, watch"',
    ], 'someone-else');
  });

  it('WHEN going out means a night out after the call THEN nothing', () => {
    by.each([
      'going out with the crew after the next call for wings',
      'we are going out for tacos when the next shift starts',
      'she is going out with the new guy from ladder 5',
    ], 'none');
  });

  it('WHEN the writer no longer knows the kms is a joke THEN possible', () => {
    by.each([
      'not sure if im joking anymore when i say kms',
      'cant tell if im joking about eating my gun',
      'idk if im joking when i say kms tbh',
      'dont know if im joking anymore when i say kill myself',
    ], 'possible');
  });

  it('WHEN the joke is plain or about a nuisance THEN nothing', () => {
    by.each([
      'i was joking when i said kms lol',
      'idk if im kidding anymore, this job is gonna kill me lol',
      'cant tell if im joking about quitting or not',
    ], 'none');
  });

  it('WHEN the writer is worth more through the pension or a benefit THEN possible', () => {
    by.each([
      'my wife would be better off with the pension than with me',
      'kids would be better off with the death benefit than me',
      'honestly my family is better off with the insurance than with me',
      'my kids would be better off with the payout than with me',
    ], 'possible');
  });

  it('WHEN the pension is weighed as money THEN nothing', () => {
    by.each([
      'better off with the pension than the 401k match',
      'better off with the insurance than paying out of pocket',
      'better off with the insurance than paying cash for the repair',
    ], 'none');
  });

  it('WHEN a gun is ready while the house empties THEN imminent', () => {
    by.each([
      'the 12 gauge is by the door and im just waiting for the house to be empty',
      'the rifle is in the closet, waiting till the kids are asleep',
      'my pistol is on the nightstand and im waiting for everyone to leave',
      'service weapon is on the table, just waiting until the wife is gone',
    ], 'imminent');
  });

  it('WHEN a gun waits for a season or a sale THEN nothing', () => {
    by.each([
      'the shotgun is cleaned and we are waiting for duck season to open',
      'my rifle is at the gunsmith, waiting for the part to come in',
      'the pistol is in the safe while we wait for the permit',
    ], 'none');
  });

  it('WHEN the writer got jumped after a shift THEN harm-from-others', () => {
    by.each([
      'got jumped in the parking lot after shift',
      'got jumped leaving the station last night, two guys',
      'was jumped walking to my car after nights',
      'got jumped on a call last week, nobody backed me up',
    ], 'harm-from-others');
  });

  it('WHEN a car or a line was jumped THEN nothing', () => {
    by.each([
      'got my truck jumped in the lot after shift, battery died again',
      'the rig needed to be jumped after the cold night',
      'jumped in the pool after shift, best feeling',
    ], 'none');
  });

  it('WHEN the writer envies the dead a call left behind THEN possible', () => {
    by.each([
      'some nights i envy the DOAs',
      'honestly jealous of the ones who died on that run',
      'dispatcher here. heard a man hang himself on the line and part of me was jealous',
      'saw a guy shoot himself on scene and part of me felt envious',
    ], 'possible');
  });

  it('WHEN the envy is of a crew, a rig or a promotion THEN nothing', () => {
    by.each([
      'i envy the day crew, they actually sleep',
      'jealous of the new rigs at station 2',
      'he taught himself to drive the ladder truck and part of me was jealous',
    ], 'none');
  });

  it('WHEN the writer leaves word for if they do not check in, with what is kept for after THEN imminent', () => {
    by.each([
      'if i dont check in by 0700 tell them the combo to the safe is my badge number',
      'if i dont answer by noon tell my wife the passwords are in the blue notebook',
      'if i dont make it back by friday tell her the insurance papers are in the gun safe',
      'if i dont wake up by 6 show them where my will is',
    ], 'imminent');
  });

  it('WHEN the word left is about traffic, a shift or a locker THEN nothing', () => {
    by.each([
      'if i dont check in by 0700 tell them im stuck in traffic',
      'if i dont show up by 8 give them the combo to my locker, my gear is in there',
      'if i dont check in by 9 tell cap the gate code changed',
    ], 'none');
  });
});
