import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// The writer's own risk said indirectly (branch t-own47, languages/en/own-risk-said-indirectly.ts): each family in wordings
// the development files do not hold, beside everyday look-alikes built from the same words.
describe('the crisis screen reads English own risk said indirectly', () => {
  it('GIVEN a metaphor said of oneself (game over, an off switch, rage quitting life, the credits, the exit) THEN own risk; a game, a film or a shift THEN nothing', () => {
    expectOwnRisk([
      'honestly game over is the only ending that works for me now',
      'thinking about switching myself off for good',
      'if life came with an off switch for me id press it',
      'life is a game and im so ready to rage quit',
      'ready for the credits to roll on my life',
      'my head keeps pointing me toward the exit',
    ]);
    expectRoutes(['game over in the last round lol, gg', 'switching my phone off for the weekend', 'rage quit the game after that boss fight', 'the credits rolled and we all cried', 'the usher pointed me to the exit', 'clocking out of my shift early today'], 'none');
  });

  it('GIVEN the metaphor beside its day (game over for me tonight, letting go tomorrow, the last chapter literally, off the ferry) THEN imminent; a book or a sofa THEN nothing', () => {
    expectRoutes(
      [
        'its game over for me tonight. gg',
        'everyone says hold on. im letting go tomorrow',
        'finishing the last chapter tonight, literally. sorry mum',
        'on the night ferry tonight and im not getting off at the other side',
        'found my way out and im taking it on sunday',
        'lights out for me this weekend',
        'closing out my tab with the world on friday',
      ],
      'imminent',
    );
    expectRoutes(['reading the last chapter of my book tonight', 'im letting go of the old sofa tomorrow', 'found my way out of the maze and im taking a nap', 'lights out for the kids at 8 tonight', 'closing out my tab at the bar tonight'], 'none');
  });

  it('GIVEN self-harm told by its aftermath (marks from me, plasters under my sleeve, a bracelet moved to cover them, the urge back) THEN possible; a kitchen cut or a cold day THEN nothing', () => {
    expectOwnRisk([
      'the scratches on my thighs are from me',
      'the plasters are under my sleeve so nobody sees',
      'moved my bracelet to my other wrist so it covers the marks',
      'my arms look like a barcode again',
      'havent cut myself in months but the urge is back',
      'want to cut so badly right now',
      'the cuts are on my ribs where nobody can see',
    ]);
    expectRoutes(['the bruises on my legs are from football', 'the plasters are under the sink', 'wearing long sleeves because its freezing', 'bandaged my thumb after the kitchen knife slipped', 'want to cut my hair so bad rn'], 'none');
  });

  it('GIVEN a high or remote place with the way back denied THEN imminent; fishing at the lake or the stairs taken down THEN nothing', () => {
    expectRoutes(
      [
        'parked right by the edge of the quarry. not driving home',
        'top level of the multi storey car park. not taking the lift down',
        'standing at the edge of the lookout, cant see a reason to drive back',
      ],
      'imminent',
    );
    expectRoutes(['fishing at the lake all day, not driving back till sunday', 'top deck of the carpark was full so we took the stairs down', 'parked near the edge of the field for the fair', 'you dont have to worry about me tonight, staying at dads'], 'none');
  });

  it('GIVEN meds stopped out of hopelessness THEN possible; meds kept for a day beside a script not refilled THEN imminent; the day\'s meds THEN nothing', () => {
    expectOwnRisk(['gave up on my antidepressants, nothing ever changes', 'whats the point of taking my meds anymore', 'skipping my lithium on purpose', 'not taking my antidepressants anymore']);
    expectRoutes(['not refilling my prescription. keeping what ive saved for sunday'], 'imminent');
    expectRoutes(['took my meds and going to bed', 'the doctor said i can stop my antibiotics on friday', 'whats the point of this meeting'], 'none');
  });

  it('GIVEN a danger to oneself, a drop eyed, a burden eased or a future gone THEN own risk; rain, a flat or an ex THEN nothing', () => {
    expectOwnRisk(['not safe from myself tonight', 'keep eyeing the top deck of the car park at work', 'honestly everyone would be so much less stressed without me', 'stopped seeing a future for me']);
    expectRoutes(['not safe from the rain without an umbrella', 'eyeing the top floor flat that is for sale', 'stopped seeing my ex for good'], 'none');
  });

  it('GIVEN the writer no longer a worry after a day THEN imminent; a leak or a dog sitter THEN nothing', () => {
    expectRoutes(
      [
        'by friday nobody will have to worry about me',
        'after this weekend nobody has to deal with me',
        'you guys wont need to check on me after tonight',
        'wont be a burden to anyone after sunday',
        'not logging in after tomorrow, here or anywhere',
      ],
      'imminent',
    );
    expectRoutes(['the leak wont be a problem once the plumber comes', 'nobody needs to worry, im back at work monday', 'you wont need to check on the dog after friday, we are home'], 'none');
  });

  it('GIVEN things handed on for good beside another sign THEN imminent; the same for a move or a holiday THEN nothing', () => {
    expectRoutes(
      [
        'asked my neighbour to look after the cat for a few days. its not for a few days',
        'the dog stays at my sisters from now on. easier this way',
        'wrote down who gets my guitar and my records. note is on my pillow',
        'boxed up all my stuff with a name on every box',
        'fed the cat one last time and left my will on the desk',
      ],
      'imminent',
    );
    expectRoutes(
      ['rehoming our dog because we are moving abroad, anyone interested?', 'wrote down who gets which room in the new flat', 'packing boxes with a label on each for the move', 'fed the fish for the last time before the holiday, the neighbour does the rest', 'asked my mate to look after the cat for a few days while im in spain'],
      'none',
    );
  });
});
