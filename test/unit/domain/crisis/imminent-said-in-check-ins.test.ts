import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en84):
// languages/en/imminent-said-in-check-ins.ts, everyday-frames.ts (a return denied inside an absence) and whose.ts (a means named by its owner).
describe('the crisis screen reads imminent risk said sideways in replies to a daily check-in', () => {
  it('GIVEN contact refused from this reply on beside a low check-in or a means THEN imminent; alone or with a nap THEN nothing', () => {
    expectRoutes([
      ['1/5. wont be answering my phone after this', 'imminent'],
      ['the pills are counted out on my nightstand. not picking up my phone after tonight', 'imminent'],
      ['0. done answering texts after this', 'imminent'],
      ['the rope is in the car. not answering calls anymore', 'imminent'],
      ['not answering my phone after this, finally sleeping', 'none'],
      ['stopped answering calls from unknown numbers after this week of spam', 'none'],
      ['im not checking work messages after 6 anymore, new boundary', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a payout asked for a self-inflicted death beside the policy or a time THEN imminent; care covered THEN nothing', () => {
    expectRoutes([
      ['does my life insurance pay out if its a suicide', 'imminent'],
      ['would the work policy still pay out if it was self inflicted? asking for tonight', 'imminent'],
      ['would the life insurance cover it if it was self-inflicted', 'imminent'],
      ['does life insurance pay if i kill myself', 'imminent'],
      ['does our insurance cover inpatient rehab', 'none'],
      ['does insurance cover stitches if it was a kitchen accident', 'none'],
      ['life insurance pays out double for accidents, read it in the handbook', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN the work things handed on beside an absence THEN imminent; a new job or a bare question THEN nothing', () => {
    expectRoutes([
      ['who do i give my badge to. wont be around to need it', 'imminent'],
      ['where should i leave my keys and my work phone. you wont need to worry about me after this', 'imminent'],
      ['who do i return my laptop to. i wont be here much longer, not the job kind of leaving', 'imminent'],
      // A return denied inside the absence's own words is no trip (everyday-frames.ts).
      ['where should i leave my keys if im not coming back after sunday', 'imminent'],
      ['not coming back till monday, visiting my mom. where should i leave my work phone', 'none'],
      ['who do i give my badge to, im not coming back after the holidays, new job in denver', 'none'],
      ['who do i give my badge to, my last day is friday and i start at the new clinic monday', 'none'],
      ['where do i leave my keys for the night charge nurse', 'none'],
      ['who do i hand my pager to at shift change', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN the way into a locked means known beside a low check-in or a time THEN imminent; a closet key or keys alone THEN nothing', () => {
    expectRoutes([
      ['1/5. i know where the key to the gun safe is', 'imminent'],
      ['found the code for my dads lockbox. tonight', 'imminent'],
      ['0. i know where the narcotics cabinet keys are kept', 'imminent'],
      ['memorized the combo to the gun safe, nobody home till sunday. 1', 'imminent'],
      ['i know where the key to the supply closet is', 'none'],
      ['found my keys, they were in the fridge lol', 'none'],
      ['charge nurse showed me where the pyxis override is, good shift', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN something taken, unnamed, a short while ago beside a low check-in THEN imminent; a taking for an ailment or feeling better THEN nothing', () => {
    expectRoutes([
      ['1. took something an hour ago', 'imminent'],
      ['0/5 took a bunch twenty minutes ago', 'imminent'],
      ['2. popped a bunch an hour ago and the rope is in the car', 'imminent'],
      ['took something an hour ago for my back', 'none'],
      ['took something an hour ago, feeling way better', 'none'],
      ['had something an hour ago, still hungry', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN a means named by its owner, apostrophe or not, beside a time THEN imminent for the writer; the owner acting THEN someone else', () => {
    expectRoutes([
      ['my dads gun is in the nightstand. tonight', 'imminent'],
      ['moms rifle is in the hall closet and shes gone til monday', 'imminent'],
      ['my brothers pistol is in the glovebox. tonight', 'imminent'],
      ['grandpas shotgun is in the barn. doing it tonight', 'imminent'],
      ['my dad has guns in the house. tonight', 'someone-else'],
      ['my uncle said hes done. he has guns', 'someone-else'],
      ['my dads gun is in the safe, we go hunting saturday', 'none'],
    ], patternRouteOf);
  });
});
