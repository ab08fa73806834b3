import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads case talk without quotation marks and harm told flatly (fresh batch 69)', () => {
  // quotes.ts: "stuff like", "things like" after a report verb open someone else's words up to the sentence's end.
  it('GIVEN the gist of someone else\'s words after "texting me stuff like" THEN someone else; the writer\'s own gist, or words about the writer THEN not theirs', () => {
    expect.each(
      [
        'my brother sent me something like im sorry for everything, take care of mom for me',
        'my sponsee keeps texting me things like i cant do this anymore, whats the point',
        'her roommate says she keeps posting stuff like i wont be around much longer',
      ],
      'someone-else',
    );
    expect.ownRisk(['i keep texting my friends stuff like im done, i cant do this anymore', 'i told my therapist stuff like i want to die and she just nodded']);
    expect.each(['my ex keeps texting me stuff like you will regret leaving me, i know where you live'], 'harm-from-others');
  });

  // harm-told-flatly.ts, death-wished-on-writer.ts: a death wished on the writer by someone close is harm, and its "i should
  // have died" is the teller's wish on the writer.
  it('GIVEN someone close telling the writer they should have died or wishing them dead THEN harm; the writer\'s own wish THEN own risk; an everyday "should have", a wish to visit THEN nothing', () => {
    expect.each(
      [
        'my stepdad told me i deserve to die',
        'every time we fight my husband reminds me i should have stayed dead',
        'dad said he wished i was never born',
        'my aunt keeps telling me i should have died in that car instead of her son',
      ],
      'harm-from-others',
    );
    expect.ownRisk(['i wish i was never born', 'i told my mom i should have died that night']);
    expect.each(['my therapist says i deserve to rest', 'he told me i should have called first', 'she said she wished i had come to the party'], 'none');
  });

  // frames-idiom.ts: a mishap after "i" may have an adverb between, not a clause.
  it('GIVEN a mishap said right after "i" THEN the idiom still clears it; "i" and a clause before "ruined" THEN no mishap', () => {
    expect.each(['gonna die, i literally forgot my badge', 'kill me i totally spilled coffee on the new printer', 'im gonna kill myself i forgot my lunch'], 'none');
    expect.each(['my dad keeps saying i should have died when i relapsed because i ruined christmas'], 'harm-from-others');
  });

  // en.ts reportVerbs "showing"; harm-from-others.ts: "keeps showing up" is pursuit, "keeps showing me her cuts" a disclosure.
  it('GIVEN someone showing the writer their wounds THEN someone else; someone who keeps showing up THEN harm', () => {
    expect.each(['my client keeps showing me new burns on her forearm', 'one of my guys was showing me the cuts from last night, a couple still bleeding', 'the new resident keeps showing me fresh scratches on her wrists'], 'someone-else');
    expect.each(['he keeps showing up at my work', 'my ex keeps showing up at the drop in'], 'harm-from-others');
    expect.each(['showing me how to cut the onions', 'my niece keeps showing me her tiktok dances'], 'none');
  });

  // frames-over.ts naturalDeath: a death in one's sleep and a long life had.
  it('GIVEN a death in one\'s sleep or after a long life THEN grief, nothing; the same beside drugs or a young age THEN someone else', () => {
    expect.each(['my uncle died in his sleep last week, services are monday', 'our neighbor passed away in her sleep, she had such a long full life', 'grandpa passed in his sleep, funeral is friday'], 'none');
    expect.each(['my client died in his sleep, they think it was fentanyl. funeral is friday', 'he had a long life ahead of him, he overdosed at 24. funeral is saturday'], 'someone-else');
  });

  // others-death-in-case-updates.ts: life support withdrawn, a death after an update on an initial.
  it('GIVEN life support withdrawn or a death after an update on a participant THEN someone else; a plug pulled on a project, a GED passed THEN nothing', () => {
    expect.each(
      [
        'news on R: she passed overnight, family was with her',
        'the guy from tuesday group, they are taking him off life support tonight',
        'update on k - she did not make it',
        'family decided to withdraw care this afternoon',
      ],
      'someone-else',
    );
    expect.each(['boss pulled the plug on the project', 'took her off the schedule for friday', 'update on J: he passed his GED!!', 'cleaned the vent in the bathroom today'], 'none');
  });

  // others-words.ts reportedFarewell: a farewell reported without quotation marks, closing its clause, beside a pressing concern.
  it('GIVEN someone else reported as done or sorry while the writer cannot reach them THEN someone else; a task done, a shift ended THEN nothing', () => {
    expect.each(
      ["my peer mentee texted that she's done and her phone is off now", "my sponsee said he was sorry, now hes not answering", "client messaged me she's done. cant reach her"],
      'someone-else',
    );
    expect.each(["my coworker said she's done with the report and her phone died lol", "my coworker said she's done and went offline for the night", 'he said he was done and left the call'], 'none');
  });

  // en.ts rewrites a note's "c/o" before what it complains of; others-told-in-case-notes.ts.
  it('GIVEN a case note ("c/o SI", "intake mentioned prior attempts", "SI passive") THEN someone else; a co-worker, a paperwork intake, an attempt at a science fair THEN not theirs', () => {
    expect.each(
      [
        'c/o SI, plan to OD on insulin, has access',
        'C/O suicidal thoughts x2 weeks, plan to hang, has rope at home',
        'new referral mentioned she has been burning herself',
        'youth disclosed cutting with a blade, referred to the school counselor',
        'SI passive, no plan, safety plan reviewed',
      ],
      'someone-else',
    );
    expect.ownRisk(['my co workers are driving me insane, i want to die']);
    expect.each(['my intake paperwork is due friday', 'the youth mentioned his attempt at the science fair', 'c/o chest pain, SI denied', 'si, passive aggressive coworkers are the worst'], 'none');
  });

  // frames-idiom.ts: "rather die than" a person is no trifle by itself.
  it('GIVEN "rather be dead than go back to him" THEN own risk, or someone else\'s when reported; a trifle done with a person THEN nothing', () => {
    expect.ownRisk(["i'd rather be dead than go back to him", 'id rather die than move back in with her']);
    expect.each(["participant said she'd rather be dead than go back to him", 'my client said she would rather die than return to that house with him'], 'someone-else');
    expect.each(['id rather die than text him first lol', 'rather die than sit next to him at dinner lmao', 'id rather die than kiss him lol'], 'none');
  });

  // harm-told-flatly.ts: things thrown or broken in anger, told as a habit or shrugged off.
  it('GIVEN things thrown or broken in anger, shrugged off THEN harm; a party thrown, a toddler, a welder, a ball at practice THEN nothing', () => {
    expect.each(
      [
        'eh, he has thrown stuff before, its fine',
        'he throws things when he gets mad, its normal for us',
        'she smashes plates every time we argue lol',
        'he chucked a glass at my head, missed tho',
        'she hurled the remote at me',
      ],
      'harm-from-others',
    );
    expect.each(['she threw a party last weekend', 'threw stuff in the trash', 'my toddler throws things when hes mad lol', 'my dad breaks stuff in the garage for fun, hes a welder', 'he chucked a ball at me during practice', 'my roommate has broken the dishwasher again'], 'none');
  });

  // harm-told-flatly.ts control and partner-violence; en.ts joins "me. well once" into one sentence.
  it('GIVEN control and fear told as a habit, or a denial of being hit taken back THEN harm; a van at the door, a manager\'s leave form, a flight to make, a game THEN nothing', () => {
    expect.each(
      [
        'its not a big deal, he just blocks the door when we argue',
        'she stands in the doorway whenever i try to leave, its whatever',
        'my boyfriend makes me ask before i spend anything, its kinda his money anyway',
        'he drove really fast with me in the car to scare me, he thinks its funny',
        'my partner broke my glasses during the fight, just need new ones',
        "he only yells, he's never laid a hand on me. well once",
        "he's never hit me except the one time",
        'he never hurt me. ok twice',
      ],
      'harm-from-others',
    );
    expect.each(['the van blocks the door when we unload', 'my manager makes me ask before i take a day off', 'he drove fast to make the flight', 'my kid broke my glasses during the game', "he's never hit me. well, he yells", 'never met me. well once at a conference'], 'none');
  });

  // en.ts reportVerbs "asked"; quotes.ts: asking opens no words after a colon.
  it('GIVEN someone who asked the writer how much of a means would be too many THEN someone else; the writer\'s own question, or a question answered by the writer THEN own risk', () => {
    expect.each(['she asked me how much tylenol is lethal', 'my sponsee asked me how many of his meds would be too many', 'a client asked me which bridge downtown is the highest'], 'someone-else');
    expect.ownRisk(['how many of my pills would it take', 'my therapist asked if i still want to die and i said yes']);
    expect.each(['update for those who asked: my ex keeps calling my work'], 'harm-from-others');
  });
});
