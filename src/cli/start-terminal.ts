import os from 'node:os';
import path from 'node:path';
import { TerminalAdapter } from '../../adapters/terminal/terminal-adapter.js';
import { createApp } from '../app.js';
import type { Config } from '../config/env.js';
import { runBot } from '../runtime.js';

/** `peercircle start` with no platform credentials: the bot in this terminal, on the local database. */
export async function startTerminal(config: Config): Promise<void> {
  const logFile = terminalLogFile(Boolean(process.stderr.isTTY), config.DATA_DIR);
  const app = await createApp(config, { quiet: true, ...(logFile ? { logFile } : {}) });
  const userId = config.TERMINAL_USER ?? safeUserName();
  const community = { platform: 'terminal' as const, externalId: 'local', name: 'your local demo community' };
  // The demo member's role comes from TERMINAL_ROLE, so a supervisor's view can be tried too.
  const communityRow = await app.store.communities.findOrCreate(community, {
    timeZone: config.DEFAULT_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: config.DEFAULT_LOCALE,
  });
  const { member } = await app.store.members.findOrCreate(communityRow.id, { id: userId, displayName: userId });
  if (member.role !== config.TERMINAL_ROLE) await app.store.members.setRole(member.id, config.TERMINAL_ROLE);

  const adapter = new TerminalAdapter({
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
    community,
    user: { id: userId, displayName: userId },
    attachmentsDir: path.resolve(config.DATA_DIR, 'attachments'),
  });
  const running = await runBot(app, adapter, config);
  // Graceful: stop taking work, finish and record deliveries in flight, then exit; never hang.
  const stop = () => {
    setTimeout(() => process.exit(1), 10_000).unref();
    void running.shutdown().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await adapter.finished();
  await running.shutdown();
}

/**
 * Where the terminal's logs go. Standard error shown on the same screen as the conversation would
 * put log lines between the bot's replies (a crisis reply included), so then they go to a file in
 * DATA_DIR; piped or redirected, standard error is already somewhere else.
 */
export function terminalLogFile(stderrIsTerminal: boolean, dataDir: string): string | undefined {
  return stderrIsTerminal ? path.resolve(dataDir, 'peercircle.log') : undefined;
}

function safeUserName(): string {
  try {
    const name = os.userInfo().username.replace(/[^\w.@-]/g, '');
    return name || 'me';
  } catch {
    return 'me';
  }
}
