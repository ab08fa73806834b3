import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each frame is proved by itself.
const { each, ownRisk } = routesBy(patternRouteOf);

// Everyday frames a peer-support team writes in, which the screen had routed to a crisis (branch t-en-quiet),
// each beside the same words said as risk.
describe('everyday frames in English keep look-alikes of risk quiet', () => {
  it('GIVEN someone else’s crisis told as over in plain words (fine now, 19 now and in college, a good placement) THEN nothing', () => {
    each(
      [
        'my sponsee who overdosed last spring is doing fine now, she is 22 now and in nursing school',
        'a resident from 2021 who tried to hang himself sent me a thank you card, he is fine these days',
        'our participant from last summer who said he wanted to die is okay now and back at school',
        'years back my cousin cut herself pretty badly. she is fine now',
        'the girl from the march group who talked about ending it is in a good foster home and playing soccer now, she is doing great',
        'the teen who disclosed SI last spring just made the varsity team',
      ],
      'none',
    );
    each(['my friend attempted last week, she is fine now', 'he overdosed last night. he is fine now'], 'someone-else');
    ownRisk(['i tried to kill myself in march and im doing fine now but last night i wanted to again', 'i wanted to die all through my teens and i still do']);
  });

  it('GIVEN an act said as the outcome of a nuisance once too often, shrugged off (lol, "anyway", "(i won’t)") THEN nothing', () => {
    each(
      [
        'if the wifi drops one more time I am jumping off the roof lol',
        'if i have to reset one more password i am walking into traffic. anyway how was your weekend',
        'if one more person replies all I am throwing myself off the balcony (I won’t. I will mute the thread)',
        'if the copier eats one more form I am walking into the ocean. anyway, see you at the huddle',
        'if i have to sit through one more zoom i am gonna jump out the window lol. anyway notes attached',
      ],
      'none',
    );
    ownRisk([
      'if I have to survive one more day like this I am going to kill myself lol',
      'if one more thing goes wrong tonight I am ending it lol',
      'if I get one more rejection letter I am walking into the sea. I mean it',
      'if I have to do one more shift I am jumping off the roof. anyway the pills are in my bag',
    ]);
    each(['if he hits me one more time im going to walk into the sea lol'], 'imminent');
  });

  it('GIVEN a sleep with its waking ("not wake up till noon", "until my alarm") THEN nothing; a sleep without one stays risk', () => {
    each(
      [
        'i am going to bed and not waking up until 11, do not call',
        'gonna go to sleep and not wake up till noon, worked 3 doubles',
        'i am gonna sleep and not wake up till 10, night shift wrecked me',
        'time to sleep forever (until my alarm at 6)',
      ],
      'none',
    );
    ownRisk(['going to sleep and not waking up, goodbye everyone', 'I am going to sleep and not wake up, till then I will just sit here', 'going to sleep forever. goodbye']);
  });

  it('GIVEN letters with an everyday addressee or occasion, a move, a send-off or estate planning THEN nothing', () => {
    each(
      [
        'writing letters to my penpal in Lisbon tonight, she loves the stickers',
        'the invitations for the baby shower are written and stamped, mailing them tomorrow',
        'giving all my furniture to my sister because we are moving to Texas. last night in this apartment',
        'thank you for the send-off lunch everyone, see you around',
        'scheduled the newsletter for friday. by then I will be on a plane to Lisbon',
        'made my will and signed the power of attorney, the estate lawyer says we are all set for the baby',
        'said bye to the team today, starting with a new agency on monday',
        'left the spare key and the plant schedule with my neighbor, flying out at 7 tomorrow',
        'the dog’s meds and feeding notes are on the counter for the sitter. flying home on sunday',
      ],
      'none',
    );
    // The flight explains the cat to the patterns (a pet left with a neighbour for a trip); the whole screen still hears
    // "won't need anything anymore", which no trip says.
    expectRoutes([['gave my cat to my neighbor. flight out is tonight, I won’t need anything anymore', 'imminent']]);
    ownRisk(['writing letters to my kids tonight. the pills are counted', 'the letters for my kids are in the drawer. tonight', 'I have written my will and tonight I am going to do it']);
  });

  it('GIVEN a place or a means beside its everyday use (signal, an apple, a scout badge, a car warming up, a trigger lock, a pharmacy shift) THEN nothing', () => {
    each(
      [
        'the knife is on my desk, I was slicing an apple during the meeting',
        'we practiced the bowline and the noose knot for the scouts merit badge',
        'sitting in the car with the engine on because it is freezing out, leaving in 5',
        'on the roof of the parking deck, it is the only place with signal. call me back',
        'bought a trigger lock today after the lethal means talk, safer with kids around',
        'pharm tech life: counted 2000 pills before lunch',
      ],
      'none',
    );
    each(
      [
        'im on the roof of the parking garage. no reason to go on',
        'sitting in the garage with the engine running. it is time',
        'i tied a noose knot today and it holds',
        'the pills are in my hand. counted them twice',
      ],
      'imminent',
    );
  });

  it('GIVEN a word talked about, warning signs taught, or a school essay THEN nothing', () => {
    each(
      [
        'book club question: does saying "sewer slide" make it easier for kids to talk about it?',
        'warning signs like giving away things and saying goodbye are in the new module',
        'anyone have a slide deck on red flags such as giving things away?',
        'my son wrote "the king got unalived" in his book report on hamlet lol',
        'still feel awkward saying the word suicide out loud in role plays but getting better',
        'today we covered the warning signs: giving away things, saying goodbye, looking for means',
      ],
      'none',
    );
    each(['gave away my guitar and my dog today. I know the warning signs. tonight I am done'], 'imminent');
    ownRisk(['gave away my stuff, wrote letters, I am saying goodbye to everyone tonight']);
  });

  it('GIVEN overdose work in general (kits handed out or in date, a spike, a bridge program, how to ask) THEN nothing', () => {
    each(
      [
        'handing out narcan kits at the library all afternoon, come say hi',
        'the fentanyl test strips and naloxone are all checked and in date',
        'the overdose spike this month is scary, we need more outreach shifts',
        'we are looking for volunteers for the new bridge program after overdoses',
        'the training covered how to ask "are you thinking about suicide" and what to do next',
      ],
      'none',
    );
    each(['my friend took the whole bottle of her pills and she is not answering'], 'someone-else');
    ownRisk(['I don’t know how to ask for help, I want to die']);
  });

  it('GIVEN a trip to see family or a bottle that needs more milk THEN nothing; pills beside snacks stay risk', () => {
    each(['visiting family in Ohio for two weeks, back on the 20th', 'the bottle’s empty, need more formula for the baby', 'bye all, off to Manila for a month to see relatives'], 'none');
    each(['I have enough pills saved for tonight, got snacks for the kids so they’re set', 'I have the stuff for tonight. the pills are lined up'], 'imminent');
  });

  it('GIVEN "forever" said of friendship, thanks or a hobby given up THEN nothing; gone, asleep or leaving for good stays risk', () => {
    each(
      [
        'I will be your friend forever',
        'this group will be in my heart forever',
        'thank you all for the cake, it is not goodbye forever, I will still come to the holiday party',
        'I will be grateful forever for this team',
        'I am done running forever, my knees are shot',
        'the memories will be with me forever',
      ],
      'none',
    );
    ownRisk(['I want to be gone forever', 'I just want to be asleep forever', 'I want to be dead for good', 'im leaving for good tonight, not a new job', 'I will be going to sleep for good tonight', 'i am done with it forever']);
  });

  it('GIVEN the writer leaving their own things or handing keys in at a move THEN nothing; things left at the writer’s door or pay handed over THEN harm', () => {
    each(
      [
        'left my login stuff in a doc for my wife in case I get hit by a bus, the lawyer said to',
        'handed my keys to the landlord this morning, the apartment is empty',
        'gave my car keys to the valet and went in for dinner',
      ],
      'none',
    );
    each(['he left creepy notes on my car again', 'my ex left a dead bird on my porch', 'I have to hand him my paycheck every friday'], 'harm-from-others');
  });

  it('GIVEN a scene of a film or a song that came on THEN nothing; the writer’s own plan or wish beside it stays risk', () => {
    each(
      [
        'that ending where he jumps off the bridge wrecked me. great movie though',
        'the scene where she takes the pills made me cry',
        '"so tired of being here" by some emo band came on at the gym and i laughed',
      ],
      'none',
    );
    each(['the ending where i jump is all planned, tonight'], 'imminent');
    ownRisk(['i am so tired of being here. that song came on and i lost it. i want to die']);
  });

  it('GIVEN "everything is ready" for a proposal THEN nothing; ready beside letters or a vague relief stays risk', () => {
    each(['tonight is the night!! my brother will propose to his girlfriend, everything is ready', 'everything is set for tonight, finally proposing to her at the lake'], 'none');
    each(['everything is ready. tonight is the night. finally getting some peace', 'everything is ready for tonight. wrote my letters'], 'imminent');
  });

  it('GIVEN "in" and a count of minutes or "at" and a clock THEN no distant past; "in" and a year or "at" and an age THEN the past', () => {
    each(['i am taking all the pills in 20 minutes', 'i will kill myself in 20 minutes', 'me voy a matar en 20 minutos'], 'imminent');
    each(['i attempted in 2015, now i mentor teens', 'me intente matar en 2015, hoy ayudo a otros', 'at 15 i first cut myself, now i run the teen group'], 'none');
    each(['at 2am i took all my pills'], 'imminent');
  });

  it('GIVEN a threat for a small offence ("kill me for eating his leftovers") or where one’s head is at THEN nothing; a threat for leaving THEN harm', () => {
    each(['my brother is gonna kill me for eating his leftovers again', 'lol my roommate is gonna strangle me for finishing the coffee', 'mom will murder me for losing my charger lol'], 'none');
    each(['he said he would kill me for leaving him', 'he knows where my kids go to school and said he would take them'], 'harm-from-others');
    each(['posting so someone knows where my head is at today, but I am steady'], 'none');
  });
});
