#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npm install` is the whole build. Help and the
// version come from the plain-JavaScript command definitions first, without loading TypeScript.
import { answerHelpOrVersion } from '../src/cli/program.mjs';

const args = process.argv.slice(2);
answerHelpOrVersion(args);
const { register } = await import('tsx/esm/api');
register();
if (args.length === 1 && args[0] === 'start') {
  // Its first steps, light to load, begin the embedded database's process, which opens while the
  // rest of the bot loads (about 2 s through tsx). `start` awaits the same steps and reports them.
  const { prepareStart } = await import('../src/cli/start-early.ts');
  prepareStart().catch(() => {});
}
await import('../src/cli/main.ts');
