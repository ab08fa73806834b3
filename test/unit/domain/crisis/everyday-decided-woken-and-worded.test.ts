import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// English everyday messages after the forty-seventh fresh batch (branch t-fa47; languages/en/frames-everyday-said.ts,
// everyday-frames.ts), each in wordings the development files do not hold, beside the real risk said with the same words.
describe('the crisis screen keeps everyday decisions, wakings, wounds and word talk quiet', () => {
  it('GIVEN a decision or "tonight is the night" that names an everyday deed after it THEN nothing; one that names none or a means THEN it stays routed', () => {
    expectRoutes(
      [
        'ive made up my mind, accepting the offer in bristol. telling hr on monday',
        'decided. tonight is the night i binge the whole series',
        'made up my mind, this is the week i give up vaping for real',
        'tonights the night!! season finale at 9, nobody text me',
        'i have decided, tomorrow i start the new job, wish me luck',
      ],
      'none',
    );
    expectRoutes(['ive made up my mind. tonight is the night. the pills are in my bag', 'made up my mind, tonight i finish the job for good. i have the rope'], 'imminent');
  });

  it('GIVEN a waking told with what it wakes to or until when THEN nothing; a waking wished away with nothing after it THEN possible', () => {
    expectRoutes(
      [
        'pls dont let me wake up to 200 slack messages',
        'if i dont wake up till noon tomorrow let me be',
        'going to sleep forever this weekend lol 12 hours straight',
        'praying i dont wake up to snow again',
      ],
      'none',
    );
    expectRoutes(['i hope i dont wake up tomorrow', 'honestly i just dont want to wake up anymore'], 'possible');
  });

  it('GIVEN a burn or a nick told by its household cause THEN nothing; a burn or a cut done on purpose or with a means THEN it stays routed', () => {
    expectRoutes(
      [
        'burned my hand on the baking tray again, classic me',
        'blood everywhere, nicked my chin shaving before the interview',
        'burnt my arm on the kettle this morning, its ok now',
      ],
      'none',
    );
    expectOwnRisk(['burned myself on the oven on purpose again last night', 'burning myself with the curling iron again, cant stop', 'heating the knife on the stove. not stopping tonight']);
  });

  it('GIVEN the chat words for suicide talked about as words THEN nothing; the same words said of oneself THEN routed', () => {
    expectRoutes(
      [
        'my nephew had to tell me what kms means, i thought it was distance',
        'why do people say unalive instead of died now',
        'someone keeps posting the sewerslide meme in general, can a mod clean it up',
        'does sewerslide in a caption break the discord rules?',
        'we need unalive on the automod list',
      ],
      'none',
    );
    expectOwnRisk(['i keep thinking about sewerslide every night', 'gonna unalive myself tonight']);
  });

  it('GIVEN a death in a game, a ticket died for or a thing "unalived" THEN nothing; the writer unalived for real THEN routed', () => {
    expectRoutes(
      [
        'got unalived by a zombie five times in a row, im done with this map',
        'my rogue got stabbed by an orc in the first room lol',
        'id unalive for front row tickets honestly',
        'i am going to unalive the office printer',
      ],
      'none',
    );
    expectOwnRisk(['i want to unalive myself for real this time']);
  });

  it('GIVEN a trip or a shift change with its return or its reason THEN nothing; a trip denied THEN imminent', () => {
    expectRoutes(
      [
        'said bye to the weekend crew, switching to nights next month',
        'i will be gone all week at the lake cabin. no wifi out there. see yall when im back',
        'last message before leave, all handed over, see you in three weeks',
        'flying out friday and im not coming back till october, so jealous of myself',
        'our old cat crossed the rainbow bridge last night. the house is so quiet',
      ],
      'none',
    );
    expectRoutes(['booked a one-way trip. no bags needed. leaving when it gets dark'], 'imminent');
  });

  it('GIVEN the day\'s meds right before bed THEN nothing; all of them, or bed said as forever THEN imminent', () => {
    expectRoutes(['took my meds, heading to bed. night all', 'took my pills, off to bed early tonight', 'took my medication going to bed now'], 'none');
    expectRoutes(['took all my meds, going to bed. goodbye', 'took all my pills at once, off to bed now. bye'], 'imminent');
  });

  it('GIVEN stalking said of ads, a pet or a game THEN nothing; a person stalking the writer THEN harm', () => {
    expectRoutes(
      [
        'my laptop is stalking me, every ad is that lamp i looked at once',
        'the dog stalks me around the kitchen every time i open the fridge',
        'their sniper was stalking me the whole match, uninstalling',
        'doxxing myself: i still listen to my 2009 emo playlist',
      ],
      'none',
    );
    expectRoutes(['my ex keeps stalking me, he was outside my work again', 'someone has been stalking me from a grey car for a week'], 'harm-from-others');
  });

  it('GIVEN a sigh said figuratively THEN nothing; a wish to die meant THEN possible', () => {
    expectRoutes(['i could die on that sofa after this double (figuratively, relax)'], 'none');
    expectRoutes(['i want to die and i mean it literally'], 'possible');
  });
});
