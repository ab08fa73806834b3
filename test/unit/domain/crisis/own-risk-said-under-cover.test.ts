import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// The writer's own risk said under an everyday cover (branch t-own50, languages/en/own-risk-said-under-cover.ts): each family in
// wordings the development files do not hold, beside everyday look-alikes built from the same words.
describe('the crisis screen reads English own risk said under an everyday cover', () => {
  it('GIVEN a metaphor said of oneself (life a party left early, a candle hoped out, the sleep that lasts, the dead envied) THEN own risk; a party, a candle, a lie-in or a phone at 1% THEN nothing', () => {
    expectOwnRisk([
      'life is one big party and i want to leave early',
      'the candle is nearly out and honestly i hope it just goes out',
      'lately i keep thinking about the sort of sleep you dont wake from',
      'kinda envy the folks in the obituaries',
      'so tired of being a human being',
    ]);
    expectRoutes(['this party is dead, i wanna leave early', 'hope the candle goes out before the cat knocks it over', 'need the kind of sleep that lasts all weekend', 'reading the obituaries for my genealogy project', 'my phones at 1% and so am i', 'dying at my desk of boredom'], 'none');
  });

  it('GIVEN an appointment with the water and no way back, or a day for what is not named THEN imminent; a sailing trip or a night out THEN no urgency', () => {
    expectRoutes(
      [
        'the sea and i have a date tonight. not coming back from this one',
        'got an appointment with the river tomorrow. im not coming back',
        'by the time you read this ill be at peace, the letter is on my desk',
        'nothing left on my to do list but me',
        'made the choice and its tomorrow. feel weirdly calm',
      ],
      'imminent',
    );
    expectRoutes(['by the time you read this ill be at the airport', 'nothing left on the list but milk', 'decided. tonight. asking her out at dinner'], 'none');
  });

  it('GIVEN affairs settled (savings moved, a will signed, a message for a child to have later) beside an ending THEN imminent; a deposit, a move or a birthday video THEN nothing', () => {
    expectRoutes(
      [
        'moved all my savings to my brother. wont be needing any of it after sunday',
        'my will is signed and im so tired and its almost over',
        'recorded a message for my son for when hes grown. heading to the bridge after i drop him off',
        'emails are scheduled for the morning. nothing left on the list but me',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'transferred my savings to my sister for the house deposit',
        'didnt renew the lease, moving to bristol. wont be needing the sofa after friday',
        'recorded a video for my daughter for when shes older, her first birthday party',
        'giving away my furniture before the move, whoever wants it can have it',
      ],
      'none',
    );
  });

  it('GIVEN self-harm told by its traces or a clean count broken THEN own risk; a treadmill, a game streak, a bike crash or a tattoo THEN nothing', () => {
    expectOwnRisk([
      'had to hide the plasters on my arm from my mum again',
      'the cuts on my thigh are healing and i keep adding more',
      'new ones on my hips again and they sting',
      'reset my day counter back to zero last night',
      '90 days and i broke it again',
    ]);
    expectRoutes(['3 years clean today!', 'reset the counter to zero on the treadmill', 'reset my duolingo streak to 0 lol', 'explaining the bandages on my leg after the bike crash', 'got new ones on my arms, tattoo sleeve coming along'], 'none');
  });

  it('GIVEN hopelessness or burden said in pictures (drowning while handed water, no version where i make it, better without me) THEN own risk; a road trip, a late alarm or a past told with its year THEN nothing', () => {
    expectOwnRisk([
      'drowning over here and people keep giving me more water',
      'theres no version of things where i make it',
      'idgaf what happens to me now',
      'honestly theyd be better without me',
      'everything seems pointless lately',
    ]);
    expectRoutes(['nothing left in the tank and no gas station for miles, road trip fail', 'if i dont wake up in time for my 9am someone call me', 'the last time i thought about quitting was 2019, love this job now'], 'none');
  });

  it('GIVEN a waking regretted, a wish hedged, thoughts named by the help one gives, goodbyes written in the head THEN own risk; a waking before the alarm, a wish denied or a lake remembered THEN nothing', () => {
    expectOwnRisk([
      'woke up upset that i still woke up. every single day',
      'i dont want to die per se, i just want it all to go quiet',
      'the thoughts are back, the ones i tell participants to reach out about',
      'wrote suicide notes in my head all through the meeting',
    ]);
    expectRoutes(['woke up gutted that i woke up before my alarm', 'i dont want to die, i just need a holiday', 'cant stop thinking about the lake, best holiday ever'], 'none');
  });

  it('GIVEN affairs put in order before an unnamed going, or the water with no way back THEN imminent; the same before a holiday THEN nothing', () => {
    expectRoutes(['if i dont wake up on sunday the bank stuff is in the drawer. needed it all settled before i go', 'thinking about the river a lot. im not coming back up this time'], 'imminent');
    expectRoutes(['wanted that sorted before i go on holiday'], 'none');
  });

  it('GIVEN a low battery said of oneself, or a message timed to send itself beside an absence THEN own risk; a phone at 1%, a newsletter or posts while away THEN nothing', () => {
    expectOwnRisk(['my battery is at 1% and i dont mean my phone', 'running on 2 percent and i dont mean my phone']);
    expectRoutes(['the email to my mum sends itself at 9am tomorrow. im not going to be around for it', 'my texts to the kids send themselves on sunday. i wont be here'], 'imminent');
    expectRoutes(
      [
        "my phone's at 1% and so am i",
        'need a new case and im not talking about my phone',
        'the newsletter sends itself every monday',
        'the invoice email sends itself at 9am tomorrow, im not going to be around for it, on leave',
        'my posts go out automatically while im away, wont be around till the 20th',
      ],
      'none',
    );
  });

  it('GIVEN a farewell to a worn-out thing THEN nothing; a farewell beside a night or an ending THEN imminent', () => {
    expectRoutes(['goodbye forever, old office printer', 'farewell forever, beloved crocs', 'bye forever trusty laptop, you served me well'], 'none');
    expectRoutes(['goodbye forever. tonight is the night', 'goodbye forever, old friends. im done'], 'imminent');
  });
});
