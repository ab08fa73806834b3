import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../helpers/crisis-routes.js';
import { screenText } from '../../../../src/domain/crisis/screen.js';
import { readDevCorpus, screenedShares } from '../../../helpers/crisis-corpus.js';

const rows = readDevCorpus();


describe('the crisis screen on the development corpus', () => {
  const { share, ownRisk } = screenedShares(rows, routeOf);

  // Floors the screen meets today, so a change that loses ground fails; the targets are higher.
  it('GIVEN the own-risk lines THEN at least 85% reach a risk route', () => {
    expect(ownRisk()).toBeGreaterThanOrEqual(0.85);
  });
  it('GIVEN the imminent lines THEN at least 80% are routed imminent', () => {
    expect(share('imminent', (g) => g === 'imminent')).toBeGreaterThanOrEqual(0.8);
  });
  it('GIVEN harm from others and someone else’s crisis THEN each is routed right at least 60% of the time', () => {
    expect(share('harm-from-others', (g) => g === 'harm-from-others')).toBeGreaterThanOrEqual(0.6);
    expect(share('someone-else', (g) => g === 'someone-else')).toBeGreaterThanOrEqual(0.6);
  });
  it('GIVEN everyday lines THEN at most 8% raise an alarm', () => {
    expect(share('none', (g) => g !== 'none')).toBeLessThanOrEqual(0.08);
  });
});

describe('the crisis screen reads context', () => {
  it('GIVEN negation bound to its own predicate THEN only the negated one is dropped', () => {
    expect(routeOf("I don't want to die, I just want a nap")).toBe('none');
    expect(routeOf("I'm not fine and I want to die")).toBe('possible');
    expect(routeOf('nobody would even notice if i disappeared')).toBe('possible');
  });
  it('GIVEN a client’s risk told in the third person THEN it is someone else’s crisis', () => {
    expect(routeOf('my client told me she wants to kill herself')).toBe('someone-else');
  });
  it('GIVEN a quoted client THEN it is someone else’s crisis', () => {
    expect(routeOf('she said "I want to die" and walked out of group')).toBe('someone-else');
  });
  it('GIVEN idioms THEN nothing alarming', () => {
    for (const text of ['we killed it at the fundraiser', 'that cake was to die for', 'dying to see the new movie']) expect(routeOf(text)).toBe('none');
  });
  it('GIVEN slang, typos and leetspeak THEN the risk is still read', () => {
    expect(routeOf('im gonna kil myself')).not.toBe('none');
    expect(routeOf('thinking about su1c1de again')).not.toBe('none');
    expect(routeOf('i want to unalive myself')).not.toBe('none');
  });
  it('GIVEN kms after an embarrassing moment THEN nothing, but meant THEN risk', () => {
    expect(routeOf('called my supervisor mom in the meeting kms 😂')).toBe('none');
    expect(routeOf('i should just kms honestly')).not.toBe('none');
  });
  it('GIVEN two preparations together THEN imminent even without the word suicide', () => {
    expect(routeOf('wrote letters to everyone and i will not need my car after tonight')).toBe('imminent');
  });
  it('GIVEN a goodbye or giving things away beside finality THEN imminent, but a farewell at work or a plan for tonight THEN nothing', () => {
    expect(routeOf("gave my books away this week. you won't need to worry about me after sunday")).toBe('imminent');
    expect(routeOf("if anyone reads this, tell my sister i'm sorry")).toBe('imminent');
    expect(routeOf('sitting on the ledge of the parking garage, sorry everyone')).toBe('imminent');
    for (const text of ['goodbye everyone, my last day is friday, moving to denver for a new job', 'whats the plan for tonight, tacos?', 'bought rope for the camping trip saturday', "i won't be around tomorrow, my kid has a recital"]) expect(routeOf(text)).toBe('none');
  });
  it('GIVEN a time gone by THEN thoughts stay possible; a time ahead with an act THEN imminent', () => {
    expect(routeOf('had thoughts of ending it on the bus this morning')).toBe('possible');
    expect(routeOf("saved up a month of my meds. tonight's the night")).toBe('imminent');
  });
  it('GIVEN a negator before a subordinate clause THEN it does not reach into it', () => {
    expect(routeOf("the dog won't be lonely when i'm gone, i left letters for everyone")).toBe('imminent');
  });
  it('GIVEN a plan with a time THEN the route is imminent', () => {
    expect(routeOf('i am going to kill myself tonight')).toBe('imminent');
  });
  it('GIVEN Spanish THEN negation and "ya no" are told apart', () => {
    expect(screenText('no quiero morir, solo estoy cansada').route).toBeNull();
    expect(screenText('ya no quiero vivir').route).toBe('possible');
    expect(screenText('ya no quiero vivir').language).toBe('es');
  });
  it('GIVEN text longer than any input limit THEN only its beginning is read', () => {
    const screen = screenText('x'.repeat(1_000_000));
    expect(screen.truncated).toBe(true);
    expect(screen.route).toBeNull();
  });
});
