/** How every Slack Web API client of the bot is set up, on whichever thread it runs. */
export function slackClientOptions(apiUrl: string | undefined, requestTimeoutMs = 10_000) {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    // The outbox retries with backoff and honours retry-after; the client must not retry on its own.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    // A call Slack never answers is an outage, not a wait for ever: the outbox retries it.
    timeout: requestTimeoutMs,
  };
}
