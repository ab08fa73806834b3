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

/** How long Slack's "yes" to the bot token is reused before it is asked again. */
const ACCEPTED_TOKEN_KEPT_MS = 10 * 60_000;

/**
 * Bolt, serving one workspace's bot token with token verification off, asks auth.test on every
 * request, before any listener can acknowledge it: a Slack round trip (and a rate-limited call)
 * in front of every ack. This keeps Slack's answer for that token for a while; only answers
 * (never failures) are kept, and any other call goes through as it was.
 */
export function rememberAcceptedToken(client: App['client'], token: string, now: () => number = Date.now): void {
  const ask = client.auth.test.bind(client.auth);
  let kept: { at: number; answer: ReturnType<typeof ask> } | undefined;
  client.auth.test = (args) => {
    if (args?.token !== token || Object.keys(args).length !== 1) return ask(args);
    if (kept && now() - kept.at < ACCEPTED_TOKEN_KEPT_MS) return kept.answer;
    const answer = ask(args);
    const entry = { at: now(), answer };
    kept = entry;
    answer.catch(() => {
      if (kept === entry) kept = undefined;
    });
    return answer;
  };
}
