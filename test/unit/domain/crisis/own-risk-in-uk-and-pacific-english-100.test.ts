import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const by = routesBy(patternRouteOf);

// Words of the UK, Ireland, Australia and New Zealand read back (languages/en/commonwealth-speech.ts) and own risk said in them
// (languages/en/own-risk-in-uk-and-pacific-english.ts).
describe('the crisis screen reads own risk as UK, Irish, Australian and NZ peers write it', () => {
  it('GIVEN "arvo" as the time of a plan, or "my bro" or "my cuz" as the one at risk THEN the same route as the plain words', () => {
    by.each([
      'taking the rope out to the gum trees this arvo',
      'walking up to the cliffs with the rope tomorrow arvo',
    ], 'imminent');
    by.each(['my bro took an overdose on saturday, hes in hospital now', 'my cuz tried to end it last night'], 'someone-else');
  });

  it('GIVEN "arvo" or "bro" in everyday talk THEN nothing', () => {
    by.each([
      'see you tomorrow arvo bro, bring the snags',
      'my bro is coming round this arvo to help with the fence',
      'heading to the beach this arvo with the kids',
    ], 'none');
  });

  it('GIVEN a boat taken out with no coming back, or never around again "ever" THEN imminent', () => {
    by.each([
      'gonna take the dinghy out past the reef tonight and not come back in',
      'thinking i will row the boat out after dark and never come back',
      'cover my group on friday please. i won\'t be around. ever.',
      'sorting my stuff. i wont be here ever again',
    ], 'imminent');
  });

  it('GIVEN a boat taken out and brought back, or an absence for a reason THEN nothing', () => {
    by.each([
      'taking the tinny out past the heads tomorrow for snapper, back in by five',
      'taking the kayak out this morning, never been so calm',
      'cant cover friday, i wont be around, dentist',
    ], 'none');
  });

  it('GIVEN the car in the garage with the hose ready, a means kept after a night not gone through with, or cuts kept at until done THEN imminent', () => {
    by.each([
      'the car is in the garage and the hose is attached',
      'couldnt go through with it on sunday but ive still got the pills in my drawer',
      'didnt go through with it yesterday, going back to finish it tonight',
      'the cutting is deep now and im not stopping until its over',
    ], 'imminent');
  });

  it('GIVEN a hose, a renovation not gone through with or budget cuts THEN nothing', () => {
    by.each([
      'the car is in the garage and the hose is out for the garden',
      'didnt go through with the kitchen reno, still got the tiles though',
      'the budget cuts are bad but the team will keep going until the project ends',
    ], 'none');
  });

  it('GIVEN a plan hidden behind a smile THEN imminent, and a surprise hidden behind one THEN nothing', () => {
    by.each([
      'nobody will suspect a thing because ill be grinning at dinner',
      'no one is going to guess cos im gonna be acting normal all day',
    ], 'imminent');
    by.each(['the surprise party is on friday. she wont suspect a thing, just act normal'], 'none');
  });

  it('GIVEN a wish said with a shrug, envy of someone who died, staying alive weighed or going on doubted THEN own risk', () => {
    by.ownRisk([
      'honestly if a lorry hit me on the way to work id not be too bothered',
      'wouldnt be that fussed if i didnt wake up tomorrow',
      'been jealous of a mate who passed last spring',
      'not sure whether it is worth staying alive some days',
      'dont reckon i could carry on like this any longer',
      'i keep nodding along when clients talk about wanting to be dead',
    ]);
  });

  it('GIVEN fussing, envy, worth and going on about everyday things THEN nothing', () => {
    by.each([
      'if the bus is late again i wont be that fussed, ill walk',
      'envying my mate who moved to perth',
      'wondering if its worth staying for the second half',
      'dont think i can keep going with this project much longer',
      'i keep relating to clients who talk about their kids',
    ], 'none');
  });
});
