import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// The writer's own risk spread across sentences (branch t-own, languages/en/own-risk-spread.ts): a means in one sentence
// and its taking, a time or a dose in another, each family beside look-alikes built from the same shapes, in wordings
// the development files do not hold.
describe('the crisis screen reads English own risk spread across sentences', () => {
  it('GIVEN a means named in one sentence and taken by a pronoun in another THEN imminent; vitamins or coupons THEN nothing', () => {
    expectRoutes(
      [
        'been circling the lake road for hours with the pills on the passenger seat. going to park by the water and take them',
        'the bottle of oxy and a fifth of gin lined up on the counter. once the news ends im taking them',
        'i have them all in a ziploc in my coat. im using them tonight after group',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'picked up my antibiotics at the pharmacy. going to take them with dinner tonight',
        'the vitamins and the fish oil are lined up on the counter. after breakfast im taking them',
        'i have the coupons in my coat. im using them tonight at the store',
        'the pills are on the passenger seat, bringing them to my mom tonight',
      ],
      'none',
    );
  });

  it('GIVEN the amount looked up and held THEN imminent; tiles counted for a floor THEN nothing', () => {
    expectRoutes(['checked online how many it would take and i have double that. going to take them when my wife leaves for work'], 'imminent');
    expectRoutes(['checked online how many tiles it would take and we have double that. going to lay them saturday'], 'none');
  });

  it('GIVEN a dose meant to stop breathing or waking THEN imminent; paint mixed for a mural THEN nothing', () => {
    expectRoutes(
      [
        'scored a gram on the way home. planning to shoot it until i stop breathing',
        'gonna mix the klonopin with the rum tonight and not wake up',
      ],
      'imminent',
    );
    expectRoutes(['gonna mix the paint with the primer tonight and start the mural'], 'none');
  });

  it('GIVEN calm said as a wonder, a decision, things handed to one person and a time THEN imminent; calm after yoga THEN nothing', () => {
    expectRoutes(['so strange how settled i feel now that its decided. gave my nephew my watch and my fishing rods. its happening tonight after the game'], 'imminent');
    expectRoutes(['so strange how calm i feel after yoga. after the game tonight we get pizza'], 'none');
  });

  it('GIVEN life as a bill, survival regretted, no reason to live or the current let take the writer THEN possible risk; groceries, a late bus, a rip current THEN nothing', () => {
    expectRoutes(
      [
        'cant afford groceries, cant afford therapy, cant afford to stay alive at this point',
        'i hate that the ambulance got there in time. i wasnt supposed to survive it',
        'some nights i just want to stop fighting the current and let it pull me under',
      ],
      'possible',
    );
    expectRoutes(
      [
        'cant afford groceries, cant afford the new phone, cant afford to eat out anymore',
        'i hate that the bus got there late. i wasnt supposed to miss the interview',
        'my counselor asked for three reasons i like my job. i sat there with nothing',
      ],
      'none',
    );
  });

  it('GIVEN a season of the writer\'s life told as gone (first year sober, "there was a time", darkest days, a year) THEN nothing; the same season with the wish back now or the act done again THEN possible risk', () => {
    expectRoutes(
      [
        'my first months clean i thought about overdosing on purpose all the time. now i sponsor two guys',
        'there was a time i wished i would not wake up. these days i garden and nap with my cat',
        'in my darkest days i thought everyone would be better off without me. today i got promoted',
        'I wanted to be dead so badly. That was 2012. My daughter just turned ten',
      ],
      'none',
    );
    expectRoutes(
      [
        'there was a time when i could cope but now i want to die',
        'my first year sober was easy. this year i keep thinking about killing myself',
        'in my darkest days i cut every night. last night i did it again',
      ],
      'possible',
    );
  });

  it('GIVEN "that was" and minutes, not a year, after an act THEN it stays now: imminent', () => {
    expectRoutes(['i took all my pills, that was 20 minutes ago', 'took the whole bottle. that was 15 min ago. feeling weird'], 'imminent');
  });

  it('GIVEN an overdose the writer had, or a wish the overdose had worked THEN own risk; a friend\'s overdose THEN someone else; a hoped-for exam THEN nothing', () => {
    expectOwnRisk([
      'me dio una sobredosis el sábado y nadie en el trabajo lo sabe',
      'acabo de tener una sobredosis y estoy sola en el cuarto',
      'hace dos semanas tomé pastillas de más y la neta a veces quisiera que hubiera funcionado',
    ]);
    expectRoutes(['a mi compa le dio una sobredosis en el baño del centro'], 'someone-else');
    expectRoutes(['ojalá hubiera salido bien el examen de manejo'], 'none');
  });

  it('GIVEN a time taken to arrive or waking for a duty named right after THEN nothing; the pills counted or the wish with no duty THEN own risk', () => {
    expectRoutes(
      [
        'me tomé como 30 minutos en encontrar estacionamiento',
        'me tomé dos horas para terminar el reporte',
        'no quiero despertar temprano, tengo clase a las 7',
      ],
      'none',
    );
    expectRoutes(['me tomé como 30 pastillas hace un rato'], 'imminent');
    expectRoutes(['no quiero despertar mañana, ya no puedo con esto'], 'possible');
  });

  it('GIVEN done said of a night beside a goodbye or things made ready THEN imminent; done with a shift, an essay or a wedding night THEN nothing', () => {
    expectRoutes(
      [
        'hugged everyone at group and said my goodbyes. tonight im done',
        'everything is ready in the bedroom. im finished after tonight',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'im done tonight, heading home. see you tomorrow',
        'tonight im done with this essay finally',
        'im done after tonight with the night shifts, thank god',
        'after tonight nothing will be the same, im getting married tomorrow',
        'its a decision i made with my wife, we are moving',
      ],
      'none',
    );
  });

  it('GIVEN the writer using with the reversal taken away on purpose, in harm-reduction words THEN imminent; narcan run out at work, a kit handed on, a policy question, a client\'s use THEN no own risk', () => {
    expectRoutes(
      [
        'picking up after work. left my naloxone at the office on purpose',
        'handed all my narcan kits to the new outreach guy. no one gets to revive me this time',
        'sitting in the truck stop bathroom with a bag and no narcan. tell my kids im sorry',
      ],
      'imminent',
    );
    expectRoutes(
      [
        'we ran out of narcan at the drop-in, nobody is reversing anything until the order comes',
        'gave my narcan kit to a new guy at the meeting, restocking tomorrow',
        'no strips at the site on purpose? thats a policy question for the director',
      ],
      'none',
    );
    expectRoutes(['he uses alone with no narcan on purpose, im scared for him'], 'someone-else');
  });

  it('GIVEN a goodbye letter written to a habit or an old self THEN nothing; a goodbye letter to the writer\'s children with a time THEN imminent', () => {
    expectRoutes(['my counselor had me write a farewell letter to my eating disorder. finished it tonight and cried'], 'none');
    expectRoutes(['wrote a goodbye letter to my kids. its for tonight'], 'imminent');
  });

  it('GIVEN a part of the writer drawn to the edge THEN own risk; a part that wants the pool or a good book THEN nothing', () => {
    expectOwnRisk(['waited for the train and part of me wanted to step in front. i got on like always', 'some part of me keeps wanting to let go of the wheel on the bridge']);
    expectRoutes(['part of me wants to jump in the pool already its so hot', 'part of me wanted to go over and say hi to her but i chickened out'], 'none');
  });
});
