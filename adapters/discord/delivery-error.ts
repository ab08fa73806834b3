import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import { DeliveryError } from '../../src/core/errors.js';

/** Errors that retrying cannot fix: the member closed DMs, left, or the channel is gone. */
const permanentCodes = new Set<number>([
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.CannotSendMessagesToThisUserDueToHavingNoMutualGuilds,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
]);

/** True when Discord refused a DM because of the member's privacy settings. */
export function isDmsClosed(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser ||
      error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUserDueToHavingNoMutualGuilds)
  );
}

/**
 * A failed send as the outbox understands it. The message names Discord's error code only, never
 * the message text. Rate limits are waited out inside discord.js, so they do not reach here.
 */
export function deliveryErrorOf(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : 0;
    const reason = isDmsClosed(error) ? 'the member does not accept direct messages' : `Discord error ${code || error.status}`;
    return new DeliveryError(reason, {
      permanent: permanentCodes.has(code) || (error.status >= 400 && error.status < 500 && error.status !== 429),
      outage: error.status >= 500,
      cause: error,
    });
  }
  // A 5xx after discord.js's own retries, a timeout, or no connection: Discord is failing.
  if (error instanceof HTTPError) return new DeliveryError(`Discord answered ${error.status}`, { outage: error.status >= 500 || error.status === 0, cause: error });
  return new DeliveryError('Discord could not be reached', { outage: true, cause: error });
}
