import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// The writer's own risk said in passing (branch t-own42, languages/en/own-risk-said-in-passing.ts): each family in wordings
// the development files do not hold, beside look-alikes built from the same shapes.
describe('the crisis screen reads English own risk said in passing', () => {
  it('GIVEN a wish understated (not fought, done staying alive, waking regretted, asking to be taken) THEN possible risk; a nap or a movie THEN nothing', () => {
    expectRoutes(
      [
        'honestly if anything happened to me on the road i wouldnt fight it',
        'so tired of trying to keep myself alive for other people',
        'not sure if i want to be alive much longer',
        'every morning i wake up and wish i hadnt',
        'been praying god would just take me in my sleep',
      ],
      'possible',
    );
    expectRoutes(['so tired of trying to stay awake through this movie', 'not sure if i want to be in the group photo', 'woke up and wished i had made coffee last night'], 'none');
  });

  it('GIVEN thoughts of just letting it happen or no tomorrow for me THEN own risk; a swim to the raft or a deer on the road THEN nothing', () => {
    expectOwnRisk([
      'on the freeway i keep thinking about just letting go of the wheel',
      'sometimes at the lake i want to swim out until i cant',
      'thought about swerving into the median on the way to work',
    ]);
    expectRoutes(['thinking about just swimming out to the raft later', 'swerved to miss a deer on the way to work, heart racing', 'thinking about just not going to the party'], 'none');
  });

  it('GIVEN being worth more through a policy or a usefulness outlived THEN own risk; a car worth less than its insurance THEN nothing', () => {
    expectOwnRisk(['the payout on my policy would be worth more than i ever was', 'feel like ive outlived my usefulness to everyone']);
    expectRoutes(['the insurance on this old car is worth more than the car lol', 'that printer outlived its usefulness years ago'], 'none');
  });

  it('GIVEN a means turned on nobody but the writer, a sign asked of the world or not making it by choice THEN imminent; a sign to sleep THEN nothing', () => {
    expectRoutes(
      [
        'the knife is on the counter. im not pointing it at anybody but myself',
        'if she doesnt answer by ten im taking it as a sign and doing it',
        'wont make it past sunrise, and thats my choice',
        'i hid the bottle in the closet so he cant take it before i get the chance',
      ],
      'imminent',
    );
    expectRoutes(['taking it as a sign to go to bed early', 'not gonna make it to the morning meeting, sorry all', 'hid the gifts so the kids wont find them before christmas'], 'none');
  });

  it('GIVEN things handed on for good or a cover story denied beside another sign THEN imminent; the same chores alone THEN nothing', () => {
    expectRoutes(
      [
        'sold my truck, closed my accounts, gave back the keys. all thats left to deal with is me',
        'saved up my pills, told the doctor its for my back. its not for my back',
        'bought a pistol last week. told my brother its for the cabin. its not for the cabin',
        'dear whoever reads this: my dog needs a new home. im sorry',
      ],
      'imminent',
    );
    expectRoutes(['did the laundry and the dishes, all thats left to do is the taxes', 'its not a trip, just a work thing in denver', 'my cat needs a new home, we are moving to a place with no pets'], 'none');
  });

  it('GIVEN the writer past a railing, or the nerve worked up at a high place THEN imminent; a dog past a fence or a date THEN nothing', () => {
    expectRoutes(['standing on the wrong side of the bridge railing right now', 'sitting on the roof ledge. been working up the nerve for an hour'], 'imminent');
    expectRoutes(['the dog got to the other side of the fence again', 'working up the nerve to ask her out tonight'], 'none');
  });
});
