import { describe, expect, it } from 'vitest';
import { classifierOf, trainClassifier, type TrainingExample } from '../../../../src/domain/crisis/learned/classifier.js';
import { trainLogistic } from '../../../../src/domain/crisis/learned/logistic.js';
import { mergeColumns } from '../../../../src/domain/crisis/learned/training.js';

// A word that decides the label, a word that repeats it (as a pair repeats its words), and filler.
const examples: TrainingExample[] = Array.from({ length: 200 }, (_, i) => {
  const own = i % 3 === 0;
  const filler = [`w${i % 17}`, `v${i % 5}`];
  return { features: own ? ['hurt', 'hurt myself', ...filler] : ['lunch', ...filler], label: own ? 'own' : 'none' };
});

describe('the logistic regression behind own risk and urgency', () => {
  it('GIVEN lines where one word decides the label WHEN trained THEN that word raises its label and the filler says little', () => {
    const table = classifierOf(trainLogistic(examples, ['own', 'none']));
    expect(table.odds(['hurt', 'hurt myself', 'w3']).own).toBeGreaterThan(3);
    expect(table.odds(['lunch', 'w3']).own).toBeLessThan(-3);
    expect(Math.abs(table.odds(['w3', 'v1']).own ?? 0)).toBeLessThan(Math.abs(table.odds(['hurt', 'w3', 'v1']).own ?? 0));
  });

  it('GIVEN the same examples WHEN trained twice THEN the weights are the same to the last digit', () => {
    expect(JSON.stringify(trainLogistic(examples, ['own', 'none']))).toBe(JSON.stringify(trainLogistic(examples, ['own', 'none'])));
  });

  it('GIVEN naive Bayes and the regression WHEN their columns are merged THEN each label reads exactly as the model it came from', () => {
    const bayes = trainClassifier(examples, ['own', 'none']);
    const logistic = trainLogistic(examples, ['own', 'none']);
    const merged = classifierOf(mergeColumns(bayes, logistic, ['own']));
    for (const features of [['hurt', 'w1'], ['lunch', 'v2'], ['hurt myself', 'lunch', 'w9']]) {
      expect(merged.odds(features).own).toBeCloseTo(classifierOf(logistic).odds(features).own ?? 0, 6);
      expect(merged.odds(features).none).toBeCloseTo(classifierOf(bayes).odds(features).none ?? 0, 6);
    }
  });
});
