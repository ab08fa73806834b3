// Types for program.mjs (plain JavaScript so that --help needs no TypeScript loader).
import type { Command } from 'commander';
import type * as parsers from './parsers.js';
import type { ExportOptions } from './export-digest.js';
import type { OutboxOptions } from './outbox.js';

export type Parsers = typeof parsers;

export interface Actions {
  start(): Promise<void>;
  slackManifest(options: { url?: string; format: 'json' | 'yaml'; name: string }): Promise<void>;
  discordRegister(options: { guild?: string; dryRun?: boolean }): Promise<void>;
  migrate(): Promise<void>;
  tick(options: { at: Date }): Promise<void>;
  outbox(options: OutboxOptions): Promise<void>;
  digest(options: ExportOptions): Promise<void>;
  audit(options: ExportOptions): Promise<void>;
  rotateKey(): Promise<void>;
  contentCheck(folder: string | undefined): Promise<void>;
  makeMigration(name: string): Promise<void>;
}

/** Every command, option and argument of `peercircle`, with its help text. */
export declare function defineProgram(wiring: { parsers: Parsers; actions: Actions }): Command;

/** Prints help or the version and exits when that is all the arguments ask for; returns otherwise. */
export declare function answerHelpOrVersion(args: string[]): void;
