import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself, in wordings not in the corpus.
const routes = routesBy(patternRouteOf);

describe("the crisis screen reads someone else's crisis as those near see it (languages/en/others-seen-by-those-near.ts)", () => {
  it('GIVEN marks or blades found on or among a child\'s or friend\'s things THEN someone else; cuts and razors in everyday talk THEN nothing', () => {
    routes.each(
      [
        'noticed new cuts on her forearms when she rolled her sleeves up',
        'saw fresh burns on his hands at practice and he would not say how',
        'i spotted scratches on her thighs when she changed for gym',
        'there were razor blades taped under his desk drawer',
        'found blades stashed inside her sock drawer, she is 12',
        'a pencil sharpener blade hidden in his pillowcase',
      ],
      'someone-else',
    );
    routes.each(
      [
        'found a razor in the bathroom cabinet, whose is it',
        'saw cuts of beef on sale at the butcher',
        'saw scratches on the car door after the storm',
        'she keeps her razor in the shower caddy',
        'found cuts of fabric on her sewing table',
      ],
      'none',
    );
  });

  it('GIVEN an overdose heard or found from beside it THEN someone else; needles and snoring in everyday talk THEN nothing', () => {
    routes.each(
      [
        'my cousin is slumped in the stairwell with a needle next to him',
        'roommate making strange gurgling noises on the couch',
        'he took way too much and the ambulance just left with him',
        'the ER said it was an intentional overdose',
        'she swallowed everything she could find in the cabinet',
      ],
      'someone-else',
    );
    routes.each(
      [
        'my husband snores so loud the dog leaves the room',
        'got my flu shot, the needle barely hurt',
        'i ate way too much at dinner lol',
        'the nurse with a needle made my son cry',
      ],
      'none',
    );
  });

  it('GIVEN a car left by the water, a phone left behind, a gun taken THEN someone else; the same places on a day out THEN nothing', () => {
    routes.each(
      [
        'her van was found at the quarry and nobody has heard from her',
        'he has not been seen since friday and his car is parked by the reservoir',
        'they found he left his wallet on the bridge railing',
        'my uncle grabbed his pistol and drove off after the fight',
        'our neighbor was found with a ligature in the garage',
      ],
      'someone-else',
    );
    routes.each(
      [
        'his truck is at the lake for the weekend, we went fishing',
        'left my phone in the car again, ugh',
        'she took the rifle to the range with her dad',
        'my brother took his rifle and left for the hunting trip',
        'we parked by the river for the fireworks',
      ],
      'none',
    );
  });

  it('GIVEN the dead joined, a burden no longer, belongings handed out, means counted or gone THEN someone else; the same words in everyday talk THEN nothing', () => {
    routes.each(
      [
        'my grandma keeps saying she wants to be with her late husband',
        'he told me he would not be a burden for much longer',
        'she said i would read about her tomorrow',
        'my dad has been giving away his guns to the neighbors',
        'my brother is counting his sleeping pills every night',
        'she keeps asking how many it would take to not wake up',
        'her pills are missing and so is she',
        'he asked me to pass him the whole bottle',
        'he has been googling ways to die all week',
        'he has been searching how to overdose on his phone',
      ],
      'someone-else',
    );
    routes.each(
      [
        'my grandma wants to see her sister in florida',
        'she said she would be home tomorrow',
        'she is giving away free kittens to a good home',
        'she asked me how many it would take to fill the pool',
        'my keys are missing again',
        'pass me the whole bag of chips',
      ],
      'none',
    );
  });

  it('GIVEN a child pressed for pictures, or a goodbye posted or texted THEN someone else; pictures and goodbyes in everyday talk THEN nothing', () => {
    routes.each(
      [
        'a man online keeps pressuring my niece to send him photos',
        'a stranger keeps asking my daughter to send him pictures',
        'my friend posted a goodbye video to tiktok and is not answering',
        'my cousin has been texting me goodbye type stuff all night',
      ],
      'someone-else',
    );
    routes.each(
      [
        'grandma told me to send pics of the baby',
        'i texted my mom goodbye before my flight',
        'my teacher asked us to send photos of our science project',
      ],
      'none',
    );
  });
});

describe("the crisis screen keeps someone else's everyday or long-over news quiet (told-as-over.ts, everyday-frames.ts)", () => {
  it('GIVEN a person collapsed THEN someone else; things that collapsed, a downsizing, a crisis from last summer told with how they are now THEN nothing', () => {
    routes.each(['my roommate collapsed in the kitchen and is not responding', 'a woman collapsed outside the bus shelter, we called 911'], 'someone-else');
    routes.each(
      [
        'the tent collapsed in the rain, we slept in the car',
        'my aunt is downsizing and wants to give away her piano',
        'the teen from the spring group who told us she wanted to die is doing great, she is in a good placement now',
        'years back my cousin cut himself badly. he is fine now, he coaches soccer',
      ],
      'none',
    );
  });
});

describe('the crisis screen reads harm from others watched and kept (languages/en/harm-watched-and-kept.ts)', () => {
  it('GIVEN the writer watched, kept from people or chats, money or passwords held THEN harm from others; the same in everyday talk THEN nothing', () => {
    routes.each(
      [
        'she logs the mileage on my car so i cant go anywhere else',
        'he demands a selfie of who i am with every hour',
        'had to delete my instagram because he gets jealous',
        'i cant call my mom since he says she turns me against him',
        'my wife controls all the money and i get a little allowance',
        'my boyfriend changed my passwords last week',
        'she hides my phone when i am sleeping',
        'my husband gets angry when my phone buzzes at night',
      ],
      'harm-from-others',
    );
    routes.each(
      [
        'my mechanic checks the mileage on my car every spring',
        'send me a pic of where you are, the view looks amazing',
        'i had to delete my instagram for exams',
        'my parents give me an allowance for chores',
        'i changed my passwords after the data breach',
        'my dog gets weird when my phone rings',
      ],
      'none',
    );
  });

  it('GIVEN the writer locked out or kept from food, held or blocked, a mark covered, a threat as advice THEN harm from others; look-alikes THEN nothing', () => {
    routes.each(
      [
        'my girlfriend changed the locks while i was at work',
        'my stepmom padlocks the pantry at night',
        'things got physical last night and i left',
        'he grabbed my arm and would not let go',
        'she stood in the doorway and would not budge',
        'after the argument i had a black eye, covering it with concealer',
        'he texted me "you better watch yourself"',
        'next time he is not going to miss',
        'he threatened to share my private videos unless i pay',
        'if i go quiet that is why',
        'my brother guards the front door so i cant go out',
        'i am not allowed to go anywhere without his permission',
        'he punched a hole in the wall again last night',
      ],
      'harm-from-others',
    );
    routes.each(
      [
        'the landlord changed the locks for the new tenants',
        'we lock the pantry because of the raccoons',
        'the game got really intense in the fourth quarter',
        'my sister threatened to post my baby photos if i skip her party',
        'covering this pimple with concealer before the date',
        'watch your step, the floor is wet',
        'the bouncer guards the door on fridays',
        'my son broke the window playing ball',
      ],
      'none',
    );
  });
});

describe('the crisis screen reads whose words a quotation holds (quotes.ts)', () => {
  it('GIVEN words forwarded, quoted after someone named, or left in a chat THEN someone else; the writer quoting, or a case told as a condition THEN not someone else', () => {
    routes.each(
      [
        'fwd: "i cant do this anymore, tell the kids i love them"',
        'forwarded from the group chat: "this is my last night, thanks for everything"',
        'my nephew left this in the discord then deleted it: "i want to die"',
        'said he was going to take it all tonight "and not wake up"',
        'my 16 yr old wrote "i want to disappear forever" on her mirror',
        'my buddy just sent "im gonna kms" and has not replied in 15 min',
      ],
      'someone-else',
    );
    routes.each(
      [
        'fwd: the potluck is moved to friday',
        'my 40 year old car finally died lol',
        'she says he is a burden to the team lol',
      ],
      'none',
    );
  });
});
