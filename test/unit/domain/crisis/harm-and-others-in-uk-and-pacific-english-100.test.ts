import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Harm and someone else's crisis as UK, Irish, Australian and NZ peers tell them (languages/en/harm-and-others-in-uk-and-pacific-english.ts).
describe('the crisis screen reads harm and others\' crises told in UK, Irish, Australian and NZ English', () => {
  it('GIVEN someone parked outside night after night, or rocking up drunk and trying the door THEN harm from others', () => {
    by.each([
      'my ex partner has been sitting outside my unit four nights in a row',
      'he was parked across from my work again, two weeks running',
      'her ex keeps turning up at my flat off his face and banging on the window',
      'my stepdad keeps coming round to mine drunk and trying the door handle',
    ], 'harm-from-others');
  });

  it('GIVEN a lift parked outside, or family rocking up for a visit THEN nothing', () => {
    by.each([
      'my uber was parked outside the flat for ages lol',
      'my nan keeps rocking up at mine with scones, bless her',
      'the lads keep coming round to mine for the footy',
    ], 'none');
  });

  it('GIVEN a debt collected one way or another, a note naming what is next, or food locked away THEN harm from others', () => {
    by.each([
      'the dealer said he would be round to get his money one way or another',
      'theyll come over to sort me out, whether i like it or not',
      'found a note on the windscreen saying my kids are next',
      'my stepdad padlocked the pantry so i cant eat after six',
    ], 'harm-from-others');
  });

  it('GIVEN a parcel collected, a queue\'s next or a fridge locked for a toddler THEN nothing', () => {
    by.each([
      'the courier will be round to collect the parcel tomorrow',
      'got a text saying my car is next in the queue for the service',
      'we locked the fridge with a latch because the toddler keeps raiding it',
    ], 'none');
  });

  it('GIVEN someone served who keeps saying they would be better off dead THEN someone else', () => {
    by.each([
      'worried about a client who keeps saying he would be better off dead',
      'a mate who keeps telling me he\'d be better off dead',
      'got a resident who has been saying she would be better off dead all week',
      'theres a lad in group who keeps saying hed be better off not here',
    ], 'someone-else');
  });

  it('GIVEN someone served who keeps saying something is dead or they are not here for it THEN nothing', () => {
    by.each([
      'a peer who keeps saying she is dead keen on the course',
      'a mate who keeps saying the pub is dead on mondays',
      'a resident who keeps telling me she is not here for the drama',
    ], 'none');
  });
});
