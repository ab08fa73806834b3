import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { TerminalAdapter } from '../../adapters/terminal/terminal-adapter.js';
import { createApp, type App, type AppOptions } from '../app.js';
import type { Config } from '../config/env.js';
import { runBot, type Running } from '../runtime.js';
import { stopOnSignal } from './stop-on-signal.js';

export interface TerminalSession {
  app: App;
  running: Running;
  /** Resolves at the end of input. */
  finished(): Promise<void>;
}

/**
 * One member's terminal session on the local community: TERMINAL_USER at the keyboard, with the
 * role TERMINAL_ROLE, seeing only their own conversation. Messages for anyone else stay in the
 * outbox until that member opens a session of their own.
 */
export async function openTerminalSession(
  config: Config,
  io: { input: Readable; output: Writable; interactive: boolean },
  appOptions: AppOptions = {},
): Promise<TerminalSession> {
  const app = await createApp(config, { quiet: true, ...appOptions });
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
    ...io,
    community,
    user: { id: userId, displayName: userId },
    files: app.store.files,
    ...(appOptions.now && { now: appOptions.now }),
  });
  const running = await runBot(app, adapter, config);
  return { app, running, finished: () => adapter.finished() };
}

/** `peercircle start` with no platform credentials: the bot in this terminal, on the local database. */
export async function startTerminal(config: Config, progress?: (line: string) => void): Promise<void> {
  const logFile = terminalLogFile(Boolean(process.stderr.isTTY), config.DATA_DIR);
  const session = await openTerminalSession(
    config,
    { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) },
    { ...(logFile ? { logFile } : {}), ...(progress ? { progress } : {}) },
  );
  stopOnSignal(() => session.running.shutdown());
  await session.finished();
  await session.running.shutdown();
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
