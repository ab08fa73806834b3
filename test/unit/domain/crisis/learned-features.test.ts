import { describe, expect, it } from 'vitest';
import { augmentText } from '../../../../src/domain/crisis/learned/augment.js';
import { DENIED, defaultFeatureOptions, learnedFeatures, wordClasses } from '../../../../src/domain/crisis/learned/features.js';
import { english } from '../../../../src/domain/crisis/languages/en.js';
import { spanish } from '../../../../src/domain/crisis/languages/es.js';
import { screenWith } from '../../../../src/domain/crisis/screen.js';

const featuresOf = (text: string) => {
  let features: string[] = [];
  screenWith(text, {
    second: (reading) => {
      features = learnedFeatures(reading.sentences, reading.lexicon, { bigrams: true, negation: true, person: true, classes: true });
      return null;
    },
  });
  return features;
};

describe('word classes for the learned opinion', () => {
  it('GIVEN the language files’ word lists THEN a place, a means and a time share one class name in English and Spanish', () => {
    expect(wordClasses(english).get('bridge')).toContain('@place');
    expect(wordClasses(spanish).get('puente')).toContain('@place');
    expect(wordClasses(english).get('rope')).toContain('@means');
    expect(wordClasses(english).get('tonight')).toContain('@time');
    expect(wordClasses(spanish).get('manana')).toContain('@time');
  });
  it('GIVEN a means the training lines may never have named THEN the features still carry its class', () => {
    expect(featuresOf('got the klonopin lined up on the counter')).toContain('@pills');
    expect(featuresOf('me voy al puente esta noche')).toContain('@place');
  });
  it('GIVEN a class inside a negated clause THEN it is marked negated like the word', () => {
    expect(featuresOf('i would never touch a rope')).toContain('!@means');
  });
});

describe('a sign of own risk the reading denied', () => {
  const shipped = (text: string) => {
    let features: string[] = [];
    screenWith(text, {
      second: (reading) => {
        features = learnedFeatures(reading.sentences, reading.lexicon, defaultFeatureOptions, reading.setAside);
        return null;
      },
    });
    return features;
  };

  it('GIVEN the wish denied in its clause THEN the features say so, in English and Spanish', () => {
    expect(shipped("i don't want to kill myself, i just want the noise to stop")).toContain(DENIED);
    expect(shipped('no me quiero morir, solo estoy cansada')).toContain(DENIED);
  });

  it('GIVEN the wish said after a denial of something else, or harm from another denied THEN they do not', () => {
    expect(shipped("I'm not fine and I want to die")).not.toContain(DENIED);
    expect(shipped("he didn't hit me this time")).not.toContain(DENIED);
  });
});

describe('training-time variants', () => {
  it('GIVEN a line THEN its variants are deterministic, differ from it and keep its negators', () => {
    const line = "I don't want to die, my client is not okay";
    const variants = augmentText(line, 'en', 2);
    expect(variants).toEqual(augmentText(line, 'en', 2));
    expect(variants.length).toBeGreaterThan(0);
    for (const variant of variants) {
      expect(variant).not.toBe(line);
      expect(variant.toLowerCase()).toMatch(/\bnot\b/);
    }
  });
  it('GIVEN no variants asked THEN none are made', () => {
    expect(augmentText('anything at all', 'en', 0)).toEqual([]);
  });
});
