import { describe, expect, it } from 'vitest';
import { screenText } from '../../../../src/domain/crisis/screen.js';
import { expectRoutes, patternRouteOf, routeOf } from '../../../helpers/crisis-routes.js';

// Known English misreadings, each read as the family of wording it stands for.
describe('known English misreadings, read as their families', () => {
  // frames-training.ts: a bare "what do i do" after a crisis told is a plea for help, not a question about practice.
  it('GIVEN someone else\'s crisis told with a laugh and "what do i do" THEN someone-else', () => {
    expectRoutes([
      ['my brother overdosed last night haha what should i do', 'someone-else'],
      ['my mom took a bunch of pills lmao idk what do i do', 'someone-else'],
      ['my roommate said she wants to die lol what do i do', 'someone-else'],
      ['my cousin tried to hang himself lol what do i even do', 'someone-else'],
    ], patternRouteOf);
    expectRoutes([
      ['honestly i want to kill myself lmao', 'possible'],
      ['lol i wish i was dead', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN a training question or an everyday "what do i do" THEN nothing', () => {
    expectRoutes([
      ['what should i do when a participant says they want to die', 'none'],
      ['what do i say to a member who mentions suicide', 'none'],
      ['my cat threw up on my bed lol what do i do', 'none'],
    ], patternRouteOf);
  });

  // frames.ts distantPast: "i survived" bare after a harm is how it ended, not a story told from long ago.
  it('GIVEN harm lived through ("but i survived") THEN harm-from-others', () => {
    expectRoutes([
      ['she tried to strangle me last night but i survived', 'harm-from-others'],
      ['my dad tried to kill me but i survived', 'harm-from-others'],
      ['he tried to drown me in the tub but i survived', 'harm-from-others'],
    ], patternRouteOf);
  });

  it('GIVEN a survival told as a story THEN nothing', () => {
    expectRoutes([
      ['i survived two attempts and now i run groups', 'none'],
      ['this week tried to kill me but i survived', 'none'],
    ], patternRouteOf);
  });

  // read.ts: a denial of acting beside a means told in its own words.
  it('GIVEN acting denied beside a means at hand THEN imminent', () => {
    expectRoutes([
      ['im not gonna do anything stupid but the pills are in my nightstand', 'imminent'],
      ['not acting on it, though i bought a gun last week', 'imminent'],
      ['i wont act on it but i keep a razor in my wallet', 'imminent'],
    ], patternRouteOf);
  });

  it('GIVEN acting denied with no means, or the means given away THEN not imminent', () => {
    expectRoutes([
      ['not acting on it, my sister has my meds now', 'none'],
      ['i wont do anything drastic, i just want to disappear', 'possible'],
      ['im not going to do anything stupid at the party lol', 'none'],
    ], patternRouteOf);
  });

  // others-words.ts: own-risk words inside a ward's observation order are the patient's.
  it('GIVEN a bed or a patient placed on observation THEN someone-else by the patterns', () => {
    expectRoutes([
      ['bed 4 placed on suicide watch', 'someone-else'],
      ['bed 9 put on suicide precautions overnight', 'someone-else'],
      ['rm 12 placed on suicide watch after dinner', 'someone-else'],
    ], patternRouteOf);
    expectRoutes([
      ['they put me on suicide watch', 'possible'],
    ], patternRouteOf);
  });

  // harm-from-others.ts: a watcher named, or a watching kept up, is stalking; a favour asked is not.
  it('GIVEN a favour asked ("can you watch my kids") THEN nothing', () => {
    expectRoutes([
      ['could u watch my car while i run into the store', 'none'],
      ['would you mind watching my kids saturday, i have a hearing', 'none'],
      ['thanks for watching my place last weekend', 'none'],
    ], patternRouteOf);
  });

  it('GIVEN someone watching the writer\'s home or kids THEN harm-from-others', () => {
    expectRoutes([
      ['my ex has been watching my house every night', 'harm-from-others'],
      ['someone keeps watching my apartment from a van', 'harm-from-others'],
      ['a guy is watching my window again', 'harm-from-others'],
    ], patternRouteOf);
  });

  // whose.ts: "she said i …" with no quotation marks is her "I".
  it('GIVEN someone else\'s words reported without quotation marks THEN someone-else', () => {
    expectRoutes([
      ['he texted me i\'m gonna end it tonight', 'someone-else'],
      ['my cousin said i want to die and then left', 'someone-else'],
      ['my client said i can\'t do this anymore, i\'m done', 'someone-else'],
      ['she told me i am going to kill myself tonight', 'someone-else'],
    ], patternRouteOf);
  });

  it('GIVEN the writer\'s own words, or words said to the writer THEN the writer\'s', () => {
    expectRoutes([
      ['i said i want to die', 'possible'],
      ['she said hi and i want to die', 'possible'],
      ['he said i was fine but i want to die', 'possible'],
    ], patternRouteOf);
    // Told to die by someone else is harm from others (known-misreadings-14.test.ts, told-to-die.ts), no longer the writer's own.
    expectRoutes([
      ['he said i should kill myself', 'harm-from-others'],
    ], patternRouteOf);
  });

  // own-risk-said-indirectly.ts, frames-idiom.ts: the urge to cut joined to another's or told as more.
  it('GIVEN an urge to cut "too", "tonight" or "deeper" THEN self-harm', () => {
    expectRoutes([
      ['seeing her arms made me want to cut too', 'possible'],
      ['i wanna cut tonight', 'possible'],
      ['the urge to cut also came back', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN a diet, a budget or hair cut THEN nothing', () => {
    expectRoutes([
      ['trying to cut too many carbs lol', 'none'],
      ['i want to cut my bangs too', 'none'],
      ['want to cut more hours at work', 'none'],
      ['we want to cut the budget again', 'none'],
    ], patternRouteOf);
  });

  // dying-at-a-nuisance.ts: a bare dying exclaimed right after a petty nuisance.
  it('GIVEN a bare "i\'m going to die" right after a petty nuisance THEN nothing', () => {
    expectRoutes([
      ['someone reheated salmon in the break room. im literally gonna die', 'none'],
      ['the leaf blower started at 6am, i\'m going to die lol', 'none'],
      ['someone ate my leftovers again. i am going to die', 'none'],
    ]);
  });

  it('GIVEN a dying with a time, a means or no nuisance THEN imminent', () => {
    expectRoutes([
      ['someone ate my lunch again. i\'m going to die tonight', 'imminent'],
      ['the printer jammed again. i\'m going to die. i have the pills saved', 'imminent'],
      ['rough week. i\'m going to die', 'imminent'],
    ], patternRouteOf);
  });

  // own-risk-said-in-disguise.ts: logging off to a rest with no end.
  it('GIVEN a log-off to a rest "for a long time" or "forever" THEN at least possible', () => {
    expectRoutes([
      ['logging off to go sleep. for a long long time', 'possible'],
      ['signing off to rest forever', 'possible'],
      ['gonna sign off and rest for a very long time', 'possible'],
    ], patternRouteOf);
  });

  it('GIVEN a log-off to a rest with its end named THEN nothing', () => {
    expectRoutes([
      ['logging off for the night, gonna sleep', 'none'],
      ['signing off, sleep well everyone', 'none'],
      ['logging off to rest, back tomorrow', 'none'],
    ], patternRouteOf);
  });

  // away-explained.ts: an absence told with an everyday reason, or plans denied as free time.
  it('GIVEN an absence with an everyday reason, or no plans for the weekend THEN nothing, and the learned opinion is told', () => {
    for (const text of ['wont be around tomorrow, got court', 'i wont be around to open tomorrow, dentist appt', 'i have no plans tonight lol']) {
      expect(routeOf(text), text).toBe('none');
      expect(screenText(text).concepts, text).toContain('going-explained');
    }
  });

  it('GIVEN an absence with no reason, or no plans for the future THEN nothing is set aside', () => {
    for (const text of ['i wont be around after friday', 'i have no plans for the future', 'i wont be around next year, no plans']) {
      expect(screenText(text).concepts, text).not.toContain('going-explained');
    }
  });

  // frames-away-for.ts (caredForAWhile): a pet, a child or plants asked to be looked after for a bounded time is a favour, and the
  // learned opinion, trained on pets handed on as preparations, adds no route of its own.
  it('GIVEN a pet, a child or plants asked to be looked after for a bounded time THEN none; handed on with no end or a goodbye THEN imminent', () => {
    for (const text of ['please look after my dog for me this weekend', 'can you feed my cat till sunday', 'could u walk my dog tomorrow, double shift', 'watch my kids while im at court?', 'mind my plants for a few days pls']) {
      expect(routeOf(text), text).toBe('none');
      expect(screenText(text).concepts, text).toContain('going-explained');
    }
    expectRoutes([
      ['please look after my dog for me. love you all', 'imminent'],
      ['take care of my cat for me, i wont be needing her after tonight', 'imminent'],
      ['please look after my dog for me, im not coming back', 'imminent'],
    ]);
    // Looked after from a time on, not until it: no favour with its end in sight.
    for (const text of ['can you walk my dog after sunday. you know why', 'feed my cat from next week on, please']) {
      expect(screenText(text).concepts, text).not.toContain('going-explained');
    }
  });
});
