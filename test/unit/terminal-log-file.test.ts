import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalLogFile } from '../../src/cli/start-terminal.js';
import { createLogger } from '../../src/core/logger.js';

describe('where the terminal’s logs go', () => {
  it('GIVEN standard error is the screen the member types in THEN logs go to a file in DATA_DIR, never between the replies', () => {
    expect(terminalLogFile(true, './data')).toBe(path.resolve('./data', 'peercircle.log'));
  });

  it('GIVEN standard error is piped or redirected THEN logs stay on standard error (it is already elsewhere)', () => {
    expect(terminalLogFile(false, './data')).toBeUndefined();
  });

  it('GIVEN a log file THEN lines are appended there, redacted as anywhere else', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-log-'));
    const file = path.join(dir, 'nested', 'peercircle.log');
    for (const format of ['json', 'pretty'] as const) {
      createLogger({ level: 'info', format, file }).info({ route: 'imminent', text: 'never this' }, 'crisis route shown');
    }
    const written = await readFile(file, 'utf8');
    expect(written.match(/crisis route shown/g)).toHaveLength(2);
    expect(written).not.toContain('never this');
    await rm(dir, { recursive: true, force: true });
  });
});
