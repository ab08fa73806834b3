import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads own risk said inside everyday talk (fresh batch 70)', () => {
  // languages/en/own-risk-kept-here-by.ts: a being named as the only reason the writer is alive, or the only one who'd miss them.
  it('GIVEN a pet, a child or someone close named as the only reason the writer is still here THEN own risk; a thing, a job, a place THEN nothing', () => {
    expect.ownRisk([
      'honestly my dog is the only reason i am still here',
      'my kids are the only reason im still alive some days',
      'tbh my therapist is the only thing keeping me alive rn',
      'my old cat is literally the only reason im still around',
      'came home, fed the cat, and thought she is the only one who would miss me',
      'my dog is probably the only one whod even notice if i was gone',
    ]);
    expect.each(
      [
        'the free pizza is the only reason im still here lol',
        'my cat is the only reason i am still in this apartment',
        'the overtime is the only reason im still at this job',
        'my dog is the only one who misses me when im at work',
        'she is the only one who would notice the typo',
        'coffee is the only thing keeping me alive during finals',
      ],
      'none',
    );
  });

  // languages/en/frames.ts `serious`: a wish told as a habit to stop is meant, so a nuisance and a laugh beside it make no sigh.
  it('GIVEN a wish to be dead told as something to stop, in a to-do list or a resolution with a laugh THEN own risk; a wish to stop wishing for a weekend THEN nothing', () => {
    expect.ownRisk([
      'to do today: dishes, email the landlord, stop wishing i was dead. 2 out of 3 lol',
      'new years resolutions: drink more water, quit wanting to die haha',
      'chores: laundry, groceries, stop thinking about killing myself lol',
      'self care list: sleep, eat, stop hoping i dont wake up lmao',
    ]);
    expect.each(['to do: laundry, groceries, stop wishing it was friday lol', 'note to self: stop wishing for snow days lol', 'need to quit thinking about pizza lol'], 'none');
  });

  // recognised-in-another.ts: the writer's "me too" after a blow dealt to someone else is the same blow dealt to the writer.
  it('GIVEN a blow dealt to someone else and the writer\'s "me too" THEN harm; a wish or self-harm recognised THEN own risk as before; no "me too" THEN someone else', () => {
    expect.each(
      ['our dog is at the emergency vet because my boyfriend kicked her. and me too honestly', 'my husband choked her in front of the kids. me too tbh', 'my roommate said her dad punched her. same'],
      'harm-from-others',
    );
    expect.ownRisk(['my friend told me she wants to die. honestly same', 'she told me she cuts when it gets bad. same tbh']);
    expect.each(['my brother kicked the ball over the fence. me too lol', 'my nephew kicked the tv in a tantrum. same lol'], 'none');
  });

  // languages/en/own-risk-hint-families.ts: only a count's own words stand between it and "of" ("off", squeezed, is "of").
  it('GIVEN a time counted off pills THEN nothing; a count of pills with its own words THEN still a means', () => {
    expect.each(['30 days off the pills today! the prescribed ones, tapering was rough', '45 days off the pills now and sleeping better', '90 days off the pills today, proud of myself'], 'none');
    expect.ownRisk(['i have like 40 or so of the pills saved for tonight', 'took 60 of my moms oxy tonight', 'counted 30 pills of my dads oxy, tonight is the night']);
  });

  // languages/en/imminent-care-handed-on.ts, own-risk-hints.ts: tomorrow's care handed on to someone else beside a bare
  // "im not gonna be here" is urgent; the handing on beside a time alone, or an absence given its reason, stays everyday.
  it('GIVEN a reminder for a care called off because someone else will do it, and the writer saying they will not be here THEN imminent; the same without the absence, or with its reason THEN nothing', () => {
    expect.each(
      [
        'can you remind me to walk the dog tomorrow? actually never mind, my sister can do it. i am not going to be here',
        'set a reminder to water the tomatoes friday. actually no, my roommate will. im not gonna be around',
        'bot remind me to feed the cat at 8. scratch that, my neighbour will. im not going to be here',
        'somebody else will have to feed the fish from now on. im not gonna be here',
      ],
      'imminent',
    );
    expect.each(
      [
        'remind me to feed the cat in the morning? actually no, my neighbor will',
        'remind me to walk the dog tomorrow. actually no, my sister will, im at my moms this weekend',
        'im not gonna be here for dinner',
        'she is not going to be here tonight',
        'someone else will have to pick up the kids today, my car broke down',
      ],
      'none',
    );
  });

  // english-model.ts splitPossessives: an "'s" before "been" is "has", so the goodbyes after it are the named person's.
  it('GIVEN someone close who\'s been saying goodbye or giving things away and the writer going to them tonight THEN someone else; the writer\'s own goodbyes THEN own risk; a retirement, a possessive THEN nothing', () => {
    expect.each(
      [
        "my brother's been giving away his records and saying goodbye to everyone. im driving over tonight",
        "my mom's been saying goodbye to everybody this week. flying out tomorrow to be with her",
        "my best friend's been saying goodbye to everyone. going over tonight",
      ],
      'someone-else',
    );
    expect.ownRisk(["i've been saying goodbye to everyone. tonight"]);
    expect.each(["my dad's been saying goodbye to his coworkers, he retires friday", "sorting my dad's tools tonight, he passed in march", "it's been a long week, my boss's been on my case"], 'none');
  });

  // languages/en/imminent-care-handed-on.ts: a pet handed on, told as not coming back to the writer on purpose.
  it('GIVEN a pet handed on today and told it is not coming back to the writer on purpose THEN imminent; a loan not returned, a thing sold THEN nothing', () => {
    expect.each(
      [
        'dropped biscuit at my aunts tonight. hes not coming back to me, thats the point',
        'left the cat with my neighbor today. she is never going back to me and that is the plan',
        'my brother took the rabbit today "just for a bit". shes not coming back to me, on purpose',
        'handed pepper off to my coworker tonight. she is not going back to me and that is the idea',
      ],
      'imminent',
    );
    expect.each(['lent my drill to my neighbor today, hes not giving it back lol', 'sold my old bike today, its not coming back to me and thats the point, decluttering', 'my ex took the cat today. she keeps the cat and thats the point of the custody deal'], 'none');
  });

  // languages/en/frames-acting-denied.ts: a going denied and the thought kept as only a thought lets no time raise the thought.
  it('GIVEN a thought of ending it with its day, and the writer saying they did not go, it was only a thought THEN possible; a thought with a time set THEN imminent', () => {
    expect.each(
      [
        'thought about killing myself today. didnt do anything, just thinking about it',
        'kept thinking about ending it all tonight at work, i didnt act, only thought about it',
        'thought about killing myself on the drive home today. it was just a thought',
        'ending it was on my mind all day today. didnt go, only thought about it',
      ],
      'possible',
    );
    expect.each(['i just thought about it and tonight is the night, im going to kill myself', 'thinking about killing myself tonight. i have the pills'], 'imminent');
  });

  // languages/en/own-risk-kept-here-by.ts: the writer alive only because of a being, said as a condition or a need.
  it('GIVEN the writer alive only because someone close or a pet needs them THEN own risk; a party, a lift, a vacation THEN nothing', () => {
    expect.ownRisk([
      'if it werent for my kids i wouldnt still be here',
      'if it wasnt for my dog i would not be alive',
      'my dog needs me or id be gone already',
      'the kids still need me, otherwise i would be gone by now',
    ]);
    expect.each(['if it wasnt for my sister i wouldnt be here at this party', 'my boss needs me or id be gone on vacation already', 'my dog needs me, or id be gone to the beach all weekend'], 'none');
  });

  // languages/en/imminent-care-handed-on.ts: a pet's care or supplies left for after the writer is gone.
  it('GIVEN a pet\'s feeding left to someone or its food laid in for after the writer is gone THEN imminent; food on sale, a trip, a shift THEN nothing', () => {
    expect.each(
      [
        'when im gone someone has to feed him',
        'bought extra dog food so hes set for a while after im gone',
        'ordered a month of cat food so she is fine for a while after im gone',
        'after im gone somebody needs to walk her twice a day',
      ],
      'imminent',
    );
    expect.each(['bought extra dog food today, it was on sale', 'when im gone on my trip someone has to feed him', 'someone has to feed the cat while im at work', 'finally got my ADHD meds sorted, focus is back'], 'none');
  });
});
