import { parseConfig, type Config } from '../config/env.js';

/** Parses the environment or exits: every problem on its own line, naming the variable. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = parseConfig(env);
  if (parsed.ok) return parsed.value;
  process.stderr.write(
    `peercircle can't start: ${parsed.error.length === 1 ? 'one setting needs' : `${parsed.error.length} settings need`} fixing.\n` +
      parsed.error.map((line) => `  ${line}\n`).join('') +
      'See the configuration table in README.md.\n',
  );
  process.exit(78); // EX_CONFIG
}
