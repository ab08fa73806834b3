import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

/**
 * Everyday English that shares the words of crisis (branch t-quiet-en), each family beside the risk said with the same words,
 * which still routes. Read by the patterns alone, so the families are proved without the learned opinion.
 */
const { each, ownRisk } = routesBy(patternRouteOf);

describe('a sigh after a small daily nuisance, in a message that laughs', () => {
  it('GIVEN traffic, a zoom, a copier or a spin class before the wish, with a laugh THEN none', () => {
    each(
      [
        'the commute this morning made me want to die lmao',
        'this spreadsheet is making me want to die haha',
        'my wifi keeps buffering, i want to die lol',
        'that leg day made me wish i was dead 😂',
      ],
      'none',
    );
  });
  it('GIVEN no nuisance, "not joking", or no laugh beside the same wish THEN own risk', () => {
    ownRisk([
      'i want to die lmao',
      'lmao the commute made me want to die. not joking, every day',
      'my ex moved on and the meeting made me want to die. i mean it',
      'haha i want to die, everything is too much',
    ]);
  });
});

describe('"rather die than" a trifle, and a sport\'s own ordeal', () => {
  it('GIVEN a meeting or a form after "than", or mile 18 of a race THEN none', () => {
    each(['i would rather die than do my taxes lol', 'honestly id rather die than sit through another budget review', 'i thought id die around mile 18 but i finished the half lol'], 'none');
  });
  it('GIVEN a span of life or a person after "than" THEN own risk', () => {
    ownRisk(['id rather die than live through another winter like this', 'i would rather die than spend another night in this house', 'id rather die than go back to him']);
  });
});

describe('questions about how the bot or moderation treat the words', () => {
  it('GIVEN the bot, the filter, the guidelines, or a participant who jokes THEN none', () => {
    each(
      [
        'will the bot flag it if i type the word suicide in a training post?',
        'does the filter catch the term self-harm or just kms?',
        'what do the community guidelines say about posts on suicide?',
        'how should i respond when a resident jokes about kms at dinner?',
        'if someone posts about self-harm in the channel, what should mods do?',
        'is it ok to say suicide in the group chat or should we say unalive?',
      ],
      'none',
    );
  });
  it('GIVEN the writer telling the bot, or own slang THEN own risk', () => {
    ownRisk(['i told the bot i want to die and it did nothing', 'kms tonight, for real', 'is it ok to say i want to die sometimes?']);
  });
});

describe('asked if suicidal, and a bare "i\'m not"', () => {
  it('GIVEN "i\'m not" as the next sentence or after a comma THEN none', () => {
    each(['my coworkers ask if im suicidal because i never smile. im not', 'my sister asked if i was suicidal, im not'], 'none');
  });
  it('GIVEN "i\'m not sure", a yes, or a wish after the denial THEN own risk', () => {
    ownRisk(['my sister asked if im suicidal. i am', 'my coworkers ask if im suicidal. im not. i just want to disappear forever']);
  });
});

describe('everyday givings and leavings', () => {
  it('GIVEN a spare ticket, clothes outgrown, a letter to future me, a new job, a relative moving, a fishing trip THEN none', () => {
    each(
      [
        'got a spare ticket for the show tonight, anyone want it?',
        'giving away the kids clothes they outgrew, dm me for sizes',
        'in group we each wrote a note to future me, opening it next year',
        'last shift is thursday, i landed the job at the hospital!',
        'my aunt is giving away her furniture because shes moving into assisted living',
        'taking the boat out on the lake tonight to fish, who is in',
      ],
      'none',
    );
  });
  it('GIVEN the same givings beside an ending, or "a better place" THEN risk', () => {
    ownRisk(['giving away all my stuff tonight. wont need it where im going', 'heading to the lake tonight. not coming back']);
    each(['my uncle gave away his things and says hes moving to a better place'], 'someone-else');
  });
});

describe("someone else's events that are no crisis", () => {
  it('GIVEN a community vigil, an overdose long behind a client, an old age, a pet that unalived a toy THEN none', () => {
    each(
      [
        'our annual overdose awareness vigil is saturday, bring candles',
        'my participant who overdosed in 2022 is two years clean now and coaching soccer',
        'grandma passed at 94, the service is sunday',
        'the puppy unalived another squeaky toy',
        'can anyone explain how the new timesheet portal works',
      ],
      'none',
    );
  });
  it("GIVEN an overdose told as now, a young death, or a death by one's own hand THEN someone else", () => {
    each(
      [
        'my client overdosed last night and is in the icu',
        'my cousin was 31 and had a great life ahead of him, he died friday',
        'grandpa was 89 and took his own life last week',
      ],
      'someone-else',
    );
  });
});

describe('a training named by its topic, and the old life "when i was drinking"', () => {
  it('GIVEN "the suicide prevention workshop" as where the writer was, or a joke told of the drinking years THEN none', () => {
    each(['feeling drained after the suicide prevention workshop, going for a walk', 'when i was drinking i used to joke about not waking up. now i joke about my back'], 'none');
  });
  it('GIVEN the writer\'s own wish beside the training, or the old wish come back THEN own risk', () => {
    ownRisk(['after the suicide loss training i realized i want to die too', 'when i was drinking i wanted to die. now i want to again']);
  });
});
