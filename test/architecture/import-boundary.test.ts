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
