// Plain JavaScript on purpose: bin/peercircle.mjs answers --help and --version from these
// definitions without loading TypeScript at all. main.ts gives them their parsers and actions.
import { createRequire } from 'node:module';
import { Command } from 'commander';

const { version } = createRequire(import.meta.url)('../../package.json');

/**
 * Every command, option and argument of `peercircle`, with its help text: the one place they are
 * written down.
 * @param {{ parsers: import('./program.d.mts').Parsers, actions: import('./program.d.mts').Actions }} wiring
 */
export function defineProgram({ parsers, actions }) {
  const program = new Command()
    .name('peercircle')
    .description('A peer-support companion for communities of practice: check-ins, refreshers, pairings, digests.')
    .version(version, '-V, --version', 'print the version of peercircle')
    .showHelpAfterError('(run `peercircle --help` to see the commands)');

  program
    .command('start')
    .description('start the bot: on Discord or Slack when their credentials are set, in this terminal otherwise')
    .action(actions.start);

  program
    .command('slack-manifest')
    .description('print a Slack app manifest with every command, for creating the app in one step')
    .option('--url <https-url>', 'your public base URL for HTTP mode, e.g. https://peercircle.example.org; omit it for Socket Mode', parsers.parsePublicUrl)
    .option('--format <format>', 'json or yaml', parsers.parseManifestFormat, 'json')
    .option('--name <name>', "the app's name in Slack (at most 35 characters)", 'peercircle')
    .action(actions.slackManifest);

  program
    .command('discord-register')
    .description("register the bot's slash commands with Discord, changing only what differs")
    .option('--guild <id>', 'register in one server only (takes effect at once; handy for trying out)')
    .option('--dry-run', 'print what would be registered, without contacting Discord')
    .action(actions.discordRegister);

  program
    .command('migrate')
    .description('apply pending database migrations, then exit')
    .action(actions.migrate);

  program
    .command('tick')
    .description('run one scheduler pass as if it were the given time, then exit')
    .requiredOption('--at <iso-time>', 'the instant to act as, e.g. 2026-11-23T09:00:00Z', parsers.parseInstant)
    .action(actions.tick);

  program
    .command('outbox')
    .description('list the messages that gave up (refused for good, or no longer worth sending) and re-queue them')
    .option('--limit <n>', 'how many to list, newest first', parsers.parseLimit, 50)
    .option('--format <format>', 'text or json', parsers.parseOutboxFormat, 'text')
    .option('--requeue <ids>', 'put these back in line: message ids such as 12,15, or all', parsers.parseRequeueOption)
    .action(actions.outbox);

  communityExport(program, parsers, 'digest', "export a community's aggregated digest by whole weeks, Monday to Sunday (the minimum group size applies)", '')
    .action(actions.digest);

  communityExport(program, parsers, 'audit', "export a community's audit log of admin and supervisor actions", ' (UTC)')
    .action(actions.audit);

  program
    .command('rotate-key')
    .description('re-seal every private note and Slack token with NOTES_KEY; keep the old key in NOTES_PREVIOUS_KEYS until it finishes')
    .action(actions.rotateKey);

  program
    .command('content-check')
    .description('check content files for mistakes: the given folder, or the built-in content and CONTENT_DIR')
    .argument('[folder]', 'a folder of your own topics to check before setting CONTENT_DIR to it')
    .action(actions.contentCheck);

  program
    .command('make-migration')
    .description('(for developers) write a new migration from changes to prisma/schema.prisma')
    .argument('<name>', 'a short name, e.g. add_pairings')
    .action(actions.makeMigration);

  return program;
}

/**
 * A command that exports one community's records over a range of days: digest and audit.
 * `--community` is checked by the command itself, so that leaving it out is answered with the
 * communities this database holds rather than commander's bare "required option".
 * @param {Command} program
 * @param {import('./program.d.mts').Parsers} parsers
 * @param {string} name
 * @param {string} description
 * @param {string} days how the days are counted, e.g. " (UTC)"
 */
function communityExport(program, parsers, name, description, days) {
  return program
    .command(name)
    .description(description)
    .option('--community <id>', 'the community (required): its id, or platform:external-id such as slack:T0123 or terminal:local')
    .requiredOption('--from <date>', `first day${days}, e.g. 2026-11-01`, parsers.parseDate)
    .requiredOption('--to <date>', `last day${days}, e.g. 2026-11-30`, parsers.parseDate)
    .option('--format <format>', 'json or csv', parsers.parseFormat, 'json');
}

/**
 * Answers `--help`, `-V`, `help digest` or `tick --help` from the definitions alone, so they need
 * no TypeScript loader; commander prints the answer and exits. Returns for anything else.
 * @param {string[]} args the arguments after `peercircle`
 */
export function answerHelpOrVersion(args) {
  const passThrough = (/** @type {string} */ value) => value;
  const program = defineProgram({
    parsers: /** @type {any} */ (new Proxy({}, { get: () => passThrough })),
    actions: /** @type {any} */ (new Proxy({}, { get: () => async () => {} })),
  });
  const names = program.commands.map((command) => command.name());
  const helpFlag = (/** @type {string | undefined} */ arg) => arg === '--help' || arg === '-h';
  const onlyAsks =
    args.length === 1
      ? helpFlag(args[0]) || ['help', '--version', '-V'].includes(args[0])
      : args.length === 2 && (args[0] === 'help' ? names.includes(args[1]) : names.includes(args[0]) && helpFlag(args[1]));
  if (onlyAsks) program.parse(args, { from: 'user' });
}
