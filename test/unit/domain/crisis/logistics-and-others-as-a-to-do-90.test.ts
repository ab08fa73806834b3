import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en90):
// languages/en/imminent-told-through-logistics.ts, others-crisis-as-a-to-do.ts, harm-hidden-from-him.ts,
// own-risk-asked-and-joked.ts, frames-leaving-plans.ts (medical leave) and training-as-setting.ts (reminders switched off).
describe('the crisis screen reads risk told through logistics (fresh batch 90)', () => {
  it('GIVEN a supply said gathered beside reminders switched off and a day THEN imminent; a supply of goods or a pharmacy switched THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each([
      'cancel my med reminders please. stashed enough now. friday.',
      'stockpiled plenty. sunday. you can turn off the pill reminders',
      'you can stop the pharmacy texts. saved up enough. tonight.',
      'stop my refill alerts. hoarded enough. this weekend.',
    ], 'imminent');
    by.each([
      'stockpiled enough toilet paper for saturday',
      'stockpiled enough snacks. saturday is game night',
      'you can cancel my refill reminders, switched to the cvs on main',
    ], 'none');
  });

  it('GIVEN a question of what becomes of a person\'s messages at death beside cleaning up one\'s own before a time THEN imminent; either alone THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each([
      'when someone dies do their emails get archived? should i wipe mine before friday',
      'what happens to your dms when you die. gonna delete my messages before sunday',
      'if a user dies is their account kept? i want to clear my history by tonight',
      'q: when a person passes do their chats stay up? need to scrub mine before next week',
    ], 'imminent');
    by.each([
      'hr question: when an employee dies what happens to their email account? need it for the handbook by friday',
      'need to clean up my dms before the audit friday',
      'when someone dies their photos go to the family, right? asking for the policy doc',
    ], 'none');
  });

  it('GIVEN a medical leave told by its length or recovery THEN notes and a caseload handed over stay everyday', () => {
    const by = routesBy(patternRouteOf);
    by.each([
      'surgery thursday, out 3 weeks. notes for each client are in the drive and jo has my caseload',
      'knee replacement monday, off for six weeks. passwords for the team inbox are with my supervisor',
      'on medical leave till march. notes for each of my folks are in the shared folder',
      'procedure is scheduled friday, out a couple weeks. letters for the group are on my desk',
    ], 'none');
    by.ownRisk([
      'im done. notes for each of you are in the drawer, saturday',
      'wrote a note for each of you. its in the drawer. tonight',
      'letters for everyone are on my desk. saturday is the day',
    ]);
  });

  it('GIVEN someone\'s attempt named bare and then the writer\'s move about it THEN someone else; an attempt at something named THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each([
      'can someone cover group? my brother attempted and im driving down tonight',
      'my cousin overdosed so i need to leave early',
      'a participant attempted, im at the ER with her now',
      'my daughter attempted and we are heading to the hospital',
    ], 'someone-else');
    by.each([
      'my sister attempted and failed the bar so im flying out to cheer her up',
      'he attempted the climb so we are driving up',
      'my son attempted the recipe and we need more flour',
    ], 'none');
  });

  it('GIVEN someone telling that a parent hits another of their family THEN someone else; a hit in a game THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each([
      'a teen in my group said her stepdad hits her mom and she hides in the bathroom',
      'my client told me his father beats his little brother',
      'the kid in aftercare mentioned his dad punches his mom when he drinks',
      'participant disclosed her uncle chokes her sister',
    ], 'someone-else');
    by.each([
      'he said his dad hit his first home run at that field',
      'she said her brother beat her dad at chess again',
      'my client said his mom hits the gym every morning',
    ], 'none');
  });

  it('GIVEN money or a phone kept where the one named cannot know or find it THEN harm from others; a surprise kept THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each([
      'need to move my paycheck to a bank he cant see',
      'got a second phone she cant check, keeping it at work',
      'been hiding cash from my husband in a tampon box',
      'opened a card my boyfriend doesnt know about',
    ], 'harm-from-others');
    by.each([
      'planning a party she doesnt know about',
      'bought a gift he wont find in the closet',
      'hiding the last cookie from my roommate lol',
    ], 'none');
  });

  it('GIVEN whether anyone would really miss the writer, or dying jokes that stopped being jokes THEN own risk; a seat missed or a joke complained of THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.ownRisk([
      '3am thoughts: would anyone even miss me',
      'sometimes i wonder if anybody would really notice me',
      'the unalive jokes at work are starting to feel less like jokes for me',
      'honestly the suicide jokes arent jokes for me anymore',
    ]);
    by.each([
      'would anyone miss me at the potluck if i skip',
      'the kms jokes in the group chat are getting old, can someone mute them',
      'does anyone actually miss the old office coffee',
    ], 'none');
  });
});
