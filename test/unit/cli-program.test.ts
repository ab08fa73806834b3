import { describe, expect, it } from 'vitest';
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
});
