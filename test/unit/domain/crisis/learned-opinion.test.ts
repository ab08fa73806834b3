import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifierOf, classifiersOf, compileWink, packClassifier, trainClassifier, trainWink, type PackedClassifier } from '../../../../src/domain/crisis/learned/classifier.js';
import { defaultFeatureOptions, learnedFeatures } from '../../../../src/domain/crisis/learned/features.js';
import { combine, kindOf, learnedConcepts, learnedOpinion, opinionOf, readModelFile, VETO_CONCEPT, vetoable, type Reading, type Scores, type Thresholds } from '../../../../src/domain/crisis/learned/opinion.js';
import { hashTrainingFiles, kindLabels, readLines, type ReadLine } from '../../../../src/domain/crisis/learned/training.js';
import { conceptRoutes } from '../../../../src/domain/crisis/concepts.js';
import { screenText, screenWith, type CrisisRoute } from '../../../../src/domain/crisis/screen.js';
import { devCorpusFiles, readCorpusFile } from '../../../helpers/crisis-corpus.js';
import { fastestRun } from '../../../helpers/fastest-run.js';

const routes: (CrisisRoute | null)[] = ['imminent', 'possible', 'harm-from-others', 'someone-else', null];

describe('the learned second opinion beside the patterns', () => {
  const odds = fc.double({ noNaN: true });
  const scores = fc.record<Scores>({ own: odds, harm: odds, someoneElse: odds, none: odds, imminent: odds });
  const thresholds = fc.record<Thresholds>({ own: odds, harm: odds, someoneElse: odds, split: odds, raise: odds, veto: fc.record({ possible: odds, harm: odds, someoneElse: odds }) });
  const concepts = fc.uniqueArray(fc.constantFrom(...Object.keys(conceptRoutes)), { maxLength: 4 });

  it('GIVEN any scores WHEN the patterns found an imminent concept THEN the route stands whatever the learned opinion says', () => {
    fc.assert(
      fc.property(fc.constantFrom<CrisisRoute>('imminent', 'possible', 'harm-from-others', 'someone-else'), fc.constantFrom('method', 'plan', 'intent', 'preparation', 'acting-now'), concepts, scores, thresholds, (route, imminent, others, s, t) => {
        const got = combine(route, s, t, [imminent, ...others]);
        expect(got === route || (route === 'possible' && got === 'imminent')).toBe(true);
      }),
    );
  });
  it('GIVEN any scores WHEN the patterns found a wish to be dead, suicidal thoughts or self-harm THEN own risk is never dropped', () => {
    fc.assert(
      fc.property(fc.constantFrom('wish-dead', 'suicidal-thoughts', 'self-harm'), concepts, scores, thresholds, (concept, others, s, t) => {
        expect(['possible', 'imminent']).toContain(combine('possible', s, t, [concept, ...others]));
      }),
    );
  });
  it('GIVEN a route resting on weak concepts alone WHEN the learned opinion is sure enough it is everyday THEN the route is dropped, else it stands', () => {
    const t: Thresholds = { own: 1e6, harm: 1e6, someoneElse: 1e6, split: 1e6, raise: 1e6, veto: { possible: 5, harm: 3, someoneElse: 4 } };
    const s = (none: number): Scores => ({ own: 0, harm: 0, someoneElse: 0, none, imminent: 0 });
    expect(combine('harm-from-others', s(3), t, ['stalking'])).toBeNull();
    expect(combine('harm-from-others', s(2.9), t, ['stalking'])).toBe('harm-from-others');
    expect(combine('possible', s(5), t, ['hopelessness'])).toBeNull();
    expect(combine('possible', s(5), t, ['hopelessness', 'wish-dead'])).toBe('possible');
    expect(combine('someone-else', s(40), t, ['other-death'])).toBe('someone-else');
  });
  it('GIVEN any scores WHEN the patterns chose harm or someone else on a concept that is not weak THEN the learned opinion changes nothing but whose risk it is', () => {
    fc.assert(
      fc.property(fc.constantFrom<CrisisRoute>('harm-from-others', 'someone-else'), scores, thresholds, fc.option(odds, { nil: undefined }), (route, s, t, ownOverOther) => {
        const got = combine(route, s, { ...t, ownOverOther }, ['other-death']);
        if (route === 'someone-else' && ownOverOther !== undefined && s.own >= ownOverOther) expect(['imminent', 'possible']).toContain(got);
        else expect(got).toBe(route);
      }),
    );
  });
  it('GIVEN the patterns read someone else’s crisis WHEN the learned opinion is very sure the risk is the writer’s own THEN it is routed as own risk, unless it was told as over', () => {
    const t: Thresholds = { own: 1e6, harm: 1e6, someoneElse: 1e6, split: 2, raise: 1e6, ownOverOther: 6, veto: { possible: 1e6, harm: 1e6, someoneElse: 1e6 } };
    const s = (own: number, imminent: number): Scores => ({ own, harm: 0, someoneElse: 0, none: 0, imminent });
    expect(combine('someone-else', s(6, 3), t, ['other-disclosure'])).toBe('imminent');
    expect(combine('someone-else', s(6, 1), t, ['other-disclosure'])).toBe('possible');
    expect(combine('someone-else', s(5.9, 3), t, ['other-disclosure'])).toBe('someone-else');
    expect(combine('someone-else', s(9, 3), t, ['other-overdose'], { toldAsOver: true })).toBe('someone-else');
    expect(combine('someone-else', s(9, 3), { ...t, ownOverOther: undefined }, ['other-disclosure'])).toBe('someone-else');
  });
  it('GIVEN a pattern route WHEN the learned opinion vetoes it THEN the screen routes nothing and says so with the veto concept', () => {
    const vetoed = screenWith('he keeps following me around the store', { second: () => ({ route: null, concept: VETO_CONCEPT }) });
    expect(vetoed.route).toBeNull();
    expect(vetoed.concepts).toContain(VETO_CONCEPT);
  });
  it('GIVEN an opinion that throws WHEN the screen asks it THEN the patterns’ route stands', () => {
    const failing = () => {
      throw new Error('broken model');
    };
    expect(screenWith('my client told me she wants to kill herself', { second: failing }).route).toBe('someone-else');
    expect(screenWith('I want to die', { second: failing }).route).toBe('possible');
  });
  it('GIVEN a route the learned opinion added THEN its concept says so, so logs can count learned hits apart', () => {
    const added = screenWith('words the patterns do not know', { second: () => ({ route: 'possible', concept: learnedConcepts.possible }) });
    expect(added.route).toBe('possible');
    expect(added.concepts).toContain('learned-possible');
  });
});

describe('the learned second opinion on hostile input', () => {
  const readingOf = (text: string): Reading | null => {
    let seen: Reading | null = null;
    screenWith(text, {
      second: (reading) => {
        seen = reading;
        return null;
      },
    });
    return seen;
  };

  it('GIVEN any string WHEN the committed model reads it THEN it never throws and names a route or none', () => {
    const opinion = learnedOpinion();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (input) => {
        const reading = readingOf(input);
        if (reading === null) return;
        for (const patternRoute of routes) {
          for (const patternConcepts of [[], ['stalking'], ['hopelessness'], ['method']]) {
            const second = opinion(reading, patternRoute, patternConcepts);
            expect(second === null || routes.includes(second.route)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN ten times the text THEN the opinion costs well under twenty times the time', () => {
    const opinion = learnedOpinion();
    const unit = 'ya no puedo mas, i want to disappear. he hit me again. my client od. ';
    const time = (text: string) => {
      const reading = readingOf(text)!;
      return fastestRun(() => opinion(reading, null, []));
    };
    time(unit);
    const short = time(unit.repeat(5));
    const long = time(unit.repeat(50));
    // A floor under the short time keeps a busy machine's noise from failing it; a quadratic reading still would.
    expect(long).toBeLessThan(Math.max(short, 1) * 20);
  });
});

describe('the committed model', () => {
  let lines: ReadLine[] = [];
  beforeAll(() => {
    lines = devCorpusFiles().flatMap((file) => readLines(file, readCorpusFile(file), defaultFeatureOptions));
  }, 180_000); // every development line read: under a minute alone, more on a busy machine

  it('GIVEN the development files today THEN the model records their hash (if not: npx tsx scripts/train-crisis-model.ts)', () => {
    const model = readModelFile();
    expect(model.trainedOn.files).toEqual(devCorpusFiles().map((file) => file.split('/').at(-1)));
    expect(model.trainedOn.sha256).toBe(hashTrainingFiles(devCorpusFiles()));
    expect(model.trainedOn.files.some((name) => name.startsWith('heldout'))).toBe(false);
  });

  // That retraining gives the committed file byte for byte is checked once in CI (.ci/run), not here:
  // npx tsx scripts/train-crisis-model.ts --check trains on every development line.

  it('GIVEN wink’s classifier WHEN kept as a weight table THEN the table gives wink’s own odds on every development line', () => {
    const examples = lines.map((line) => ({ features: line.features, label: kindOf(line.route) }));
    const nb = trainWink(examples);
    const table = classifierOf(compileWink(nb, kindLabels));
    // The widest gap over every line and label, asked once: an expect per line made this test outlast its timeout.
    let widest = { gap: 0, where: '', label: '' };
    for (const line of lines) {
      const wink = new Map(nb.computeOdds([...line.features]));
      const odds = table.odds(line.features);
      for (const label of kindLabels) {
        const gap = Math.abs((odds[label] ?? 0) - (wink.get(label) ?? 0));
        if (gap > widest.gap) widest = { gap, where: `${line.file}: ${line.features.slice(0, 6).join(' ')}`, label };
      }
    }
    expect(widest.gap, `${widest.label} on ${widest.where}`).toBeLessThan(0.05);
  }, 120_000);

  it('GIVEN a weight table WHEN packed as whole numbers for the model file and read back THEN every line gets the very same odds', () => {
    const some = lines.filter((_, i) => i % 7 === 0);
    const compiled = compileWink(trainWink(some.map((line) => ({ features: line.features, label: kindOf(line.route) }))), kindLabels);
    const packed: PackedClassifier = JSON.parse(JSON.stringify(packClassifier(compiled)));
    expect(packed.weights.every(Number.isInteger)).toBe(true);
    const [asTrained, asShipped] = [classifierOf(compiled), classifiersOf([packed]).each[0]!];
    for (const line of some) expect(asShipped.odds(line.features)).toEqual(asTrained.odds(line.features));
  });

});

describe('the learned second opinion in the screen', () => {
  // Made-up wording no pattern knows, so the test holds whatever the patterns learn later.
  const own = ['i keep thinking about the grey door', 'the grey door is calling again tonight', 'grey door thoughts all day', 'cannot stop picturing the grey door', 'i want the grey door so bad'];
  const none = ['the blue kettle is broken again', 'lunch at noon with the team', 'who has the key to the supply room', 'shift swap on friday anyone', 'great training today thanks all', 'the printer is jammed again'];
  const readingOf = (text: string) => {
    let features: string[] = [];
    screenWith(text, {
      second: (reading) => {
        features = learnedFeatures(reading.sentences, reading.lexicon);
        return null;
      },
    });
    return features;
  };
  const examples = [...own.map((text) => ({ features: readingOf(text), label: 'own' })), ...none.map((text) => ({ features: readingOf(text), label: 'none' }))];
  const urgency = [...own.map((text, i) => ({ features: readingOf(text), label: i % 2 === 0 ? 'imminent' : 'possible' }))];
  const classifiers = { kind: classifierOf(trainClassifier(examples, ['own', 'harm-from-others', 'someone-else'])), urgency: classifierOf(trainClassifier(urgency, ['imminent'])) };
  const opinion = opinionOf(classifiers, defaultFeatureOptions, { en: { own: 2, harm: 1e6, someoneElse: 1e6, split: 1e6, raise: 1e6, veto: { possible: 1e6, harm: 1e6, someoneElse: 1e6 } } });

  it('GIVEN wording the patterns miss WHEN the learned opinion is sure THEN the screen routes it and names the learned concept', () => {
    expect(screenWith('the grey door again, i keep thinking about it', { second: null }).route).toBeNull();
    const screen = screenWith('the grey door again, i keep thinking about it', { second: opinion });
    expect(screen.route).toBe('possible');
    expect(screen.concepts).toEqual(['learned-possible']);
  });
  it('GIVEN everyday wording WHEN the learned opinion is not sure THEN nothing is added', () => {
    expect(screenWith('the printer at the front desk is jammed', { second: opinion }).route).toBeNull();
  });
  it('GIVEN a few words alone ("grey door") WHEN the learned opinion is sure THEN it adds nothing: a route of its own needs words to rest on', () => {
    expect(screenWith('grey door.', { second: opinion }).route).toBeNull();
    expect(screenWith('the grey door. again', { second: opinion }).route).toBe('possible');
  });
});

describe('what the learned opinion never overrules', () => {
  it('GIVEN a peer telling of a client who is thinking about suicide, or of sexual assault, THEN the committed model never vetoes it', () => {
    for (const text of [
      'a client told me she is thinking about suicide and it stays with me',
      'my participant said he wants to die and i keep replaying it',
      'one of my guys is giving all his stuff away and saying goodbye to everyone',
      'mi participante me dijo que ya no quiere vivir',
    ]) {
      expect(screenText(text).route, text).toBe('someone-else');
    }
    for (const concept of ['other-overdose', 'other-attempt', 'other-death', 'other-self-harm', 'sexual-assault']) expect(vetoable.has(concept), concept).toBe(false);
  });
  it('GIVEN a relative’s everyday affairs, guns for hunting or a will THEN the committed model may veto the disclosure the patterns read', () => {
    expect(vetoable.has('other-disclosure')).toBe(true);
    expect(screenText('my dad is 84 and wants to get his affairs in order, mostly which grandkid gets his fishing rods').route).toBeNull();
  });
  it('GIVEN "No. No." in a form field THEN nothing is routed', () => {
    expect(screenText('No. No.').route).toBeNull();
    expect(screenText('Sneaky\nNo.\nNo.\nA book').route).toBeNull();
  });
});
