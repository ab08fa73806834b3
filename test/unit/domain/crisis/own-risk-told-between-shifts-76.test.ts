import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('a thought of jumping told from the height itself (own-risk-at-a-height.ts)', () => {
  it('GIVEN the writer at a bridge, a roof or a garage thinking of or wanting the jump, with or without "i" THEN imminent', () => {
    expect.each(
      [
        'sitting on the railing of the parking garage thinking about jumping tbh',
        'im on the roof of my apartment building, thinking of going over',
        'stood on the bridge after my shift just thinking about letting go',
        'been up on the balcony for an hour wanting to jump. can someone take my 9am',
      ],
      'imminent',
    );
  });

  it('GIVEN someone named at the height, or the height told by what someone said there THEN someone else', () => {
    expect.each(['my roommate is on the roof thinking about jumping, what do i do', 'guy on the bridge by the shelter told me he was going to jump, cops are there now'], 'someone-else');
  });

  it('GIVEN a jump that is an idiom, a swim or a job move at the same heights THEN nothing', () => {
    expect.each(
      [
        'on the roof deck at lunch thinking about jumping ship to the county job',
        'on the balcony wanting to jump at the chance to host the holiday party this year',
        'at the cliffs with my cousins thinking about jumping in, the water looks perfect',
        'on the dock at the lake after work thinking about jumping in',
      ],
      'none',
    );
  });
});

describe('the day of a shift the writer takes on is the shift\'s, no time set for a risk said beside it (frames-shift-taken.ts)', () => {
  it('GIVEN the writer agreeing to a shift on a day, beside thoughts of suicide THEN possible, not imminent', () => {
    expect.each(
      [
        'i can take the overnight friday. honestly i think about killing myself most days',
        'happy to pick up your double sunday, the suicidal thoughts have been loud all month',
        'im closing saturday, and the thoughts of ending it are back',
        'sure, ill cover the front desk tomorrow. been thinking about suicide again lately',
      ],
      'possible',
    );
  });

  it('GIVEN a shift asked of others, or a taking that names no shift, beside the same thoughts THEN imminent', () => {
    expect.each(
      [
        'i want to kill myself. can someone cover my shift tonight',
        'thinking about killing myself. need someone to take my intake tomorrow',
        'i will take them all tonight, i think about suicide constantly',
      ],
      'imminent',
    );
  });

  it('GIVEN a shift taken on with nothing else THEN nothing', () => {
    expect.each(['i can take the call line saturday if nobody else can', 'im working sunday so ill miss the potluck', 'fine to open tomorrow, just text me the alarm code'], 'none');
  });
});

describe('who should not be the one to find the writer (imminent-found-after.ts)', () => {
  it('GIVEN the writer not wanting someone to be the one who finds them, beside a day, a means or a wish THEN imminent', () => {
    expect.each(
      [
        'pills are in my bag. i dont want you to be the one who finds me',
        'i want to die. make sure its not my daughter who finds me',
        'tonight is the night. i just dont want my roommate to be the first one to find me',
        'please dont let my son be the one who finds me. the letters are on the desk',
      ],
      'imminent',
    );
  });

  it('GIVEN the one who finds a thing, the news, or a sponsor THEN nothing', () => {
    expect.each(
      [
        'i dont want to be the one who finds the typo in the grant tonight',
        'dont want you to be the one who finds out from someone else, so: im pregnant',
        'im not the one who found me a sponsor, my mom did lol. anyway group tonight?',
      ],
      'none',
    );
  });
});

describe('health insurance asked about for care is help sought, not affairs settled (own-risk-hints.ts)', () => {
  it('GIVEN insurance or a policy covering a hold, therapy, IOP or detox beside thoughts of suicide THEN possible, not imminent', () => {
    expect.each(
      [
        'does my insurance cover a psych hold? the thoughts of killing myself are back',
        'checking if insurance covers therapy, i keep thinking about suicide',
        'our policy covers IOP right? asking for myself, been wanting to die',
        'will insurance pay for detox, i think about ending it every night',
      ],
      'possible',
    );
  });

  it('GIVEN insurance or a policy paying out for a death, the family or everything beside the same wish THEN imminent', () => {
    expect.each(['does insurance cover it if its suicide? asking bc i want to die', 'my life insurance covers everything, i want to die', 'the policy pays my family double. i think about killing myself'], 'imminent');
  });
});

describe('a height named as a path people walk, or others asked along, is an outing (frames.ts `everyday`)', () => {
  it('GIVEN a bridge, a roof or a pier on a trail or a boardwalk, or with others invited THEN nothing', () => {
    expect.each(
      [
        'heading to the bridge after work, the one on the greenway, anyone want to come? the leaves are turning',
        'going up to the roof after group tonight, who wants to come? bring snacks',
        'walking the boardwalk out to the pier tonight if anyone wants to join',
        'at the overpass on the bike path, want to come with? its quiet out here',
      ],
      'none',
    );
  });

  it('GIVEN the same heights with the jump, the end or a means told THEN imminent', () => {
    expect.each(['on the trail bridge now. going to jump tonight', 'im going to the bridge after work to end it', 'going up to the roof after work, i have the pills. anyone want to come say bye'], 'imminent');
  });
});

describe('a lack said with "enough" is no plan: "not enough", "never enough" (own-risk-hints.ts `plan-talk`)', () => {
  it('GIVEN a wish to be dead beside "not enough" or "never enough", or an idiom that ends on "on" THEN possible, not imminent', () => {
    expect.each(
      [
        'i wish i was dead. my kids are the only reason i stay and even that is not enough',
        'i want to be dead. that is never enough for them',
        'i want to die. whatever i do, that is not enough for this team',
        'its the worst on a monday, i wish i was dead by noon most weeks',
      ],
      'possible',
    );
  });

  it('GIVEN a supply counted as enough, or a day it is on THEN imminent', () => {
    expect.each(['saved 60 of my pills. that should be enough', 'i want to die. i have the pills, that is more than enough', 'i want to die, its on tonight', 'i want to die. it is on friday'], 'imminent');
  });
});
