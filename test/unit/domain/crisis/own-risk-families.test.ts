import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// English own risk said without the words of suicide (branch t-en-own), each family said in ways the development files do
// not hold, beside its everyday look-alikes.
describe('the crisis screen reads English own risk said through check-ins, metaphors, burden, slang and logistics', () => {
  it('GIVEN a low check-in score or "not ok" as a reply beside a means, a goodbye or a settled affair THEN imminent; a low score about a car, the heat or a weekend THEN nothing', () => {
    expectRoutes(
      [
        '1/5. the pills are counted',
        '0 - wrote the letters last night',
        'rating: 2. dont worry about me after sunday',
        '/pc-mood awful. the rope is in the shed',
        'you ok? -> no. i have the gun out of the safe',
        'not really. emptied my savings into my daughters account',
      ],
      'imminent',
    );
    expectRoutes(['1 today bc my car died on the freeway, tow truck coming', '2/5 tired, long shift, see you tomorrow', '1. dying of the heat, someone fix the AC', 'not really a fan of the new schedule tbh', '2 weeks out from the move and the boxes are everywhere'], 'none');
  });

  it('GIVEN relapse meant to be fatal ("nobody needs to narcan me", "not planning on waking up from this one") THEN imminent; narcan restocked or a late sleep THEN nothing', () => {
    expectRoutes(
      ['using alone tonight so nobody can narcan me this time', 'im not planning on waking up from this one', 'not expecting to wake up again after tonight', 'gonna use enough that it ends it'],
      'imminent',
    );
    expectRoutes(['restocked the narcan kits in the outreach bag', 'not planning on waking up before noon tomorrow lol', 'threw out the expired narcan from the cabinet'], 'none');
  });

  it('GIVEN self-harm begun and not stopped ("started cutting and cant make myself stop", "burning myself right now") THEN imminent; cooking and nosebleeds THEN nothing', () => {
    expectRoutes(
      ['cutting and i cant make myself stop', 'burning my arm right now and i dont want to stop', 'i dont want to stop the bleeding this time', 'i cut and im not going to stop'],
      'imminent',
    );
    expectRoutes(['cutting onions and i cant stop crying lol', 'nosebleed again, it stopped after ten minutes', 'started cutting back on sugar and i cant stop thinking about cake'], 'none');
  });

  it('GIVEN self-harm slang and masking ("sh\'d again", "c*tting", "got the blades out again") THEN own risk; a blade for crafts THEN nothing', () => {
    expectOwnRisk(["sh'd again last night", 'been c*tting again, only a little', 'got the blades out again tonight', 'been cuting agian']);
    expectRoutes(['got the hedge trimmer out again for the yard', 'cutting the grass again this weekend'], 'none');
  });

  it('GIVEN God asked to take the writer ("call me home", "if the lord took me i wouldnt fight it") THEN own risk; a prayer for others or a hymn THEN nothing', () => {
    expectOwnRisk(['keep asking god to call me home', 'if god took me in my sleep i would not fight it', 'i told god i am ready whenever', 'every night i pray that god takes me']);
    expectRoutes(['praying for my aunt in surgery tomorrow', 'god called me to this work and im grateful'], 'none');
  });

  it('GIVEN life said as a game or a machine ("quit and not respawn", "battery at 0 and dont want to be plugged back in") THEN own risk; a game, a phone or a car THEN nothing', () => {
    expectOwnRisk([
      'wish i could log off and never log back in',
      'i want someone to finish me off',
      'if life had an off switch i would have used it',
      'i do not want to be recharged again',
      'running on empty and i do not want to refuel anymore',
      'ready to log off from life',
    ]);
    expectRoutes(['my phone battery is at 0, charging it now', 'this boss keeps making me respawn lol', 'running on empty, need coffee before group', 'logging off from work, see you tomorrow'], 'none');
  });

  it('GIVEN soft wishes ("easier to just disappear", "existing till im not", "wouldnt mind falling asleep and staying that way") THEN own risk; the same words about work or a nap THEN nothing', () => {
    expectOwnRisk([
      'it would be easier to just disappear',
      'im just existing until im not',
      'i would not mind falling asleep and staying that way',
      'i wonder what i am still here for',
      'i do not know why i keep going',
      'sometimes i wish i had died in that crash',
      'thinking about the big sleep again',
      'tired of fighting to stay alive',
    ]);
    expectRoutes(['it would be easier to just take the bus', 'fell asleep on the couch and stayed there till noon', 'need the baby to fall asleep and stay asleep tonight', 'i wonder what the new intake form is for'], 'none');
  });

  it('GIVEN being in everyone\'s way ("would be quieter without me", "better off with a mom who isnt me", "better off with the life insurance") THEN own risk; covering shifts THEN nothing', () => {
    expectOwnRisk([
      'the house would be quieter without me',
      'my son would be better off with a dad who is not me',
      'honestly my family would be better off with the insurance payout',
      'everyone on this team is carrying me',
      'i cost my family more than i am worth',
    ]);
    expectRoutes(['the office is quieter without the printer running', 'everyone is covering for me while im at the dentist', 'this laptop cost more than it is worth'], 'none');
  });

  it('GIVEN affairs set for after ("prepaid my rent so my roommate isnt stuck", "left the phone unlocked so my parents can get in after") beside a time or absence THEN imminent; rent paid or a phone lent THEN nothing', () => {
    expectRoutes(
      [
        'prepaid the rent through march so my roommate isnt stuck. i wont be here for it',
        'left my laptop unlocked so my sister can get in after. sunday',
        'paid back everyone i owe so nobody gets stuck with it',
        'rehomed both dogs this week, told everyone it was just for a while. its not',
      ],
      'imminent',
    );
    expectRoutes(['prepaid the rent through march, landlord was happy', 'left my phone unlocked so my sister can play her game', 'paid back everyone for the pizza'], 'none');
  });

  it('GIVEN finality in plain words ("the last one youll get from me", "see you never", "so my kids dont walk in first") beside another sign THEN imminent; a last update before leave THEN nothing', () => {
    expectRoutes(
      ['this is the last check in you will get from me. the pills are ready', 'see you never. the rope is in the truck', 'taped a note on the door so my kids dont walk in first'],
      'imminent',
    );
    expectRoutes(['last update youll get from me before my leave, see you in march', 'see you monday, the printer is fixed'], 'none');
  });

  it('GIVEN a place and the act said plainly ("at the lake and im walking in", "went out to the barn with the shotgun") THEN imminent; a swim or a chore THEN nothing', () => {
    expectRoutes(['im at the lake by the dock and im walking in', 'walked out to the shed with the pistol. thanks for everything', 'drove to the overpass three times this week. not coming home tonight'], 'imminent');
    expectRoutes(['at the lake with the kids, going in for a swim', 'went out to the barn to feed the horses', 'drove to the bridge for the 5k, parking was a nightmare'], 'none');
  });
  it('GIVEN the future said to hold no place for the writer ("who would come to my funeral", "no next year in my head", "not like im gonna be around") THEN own risk; plans and retirement talk THEN nothing', () => {
    expectOwnRisk([
      'lately i wonder who would show up at my funeral',
      'there is no next summer in my head',
      'why save for retirement, not like i am going to be around',
      'my plan is to not be alive by next year',
      'i cant picture myself at 30',
    ]);
    expectRoutes(['who would come to the potluck on friday?', 'no plans for next summer yet, any ideas', 'saving for retirement is so hard on this salary'], 'none');
  });

  it('GIVEN being dead weight or a bill ("im just dead weight", "theyd save so much money without me") THEN own risk; luggage and budgets THEN nothing', () => {
    expectOwnRisk(['im just dead weight to this family', 'my parents would save so much money without me', 'honestly im just taking up space here']);
    expectRoutes(['this old couch is just taking up space', 'we would save so much money without the storage unit'], 'none');
  });

  it('GIVEN a life-sustaining treatment stopped on purpose, or pills mixed with a fifth THEN imminent; a prescription changed by the doctor THEN nothing', () => {
    expectRoutes(['stopped my insulin on purpose three days ago', 'quit eating and im not going to start again', 'mixed my klonopin with a fifth of whiskey, lying down now'], 'imminent');
    expectRoutes(['my doctor stopped my insulin and switched me to pills', 'mixed the punch with a fifth of rum for the party'], 'none');
  });

  it('GIVEN being found late, or the letter left where theyll see it ("nobody will look till spring") beside another sign THEN imminent; a lost hiker story or a note for the sitter THEN nothing', () => {
    expectRoutes(
      ['walking into the woods tonight. nobody will find me till spring', 'sealed the letter and left it on the desk where she will see it. tonight', 'finishing things this week. the pills are in my bag'],
      'imminent',
    );
    expectRoutes(['left the note on the counter where the sitter will see it', 'the hiker was lost for days and nobody found him till spring, crazy story'], 'none');
  });

  it('GIVEN "already started" beside a blade, pills or blood THEN imminent; a course, a 5k or an application already started THEN nothing', () => {
    expectRoutes(['already started, the pills are kicking in', 'i already started on my arms and im not stopping', 'i already started. theres so much blood'], 'imminent');
    expectRoutes(['already started! the new module is good', 'already started the couch to 5k, legs are dead', 'ive already started the application for the MSW'], 'none');
  });

  it('GIVEN a goodbye at the end of a grant position or a closed work account THEN nothing; the same goodbye beside a means THEN imminent', () => {
    expectRoutes(['wrote goodbye letters to my participants since my grant position ends friday', 'this is my last message from the work account, they are shutting it off at 5. find me on the new channel'], 'none');
    expectRoutes(['wrote goodbye letters to everyone. the rope is in the shed'], 'imminent');
  });
  it('GIVEN narcan refused or left behind on purpose, or an attempt wished successful THEN own risk (imminent beside a time or a means); narcan handed out THEN nothing', () => {
    expectRoutes(['not letting anyone narcan me tonight, i have enough', 'left my narcan kit at home on purpose. using everything tonight', 'making sure nobody can use it on me. tonight'], 'imminent');
    expectOwnRisk(['part of me wishes my attempt had worked', 'sometimes i wish they would have let me die', 'i dont want to come up for air anymore, like i want to stay under']);
    expectRoutes(['left the narcan kits at the front desk for the outreach team', 'handing out narcan all day, we gave out 40 kits'], 'none');
  });

  it('GIVEN "not gonna lie" before own risk THEN own risk (it is "ngl", no negation); "not gonna lie" before good news THEN nothing', () => {
    expectOwnRisk(['not gonna lie the dark thoughts are back this week', 'not going to lie, i keep having the kms thoughts']);
    expectRoutes(['not gonna lie the new coffee machine slaps', 'not going to lie, group went great today'], 'none');
  });

  it('GIVEN someone else\'s words typed in quotes THEN their crisis, not the writer\'s', () => {
    expectRoutes(['a member typed "about to go kms, bye everyone" ten minutes ago, mods please escalate'], 'someone-else');
  });
  it('GIVEN the writer at a height or a platform and going over, or a time said as "3am." at a sentence\'s end THEN imminent; a platform for the commute THEN nothing', () => {
    expectRoutes([
      'im on the top level of the parking garage and im going over',
      'sitting on the subway platform for the express. not to get on it',
      'scheduled my own shutdown for 4am. no restart',
      'off from friday through forever. going tonight',
    ], 'imminent');
    expectRoutes(['sitting on the train platform, the express is late again', 'scheduled the server shutdown for 4am. backups are done', 'im going over to my moms tonight'], 'none');
  });
  it('GIVEN a decision not to wake, no reason to keep getting up, or tired of trying to get better THEN own risk; getting up early and trying a diet THEN nothing', () => {
    expectRoutes(['decided i am not waking up after friday. its set'], 'imminent');
    expectOwnRisk(['i dont see any reason to keep getting up', 'so tired of trying to get better and failing every time']);
    expectRoutes(['i dont see any reason to get up early on saturday', 'tired of trying to get the printer to work'], 'none');
  });
  it('GIVEN a means kept where the writer can reach it, or taken out of a safe, beside a time THEN imminent; a gun locked away for hunting season or a hose for the garden THEN nothing', () => {
    expectRoutes(
      [
        'theres a rifle in my uncles closet and i know where the key is. getting it when they go to bed',
        'got the pistol out of the gun safe. tonight',
        'the exhaust hose is in my trunk. not going home after shift',
        'in the woods behind the church with my moms pills. swallowing them now',
        'bought charcoal for the car today. its not for a cookout',
      ],
      'imminent',
    );
    expectRoutes(['the rifle is in my closet locked up for hunting season', 'bought a new hose for the garden today', 'charcoal for the grill is in the garage, bring it saturday'], 'none');
  });

  it('GIVEN pills or a fifth taken "on purpose" or "a few extra of everything" tonight THEN imminent; vitamins and a party THEN nothing', () => {
    expectRoutes(['took a few extra of everything tonight, a lot extra', 'tonight im drinking the whole fifth with my xanax', 'i have 3 bags and im using them all tonight on purpose'], 'imminent');
    expectRoutes(['drinking the whole bottle of kombucha tonight lol', 'took my vitamins this morning'], 'none');
  });
  it('GIVEN game words said of real life ("delete my character irl") THEN own risk; the same words about a game THEN nothing', () => {
    expectOwnRisk(['thinking about deleting my character irl', 'deleting my character tonight irl. got the gun from my dads closet', 'ready to delete my save file in real life honestly']);
    expectRoutes(['deleting my character in skyrim tonight, the build is trash', 'i keep killing my character, irl im fine', 'my character dies every run lol the boss fight is brutal'], 'none');
  });
});
