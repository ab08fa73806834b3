import { isPeercircleError, type ErrorCode } from '../core/errors.js';
import { lostDatabaseProcess } from '../storage/embedded/embedded-process.js';
import * as parsers from './parsers.js';
import { defineProgram } from './program.mjs';

// The commands and their help text are in program.mjs; here each gets its action. Every action
// imports its own modules when it runs, so a command loads only what it uses.

const program = defineProgram({
  parsers,
  actions: {
    start: async () => (await import('./run-start.js')).runStart(),
    slackManifest: async (options) => (await import('./print-slack-manifest.js')).printSlackManifest(options),
    discordRegister: async ({ guild, dryRun }) => {
      const { describeRegistration, registerDiscordCommands } = await import('./discord-register.js');
      if (dryRun) return describeRegistration(guild);
      const { loadConfigOrExit } = await import('./load-config.js');
      await registerDiscordCommands(loadConfigOrExit(), guild);
    },
    migrate: async () => (await import('./run-migrate.js')).runMigrate(),
    tick: async ({ at }) => (await import('./run-tick.js')).runTickCommand(at),
    outbox: async (options) => (await import('./run-outbox.js')).runOutbox(options),
    digest: async (options) => {
      rangeInOrder(options);
      await (await import('./export-digest.js')).exportDigest(options);
    },
    audit: async (options) => {
      rangeInOrder(options);
      await (await import('./export-audit.js')).exportAudit(options);
    },
    rotateKey: async () => (await import('./rotate-key.js')).rotateKey(),
    contentCheck: async (folder) => (await import('./content-check.js')).contentCheck(folder),
    makeMigration: async (name) => (await import('./make-migration.js')).makeMigration(name),
  },
});

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
