import { SCREEN_LIMIT, screenText, type RiskScreen } from '../domain/crisis/screen.js';
import type { IncomingEvent, MessageEvent } from './events.js';
import { INPUT_LIMITS } from './input-limits.js';
import { outranks, type Earlier } from './recent-messages.js';

/**
 * Reads every free text an event carries for risk: a message, the text after a command and its
 * options, each field of a form. Text beyond the input limit is cut first, so the screen's cost is
 * bounded whatever arrives; the size check still refuses it afterwards.
 */
export function screenEvent(event: IncomingEvent): RiskScreen {
  return screenText(freeTextOf(event));
}

/** Logged beside the concepts when a message's route came from reading it with the member's messages just before it. */
export const READ_WITH_EARLIER = 'read-with-earlier';

/**
 * A burst as one text, each message its own sentence: joined as one run-on sentence, "5 years ago i tried to end my life"
 * and "today i trained 12 new peer specialists" would set a time beside the past (development bursts: 4 more false alarms
 * joined by a space, 2 more by a line break, none by a full stop).
 */
function burstText(texts: readonly string[]): string {
  return texts.map((text) => text.trim()).reduce((joined, text) => (joined === '' ? text : /[.!?…]$/.test(joined) ? `${joined} ${text}` : `${joined}. ${text}`), '');
}

/**
 * A message read with the member's messages just before it (recent-messages.ts), as one text: "i'm so done" then
 * "have the pills right here" is one disclosure sent in pieces. The whole burst's route is taken only when it is more
 * urgent than the message's own and than any route already shown for the earlier messages, so a reply is never
 * repeated for what was already answered, and a burst can raise a route, never lower one.
 */
export function screenInBurst(event: MessageEvent, alone: RiskScreen, earlier: Earlier): RiskScreen {
  if (earlier.texts.length === 0) return alone;
  // The newest words matter most: past the screen's limit, the oldest are dropped.
  const whole = screenText(burstText([...earlier.texts, freeTextOf(event)]).slice(-SCREEN_LIMIT));
  if (!outranks(whole.route, alone.route) || !outranks(whole.route, earlier.shown)) return alone;
  return { ...whole, concepts: [...whole.concepts, READ_WITH_EARLIER].sort() };
}

export function freeTextOf(event: IncomingEvent): string {
  switch (event.kind) {
    case 'message':
      return cut(event.text, INPUT_LIMITS.message);
    case 'command': {
      // Platforms that parse options (Discord) also pass them joined as the text: read them once.
      const options = Object.values(event.options ?? {}).map(String);
      return cut(options.length > 0 ? options.join('\n') : event.text, INPUT_LIMITS.commandText);
    }
    case 'form':
      return Object.values(event.values ?? {})
        .map((value) => cut(value, INPUT_LIMITS.formField))
        .join('\n')
        .slice(0, MAX_FORM_TEXT);
    default:
      return '';
  }
}

/** A form has at most five fields on any platform. */
const MAX_FORM_TEXT = INPUT_LIMITS.formField * 5;

const cut = (text: unknown, limit: number): string => String(text ?? '').slice(0, limit);
