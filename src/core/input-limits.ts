/**
 * The longest free text the bot accepts in each place. Each limit is named in the reply that
 * refuses longer input, so the member knows what to change; nothing they saved before is lost.
 */
export const INPUT_LIMITS = {
  /** Everything typed after a slash command. */
  commandText: 1000,
  /** A private check-in note. */
  checkinNote: 1000,
  /** A community's published crisis policy. */
  crisisPolicy: 500,
  /** Who the bot offers to contact in a crisis. */
  crisisContact: 80,
  /** A refresher topic typed to /principle. */
  topicQuery: 100,
  /** Any one field of a form. */
  formField: 4000,
  /** A free-text message to the bot; longer ones are still read for risk, then refused. */
  message: 4000,
} as const;

const count = (n: number): string => n.toLocaleString('en-US');

/** "That is 1,234 characters; the limit for <what> is 1,000. Please shorten it and send it again." */
export function tooLong(what: string, length: number, limit: number): string {
  return `That is ${count(length)} characters; the limit for ${what} is ${count(limit)}. Please shorten it and send it again.`;
}
