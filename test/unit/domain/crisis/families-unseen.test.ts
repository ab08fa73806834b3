import { describe, expect, it } from 'vitest';
import { patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const routeOf = patternRouteOf;

// Families of wording weak on batches the screen had never seen, each beside the everyday use of the same words.
describe('the crisis screen reads harm that is played down, and harm said to the writer', () => {
  it('GIVEN harm told with a hedge ("only", "just", "not like", "never leaves marks") THEN harm from others; the same words in everyday use THEN nothing', () => {
    for (const text of [
      'she just squeezes my wrist till it goes white, its whatever',
      'it only gets physical when he has been drinking',
      'its not like he hits me, he just shoves me into the door frame',
      'he is careful to never leave marks where people would see',
      'he mostly just punches holes through the wall',
      'my partner throws dishes past my head when we argue',
    ])
      expect(routeOf(text)).toBe('harm-from-others');
    for (const text of [
      'my toddler grabbed my hand in the parking lot',
      'things got physical at the hockey game lol',
      'not that he would ever hurt me, he is a sweetheart',
      'the kids throw snowballs at each other all afternoon',
    ])
      expect(routeOf(text)).toBe('none');
  });

  it('GIVEN money, phone or permission held over the writer THEN harm from others; a parent, a boss or a shared budget THEN nothing', () => {
    for (const text of [
      'i have to beg my husband for gas money every week',
      'my boyfriend gives me an allowance out of my own paycheck',
      'she goes through all my texts every night',
      'he decides who i see and what i can buy',
      'i am not allowed to have my own bank account',
      'bf went thru my phone and smashed it',
    ])
      expect(routeOf(text)).toBe('harm-from-others');
    for (const text of ['my dad gives me an allowance for doing chores', 'i need my manager’s permission to leave early friday', 'we went through my old photos together', 'my wife handles the money, she is better at it'])
      expect(routeOf(text)).toBe('none');
  });

  it('GIVEN a threat in the speaker’s own words, quoted or reported, THEN harm to the writer; the writer’s own “I’ll find you” THEN nothing', () => {
    for (const text of [
      'my ex texted "i will find you wherever you go"',
      'he said "you are lucky i did not put you in the hospital"',
      "she left a voicemail: 'i know where you park'",
      '"nobody is ever going to find you" - my husband, in the car last night',
    ])
      expect(routeOf(text)).toBe('harm-from-others');
    for (const text of ['i will find you at the conference, enjoy your last day!', 'omg i will kill you if you spoil the finale', 'i know where you park, i will meet you there at 9']) expect(routeOf(text)).toBe('none');
  });
});

describe('the crisis screen reads someone else’s crisis told through their own forwarded words', () => {
  it('GIVEN someone’s quoted last words while the writer cannot reach them or is getting help THEN someone else’s crisis; the same words in an everyday text THEN nothing', () => {
    for (const text of [
      'my brother texted "im done, sorry" and his phone goes straight to voicemail',
      "voicemail from my sponsee at 3am: 'thanks for everything, dont come looking for me'. called 911",
      'her last snap said "by the time you see this" and she is not answering, heading over there now',
    ])
      expect(routeOf(text)).toBe('someone-else');
    for (const text of [
      'my coworker texted "im done for the day" and went home early lol',
      'my aunt texted "i am so tired of this traffic" and we called her an uber',
      'the voicemail said "forgive me for being late, im done with the dentist"',
    ])
      expect(routeOf(text)).toBe('none');
  });
});

describe('the crisis screen reads own risk in plain and second-language wording', () => {
  it('GIVEN a death asked of god or sleep with no waking, or "better i am dead" THEN possible; the same words about a day THEN nothing', () => {
    for (const text of ['every night i pray the lord will just come for me', 'i wish to never wake up again', 'i think is better if i am gone', 'i want sleep and no wake up'])
      expect(routeOf(text)).toBe('possible');
    for (const text of ['i pray the lord will bless this new job', 'better if i go to bed early tonight', 'it is better i am done with that class']) expect(routeOf(text)).toBe('none');
  });

  it('GIVEN a head or a fist hurt on purpose ("headbanging against the wall", "punched the wall til my knuckles bled") THEN possible; headbanging at a show THEN nothing', () => {
    for (const text of ['been banging my head against the wall again when it gets loud in there', 'hit the door til my knuckles bled']) expect(routeOf(text)).toBe('possible');
    for (const text of ['headbanging at the metal show all night, my neck hurts', 'this spreadsheet has me banging my head lol']) expect(routeOf(text)).toBe('none');
  });

  it('GIVEN the screening words "a plan" and "the means" together THEN imminent; a plan and the means to pay rent THEN not imminent from the plan alone', () => {
    expect(routeOf('i have a plan and i have the means now')).toBe('imminent');
    expect(routeOf('i have a plan for the weekend')).toBe('none');
  });

  it('GIVEN taking medicine told without "I" THEN it is the writer’s own everyday dose, not someone else’s crisis', () => {
    expect(routeOf('took 2 tylenol for this headache')).toBe('none');
    expect(routeOf('my client took a bottle of tylenol last night, she is in the icu')).toBe('someone-else');
  });
});

describe('the crisis screen leaves everyday goodbyes, anniversaries and training talk alone', () => {
  it('GIVEN the writer’s own past told on its anniversary ("ten years ago today") THEN nothing; someone else’s death on its anniversary THEN someone else’s crisis; the same past back today THEN possible', () => {
    for (const text of ['ten years ago today i tried to kill myself. today i coached my kid’s soccer team', 'this time last year i wanted to die every morning. now i run the tuesday group', 'i remember wanting to die all the time in early sobriety'])
      expect(routeOf(text)).toBe('none');
    expect(routeOf('my best friend died by suicide three years ago today')).toBe('someone-else');
    expect(routeOf('i want to die today')).toBe('possible');
  });

  it('GIVEN a goodbye at the end of a contract, a course or school THEN nothing; the same goodbye with no way back THEN imminent', () => {
    for (const text of ['last day of my internship tomorrow! goodbye everyone', 'this is goodbye from me, my rotation ends friday', 'giving all my old furniture away before i graduate']) expect(routeOf(text)).toBe('none');
    expect(routeOf('this is goodbye. thank you all for everything')).toBe('imminent');
  });

  it('GIVEN suicide as the thing a training teaches to ask about THEN nothing; the writer’s own thoughts after a training THEN possible', () => {
    expect(routeOf('after the workshop i finally feel ready to ask directly about suicide')).toBe('none');
    expect(routeOf('we did a role play on a member disclosing a plan, i was the peer')).toBe('none');
    expect(routeOf('after the workshop i keep thinking about killing myself')).toBe('possible');
  });
});

describe('the crisis screen reads Spanish wishes said softly and chat spellings', () => {
  it('GIVEN a soft wish to be gone ("quisiera no estar", "mejor me desaparezco", "si no estuviera serian mas felices") THEN possible; a wish to be elsewhere THEN nothing', () => {
    for (const text of ['a veces quisiera no existir, la neta', 'ya estoy harta de todo, mejor me desaparezco', 'si yo no estuviera mis hijos estarian mas tranquilos'])
      expect(routeOf(text)).toBe('possible');
    for (const text of ['quisiera no estar en esta junta tan larga jaja', 'mejor me voy a dormir temprano hoy', 'si no estoy a las 8 empiecen sin mi']) expect(routeOf(text)).toBe('none');
  });

  it('GIVEN "no te preocupes" or months of thoughts ("hace meses que pienso en matarme") THEN the risk after it still counts; "hace años" told as past THEN nothing', () => {
    for (const text of ['ntp, ya no tengo ganas de vivir', 'hace meses que pienso en matarme y no le digo a nadie', 'ya no qiero seguir viviendo asi']) expect(routeOf(text)).toBe('possible');
    expect(routeOf('hace años pensaba en matarme, hoy acompaño a otros en su recuperacion')).toBe('none');
  });

  it('GIVEN throwing oneself under a bus or a train THEN own risk; getting off a bus THEN nothing', () => {
    expect(['possible', 'imminent']).toContain(routeOf('a veces pienso en tirarme abajo de un camion'));
    expect(routeOf('me baje del camion en la parada de siempre')).toBe('none');
  });
});

describe('the crisis screen reads an act under way told as a scene', () => {
  it('GIVEN a car running in a shut garage, gas on with the windows shut, a blade held to the body THEN imminent; the same things in everyday use THEN not imminent', () => {
    for (const text of ['sitting in the garage, engine running, door down', 'car is idling and the garage door is closed, i am in the back seat', 'oven is on and every window is taped shut', 'have the blade against my wrist right now'])
      expect(routeOf(text)).toBe('imminent');
    for (const text of ['warming up the car in the garage before work, its freezing', 'the oven is on for the turkey, windows open', 'my ex held a knife to my throat last night']) expect(routeOf(text)).not.toBe('imminent');
  });
});

describe('the crisis screen tells someone else’s self-harm from the writer’s', () => {
  it('GIVEN self-harm on her or his body ("cut her wrists", "fresh cuts on his arm") THEN someone else’s crisis; the same on the writer’s body THEN possible', () => {
    for (const text of ['a kid in my group showed me fresh cuts on his arm', 'my mentee cut her wrists in the bathroom at school']) expect(routeOf(text)).toBe('someone-else');
    expect(routeOf('there are fresh cuts on my arm again')).toBe('possible');
  });
});

describe('the crisis screen reads harm told as a scene, a threat reported, or a plan to flee', () => {
  it('GIVEN someone at the door or turning up at the writer’s work THEN harm from others; a neighbour or a delivery THEN nothing', () => {
    for (const text of ['my ex is pounding on the windows again', 'he keeps pulling up at my job after my shift', 'hes outside my building right now']) expect(routeOf(text)).toBe('harm-from-others');
    for (const text of ['the neighbor kid was banging on the door for his ball', 'my cousin pulled up at the bar and we had a great night']) expect(routeOf(text)).toBe('none');
  });

  it('GIVEN a threat reported without quotes ("if i tell anyone hell do worse") or blackmail THEN harm from others; "hell yeah" THEN nothing', () => {
    for (const text of ['he said if i ever tell anyone hell make me regret it', 'someone online is blackmailing me with my photos']) expect(routeOf(text)).toBe('harm-from-others');
    expect(routeOf('hell yeah, if i tell anyone about this deal they will be so jealous')).toBe('none');
  });

  it('GIVEN a bag packed to flee or a chair under the door handle THEN harm from others; a bag packed for a trip THEN nothing', () => {
    for (const text of ['i have a go bag packed in my trunk in case i have to get out fast', 'i wedge a chair under the door handle every night now']) expect(routeOf(text)).toBe('harm-from-others');
    expect(routeOf('bag packed for the beach, leaving at 6')).toBe('none');
  });

  it('GIVEN unwanted sex told without the word ("i didnt want to and he kept going") THEN harm from others; consent told plainly THEN nothing', () => {
    expect(routeOf('i was too drunk and he kept going anyway')).toBe('harm-from-others');
    expect(routeOf('i did not want to go to the party but she kept asking so i went')).toBe('none');
  });
});

describe('the crisis screen leaves games, moves and firm denials alone', () => {
  it('GIVEN "never once" before the thought THEN the thought is denied; "once" opening a clause of its own THEN it still counts', () => {
    expect(routeOf('never once thought about ending it, even at my lowest')).toBe('none');
    expect(['imminent', 'possible']).toContain(routeOf('i am not scared, once i am gone nobody will care'));
  });

  it('GIVEN a wish to die said about a raid boss or a ranked match THEN nothing; the same wish beside a bad week THEN possible', () => {
    expect(routeOf('we wiped on the raid boss 12 times, i want to die')).toBe('none');
    expect(routeOf('this week has been hell, i want to die')).toBe('possible');
  });

  it('GIVEN someone giving things away before a move, or a goodbye before the writer’s move THEN nothing; someone giving things away and going away for good THEN someone else’s crisis', () => {
    for (const text of ['my grandma gave away all her furniture before moving to assisted living', 'saying goodbye to everyone before my move to denver friday!']) expect(routeOf(text)).toBe('none');
    expect(routeOf("my roommate keeps talking about 'going away for good' and gave me her guitar")).toBe('someone-else');
  });
});

describe('the crisis screen leaves policy questions, recoveries and everyday idioms alone', () => {
  it('GIVEN "thinking of ending" something that is not a life THEN nothing; "thinking of ending it" THEN possible', () => {
    expect(routeOf('honestly thinking of ending my gym membership')).toBe('none');
    expect(routeOf('i keep thinking of ending it')).toBe('possible');
  });

  it('GIVEN "zero desire to hurt myself" THEN denied; "no reasons to keep going" THEN still risk', () => {
    expect(routeOf('zero thoughts of hurting myself this week, just tired')).toBe('none');
    expect(routeOf('i have no reasons to keep going')).toBe('possible');
  });

  it('GIVEN a policy or training question about suicide words THEN nothing; the writer’s own ideation THEN possible', () => {
    for (const text of ['is a member saying they want to die a mandated report here?', 'can someone explain passive and active suicidal ideation for the new cohort', 'need talking points for clients after a celebrity overdose']) expect(routeOf(text)).toBe('none');
    expect(['imminent', 'possible']).toContain(routeOf('my own suicidal ideation is back this week'));
  });

  it('GIVEN someone’s crisis told as behind them ("is 7 months clean", "got her kids back") THEN nothing; a crisis today THEN someone else’s', () => {
    expect(routeOf('the participant who overdosed last spring is 9 months clean and got his kids back')).toBe('none');
    expect(routeOf('the participant overdosed in the bathroom today, we used narcan')).toBe('someone-else');
  });

  it('GIVEN a will before surgery, moving apartments, a parent’s obituary, "overdosed on pumpkin spice", "threw me a party" THEN nothing', () => {
    for (const text of [
      'signed my will and advance directive before the surgery, feels good to be organized',
      'moving apartments saturday so giving away the couch and cancelling my internet',
      'writing my grandpas obituary tonight, he lived a big life',
      'overdosed on halloween candy again, no regrets',
      'my team threw me a surprise party for my sober birthday',
    ])
      expect(routeOf(text)).toBe('none');
  });
});

describe('the crisis screen reads the screening words and tech talk for being gone', () => {
  it('GIVEN "a plan and a date" or "a plan and its tonight" THEN imminent; a plan and a date for a party THEN nothing', () => {
    for (const text of ['i have a plan and a date, its saturday', 'got a plan and its tomorrow']) expect(routeOf(text)).toBe('imminent');
    expect(routeOf('we have a plan and a date for the party')).toBe('none');
  });

  it('GIVEN "uninstall myself", "erase myself", clocking out of life for good THEN own risk; uninstalling an app or clocking out for the weekend THEN nothing', () => {
    for (const text of ['honestly want to uninstall myself', 'i wish i could erase myself from everyone’s life']) expect(routeOf(text)).toBe('possible');
    expect(routeOf('tonight i clock out for good, nothing left to do')).not.toBe('none');
    for (const text of ['uninstall the app from my phone', 'clocking out for good, see you all monday', 'unsubscribe me from this newsletter lol']) expect(routeOf(text)).toBe('none');
  });
});

describe('the crisis screen reads a sigh taken back', () => {
  it('GIVEN a wish or a thought taken back after it ("es broma", "lol jk") THEN nothing; taken back and then meant ("jk but actually", "no es broma") or an act THEN risk', () => {
    for (const text of ['el tramite del seguro, me quiero matar jaja, es broma', 'this group project makes me want to die lol jk']) expect(routeOf(text)).toBe('none');
    for (const text of ['me quiero matar jaja, no es broma', 'i want to die lol jk but actually i am not ok']) expect(routeOf(text)).toBe('possible');
    expect(routeOf('tonight i take all my pills, jk')).toBe('imminent');
  });
});

describe('the crisis screen reads Spanish sighs about a nuisance', () => {
  it('GIVEN "ya no aguanto" about the traffic or the heat, or dying of curiosity THEN nothing; "ya no aguanto" about life THEN possible', () => {
    for (const text of ['ya no aguanto el calor de este verano', 'me estoy muriendo de curiosidad, cuenten']) expect(routeOf(text)).toBe('none');
    expect(routeOf('ya no aguanto esta vida')).toBe('possible');
  });
});
