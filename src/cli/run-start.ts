import { progress, prepareStart } from './start-early.js';

/** `peercircle start`: says at once what it is doing, fails fast on a taken PORT, then runs one platform. */
export async function runStart(): Promise<void> {
  // Usually begun already by bin/peercircle.mjs: PGlite opens in its own process while this one
  // loads the platform's code.
  const config = await prepareStart();
  if (config.DISCORD_TOKEN) {
    const { startDiscord } = await import('./start-discord.js');
    await startDiscord({ ...config, DISCORD_TOKEN: config.DISCORD_TOKEN }, progress);
  } else if (config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID) {
    const { startSlack } = await import('../../adapters/slack/start-slack.js');
    await startSlack(config, progress);
    process.exit(0);
  } else {
    const { startTerminal } = await import('./start-terminal.js');
    await startTerminal(config, progress);
  }
}
