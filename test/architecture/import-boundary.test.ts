import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const sdk = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](discord\.js|@discordjs\/[^'"]*|@slack\/[^'"]*)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|js|mjs)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

describe('the core stays platform-agnostic', () => {
  it('GIVEN every file under src/ and commands/ THEN none imports discord.js, @discordjs/* or @slack/*', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('commands')];
    expect(files.length).toBeGreaterThan(20);
    const leaks = files.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(sdk)].map((m) => `${file} imports ${m[1]}`),
    );
    expect(leaks).toEqual([]);
  });

  it('GIVEN the checker itself THEN it catches an SDK import in any form', () => {
    const samples = [
      "import { Client } from 'discord.js';",
      'import { App } from "@slack/bolt";',
      "const rest = await import('@discordjs/rest');",
      "const web = require('@slack/web-api');",
    ];
    for (const sample of samples) expect([...sample.matchAll(sdk)]).toHaveLength(1);
    expect([...("import { z } from 'zod';").matchAll(sdk)]).toHaveLength(0);
  });
});

const relativeImport = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every relative import of a file, resolved to a path from the repository root. */
function relativeImports(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specifiers = [...text.matchAll(relativeImport)].map((m) => m[1]!);
  return specifiers.map((s) => path.relative(root, path.resolve(root, path.dirname(file), s)));
}

const within = (target: string, dir: string) => target === dir || target.startsWith(`${dir}${path.sep}`);

describe('dependencies point inwards', () => {
  // The composition root wires commands into the bot, and the CLI registers them with platforms:
  // they are the only places in src/ allowed to know the commands exist.
  const compositionRoot = (file: string) => file === path.join('src', 'app.ts') || within(file, path.join('src', 'cli'));

  it('GIVEN every file under src/ but the composition root THEN none imports from commands/', () => {
    const files = sourceFiles('src').filter((file) => !compositionRoot(file));
    expect(files.length).toBeGreaterThan(20);
    const backArrows = files.flatMap((file) => relativeImports(file).filter((target) => within(target, 'commands')).map((target) => `${file} imports ${target}`));
    expect(backArrows).toEqual([]);
  });

  it('GIVEN every file under src/domain THEN none imports storage, generated code, commands or adapters', () => {
    const files = sourceFiles(path.join('src', 'domain'));
    expect(files.length).toBeGreaterThan(10);
    const forbidden = [path.join('src', 'storage'), 'commands', 'adapters'];
    const leaks = files.flatMap((file) =>
      relativeImports(file)
        .filter((target) => forbidden.some((dir) => within(target, dir)) || target.split(path.sep).includes('generated'))
        .map((target) => `${file} imports ${target}`),
    );
    expect(leaks).toEqual([]);
  });

  it('GIVEN the import reader itself THEN it resolves static, dynamic and side-effect imports', () => {
    const sample = path.join('src', 'core', 'imports-sample.ts');
    const resolve = (specifier: string) => path.relative(root, path.resolve(root, path.dirname(sample), specifier));
    const text = [
      "import { a } from '../../commands/checkin.js';",
      "import type { Role } from '../storage/generated/enums.js';",
      "const lazy = await import('../domain/roles.js');",
      "import './side-effect.js';",
      "import { z } from 'zod';",
    ].join('\n');
    const found = [...text.matchAll(relativeImport)].map((m) => resolve(m[1]!));
    expect(found).toEqual([
      path.join('commands', 'checkin.js'),
      path.join('src', 'storage', 'generated', 'enums.js'),
      path.join('src', 'domain', 'roles.js'),
      path.join('src', 'core', 'side-effect.js'),
    ]);
  });
});
