import { createRequire } from 'node:module';
import { Command } from 'commander';
import { isPeercircleError, type ErrorCode } from '../core/errors.js';
import { lostDatabaseProcess } from '../storage/embedded/embedded-process.js';
import type { OutboxOptions } from './outbox.js';
import type { ExportOptions } from './export-digest.js';
import {
  parseDate,
  parseFormat,
  parseInstant,
  parseLimit,
  parseManifestFormat,
  parseOutboxFormat,
  parsePublicUrl,
  parseRequeueOption,
} from './parsers.js';

// Every action imports its own modules when it runs: `--help` and `--version` load none of the
// database, platform SDKs or charts, so they answer at once.

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const program = new Command()
  .name('peercircle')
  .description('A peer-support companion for communities of practice: check-ins, refreshers, pairings, digests.')
  .version(version, '-V, --version', 'print the version of peercircle')
  .showHelpAfterError('(run `peercircle --help` to see the commands)');

program
  .command('start')
  .description('start the bot: on Discord or Slack when their credentials are set, in this terminal otherwise')
  .action(async () => (await import('./run-start.js')).runStart());

program
  .command('slack-manifest')
  .description('print a Slack app manifest with every command, for creating the app in one step')
  .option('--url <https-url>', 'your public base URL for HTTP mode, e.g. https://peercircle.example.org; omit it for Socket Mode', parsePublicUrl)
  .option('--format <format>', 'json or yaml', parseManifestFormat, 'json')
  .option('--name <name>', "the app's name in Slack (at most 35 characters)", 'peercircle')
  .action(async (options: { url?: string; format: 'json' | 'yaml'; name: string }) => (await import('./print-slack-manifest.js')).printSlackManifest(options));

program
  .command('discord-register')
  .description("register the bot's slash commands with Discord, changing only what differs")
  .option('--guild <id>', 'register in one server only (takes effect at once; handy for trying out)')
  .option('--dry-run', 'print what would be registered, without contacting Discord')
  .action(async ({ guild, dryRun }: { guild?: string; dryRun?: boolean }) => {
    const { describeRegistration, registerDiscordCommands } = await import('./discord-register.js');
    if (dryRun) return describeRegistration(guild);
    const { loadConfigOrExit } = await import('./load-config.js');
    await registerDiscordCommands(loadConfigOrExit(), guild);
  });

program
  .command('migrate')
  .description('apply pending database migrations, then exit')
  .action(async () => (await import('./run-migrate.js')).runMigrate());

program
  .command('tick')
  .description('run one scheduler pass as if it were the given time, then exit')
  .requiredOption('--at <iso-time>', 'the instant to act as, e.g. 2026-11-23T09:00:00Z', parseInstant)
  .action(async ({ at }: { at: Date }) => (await import('./run-tick.js')).runTickCommand(at));

program
  .command('outbox')
  .description('list the messages that gave up (refused for good, or no longer worth sending) and re-queue them')
  .option('--limit <n>', 'how many to list, newest first', parseLimit, 50)
  .option('--format <format>', 'text or json', parseOutboxFormat, 'text')
  .option('--requeue <ids>', 'put these back in line: message ids such as 12,15, or all', parseRequeueOption)
  .action(async (options: OutboxOptions) => (await import('./run-outbox.js')).runOutbox(options));

program
  .command('digest')
  .description("export a community's aggregated digest by whole weeks, Monday to Sunday (the minimum group size applies)")
  .requiredOption('--community <id>', 'the community: its id, or platform:external-id such as slack:T0123 or terminal:local')
  .requiredOption('--from <date>', 'first day, e.g. 2026-11-01', parseDate)
  .requiredOption('--to <date>', 'last day, e.g. 2026-11-30', parseDate)
  .option('--format <format>', 'json or csv', parseFormat, 'json')
  .action(async (options: ExportOptions) => {
    rangeInOrder(options);
    await (await import('./export-digest.js')).exportDigest(options);
  });

program
  .command('audit')
  .description("export a community's audit log of admin and supervisor actions")
  .requiredOption('--community <id>', 'the community: its id, or platform:external-id such as slack:T0123 or terminal:local')
  .requiredOption('--from <date>', 'first day (UTC), e.g. 2026-11-01', parseDate)
  .requiredOption('--to <date>', 'last day (UTC), e.g. 2026-11-30', parseDate)
  .option('--format <format>', 'json or csv', parseFormat, 'json')
  .action(async (options: ExportOptions) => {
    rangeInOrder(options);
    await (await import('./export-audit.js')).exportAudit(options);
  });

program
  .command('rotate-key')
  .description('re-seal every private note and Slack token with NOTES_KEY; keep the old key in NOTES_PREVIOUS_KEYS until it finishes')
  .action(async () => (await import('./rotate-key.js')).rotateKey());

program
  .command('content-check')
  .description('check content files for mistakes: the given folder, or the built-in content and CONTENT_DIR')
  .argument('[folder]', 'a folder of your own topics to check before setting CONTENT_DIR to it')
  .action(async (folder: string | undefined) => (await import('./content-check.js')).contentCheck(folder));

program
  .command('make-migration')
  .description('(for developers) write a new migration from changes to prisma/schema.prisma')
  .argument('<name>', 'a short name, e.g. add_pairings')
  .action(async (name: string) => (await import('./make-migration.js')).makeMigration(name));

/** --from after --to is a mistake to point out, not an empty export. */
function rangeInOrder(options: { from: string; to: string }): void {
  if (options.from > options.to) {
    program.error(`--from ${options.from} is after --to ${options.to}. Give the earlier day as --from.`, { exitCode: 64 });
  }
}

/** Exit codes a script can act on: bad settings are EX_CONFIG (78), an unreachable service EX_UNAVAILABLE (69). */
const exitCodes: Partial<Record<ErrorCode, number>> = { CONFIG_INVALID: 78, DATABASE_UNAVAILABLE: 69, CONTENT_INVALID: 65 };

try {
  await program.parseAsync(process.argv);
} catch (caught) {
  // A start cut short because the embedded database's process died says that, not what it broke.
  const error = (await lostDatabaseProcess()) ?? caught;
  if (isPeercircleError(error)) {
    process.stderr.write(`${error.message}\n`);
    // Exit now: an open database, socket or standard input must not keep a failed start alive.
    process.exit(exitCodes[error.code] ?? 1);
  }
  process.stderr.write(`An unexpected error stopped peercircle.\n${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
}
