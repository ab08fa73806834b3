import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { DateTime } from 'luxon';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { loadContent, builtInContentDir } from '../content/library.js';
import { isPeercircleError } from '../core/errors.js';
import { openDatabase, targetFromConfig } from '../storage/database.js';
import { writeMigration } from '../storage/migrations.js';
import { MemberFiles } from '../storage/member-files.js';
import { Store } from '../storage/store.js';
import type { Community } from '../storage/communities.js';
import { loadNoteCipher } from '../security/load-keys.js';
import { runTick } from '../scheduling/tick.js';
import { communityDigest, digestCsv, digestJson, weeksLine } from '../core/digest.js';
import { auditCsv, auditLines } from '../core/audit-report.js';
import { findCommunity, unknownCommunity } from './find-community.js';
import { loadConfigOrExit } from './load-config.js';
import { startTerminal } from './start-terminal.js';
import { startDiscord } from './start-discord.js';
import { registerDiscordCommands } from './discord-register.js';
import { outboxReport, parseRequeue, type OutboxOptions } from './outbox.js';

const program = new Command()
  .name('peercircle')
  .description('A peer-support companion for communities of practice: check-ins, refreshers, pairings, digests.')
  .showHelpAfterError('(run `peercircle --help` to see the commands)');

program
  .command('start')
  .description('start the bot: on Discord or Slack when their credentials are set, in this terminal otherwise')
  .action(async () => {
    const config = loadConfigOrExit();
    const slack = Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID);
    if (slack && config.DISCORD_TOKEN) {
      process.stderr.write('Both Slack and Discord credentials are set. Run one process per platform: unset the SLACK_* or the DISCORD_* settings.\n');
      process.exit(78); // EX_CONFIG
    }
    if (config.DISCORD_TOKEN) {
      await startDiscord({ ...config, DISCORD_TOKEN: config.DISCORD_TOKEN });
    } else if (slack) {
      // Loaded only when used: the terminal needs no platform SDK.
      const { startSlack } = await import('../../adapters/slack/start-slack.js');
      await startSlack(config);
      process.exit(0);
    } else {
      await startTerminal(config);
    }
  });

program
  .command('slack-manifest')
  .description('print a Slack app manifest with every command, for creating the app in one step')
  .option('--url <https-url>', 'your public base URL for HTTP mode, e.g. https://peercircle.example.org; omit it for Socket Mode', parsePublicUrl)
  .option('--format <format>', 'json or yaml', parseManifestFormat, 'json')
  .option('--name <name>', "the app's name in Slack (at most 35 characters)", 'peercircle')
  .action(async (options: { url?: string; format: 'json' | 'yaml'; name: string }) => {
    const { checkAppName, slackManifest } = await import('../../adapters/slack/manifest.js');
    const { commands } = await import('../../commands/index.js');
    const name = checkAppName(options.name);
    if (!name.ok) {
      process.stderr.write(`${name.error}\n`);
      process.exit(64); // EX_USAGE
    }
    const manifest = slackManifest(commands, { name: name.value, ...(options.url ? { url: options.url } : {}) });
    if (options.format === 'yaml') {
      const { stringify } = await import('yaml');
      process.stdout.write(stringify(manifest));
    } else {
      console.log(JSON.stringify(manifest, null, 2));
    }
  });

program
  .command('discord-register')
  .description("register the bot's slash commands with Discord, changing only what differs")
  .option('--guild <id>', 'register in one server only (takes effect at once; handy for trying out)')
  .action(async ({ guild }: { guild?: string }) => {
    await registerDiscordCommands(loadConfigOrExit(), guild);
  });

program
  .command('migrate')
  .description('apply pending database migrations, then exit')
  .action(async () => {
    const config = loadConfigOrExit();
    let applied: string[] = [];
    const database = await openDatabase(targetFromConfig(config), { onMigrated: (names) => (applied = names) });
    await database.close();
    console.log(applied.length > 0 ? `Applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join('\n')}` : 'The database is up to date.');
  });

program
  .command('tick')
  .description('run one scheduler pass as if it were the given time, then exit')
  .requiredOption('--at <iso-time>', 'the instant to act as, e.g. 2026-11-23T09:00:00Z', parseInstant)
  .action(async ({ at }: { at: Date }) => {
    const config = loadConfigOrExit();
    const database = await openDatabase(targetFromConfig(config));
    try {
      const report = await runTick(new Store(database, loadNoteCipher(config), new MemberFiles(path.resolve(config.DATA_DIR, 'attachments'))), at);
      console.log(`Scheduler pass at ${at.toISOString()} (${report.elapsedMs.toFixed(0)} ms):`);
      console.log(`  check-in prompts queued: ${report.promptsQueued}`);
      console.log(`  reminders queued: ${report.remindersQueued}`);
      console.log(`  held for quiet hours: ${report.heldForQuietHours}`);
      console.log(`  past the catch-up window, skipped: ${report.missed}`);
      console.log(`  unacknowledged urgent escalations passed to a backup supervisor: ${report.backupNotified}`);
      console.log(`  weekly supervisor digests queued: ${report.digestsQueued}`);
      console.log(`  debrief pairing rounds started: ${report.pairingRounds}; "did you meet?" messages queued: ${report.pairingChecks}, reminders: ${report.pairingCheckReminders}; on-demand requests closed unanswered: ${report.debriefRequestsClosed}`);
      console.log(`  check-ins past the retention period, deleted: ${report.expiredCheckIns}`);
      console.log(`  saved files (data exports, charts) older than a day, deleted: ${report.expiredFiles}`);
      const outbox = await new Store(database, loadNoteCipher(config)).outbox.counts();
      console.log(`  outbox: ${outbox.pending} waiting, ${outbox.sent} sent, ${outbox.failed} gave up (see \`peercircle outbox\`)`);
    } finally {
      await database.close();
    }
  });

program
  .command('outbox')
  .description('list the messages that gave up (refused for good, or no longer worth sending) and re-queue them')
  .option('--limit <n>', 'how many to list, newest first', parseLimit, 50)
  .option('--format <format>', 'text or json', parseOutboxFormat, 'text')
  .option('--requeue <ids>', 'put these back in line: message ids such as 12,15, or all', parseRequeueOption)
  .action(async (options: OutboxOptions) => {
    const config = loadConfigOrExit();
    const database = await openDatabase(targetFromConfig(config));
    try {
      await outboxReport(new Store(database, loadNoteCipher(config)), options, (line) => console.log(line));
    } finally {
      await database.close();
    }
  });

interface ExportOptions {
  community: string;
  from: string;
  to: string;
  format: 'json' | 'csv';
}

/** Opens the database, finds the community named by --community, runs `work`, and always closes. */
async function withCommunity(reference: string, work: (store: Store, community: Community) => Promise<void>): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openDatabase(targetFromConfig(config));
  try {
    const community = await findCommunity(database, reference);
    if (!community) {
      process.stderr.write(unknownCommunity(reference));
      process.exitCode = 2;
      return;
    }
    await work(new Store(database, loadNoteCipher(config)), community);
  } finally {
    await database.close();
  }
}

program
  .command('digest')
  .description("export a community's aggregated digest (the minimum group size applies)")
  .requiredOption('--community <id>', 'the community: its id, or platform:external-id such as slack:T0123')
  .requiredOption('--from <date>', 'first day, e.g. 2026-11-01', parseDate)
  .requiredOption('--to <date>', 'last day, e.g. 2026-11-30', parseDate)
  .option('--format <format>', 'json or csv', parseFormat, 'json')
  .action((options: ExportOptions) =>
    withCommunity(options.community, async (store, community) => {
      const digest = await communityDigest(store, community, new Date(), { from: options.from, to: options.to });
      // Which weeks are in the export, and that the running week is not, goes to stderr so the data stays clean.
      process.stderr.write(`${weeksLine(digest)}\n`);
      await store.audit.record(
        { communityId: community.id, actorId: null, actorRole: 'operator', action: 'digest.export', details: { from: options.from, to: options.to, format: options.format } },
        new Date(),
      );
      console.log(options.format === 'csv' ? digestCsv(digest) : JSON.stringify(digestJson(digest), null, 2));
    }),
  );

program
  .command('audit')
  .description("export a community's audit log of admin and supervisor actions")
  .requiredOption('--community <id>', 'the community: its id, or platform:external-id such as slack:T0123')
  .requiredOption('--from <date>', 'first day (UTC), e.g. 2026-11-01', parseDate)
  .requiredOption('--to <date>', 'last day (UTC), e.g. 2026-11-30', parseDate)
  .option('--format <format>', 'json or csv', parseFormat, 'json')
  .action((options: ExportOptions) =>
    withCommunity(options.community, async (store, community) => {
      const from = new Date(`${options.from}T00:00:00Z`);
      const to = new Date(new Date(`${options.to}T00:00:00Z`).getTime() + 86_400_000);
      const lines = await auditLines(store.database.prisma, await store.audit.between(community.id, from, to));
      await store.audit.record(
        { communityId: community.id, actorId: null, actorRole: 'operator', action: 'audit.export', details: { from: options.from, to: options.to, entries: lines.length } },
        new Date(),
      );
      console.log(options.format === 'csv' ? auditCsv(lines) : JSON.stringify(lines, null, 2));
    }),
  );

program
  .command('rotate-key')
  .description('re-seal every private note and Slack token with NOTES_KEY; keep the old key in NOTES_PREVIOUS_KEYS until it finishes')
  .action(async () => {
    const config = loadConfigOrExit();
    if (!config.NOTES_KEY || !config.NOTES_PREVIOUS_KEYS?.length) {
      process.stderr.write('rotate-key needs the new key in NOTES_KEY and the old one(s) in NOTES_PREVIOUS_KEYS.\n');
      process.exitCode = 2;
      return;
    }
    const database = await openDatabase(targetFromConfig(config));
    try {
      const store = new Store(database, loadNoteCipher(config));
      const resealed = await store.checkIns.resealNotes();
      const tokens = await store.slackInstallations.resealTokens();
      await store.audit.record({ communityId: null, actorId: null, actorRole: 'operator', action: 'notes.rotate-key', details: { resealed, tokens } }, new Date());
      console.log(
        `Re-sealed ${resealed} note(s) and ${tokens} Slack installation(s) with the current key. Once every process runs with the new NOTES_KEY, NOTES_PREVIOUS_KEYS can be removed.`,
      );
    } finally {
      await database.close();
    }
  });

program
  .command('content-check')
  .description('check the built-in content and CONTENT_DIR for malformed files')
  .action(async () => {
    const config = loadConfigOrExit();
    const { library, problems } = await loadContent([builtInContentDir, ...(config.CONTENT_DIR ? [config.CONTENT_DIR] : [])]);
    for (const p of problems) console.log(`${p.file}:${p.line}: ${p.message}`);
    console.log(`${library.topics.length} topics, ${library.exercises.length} exercises, ${library.selfCareIdeas.length} self-care ideas, crisis lines for ${library.crisisLines.size} countries; ${problems.length} problem(s).`);
    if (problems.length > 0) process.exitCode = 1;
  });

program
  .command('make-migration')
  .description('(for developers) write a new migration from changes to prisma/schema.prisma')
  .argument('<name>', 'a short name, e.g. add_pairings')
  .action(async (name: string) => {
    const pglite = await PGlite.create();
    const dir = await writeMigration(new PrismaPGlite(pglite), name);
    await pglite.close();
    console.log(dir ? `Wrote ${dir}/migration.sql` : 'The schema and the migrations agree; nothing to write.');
  });

function parseDate(value: string): string {
  const parsed = DateTime.fromISO(value, { zone: 'UTC' });
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('Use a date such as 2026-11-01.');
  return value;
}

function parsePublicUrl(value: string): string {
  try {
    const url = new URL(value);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    if (url.protocol === 'https:' || (url.protocol === 'http:' && local)) return value;
  } catch {
    // answered below
  }
  throw new InvalidArgumentError('Use the https address Slack will reach the bot at, such as https://peercircle.example.org.');
}

function parseManifestFormat(value: string): 'json' | 'yaml' {
  if (value !== 'json' && value !== 'yaml') throw new InvalidArgumentError('Use json or yaml.');
  return value;
}

function parseFormat(value: string): 'json' | 'csv' {
  if (value !== 'json' && value !== 'csv') throw new InvalidArgumentError('Use json or csv.');
  return value;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new InvalidArgumentError('Use a whole number from 1 to 10000.');
  return n;
}

function parseOutboxFormat(value: string): 'text' | 'json' {
  if (value !== 'text' && value !== 'json') throw new InvalidArgumentError('Use text or json.');
  return value;
}

function parseRequeueOption(value: string): bigint[] | 'all' {
  const parsed = parseRequeue(value);
  if (!parsed) throw new InvalidArgumentError('Use message ids from `peercircle outbox`, such as 12,15, or all.');
  return parsed;
}

function parseInstant(value: string): Date {
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) throw new InvalidArgumentError('Use an ISO 8601 time such as 2026-11-23T09:00:00Z.');
  return parsed.toJSDate();
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = isPeercircleError(error) ? error.message : 'An unexpected error stopped peercircle.';
  process.stderr.write(`${message}\n`);
  if (!isPeercircleError(error)) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}
