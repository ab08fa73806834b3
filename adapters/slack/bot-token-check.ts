import type { App } from '@slack/bolt';
import { PeercircleError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/logger.js';
import { loggableError, refusedTokenErrors } from './delivery-error.js';

/**
 * Asks Slack whether the bot token is accepted (auth.test) before anything is served. Refused:
 * start-up fails with one line saying so. Slack unreachable: asked again, waiting `retryMs` and
 * doubling to 30 s, until it answers (meanwhile /readyz reports not ready).
 */
export async function waitForAcceptedToken(client: App['client'], token: string, logger: Logger, retryMs = 2_000): Promise<void> {
  let wait = retryMs;
  for (;;) {
    try {
      await client.auth.test({ token });
      return;
    } catch (error) {
      const slackError = (error as { data?: { error?: unknown } }).data?.error;
      if (typeof slackError === 'string' && refusedTokenErrors.has(slackError)) {
        throw new PeercircleError(
          'ADAPTER_FAILED',
          `Slack refused SLACK_BOT_TOKEN (${slackError}): check the token on your app's "OAuth & Permissions" page, and that the app is still installed in the workspace.`,
        );
      }
      logger.warn({ failure: loggableError(error), retryInSeconds: wait / 1000 }, 'could not reach slack to check the bot token; trying again');
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(30_000, wait * 2);
    }
  }
}
