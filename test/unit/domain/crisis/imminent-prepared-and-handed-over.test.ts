import { describe, expect, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';
import { guessLanguages } from '../../../../src/domain/crisis/language-guess.js';
import { english } from '../../../../src/domain/crisis/languages/en.js';
import { spanish } from '../../../../src/domain/crisis/languages/es.js';
import { foldText } from '../../../../src/domain/crisis/normalize.js';

const patterns = routesBy(patternRouteOf);

describe('imminent risk said through hand-overs, keeping people away and times (branch t-imm-prep)', () => {
  it('GIVEN a pet or a child handed over beside an absence or a keeping-away THEN it is imminent', () => {
    patterns.each(
      [
        'i need you to look after pepper for me, the leash is on the hook. i wont be around after tonight',
        'can you make sure my plants get watered? im not going to be here after friday. please dont call the police',
        'telling my brother the dog is his now. dont try to find me',
        'i wont be around after sunday. everything is taken care of',
      ],
      'imminent',
    );
  });

  it('GIVEN the same hand-overs beside a trip or a plain errand THEN they stay quiet', () => {
    patterns.each(
      [
        'my neighbour is feeding the cat while im in lisbon, i wont be around till the 12th',
        'can you look after pepper for me this weekend? flying out for my cousins wedding',
        'dont call the cops, its just firecrackers next door',
        'please dont call the police on us tonight, we are only having a bonfire',
        'the kids are his now that the custody papers are signed',
        'she can have my old bike when i get the new one',
      ],
      'none',
    );
  });

  it('GIVEN keeping help away beside the means THEN it is imminent', () => {
    patterns.each(['picked up a bag of fent today. i dont want naloxone anywhere near me'], 'imminent');
  });

  it('GIVEN a time that stands for the act, with a bare "it" ending THEN it is imminent, not a deadline that names its thing', () => {
    patterns.each(['by sunrise. thats it. by sunrise its over'], 'imminent');
    patterns.each(['at midnight the sale is over, grab the boots'], 'none');
  });

  it('GIVEN going to someone told as dead THEN it is intent; the same going to the living or to a grave stays quiet', () => {
    patterns.each(
      [
        'papa has been gone 3 years and tomorrow i am going to go see him',
        'going to see my wife tonight. she died in the spring',
        'my best friend passed last month and ive decided im going with her. friday',
      ],
      'imminent',
    );
    patterns.each(
      [
        'going to see her tonight, first date in ages',
        'my grandpa died last year. going to see my grandma tonight',
        'papa has been gone 3 years and tomorrow i am going to go see him at the cemetery',
        'my client said she is going to go see him tonight, her husband died in may',
      ],
      'none',
    );
  });

  it('GIVEN Jamaican patois full of "mi" THEN it is read as English, and its words are read', () => {
    for (const text of ['mi tie di rope already, jus a wait fi dem fi sleep', 'mi have di pills dem inna mi pocket an mi a go swallow dem tonight']) {
      expect(guessLanguages(foldText(text), [english, spanish]).language, text).toBe('en');
    }
    patterns.each(['mi tie di rope already, jus a wait fi dem fi sleep', 'mi have di pills dem inna mi pocket an mi a go swallow dem tonight'], 'imminent');
    patterns.each(['mi a go tek di pickney dem to school tomorrow', 'mi tie di boat already, mi jus a wait fi everybody reach'], 'none');
    // Spanish that writes "di" once stays Spanish.
    expect(guessLanguages(foldText('le di mi numero a la chica de la tienda'), [english, spanish]).language).toBe('es');
  });

  it('GIVEN second-language plain words beside a time or a place THEN it is imminent', () => {
    patterns.each(['I end my life tonight. Tablets I have enough', 'TOMORROW ME GO RIVER. NOBODY KNOW'], 'imminent');
    patterns.each(['I finish life drawing class today', 'tomorrow i go bridge club with my aunt'], 'none');
  });

  it('GIVEN bare pieces: a time then "thats when", a goodbye to the whole group beside a time, a keeping-away beside an act THEN it is imminent', () => {
    patterns.each(['after everyone is asleep. thats when', 'friday. thats the day', 'bye everyone. tonight', 'so. rope ready. nobody come looking'], 'imminent');
  });

  it('GIVEN the same pieces naming their thing, a bye to one person, or a keeping-away with no sign THEN they stay quiet', () => {
    patterns.each(['after everyone is asleep. thats when we open presents', 'bye. tonight', 'goodbye everyone at the farewell lunch tonight', 'in a meeting. dont call', 'ok. tonight'], 'none');
  });

  it('GIVEN a place said with its time in one breath ("on friday i will go to the lake") THEN the time still counts beside it', () => {
    patterns.each(['on sunday at first light i will go to the cliff', 'tonight i go to the tracks by the old mill'], 'imminent');
    patterns.each(['does the crisis line cover the north side after midnight now or is it only daytime', 'on sunday i will go to the lake with my cousins for a picnic'], 'none');
  });

  it('GIVEN a radio sign-off beside a vehicle aimed at something hard, or a cover story beside a means THEN it is imminent', () => {
    patterns.each(['73 everyone. going to steer the truck into the overpass at the county line', 'the foreman thinks im on my lunch. i have the rifle in the cab'], 'imminent');
  });

  it('GIVEN the same sign-offs and cover stories in everyday talk THEN they stay quiet', () => {
    patterns.each(['73s everybody, good net tonight, talk next week', 'been real, see yall at the reunion', 'my boss thinks im on a call, dont tell him', 'parked the car in the garage before the hail'], 'none');
  });
});
