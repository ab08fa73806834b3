import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../helpers/crisis-routes.js';


describe('the crisis screen tells whose crisis it is', () => {
  it('GIVEN a relative clause ("the woman i support") THEN the crisis is hers, not the writer’s', () => {
    expect(routeOf('the lady i mentor was found hanging in her garage this morning')).toBe('someone-else');
  });
  it('GIVEN someone else’s plan and a day THEN it is their crisis, not the writer’s imminent risk', () => {
    expect(routeOf('had to call crisis for a participant today, he had a plan to jump from the overpass')).toBe('someone-else');
  });
  it('GIVEN a subject shared across "and" THEN the goodbye belongs to that person', () => {
    expect(routeOf('my uncle said he has his pistol out and wants to say goodbye to me')).toBe('someone-else');
  });
  it('GIVEN harm told about a third person THEN it is someone else’s crisis', () => {
    expect(routeOf('a youth on my caseload told me her stepbrother is beating her')).toBe('someone-else');
  });
  it('GIVEN a death by suicide of someone else THEN the word suicide is not the writer’s own risk', () => {
    expect(routeOf('a member of our tuesday group died by suicide sunday night')).toBe('someone-else');
  });
  it('GIVEN a threat quoted at the writer THEN it is harm to the writer', () => {
    expect(routeOf('my ex yelled "you are dead if you call the cops" and slammed the door')).toBe('harm-from-others');
  });
  it('GIVEN someone else’s words of finality after a colon THEN they are that person’s', () => {
    expect(routeOf('client: "i will not be around for your next visit"')).toBe('someone-else');
  });
});

describe('the crisis screen reads harm from others as frames', () => {
  it('GIVEN someone + a blow in any tense + the writer THEN harm from others', () => {
    expect(routeOf('my stepmom slams me against the fridge when she drinks')).toBe('harm-from-others');
    expect(routeOf('got strangled by my boyfriend last week')).toBe('harm-from-others');
  });
  it('GIVEN a conditional threat tied to leaving THEN harm from others, but hyperbole about being late THEN nothing', () => {
    expect(routeOf('my wife says if i leave she will burn everything i own with me in it')).toBe('harm-from-others');
    expect(routeOf('my sister will kill me if i am late to brunch again')).toBe('none');
  });
  it('GIVEN control over money, documents or the phone THEN harm from others', () => {
    expect(routeOf('my boyfriend keeps my passport in his safe and says i do not need it')).toBe('harm-from-others');
  });
  it('GIVEN everyday uses of the same verbs THEN nothing', () => {
    expect(routeOf('hit me up after the training if you want notes')).toBe('none');
    expect(routeOf('my partner would never hurt me, we just bicker about chores')).toBe('none');
    expect(routeOf('my nephew beat me at chess again, he is seven')).toBe('none');
  });
});
