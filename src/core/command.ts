import type { z } from 'zod';
import type { ContentLibrary } from '../content/library.js';
import type { Community } from '../storage/communities.js';
import type { Member } from '../storage/members.js';
import type { Store } from '../storage/store.js';
import type { ChoiceEvent, FormEvent, IncomingEvent, MessageEvent } from './events.js';
import type { Logger } from './logger.js';
import type { OutgoingMessage } from './messages.js';

/** One argument of a command, in the order it is typed. Adapters derive platform options from it. */
export interface OptionSpec {
  name: string;
  description: string;
  required?: boolean;
  /** Fixed values a platform can offer as a pick-list. */
  choices?: readonly string[];
  /** Values a platform can suggest as the member types. */
  autocomplete?: 'topic' | 'time-zone';
}

export interface Services {
  store: Store;
  content: ContentLibrary;
  logger: Logger;
  /** The current instant; tests and `peercircle tick --at` set it. */
  now: () => Date;
  /** In [0, 1): which self-care idea, and the like. */
  random: () => number;
}

export interface CommandContext {
  event: IncomingEvent;
  community: Community;
  member: Member;
  /** The member's effective IANA time zone (their own, else the community's). */
  timeZone: string;
  /** The member's local date today, "YYYY-MM-DD". */
  today: string;
  services: Services;
  /** Every command, for /help. */
  commands: readonly AnyCommand[];
}

export type Replies = Promise<OutgoingMessage[]>;

/**
 * A command, defined once and used by every adapter. Buttons and forms it sends carry an
 * `actionId` / `formId` starting with `<name>:`; their answers come back to `onChoice` / `onForm`
 * with the rest of the id split on ':'.
 */
export interface CommandDefinition<Args> {
  name: string;
  description: string;
  /** Example invocations shown by /help and on bad input, without the leading slash. */
  usage: string[];
  options: OptionSpec[];
  args: z.ZodType<Args>;
  run(ctx: CommandContext, args: Args): Replies;
  onChoice?(ctx: CommandContext, event: ChoiceEvent, idParts: string[]): Replies;
  onForm?(ctx: CommandContext, event: FormEvent, idParts: string[]): Replies;
  /**
   * A message typed while this command's conversation is waiting for one (a check-in question):
   * the replies, or null when the message isn't for it.
   */
  onText?(ctx: CommandContext, event: MessageEvent): Promise<OutgoingMessage[] | null>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDefinition<any>;

export const defineCommand = <Args>(definition: CommandDefinition<Args>): CommandDefinition<Args> => definition;
