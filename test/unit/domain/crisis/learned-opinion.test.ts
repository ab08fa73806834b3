import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifierOf, compileWink, trainClassifier, trainWink } from '../../../../src/domain/crisis/learned/classifier.js';
import { defaultFeatureOptions, learnedFeatures } from '../../../../src/domain/crisis/learned/features.js';
import { combine, kindOf, learnedConcepts, learnedOpinion, MODEL_URL, opinionOf, readModelFile, type Reading, type Scores, type Thresholds } from '../../../../src/domain/crisis/learned/opinion.js';
import { buildModelFile, hashTrainingFiles, readLines, type ReadLine } from '../../../../src/domain/crisis/learned/training.js';
import { screenWith, type CrisisRoute } from '../../../../src/domain/crisis/screen.js';
import { devCorpusFiles, readCorpusFile } from '../../../helpers/crisis-corpus.js';

const routes: (CrisisRoute | null)[] = ['imminent', 'possible', 'harm-from-others', 'someone-else', null];

describe('the learned second opinion only adds to the patterns', () => {
  const scores = fc.record<Scores>({ own: fc.double({ noNaN: true }), harm: fc.double({ noNaN: true }), someoneElse: fc.double({ noNaN: true }), imminent: fc.double({ noNaN: true }) });
  const thresholds = fc.record<Thresholds>({ own: fc.double({ noNaN: true }), harm: fc.double({ noNaN: true }), someoneElse: fc.double({ noNaN: true }), split: fc.double({ noNaN: true }), raise: fc.double({ noNaN: true }) });

  it('GIVEN any scores WHEN the patterns chose imminent, harm or someone else THEN the learned opinion changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom<CrisisRoute>('imminent', 'harm-from-others', 'someone-else'), scores, thresholds, (route, s, t) => {
        expect(combine(route, s, t)).toBeNull();
      }),
    );
  });
  it('GIVEN any scores WHEN the patterns said possible THEN the learned opinion can only raise it to imminent', () => {
    fc.assert(
      fc.property(scores, thresholds, (s, t) => {
        expect([null, 'imminent']).toContain(combine('possible', s, t));
      }),
    );
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
          const second = opinion(reading, patternRoute);
          expect(second === null || routes.includes(second.route)).toBe(true);
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
      let best = Infinity;
      for (let i = 0; i < 9; i++) {
        const started = performance.now();
        opinion(reading, null);
        best = Math.min(best, performance.now() - started);
      }
      return best;
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
  });

  it('GIVEN the development files today THEN the model records their hash (if not: npx tsx scripts/train-crisis-model.ts)', () => {
    const model = readModelFile();
    expect(model.trainedOn.files).toEqual(devCorpusFiles().map((file) => file.split('/').at(-1)));
    expect(model.trainedOn.sha256).toBe(hashTrainingFiles(devCorpusFiles()));
    expect(model.trainedOn.files.some((name) => name.startsWith('heldout'))).toBe(false);
  });

  it('GIVEN the development files, patterns and reading today WHEN retrained THEN the model file is byte for byte the committed one', () => {
    expect(buildModelFile(devCorpusFiles(), readCorpusFile)).toBe(readFileSync(MODEL_URL, 'utf8'));
  });

  it('GIVEN wink’s classifier WHEN kept as a weight table THEN the table gives wink’s own odds on every development line', () => {
    const examples = lines.map((line) => ({ features: line.features, label: kindOf(line.route) }));
    const nb = trainWink(examples);
    const table = classifierOf(compileWink(nb, ['own', 'harm-from-others', 'someone-else']));
    for (const line of lines) {
      const wink = new Map(nb.computeOdds([...line.features]));
      const odds = table.odds(line.features);
      for (const label of ['own', 'harm-from-others', 'someone-else']) expect(Math.abs((odds[label] ?? 0) - (wink.get(label) ?? 0))).toBeLessThan(0.05);
    }
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
  const opinion = opinionOf(classifiers, defaultFeatureOptions, { en: { own: 2, harm: 1e6, someoneElse: 1e6, split: 1e6, raise: 1e6 } });

  it('GIVEN wording the patterns miss WHEN the learned opinion is sure THEN the screen routes it and names the learned concept', () => {
    expect(screenWith('the grey door again, i keep thinking about it', { second: null }).route).toBeNull();
    const screen = screenWith('the grey door again, i keep thinking about it', { second: opinion });
    expect(screen.route).toBe('possible');
    expect(screen.concepts).toEqual(['learned-possible']);
  });
  it('GIVEN everyday wording WHEN the learned opinion is not sure THEN nothing is added', () => {
    expect(screenWith('the printer at the front desk is jammed', { second: opinion }).route).toBeNull();
  });
});
