import type { Answer } from './checkin-questions.js';

/** What a message typed while a check-in question is open means. */
export type CheckinReply =
  | { kind: 'answer'; value: Answer }
  | { kind: 'cancel' }
  | { kind: 'later' }
  /** A whole number, but not on the 1–5 scale. */
  | { kind: 'out-of-range'; value: number }
  | { kind: 'unclear' };

const numberWords: Record<string, number> = {
  zero: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const cancelWords = new Set(['cancel', 'stop', 'quit', 'exit', 'never mind', 'nevermind', 'cancel check-in', 'cancel checkin', 'stop check-in']);
const laterWords = new Set(['later', 'not now', 'snooze', 'remind me later', 'ask me later', 'later please', 'in an hour']);

// Words around a number that don't change it: "about 3", "a 4", "3 i think", "3/5", "3 out of 5".
const lead = String.raw`(?:(?:i'?d say|i would say|i think|i guess|probably|maybe|about|around|like|roughly|a|an)\s+)?`;
const tail = String.raw`(?:\s*(?:/|out of|of)\s*5)?(?:\s+(?:i think|i guess|today|probably))?`;
const numberReply = new RegExp(String.raw`^${lead}(\d+(?:[.,]\d+)?|${Object.keys(numberWords).join('|')})${tail}$`);

/**
 * Reads a typed check-in reply: digits or number words on the 1–5 scale ("4", "three", "3/5",
 * "about 2"), or "cancel" / "later" and their plain synonyms. Anything else is unclear, and the
 * question is asked again; nothing is guessed from words like "pretty good".
 */
export function readCheckinReply(input: string): CheckinReply {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s.!?]+$/u, '')
    .replace(/\s+/g, ' ');
  if (cancelWords.has(text)) return { kind: 'cancel' };
  if (laterWords.has(text)) return { kind: 'later' };
  const match = numberReply.exec(text);
  if (!match) return { kind: 'unclear' };
  const token = match[1]!;
  const value = token in numberWords ? numberWords[token]! : Number(token.replace(',', '.'));
  if (!Number.isInteger(value)) return { kind: 'unclear' };
  if (value < 1 || value > 5) return { kind: 'out-of-range', value };
  return { kind: 'answer', value: value as Answer };
}

/** True when a message is only a number, as if answering a question: "3", "three", "4/5". */
export function looksLikeScaleAnswer(input: string): boolean {
  const reply = readCheckinReply(input);
  return reply.kind === 'answer' || reply.kind === 'out-of-range';
}

/**
 * True when a message is only a reply to the bot's own question: a number, "cancel", "later" and their synonyms. It adds
 * nothing to what the member wrote before it, so it is never read as part of a disclosure sent in pieces.
 */
export function isControlReply(input: string): boolean {
  return readCheckinReply(input).kind !== 'unclear';
}
