import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../helpers/crisis-routes.js';
import { screenText, TOLD_AS_OVER } from '../../../../src/domain/crisis/screen.js';

/** The patterns' own reading, without the learned second opinion or the id logged when a crisis is set aside as over. */
const patternsOf = (text: string) => (screenText(text).concepts ?? []).filter((id) => !id.startsWith('learned-') && id !== TOLD_AS_OVER);

describe('someone else’s crisis told as over, with how they are now', () => {
  it('GIVEN a crisis last year or last spring and good news now (stable, graduated, months clean) THEN no someone-else concept', () => {
    expect(patternsOf('the teen who tried to hang himself last spring just finished his first semester at community college')).toEqual([]);
    expect(patternsOf('my client who overdosed in march is 6 months clean now and working full time')).toEqual([]);
    expect(patternsOf('a woman i mentor who cut herself every week back when we met is thriving, she just started nursing school')).toEqual([]);
    expect(patternsOf('the guy from group who used to cut himself came by today, he is doing great')).toEqual([]);
  });
  it('GIVEN case notes about a stable person with a prior overdose or attempt THEN no someone-else concept', () => {
    expect(patternsOf('progress note: participant with a prior suicide attempt remains stable and engaged, no current risk')).toEqual([]);
    expect(patternsOf('the girl i mentor who was cutting last spring showed me her healed arms, she is so proud')).toEqual([]);
  });
  it('GIVEN good news first and the crisis told as over in its own clause THEN no someone-else concept', () => {
    expect(patternsOf('a participant who had an overdose back in october has been stable since and is stepping down to monthly check-ins')).toEqual([]);
  });
  it('GIVEN grief for someone who died years ago and the writer doing okay THEN nothing', () => {
    expect(routeOf('my cousin died by suicide five years ago. i am doing okay these days, just thinking of him')).toBe('none');
  });
  it('GIVEN a crisis told as over THEN the learned opinion adds no route of its own either', () => {
    const screen = screenText('my participant who overdosed in june is four months clean now and back at work');
    expect(screen.concepts).toEqual([TOLD_AS_OVER]);
    expect(screen.route).toBeNull();
  });
  it('GIVEN Spanish: a crisis last year and a diploma today THEN no someone-else concept', () => {
    expect(patternsOf('mi cliente que se intento matar el ano pasado hoy se graduo de la prepa')).toEqual([]);
  });
  it('GIVEN a crisis told as now beside the good news ("again", "last night", "still") THEN someone else’s crisis', () => {
    expect(routeOf('she was revived but is still saying she wants to die')).toBe('someone-else');
    expect(routeOf('my client overdosed last night, he is stable now')).toBe('someone-else');
    expect(routeOf('my brother attempted again and they pumped his stomach, he is stable now')).toBe('someone-else');
    expect(routeOf('she attempted in march and she is still talking about wanting to die')).toBe('someone-else');
    expect(routeOf('mi compa se intento matar anoche, ya esta estable')).toBe('someone-else');
  });
  it('GIVEN good news and then a turn ("but", "tonight") to a new disclosure THEN someone else’s crisis', () => {
    expect(routeOf("he's been stable for a year but last night he told me he has a plan")).toBe('someone-else');
    expect(routeOf("he's been stable for a year but he told me he has a plan")).toBe('someone-else');
    expect(routeOf('my sponsee has been doing great for eight months and tonight he told me he wants to end his life')).toBe('someone-else');
    expect(routeOf("my client has been sober 6 months and today she told me she's been researching how to kill herself")).toBe('someone-else');
    expect(routeOf('he is doing great but told me last night he still thinks about jumping off the overpass')).toBe('someone-else');
  });
  it('GIVEN a recent death and good news told of the person before it THEN still someone else’s crisis', () => {
    expect(routeOf('a former participant died by suicide. he got his own apartment in may and was doing great')).toBe('someone-else');
    expect(patternsOf('a former participant died by suicide. he got his own apartment in may and was doing great')).toContain('other-death');
    expect(routeOf('she overdosed last week and is doing okay now, back at group already')).toBe('someone-else');
  });
  it('GIVEN grief on the anniversary with no good news THEN still someone else’s crisis', () => {
    expect(routeOf('my brother died by suicide two years ago today. miss him')).toBe('someone-else');
    expect(routeOf('my client who died by suicide last year is in a better place now, i keep telling myself')).toBe('someone-else');
  });
  it('GIVEN good news negated ("not doing well since") THEN the past crisis is not made history by it', () => {
    expect(routeOf('my client who overdosed last year is not doing well, she keeps saying she wants to die')).toBe('someone-else');
  });
});

describe('a death told as natural', () => {
  it('GIVEN a death "peacefully", "of old age", "of cancer" THEN its funeral and grief are no crisis route', () => {
    expect(routeOf('my grandfather passed away peacefully at 92, the memorial is on friday')).toBe('none');
    expect(routeOf('my client lost her dad to cancer last month, the funeral is tomorrow and she asked for the day off')).toBe('none');
  });
  it('GIVEN a drug or a violent death anywhere in the message THEN still someone else’s crisis', () => {
    expect(routeOf('my client died in his sleep last night, we think it was fentanyl')).toBe('someone-else');
    expect(routeOf('planning the memorial for my grandma who died of cancer, and my client overdosed last night')).toBe('someone-else');
  });
});

describe('a crisis told as now after an old one', () => {
  it('GIVEN "in the hospital after another overdose" THEN someone else’s crisis', () => {
    expect(routeOf('the client who overdosed last month is in the icu after another overdose')).toBe('someone-else');
    expect(routeOf('she had her 1 year sober date in june and had another overdose this weekend')).toBe('someone-else');
  });
  it('GIVEN an old crisis and what they do now ("now she teaches yoga") THEN no someone-else concept', () => {
    expect(patternsOf('back when i met him he was cutting every day, now he coaches little league')).toEqual([]);
  });
});

describe('hypotheticals in work talk', () => {
  it('GIVEN "when a participant says…" or "is a client saying… a report?" THEN nothing', () => {
    expect(routeOf('when a member tells you they have been thinking about overdosing, do you ask about means first?')).toBe('none');
    expect(routeOf('is a participant saying they want to kill themselves something we have to escalate right away?')).toBe('none');
    expect(routeOf('anyone have good wording for the first call with a family after a suicide death?')).toBe('none');
  });
  it('GIVEN a real client telling the writer THEN someone else’s crisis', () => {
    expect(routeOf('when my client told me she wanted to die i froze')).toBe('someone-else');
    expect(routeOf('a client said she wants to die and i do not know what to do')).toBe('someone-else');
  });
});
