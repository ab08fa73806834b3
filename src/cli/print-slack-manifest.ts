import { checkAppName, slackManifest } from '../../adapters/slack/manifest.js';
import { commands } from '../../commands/index.js';
import { PeercircleError } from '../core/errors.js';

/** `peercircle slack-manifest`: the app manifest with every command, as JSON or YAML. */
export async function printSlackManifest(options: { url?: string; format: 'json' | 'yaml'; name: string }): Promise<void> {
  const name = checkAppName(options.name);
  if (!name.ok) throw new PeercircleError('CONFIG_INVALID', name.error);
  const manifest = slackManifest(commands, { name: name.value, ...(options.url ? { url: options.url } : {}) });
  if (options.format === 'yaml') {
    const { stringify } = await import('yaml');
    process.stdout.write(stringify(manifest));
  } else {
    console.log(JSON.stringify(manifest, null, 2));
  }
}
