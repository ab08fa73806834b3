import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const by = routesBy(patternRouteOf);

describe('a screenshot captioned with its writer writing (quotes.ts reportLike)', () => {
  it('GIVEN a client, a peer or a son writing, texting or posting words of risk in quotes THEN someone else', () => {
    by.each(
      [
        'screenshot attached: my peer writing "i dont want to wake up tomorrow" at 3am',
        'my son texting "i want to die" and then nothing, what do i do',
        'participant posting "everyone would be better off without me" on the group page',
        'client typing "im going to kill myself" in the chat box before logging off',
      ],
      'someone-else',
    );
  });

  it('GIVEN the writer writing or texting such words themself THEN still own risk', () => {
    by.ownRisk(['im writing "i want to die" in my journal every night', 'been texting myself "i want to kill myself" all week', 'i keep typing "i want to die" and deleting it']);
  });
});

describe('a gun to the head as a figure of an answer not known (frames-idiom.ts)', () => {
  it('GIVEN "gun to my head" with an answer denied after it THEN nothing', () => {
    by.each(
      [
        'gun to my head i could not name one thing from that training',
        'gun to my head, i cant remember her last name',
        'honestly gun to your head you couldnt pick a favorite either',
        'gun to my head i wouldnt choose between those two shifts',
      ],
      'none',
    );
  });

  it('GIVEN a gun held to the head or said with despair THEN imminent', () => {
    by.each(['gun to my head. im done', 'i have a gun to my head right now, i cant do this', 'sitting here with the gun to my head again'], 'imminent');
  });
});

describe('a story told of a show, and a day off told with its errand (frames.ts media, away-explained.ts)', () => {
  it('GIVEN a goodbye or a death told inside a tv show, or an absence with an errand after it THEN nothing', () => {
    by.each(
      [
        'in the show the dad wrote goodbye letters to his kids and i lost it',
        'that season finale where she says goodbye to everyone forever, i cried for an hour',
        'wont be here tomorrow, driving my mom to her eye doctor',
        'i wont be in friday, taking the dog to the vet',
      ],
      'none',
    );
  });

  it('GIVEN a show named beside the writer\'s own wish THEN still own risk', () => {
    by.ownRisk(['i cant do the show tonight, i want to die', 'the show must go on but i want to die', 'wont be here tomorrow. or ever. i took all of them']);
  });
});

describe('a patient or participant named by its shorthand, pt and ppt (en.ts @agent, @other)', () => {
  it('GIVEN a pt or a ppt harming a coworker, or with a plan THEN someone else', () => {
    by.each(['my coworker got kicked by a pt on the unit today', 'a ppt has a plan and a date, what do i do', 'the pt punched him twice before security came', 'our ppt bought a rope last week, staff found it'], 'someone-else');
  });

  it('GIVEN a pt or a ppt harming the writer THEN harm from others; doing well THEN nothing', () => {
    by.each(['a pt punched me yesterday and i still feel it'], 'harm-from-others');
    by.each(['my ppt got her chip today', 'the pt was discharged home with family', 'ppt check in went great'], 'none');
  });
});

describe('someone turning up with wounds is seen, not pursuing (frames-idiom.ts)', () => {
  it('GIVEN a client or a peer who keeps showing up or coming in with new marks THEN someone else', () => {
    by.each(
      [
        'my client keeps showing up with new burns on her hands and says its the stove',
        'a teen in group keeps coming in with fresh cuts on his wrists',
        'resident keeps turning up with more bruises on her arms, she wont say from what',
        'my sponsee keeps showing up with new scratches on her arms',
      ],
      'someone-else',
    );
  });

  it('GIVEN someone turning up at the writer\'s home or work THEN still harm from others', () => {
    by.each(['my ex keeps showing up at my work', 'my ex keeps showing up at my house with flowers', 'he keeps showing up outside my apartment at night'], 'harm-from-others');
  });
});

describe('someone safe again after a harm left behind (frames-over.ts wellNow)', () => {
  it('GIVEN a client\'s harm told with her feeling safe for the first time or again THEN nothing', () => {
    by.each(
      [
        'my client left her abusive ex last spring and got a protective order. she feels safe for the first time in years',
        'a participant was assaulted by her stepdad as a teen. she moved out and feels at peace now',
        'years ago my peer was stalked by an ex. he moved states and feels safe again',
      ],
      'none',
    );
  });

  it('GIVEN a harm told with safety denied or beside it THEN still someone else', () => {
    by.each(['my client reported her ex and she says she doesnt feel safe at home now', "my client's ex beat her last night. she says she feels safe here though", 'my sponsee was raped last week and says she feels safe again, but she isnt eating'], 'someone-else');
  });
});
