import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitText } from '../../src/core/split-text.js';

/** The words of the text, in order: splitting may only drop the whitespace it cut at. */
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

describe('splitText', () => {
  it('GIVEN text within the limit THEN it comes back whole', () => {
    expect(splitText('Take a breath.', 100)).toEqual(['Take a breath.']);
    expect(splitText('', 100)).toEqual(['']);
  });

  it('GIVEN paragraphs THEN parts end at a paragraph break, not mid-paragraph', () => {
    const paragraph = 'Listening well means staying with the person. '.repeat(10).trim();
    const parts = splitText(`${paragraph}\n\n${paragraph}\n\n${paragraph}`, 1000);
    expect(parts).toEqual([`${paragraph}\n\n${paragraph}`, paragraph]);
  });

  it('GIVEN a 10,000-character line THEN it is cut at spaces, never inside a word', () => {
    const line = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    const parts = splitText(line, 3000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(3000);
    expect(parts.flatMap(words)).toEqual(words(line));
  });

  it('GIVEN escaped entities at the limit THEN none is cut in half', () => {
    // Without spaces the cut must fall between characters: "&a" + "mp;" is what it must avoid.
    const text = 'x&amp;'.repeat(20);
    for (let max = 8; max < 40; max++) {
      for (const part of splitText(text, max)) {
        expect(part.length).toBeLessThanOrEqual(max);
        expect(part).toMatch(/^(?:x|&amp;)*$/);
      }
    }
  });

  it('GIVEN bold text and markers across the limit THEN the span moves whole and no marker is split', () => {
    const text = `${'a '.repeat(45)}**kind words**`;
    const parts = splitText(text, 100);
    expect(parts).toEqual([`${'a '.repeat(45)}`.trimEnd(), '**kind words**']);
    const markers = splitText('ab**'.repeat(20), 9);
    for (const [index, part] of markers.entries()) expect(part.endsWith('*') && markers[index + 1]?.startsWith('*')).toBeFalsy();
  });

  it('GIVEN emoji at the limit THEN no surrogate pair is split', () => {
    for (const part of splitText('🌱'.repeat(50), 9)) expect(part).toMatch(/^(?:🌱)+$/u);
  });

  it('GIVEN any text THEN every part fits and nothing but cut whitespace is lost', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), fc.integer({ min: 8, max: 120 }), (text, max) => {
        const parts = splitText(text, max);
        for (const part of parts) expect(part.length).toBeLessThanOrEqual(max);
        expect(parts.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
