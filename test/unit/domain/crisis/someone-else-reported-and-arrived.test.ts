import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('a condition reported without quotation marks keeps the teller as the "i" of the clause it leads to (reported-condition.ts)', () => {
  it('GIVEN someone named, a report verb, then "if/when/once/unless i …" and an own-risk clause THEN someone else\'s crisis', () => {
    expect.each(
      [
        'my sponsee said if i relapse again i\'m going to kill myself',
        'a youth at group told me that when i turn 18 im gonna end it',
        'one of our residents said unless i get my kids back i dont want to live anymore',
        'an older member at the meeting mentioned that if i lose this apartment i\'m going to end my life',
      ],
      'someone-else',
    );
  });

  it('GIVEN the writer\'s own condition, a question asked of the writer, or a threat at the writer THEN it stays theirs', () => {
    expect.each(['if i go back to that job ill end it', 'she asked me if i was ok and honestly i want to die', 'she asked when im coming home, i honestly want to die'], 'possible');
    expect.each(['he said if i leave him he\'ll kill me', 'she keeps saying that if i tell anyone she\'ll make sure i never see my kids again'], 'harm-from-others');
  });
});

describe('marks someone turned up with are theirs (harm-lands-on.ts arrivedMarked)', () => {
  it('GIVEN a person named, a verb of turning up, "with" and a harm THEN someone else\'s crisis', () => {
    expect.each(
      [
        'client came in w a black eye from her boyfriend',
        'one of the moms at group turned up with a black eye from her ex again',
        'ppt walked in with bruises from his stepdad',
        'my sponsee showed up at the meeting with a black eye from his dad, wont talk about it',
      ],
      'someone-else',
    );
  });

  it('GIVEN the writer turning up with the marks THEN harm from others; GIVEN no harm after "with" THEN nothing', () => {
    expect.each(['i came in with a black eye from him', 'i showed up to work with bruises from my husband'], 'harm-from-others');
    expect.each(['she came in with a new haircut and a big smile', 'the new intern showed up with a black coffee for everyone'], 'none');
  });
});

describe('"ppt" (participant) names a person', () => {
  it('GIVEN a ppt telling or messaging their own risk THEN someone else\'s crisis', () => {
    expect.each(['ppt keeps messaging me about wanting to die', 'my ppt told me she has pills saved up'], 'someone-else');
  });

  it('GIVEN ppt in work talk THEN nothing', () => {
    expect.each(['ppts have been asking about the shelter beds', 'the ppt for the safety planning training is on the shared drive'], 'none');
  });
});

describe('overdose naming a work item, not one event (frames-training.ts)', () => {
  it('GIVEN a question about an overdose form or paperwork, or a spike alert THEN nothing', () => {
    expect.each(
      [
        'does the OD debrief form go to QA first',
        'where do we send the overdose reversal forms after a shift',
        'do overdose surge alerts go out to peers too or only to leads',
        'who fills out overdose incident paperwork when the lead is out',
      ],
      'none',
    );
  });

  it('GIVEN the form filled for someone, an overdose told before a question, or an alert that was someone\'s THEN someone else\'s crisis', () => {
    expect.each(
      [
        'filling out the od incident form for my client who died last night',
        'my client overdosed last night, where do i send the incident form',
        'got the overdose alert at 2am, it was my guy, he didnt make it',
        'overdose surge alert from the county: 5 ODs near the shelter since noon, one of them my participant',
      ],
      'someone-else',
    );
  });
});

describe('the one revived named first, the rescue in a relative clause (others-told-bare.ts)', () => {
  it('GIVEN a person, then "we/i/staff/ems" and a rescue verb THEN someone else\'s crisis', () => {
    expect.each(
      [
        'that woman i revived behind the store came by to say thanks',
        'one of the guys staff found unresponsive in the bathroom is in the icu',
        'the kid we narcanned twice this month is back at the shelter',
        'heard the older man ems revived on monday is asking about detox',
      ],
      'someone-else',
    );
  });

  it('GIVEN the same shape with an everyday deed, or narcan as a training THEN nothing', () => {
    expect.each(['the guy we hired last week quit', 'the kid i found a coat for came back smiling', 'the woman we found a bed for is doing great', 'the man who runs our narcan training was great'], 'none');
  });
});
