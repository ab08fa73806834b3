import type { OptionSpec } from './command.js';

/**
 * Splits what follows a slash command into its named options, in order; the last option takes the
 * rest of the line ("/principle trauma informed care" → { topic: "trauma informed care" }).
 * Quotes group words. Never throws.
 */
export function parseCommandText(options: readonly OptionSpec[], text: string): Record<string, string> {
  const words = [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const result: Record<string, string> = {};
  options.forEach((option, index) => {
    const isLast = index === options.length - 1;
    const taken = isLast ? words.splice(0).join(' ') : words.shift();
    if (taken !== undefined && taken !== '') result[option.name] = taken;
  });
  return result;
}
