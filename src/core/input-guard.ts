import type { IncomingEvent } from './events.js';
import { INPUT_LIMITS, tooLong } from './input-limits.js';
import { slowDownReply, unlimitedCommands, type CommandRateLimiter } from './rate-limit.js';

/**
 * Checks a command before any work is done for it: too long, or too many too fast. Returns the
 * kind reply to send instead, or null to go ahead. Clicks, forms and messages always go ahead
 * here (a check-in answer is never refused; free text is read for risk first).
 */
export function refuseCommand(event: IncomingEvent, limiter: CommandRateLimiter | undefined, nowMs: number): string | null {
  if (event.kind !== 'command') return null;
  const length = String(event.text ?? '').length + Object.values(event.options ?? {}).reduce((sum, v) => sum + String(v).length, 0);
  if (length > INPUT_LIMITS.commandText) return tooLong('what follows a command', length, INPUT_LIMITS.commandText);
  const name = String(event.name ?? '').replace(/^\//, '').trim().toLowerCase();
  if (!limiter || unlimitedCommands.has(name)) return null;
  const decision = limiter.take(`${event.community.platform}:${event.community.externalId}:${event.user.id}`, nowMs);
  return decision.allowed ? null : slowDownReply(decision.retryAfterSeconds);
}

/** A form field or message longer than the bot keeps: the reply naming the limit, else null. */
export function refuseOversizedText(event: IncomingEvent): string | null {
  if (event.kind === 'message' && String(event.text ?? '').length > INPUT_LIMITS.message) {
    return tooLong('a message', String(event.text).length, INPUT_LIMITS.message);
  }
  if (event.kind === 'form') {
    const longest = Object.values(event.values ?? {}).reduce((max, v) => Math.max(max, String(v).length), 0);
    if (longest > INPUT_LIMITS.formField) return `${tooLong('one answer in a form', longest, INPUT_LIMITS.formField)} Nothing you saved before is lost.`;
  }
  return null;
}
