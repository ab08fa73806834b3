import { looksLikeScaleAnswer } from '../domain/checkin-reply.js';
import type { CommandContext } from './command.js';
import type { MessageEvent } from './events.js';
import { ephemeral, type OutgoingMessage } from './messages.js';

/** The reply to a typed message that no open conversation claimed. */
export function unclaimedMessageReply(_ctx: CommandContext, event: MessageEvent): OutgoingMessage {
  if (looksLikeScaleAnswer(event.text)) {
    return ephemeral(
      "No check-in question is open right now, so I haven't saved that number. To check in, type `/checkin`; answers to its questions can be typed as numbers. `/help` lists everything else.",
    );
  }
  return ephemeral(freeTextReply);
}

const freeTextReply =
  "I work through commands: `/checkin` for today's check-in, `/principle` for refreshers, `/settings` for your time and breaks. `/help` lists them all. If things feel heavy right now, `/support` lists people you can reach.";

const helpWords = new Set(['help', 'hi', 'hello', 'hey', 'menu', 'hi there', 'hello there', 'hey there', '?', 'commands', 'start', 'good morning', 'good afternoon', 'good evening']);

/** A typed "help", "hi", "menu" and the like: the member wants to know what to do. */
export function isHelpRequest(text: string): boolean {
  return helpWords.has(text.trim().toLowerCase().replace(/[\s!.?]+$/u, '').replace(/^\//, '') || '?');
}
