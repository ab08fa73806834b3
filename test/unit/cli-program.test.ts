import { describe, expect, it } from 'vitest';
import { communityNeeded } from '../../src/cli/find-community.js';
import * as parsers from '../../src/cli/parsers.js';
import { defineProgram, type Actions, type Parsers } from '../../src/cli/program.mjs';

const noActions = new Proxy({}, { get: () => async () => {} }) as Actions;
const passThrough = new Proxy({}, { get: () => (value: string) => value }) as Parsers;

describe('the command definitions that answer --help without TypeScript', () => {
  it('GIVEN the quick answer (no parsers) and the full program THEN every help page is the same', () => {
    const quick = defineProgram({ parsers: passThrough, actions: noActions });
    const full = defineProgram({ parsers, actions: noActions });
    expect(quick.helpInformation()).toBe(full.helpInformation());
    expect(quick.commands.map((c) => c.name())).toEqual(full.commands.map((c) => c.name()));
    for (const command of full.commands) {
      const twin = quick.commands.find((c) => c.name() === command.name())!;
      expect(twin.helpInformation()).toBe(command.helpInformation());
    }
    expect(full.commands.map((c) => c.name())).toEqual(expect.arrayContaining(['start', 'migrate', 'tick', 'digest', 'content-check']));
  });

  it('GIVEN the full program THEN option values still go through the parsers', () => {
    const full = defineProgram({ parsers, actions: noActions }).exitOverride();
    for (const command of full.commands) command.exitOverride().configureOutput({ writeErr: () => {} });
    expect(() => full.parse(['tick', '--at', 'tomorrow-ish'], { from: 'user' })).toThrow(/ISO 8601/);
  });

  it('GIVEN digest and audit THEN both take --community, --from, --to and --format, with --community checked by the command', () => {
    const full = defineProgram({ parsers, actions: noActions });
    for (const name of ['digest', 'audit']) {
      const command = full.commands.find((c) => c.name() === name)!;
      expect(command.options.map((o) => o.long)).toEqual(['--community', '--from', '--to', '--format']);
      expect(command.options.find((o) => o.long === '--community')?.mandatory).toBe(false);
      expect(command.helpInformation()).toContain('the community (required)');
    }
  });
});

describe('the line for a --community left out or not found', () => {
  const known = [
    { reference: 'slack:T123', name: 'Acme support' },
    { reference: 'terminal:local', name: null },
  ];

  it('GIVEN none given THEN one line names the option, the communities there are and how to pass one', () => {
    expect(communityNeeded('digest', undefined, known)).toBe(
      "peercircle digest needs --community: this database has slack:T123 (Acme support), terminal:local. Pass one as --community slack:T123 (or a community's id).\n",
    );
  });

  it('GIVEN an unknown one THEN the same line says what was not found, on one line even if it held line breaks', () => {
    const line = communityNeeded('audit', 'slack:\nTNOPE', known);
    expect(line).toMatch(/^No community "slack: TNOPE" for --community: this database has slack:T123 \(Acme support\), terminal:local\. Pass one as --community slack:T123/);
    expect(line.trimEnd()).not.toContain('\n');
  });

  it('GIVEN an empty database THEN it says how a first community comes to be', () => {
    expect(communityNeeded('digest', undefined, [])).toBe(
      "peercircle digest needs --community, and this database has no community yet: start the bot and use it once (the terminal's is terminal:local), then pass --community terminal:local.\n",
    );
  });

  it('GIVEN more communities than are shown THEN the line says so', () => {
    const many = Array.from({ length: 4 }, (_, i) => ({ reference: `slack:T${i}`, name: null }));
    expect(communityNeeded('digest', undefined, many, 3)).toContain('slack:T0, slack:T1, slack:T2, and more (the first 3 are shown). Pass one as --community slack:T0');
  });
});
