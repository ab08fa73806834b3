import { describe, expect, it } from 'vitest';
import { patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const routeOf = patternRouteOf;

describe('the crisis screen reads harm told in passing and whose sign a harm scene is', () => {
  it('GIVEN money, accounts, check-ins or miles held over the writer THEN harm from others; the same acts done by the writer or a parent THEN nothing', () => {
    for (const text of [
      'my husband switched my paycheck over to his own account so i have to ask for gas money',
      'my bae hacked my ig and changed all my passwords',
      'my gf monitors my location and my likes, i cant follow anyone',
      'he checks the receipts and i have to justify every dollar i spend',
      'gotta text him every 30 minutes or he loses it',
    ])
      expect(routeOf(text)).toBe('harm-from-others');
    for (const text of ['moved my deposit to my savings account', 'my mom deleted my snapchat app', 'i have to account for every minute on my timesheet'])
      expect(routeOf(text)).toBe('none');
  });

  it('GIVEN the writer found, followed or called in silence THEN harm from others; a relative visiting, an event schedule, spam THEN nothing', () => {
    for (const text of [
      'some guy from the old neighborhood keeps finding out which shelter im staying at',
      'a client has been waiting outside my office building after hours',
      'pretty sure im being followed home by the same grey van',
      'phone rings at 3am, just breathing, then hangs up',
      'the texts started right after i pressed charges',
    ])
      expect(routeOf(text)).toBe('harm-from-others');
    for (const text of ['the talk was followed by a q&a', 'spam calls from unknown numbers all day, they just hang up']) expect(routeOf(text)).toBe('none');
  });

  it('GIVEN a threat said as a euphemism with what sets it off, a retaliating landlord, marks owned THEN harm from others; care, rent and sport THEN not harm', () => {
    for (const text of [
      'told me hed take care of me if i reported him to the manager',
      'he said he would rearrange my face',
      'landlord said he will kick us out if we complain to the city about the heat',
      'the bruises on my arm are from him',
      'told my coworkers i walked into a door. i didnt',
      'he keeps pimping me out to his friends',
    ])
      expect(routeOf(text)).toBe('harm-from-others');
    for (const text of ['the bruises are from volleyball lol', 'my friend totally sold me out to the boss']) expect(routeOf(text)).toBe('none');
    expect(routeOf('he said hed take care of me if i got sick')).not.toBe('harm-from-others');
  });

  it('GIVEN a place inside harm done by someone named THEN harm, not the writer at a high place; the writer at the place THEN imminent', () => {
    expect(routeOf('my ex was waiting by my car in the parking garage tonight')).toBe('harm-from-others');
    expect(routeOf('im waiting in the parking garage on the top floor tonight')).toBe('imminent');
    expect(routeOf('sitting on the roof of my building rn, legs over')).toBe('imminent');
  });

  it('GIVEN "want out" told to the one who harms or of a named thing THEN not the writer\'s wish; "want out" alone THEN possible', () => {
    expect(routeOf('when i told him i wanted out he said hed unalive me')).toBe('harm-from-others');
    expect(routeOf('i want out of this marriage')).toBe('none');
    expect(routeOf('i just want out. im so tired')).toBe('possible');
    expect(routeOf('i want out of this life')).toBe('possible');
  });

  it('GIVEN the writer stalking a thing or a page THEN nothing; someone stalking the writer THEN harm', () => {
    expect(routeOf('stalking my own case notes to find that resource list')).toBe('none');
    expect(routeOf('i stalked her linkedin before the interview')).toBe('none');
    expect(routeOf('my ex is stalking me again')).toBe('harm-from-others');
  });

  it('GIVEN someone else\'s death or warning signs told by a peer worker THEN someone else; a pet minded for a weekend THEN nothing', () => {
    expect(routeOf('we lost another one to fentanyl last night')).toBe('someone-else');
    expect(routeOf('lost a participant from my caseload over the weekend')).toBe('someone-else');
    expect(routeOf('she asked me to take her cat for good if anything happens')).toBe('someone-else');
    expect(routeOf("a woman at the shelter where i run groups was SA'd by another resident")).toBe('someone-else');
    expect(routeOf('my neighbor asked me to take the dog for the weekend')).toBe('none');
    expect(routeOf('just finished the first aid recert, same scenarios as last time, the overdose one')).toBe('none');
  });
});
