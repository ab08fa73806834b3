import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('reentry fatalism said of oneself is hopelessness (reentry-told.ts)', () => {
  it('GIVEN the writer sure to end up locked up or dead THEN possible', () => {
    expect.each(
      [
        'why even try, im gonna end up back inside or dead',
        'i know ill wind up dead or in prison like my pops',
        'real talk i will probably end up locked up or in a box by 30',
        'no matter what i do i always end up back in or dead in my head',
      ],
      'possible',
    );
  });

  it('GIVEN the same ends said of others, as a statistic or as a past fear THEN nothing', () => {
    expect.each(
      [
        'guys who skip the program end up back in or dead, thats why i go',
        'most of us end up locked up or dead statistically, the training said',
        'i used to think id end up locked up or dead, 6 yrs out now',
      ],
      'none',
    );
  });
});

describe('meds cheeked or pocketed at the med line are a supply gathered (reentry-told.ts)', () => {
  it('GIVEN the writer cheeking or pocketing their own meds THEN imminent', () => {
    expect.each(
      [
        'ive been cheeking mine since march',
        'been cheeking my meds at pill call all week',
        'pocketing my klonopin every night, got a little pile',
        'stashing my trazodone in a sock',
      ],
      'imminent',
    );
  });

  it('GIVEN someone else cheeking, a rule about it, or pocketing something else THEN nothing', () => {
    expect.each(
      [
        'caught my cellie cheeking his meds',
        'nurse checks your mouth so nobody is cheeking',
        'pocketing my tips for rent',
        'hoarding my snacks before lockdown',
      ],
      'none',
    );
  });
});

describe('an old beef or an ex that finds the writer is stalking (reentry-told.ts)', () => {
  it('GIVEN the address posted up, texts from number after number, or a note left with the new address THEN harm from others', () => {
    expect.each(
      [
        'somebody dropped my addy on blast, old beef from the yard',
        'some dude from the old block put my addy up on ig',
        'she keeps calling from burner numbers since i left',
        'found a letter under my door with my new unit number on it, i never gave it out',
      ],
      'harm-from-others',
    );
  });

  it('GIVEN an address given out for paperwork or a note about chores THEN nothing', () => {
    expect.each(
      [
        'updated my address online with parole',
        'parole has my new address on file now',
        'texting from my work phone today, mine is broke',
      ],
      'none',
    );
  });
});

describe('someone who survived an attempt or overdose told by the writer (reentry-told.ts)', () => {
  it('GIVEN another person who survived the attempt or the od THEN someone else', () => {
    expect.each(
      [
        'update: she survived the attempt, still in the unit',
        'my cousin survived the od, narcan saved him',
        'bro survived his overdose last night at the shelter',
        'my brother survived the attempt, they moved him to medical',
      ],
      'someone-else',
    );
  });

  it('GIVEN surviving a surgery, a first week or a hard time THEN nothing', () => {
    expect.each(['she survived the surgery', 'he survived the first week of the program', 'they survived the winter in the tent'], 'none');
  });
});

describe('"them" before a noun is a spoken "those", naming things, not a person (whose.ts)', () => {
  it('GIVEN the writer taking "them bars" with a wish to sleep forever THEN own risk, not someone else', () => {
    expect.each(['took like 8 of them bars tryna sleep forever', 'took like 6 of them bars tryna sleep forever fr', 'popped 5 of them bars tryna sleep forever', 'took some of them blues cause i want to sleep forever'], 'possible');
  });

  it('GIVEN a person named before the same words THEN someone else', () => {
    expect.each(['my cousin took a bunch of them pills tryna sleep forever', 'she took some of them bars and said she wants to sleep forever', 'one of them guys said he wants to die'], 'someone-else');
  });
});
