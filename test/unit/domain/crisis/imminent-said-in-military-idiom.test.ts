import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en108):
// languages/en/imminent-said-in-military-idiom.ts, frames-joining.ts, frames-cover-stories.ts and everyday-frames.ts.
const byPatterns = routesBy(patternRouteOf);

describe('the crisis screen reads imminent risk said in understatement and military idiom', () => {
  it('GIVEN a means at hand WHEN the night is said to maybe be the one THEN imminent; the same words beside a game or a hunt THEN nothing', () => {
    byPatterns.each([
      'pistol is out on the desk. today could be the day',
      'the shotgun is on my lap. ngl tonight may be it',
      'sitting in the truck with the rifle. this might just be the night',
      'pills are all counted out. tomorrow might be the day',
    ], 'imminent');
    byPatterns.each([
      'this might be the night we finally win trivia',
      'tomorrow might be the day the baby comes, bags are packed',
      'today could be the day my claim finally gets approved lol',
    ], 'none');
  });

  it('GIVEN a comrade told as dead by his own hand WHEN the writer says they will follow THEN imminent; following someone alive THEN nothing', () => {
    byPatterns.each([
      'my squad leader ate his gun last spring. im going to follow him',
      'buddy of mine did it with his sidearm and ill be following him soon',
      'my brother took his own life in march. about to follow him tonight',
      'my old gunner did it with a pistol. decided to follow him',
    ], 'imminent');
    byPatterns.each([
      'my buddy did great at the marathon. im going to follow him and sign up next year',
      'my old gunner started a podcast, about to follow him on insta',
      'new 1SG is squared away. im going to follow him to the next unit',
    ], 'none');
  });

  it('GIVEN things given away WHEN the tidy-up told to others is denied THEN imminent; a tidy-up not denied THEN nothing', () => {
    byPatterns.each([
      'gave away my medals and my knife. told my wife it was decluttering. its not',
      'gave away my gear to the guys, said i was downsizing. im not',
      'gave away my watch and my guitar. told them it was a purge. it isnt',
      'gave away all my books. told everybody it was minimalism. its not',
    ], 'imminent');
    byPatterns.each([
      'gave away my old uniforms. told everyone it was spring cleaning',
      'gave away my kids old toys, told them it was decluttering for the move',
      'told everyone it was spring cleaning but really i just wanted the garage back lol',
    ], 'none');
  });

  it('GIVEN a beneficiary named WHEN the payout is said to come sooner than they think THEN imminent; a parcel or a refund early THEN nothing', () => {
    byPatterns.each([
      'changed my beneficiary to my brother. he will be collecting it sooner than he thinks',
      'changed the beneficiary on my policy to my wife. shes going to be getting the money sooner than she expects',
      'updated my beneficiaries this morning. the kids will get the check earlier than they think',
      'named my mom the beneficiary on the policy. she will be cashing it sooner than anyone knows',
    ], 'imminent');
    byPatterns.each([
      'ordered her gift early, she will be getting it sooner than she thinks',
      'updated my beneficiary to my sister today',
      'filed my taxes in january. ill be getting the refund sooner than i thought',
    ], 'none');
  });

  it('GIVEN accounts closed and savings moved WHEN thanks are passed on through others THEN imminent; money moved for a house or thanks for a cake THEN nothing', () => {
    byPatterns.each([
      'deleted my facebook, moved my savings into my moms account. tell the squad i said thanks',
      'moved the money into my husbands account and deleted my socials. tell everyone i said goodbye',
      'wiped my socials and moved my savings into the kids account. tell my unit i said so long',
      'signed the truck over to my brother, deleted my instagram. tell the guys i said bye',
    ], 'imminent');
    byPatterns.each([
      'tell the team i said thanks for the cake',
      'moved my savings into a high yield account. finally adulting',
      'we are moving into the new house friday. tell everyone i said thanks for helping',
    ], 'none');
  });

  it('GIVEN a watch or a patrol ended at a time WHEN the ending is claimed as the writer\'s own, not the job\'s THEN imminent; a shift or a fallen officer THEN nothing', () => {
    byPatterns.each([
      'my end of watch is friday. mine, not the departments',
      'last patrol is tonight. my own, not the units',
      'eow is sunday morning. mine not the jobs',
      "final watch tonight. mine, not the shift's",
    ], 'imminent');
    byPatterns.each([
      'end of watch is 0300 tonight, then sleep',
      'end of watch for officer reyes was sunday. rest easy brother',
      'that pen is mine not the jobs. end of watch at 6',
    ], 'none');
  });
});
