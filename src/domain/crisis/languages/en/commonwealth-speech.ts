/**
 * English of the UK, Ireland, Australia and New Zealand read back where its everyday words hide a time or a person (branch
 * t-en100, peer workers there): "arvo" is the afternoon ("heading up the bush with the rope this arvo" is a time like "this
 * afternoon"), and "bro" or "cuz" after a possessive is a brother or a cousin ("my bro tried to end it last week" is someone
 * else's attempt; a bare "bro" stays an addressee). Only these words, before wink reads the text.
 */
const rewrites: [RegExp, string][] = [
  [/\barvos?\b/g, 'afternoon'],
  [/\b(my|his|her|our|your|their) bro\b/g, '$1 brother'],
  [/\b(my|his|her|our|your|their) (?:cuz|cuzzie|cuzzy)\b/g, '$1 cousin'],
];

/** The text with "arvo" as "afternoon" and a possessed "bro" or "cuz" as a brother or a cousin. */
export function readCommonwealthSpeech(text: string): string {
  let read = text;
  for (const [pattern, replacement] of rewrites) read = read.replace(pattern, replacement);
  return read;
}
