import { App } from '@slack/bolt';

/**
 * The baseline for bench/slack-load.ts, in a process of its own as peercircle is: a bare Bolt app
 * on Bolt's own HTTP receiver that acknowledges each slash command, then answers it once at its
 * response_url. Prints {port} when listening; stops at end of input.
 */
const signingSecret = process.env.SLACK_SIGNING_SECRET ?? '';
const app = new App({
  signingSecret,
  token: 'xoxb-bare',
  tokenVerificationEnabled: false,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL, retryConfig: { retries: 0 } },
});
app.command(/.*/, async ({ ack, respond }) => {
  await ack();
  await respond({ response_type: 'ephemeral', text: 'Boundaries: a refresher.' }).catch(() => {});
});
const server = (await app.start({ port: 0, host: '127.0.0.1' })) as unknown as import('node:http').Server;
process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void app.stop().then(() => process.exit(0)));
