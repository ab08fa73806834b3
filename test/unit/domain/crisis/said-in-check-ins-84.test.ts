import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (branch t-en84):
// languages/en/imminent-said-in-check-ins.ts, own-risk-said-obliquely.ts (alive told as a misfortune), frames-away-for.ts
// (leave taken as the reason) and frames-over.ts (a death met at a staff meeting).
describe('the crisis screen reads replies to a daily check-in', () => {
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

  it('GIVEN being alive told as the misfortune or not being born recommended THEN own risk; a misfortune of something else THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.ownRisk(['how am i doing? im alive, unfortunately', 'i woke up and im alive sadly', '10/10 would recommend not being born', 'would not recommend existing honestly']);
    by.each(['im alive and kicking, unfortunately my car isnt', 'he is alive, sadly with a brain injury', 'would recommend not being late to the huddle'], 'none');
  });

  it('GIVEN a day off told with leave taken as the reason THEN nothing; the same absence with an ending THEN own risk', () => {
    const by = routesBy(patternRouteOf);
    by.each(['not going to be here tomorrow, taking pto finally', 'wont be around friday, using a mental health day', 'not going to be here monday bc i put in for time off'], 'none');
    by.ownRisk(['not going to be here tomorrow. i wrote letters for everyone', 'wont be around after friday and i want to die']);
  });

  it('GIVEN a death the staff met about THEN nothing; a death found by the writer or told bare THEN someone else', () => {
    const by = routesBy(patternRouteOf);
    by.each(['the debrief after the death on our floor helped a lot', 'grief group about the loss on 5 north tonight, i think ill go', 'huddle about the code this morning was good'], 'none');
    by.each(['a resident died by suicide on the unit last night', 'my patient overdosed and died in the bathroom'], 'someone-else');
  });

  it('GIVEN a reported condition on a thing before the speaker\'s "i" THEN someone else; the writer\'s own condition or a condition on "i" told to the writer THEN own risk or harm', () => {
    const by = routesBy(patternRouteOf);
    by.each([
      'my roommate keeps saying if the test comes back positive im going to kill myself',
      'my coworker told me if the review goes badly im going to end it, and she meant it',
      'my roommate said that if the loan gets denied im just gonna end it',
      'my sister says if the divorce goes through shes done living',
    ], 'someone-else');
    by.ownRisk(['if the audit goes bad im just gonna end it', 'my boss keeps saying the audit is due. if it goes bad im gonna kill myself']);
    by.each(['he says if i dont come back to him hell tell everyone my secrets'], 'harm-from-others');
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

  it('GIVEN a patient named in ward shorthand as the one who hit THEN harm from others; a pt doing a chore or physical therapy THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each(['got hit by a pt tonight, black eye', 'a pt punched me during the restraint', 'got kicked by a pt on nights, bruised ribs', 'the pt in 12 choked me before security came'], 'harm-from-others');
    by.each(['my pt session went well today, the pt was great', 'pt hit the call light 40 times lol', 'pt kicked the blanket off again'], 'none');
  });

  it('GIVEN a note left among the writer\'s things that says it knows or watches THEN harm from others; a thank-you or a kind note THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each(['found a note on my car saying we know where you park', 'someone slipped a note under my door saying snitches get stitches', 'there was a note taped to my locker that said keep quiet or else', 'a letter in my mailbox said we know what you told hr'], 'harm-from-others');
    by.each(['found a thank you note in my locker from the night team', 'left a note on my desk, we know youre swamped, pizza in the break room', 'a note on my car from the neighbor about the parking spot'], 'none');
  });

  it('GIVEN the writer the one who found someone who died THEN someone else; a dead relative\'s things found THEN nothing', () => {
    const by = routesBy(patternRouteOf);
    by.each(['a guy passed in the shelter bathroom and i found the body', 'my roommate died last month and i was the one who found him', 'he killed himself in march, i was the one to find him', 'she passed on my shift and i was the one that found her', 'the resident who passed on nights, i was the one who found her'], 'someone-else');
    by.each(['my grandma died, i found her old letters', 'my grandpa passed, i found his recipes in the attic', 'the plant died and i found the receipt'], 'none');
  });
});
