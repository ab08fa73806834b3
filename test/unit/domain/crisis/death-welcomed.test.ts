import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the family is proved by itself.
const by = routesBy(patternRouteOf);

// A death the writer would welcome: an accident thanked, death's call answered (languages/en/own-risk-death-welcomed.ts).
describe('the crisis screen hears a death the writer would welcome', () => {
  it('GIVEN a fatal accident befalling the writer, thanked, or death calling and the writer answering THEN own risk', () => {
    by.ownRisk([
      'if a meteor landed on me tonight id be grateful',
      'if the roof caved in on me i would honestly thank god',
      'death keeps calling and i want to answer',
      'the abyss is calling and im about to pick up',
      'if a piano dropped on me id genuinely say thanks',
    ]);
  });

  it('GIVEN the call alone, a phone call, an accident to a car or sued over THEN nothing', () => {
    by.each(['the void is calling', 'if the ceiling fell on me id sue the landlord', 'my mom is calling gotta pick up', 'the void is calling me to eat more cake lol', 'if a tree fell on my car i would say thank you to insurance'], 'none');
  });
});

// Death's euphemisms talked about, kept up (languages/en/death-euphemism-talked-about.ts).
describe('the crisis screen hears the big sleep talked about over and over', () => {
  it('GIVEN someone else who keeps posting or talking about the big sleep THEN someone else; the writer THEN own risk', () => {
    by.each(['he keeps talking about the big sleep every night', 'my roommate has been posting about "the long sleep" for days', 'she always tweets about the dirt nap now'], 'someone-else');
    by.ownRisk(['i keep talking about the long sleep lately']);
  });

  it('GIVEN the big sleep said once, after a week of work, or as a book THEN nothing', () => {
    by.each(['talking about the big sleep i need after finals', 'reading the big sleep by chandler for class', 'we were talking about the big sleep movie'], 'none');
  });
});

