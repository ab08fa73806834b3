#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so `npm install` is the whole build. Help and the
// version come from the plain-JavaScript command definitions first, without loading TypeScript.
import { answerHelpOrVersion } from '../src/cli/program.mjs';

answerHelpOrVersion(process.argv.slice(2));
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
