import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Jokes that are only jokes: a sign told inside a game or its scenes, or tagged as sarcasm after it (branch t-mx87;
// the `media` frame and `sighsTakenBack` in languages/en/frames*.ts, `media` in languages/es/frames.ts).
describe('the crisis screen hears signs set in a game or tagged as sarcasm as talk', () => {
  it('GIVEN a will, a goodbye or a blow inside a game, its cutscenes or its saves THEN nothing', () => {
    by.each(
      ['left my whole fortune to my sim in her will lol', 'that goodbye cutscene at the end of the game wrecked me', 'my sim died in a pool fire, rip', 'gave away all my items before the new playthrough', 'le dije "mátalo" a mi primo en el smash y ganamos'],
      'none',
    );
  });

  it('GIVEN a wish tagged as sarcasm after it THEN nothing', () => {
    by.each(['"kill me now" - me, sarcastically, at the group project', 'i want to die (sarcasm) this lecture is endless', 'wow i love wanting to die on a monday (sarcastic)'], 'none');
  });

  it('GIVEN the same wish said not to be sarcasm or a joke, or a will written outside any game THEN own risk', () => {
    by.ownRisk(['i want to die and im not being sarcastic', 'i want to die. not a joke', 'i wrote my will tonight, goodbye everyone', 'been wanting to die all week, not sarcasm']);
  });
});

// A time counted down beside kms makes the slang meant (slang-alone.ts `timeAhead`, the `timing` hints in own-risk-hints.ts).
describe('the crisis screen hears kms with a time counted ahead', () => {
  it('GIVEN kms with "in N hours" or a countdown THEN imminent', () => {
    by.each(['kms in 3 hours', 'kms in like 2 hrs', 'kms countdown: 4 hrs', 'kms within the hour'], 'imminent');
  });

  it('GIVEN kms with its own countdown in a laughing message THEN imminent: a laugh does not take back a time counted down', () => {
    by.each(['kms countdown 2 hrs lol', 'kms in 4 hours lmao gave my cat to my sister'], 'imminent');
  });

  it('GIVEN kms laughed at beside a chore or an exam counted ahead, or a countdown with no kms THEN nothing', () => {
    by.each(['the meeting is in 3 hrs kms lol', 'kms i have to work in 3 hours lol', 'ugh kms, exam in 2 hrs', 'countdown to vacation: 3 days', 'ugh kms, exam in 2 hrs lol'], 'none');
  });
});

// A game named as the place a community meets, and roleplay said to be the writer's own (topic-talk.ts `namesAMeetingPlace`,
// `outOfCharacter`): no story then, so the sign is read.
describe('the crisis screen hears a game server as a meeting place and "not rp" as the writer', () => {
  it('GIVEN someone in a game server or discord with a wish or a plan THEN someone else', () => {
    by.each(['the fortnite discord says hes been talking about wanting to die', 'a kid in our roblox server keeps saying he wants to die', 'someone in the minecraft community said she has a plan to kill herself'], 'someone-else');
  });

  it('GIVEN roleplay said to be no roleplay beside a means THEN own risk', () => {
    by.ownRisk(['ooc: forget my oc, i have a noose in my closet', 'not roleplay, my character has a noose and i have one too', 'ooc i want to die, not my oc, me']);
  });

  it('GIVEN a death inside the game itself or a character with a means THEN nothing', () => {
    by.each(['died in minecraft again lol', 'my character has a noose in the closet', 'in the minecraft server we built a bridge and i jumped off it lol'], 'none');
  });
});

