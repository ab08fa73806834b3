import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so the family is proved by itself.
const by = routesBy(patternRouteOf);

// A message timed to reach others later, a goodbye sent ahead (languages/en/message-timed-for-after.ts, branch t-mx87).
describe('the crisis screen hears a message timed to reach others later', () => {
  it('GIVEN a message scheduled to send beside passwords or a will left THEN imminent', () => {
    by.each(
      ['timed my texts to send at dawn. my will is signed', 'queued a post to go out tomorrow, my will is in the desk drawer', 'set my texts to send overnight. the passwords are on the fridge'],
      'imminent',
    );
  });

  it('GIVEN a message scheduled for work, a launch or a birthday THEN nothing', () => {
    by.each(['scheduled the email to send at 9am', 'scheduled the post to go out at 6am for the launch', 'timed the discord message to drop at midnight, happy birthday bestie', 'scheduled the email to send at 9am so the client knows where the files are'], 'none');
  });
});

// Love sent to kin in a text, a weak goodbye (the same file).
describe('the crisis screen hears love texted to kin beside affairs settled as a goodbye', () => {
  it('GIVEN love texted to a parent or sibling beside passwords, a will or a means THEN imminent', () => {
    by.each(['texted my mom i love her and left my passwords on the desk', 'texted my dad that i love him. my will is in the drawer', 'messaged my sister i love her. the rope is in the shed', 'snapped my bro love you. passwords are on the fridge'], 'imminent');
  });

  it('GIVEN love texted to kin alone or with good news THEN nothing', () => {
    by.each(['texted my mom i love her', 'texted my mom i love her, she got the job', 'sent my grandma a text saying i love her for her birthday'], 'none');
  });
});

