import { screenText, type RiskScreen } from '../domain/crisis/screen.js';
import type { IncomingEvent } from './events.js';
import { INPUT_LIMITS } from './input-limits.js';

/**
 * Reads every free text an event carries for risk: a message, the text after a command and its
 * options, each field of a form. Text beyond the input limit is cut first, so the screen's cost is
 * bounded whatever arrives; the size check still refuses it afterwards.
 */
export function screenEvent(event: IncomingEvent): RiskScreen {
  return screenText(freeTextOf(event));
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
