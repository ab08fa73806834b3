import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTick } from '../../src/scheduling/tick.js';
import { MemberFiles } from '../../src/storage/member-files.js';
import { Store } from '../../src/storage/store.js';
import { startLocalCommunity, type LocalCommunity } from '../helpers/local-community.js';
import { testCipher } from '../helpers/test-cipher.js';

const NOTE = 'the session with J. stayed with me all evening';
const HOUR = 60 * 60 * 1000;
const mode = (file: string) => statSync(file).mode & 0o777;

/** Every file under the folder whose bytes contain `text`. */
function filesContaining(dir: string, text: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => readFileSync(file).includes(text));
}

describe('a data export in the terminal is the member\'s alone, and does not outlive them', () => {
  let circle: LocalCommunity;
  let exported: string;
  beforeEach(async () => {
    circle = await startLocalCommunity();
    const alex = await circle.open('alex');
    for (const line of ['/checkin', '3', '3', '3', '3', '3', NOTE]) alex.type(line);
    await alex.sees('Your note is saved.');
    alex.type('/mydata export');
    await alex.sees(/Saved to (\S+\.json)/);
    exported = /Saved to (\S+\.json)/.exec(await alex.close())![1]!;
  });
  afterEach(async () => circle.dispose());

  it('GIVEN alex exports her data THEN the file is in her own folder, readable by this account only, and holds her note', () => {
    const attachments = path.join(circle.dataDir, 'attachments');
    expect(path.dirname(exported)).toBe(path.join(attachments, 'local', 'alex'));
    expect(mode(exported)).toBe(0o600);
    for (const dir of [attachments, path.join(attachments, 'local'), path.dirname(exported)]) expect(mode(dir), dir).toBe(0o700);
    expect(JSON.parse(readFileSync(exported, 'utf8')).checkIns[0].note).toBe(NOTE);
  });

  it('GIVEN an export THEN the scheduler keeps it for a day and then deletes it', async () => {
    const savedAt = statSync(exported).mtime;
    await circle.inspect(async (database) => {
      const store = new Store(database, testCipher(), new MemberFiles(path.join(circle.dataDir, 'attachments')));
      expect((await runTick(store, new Date(savedAt.getTime() + 23 * HOUR))).expiredFiles).toBe(0);
      expect(existsSync(exported)).toBe(true);
      expect((await runTick(store, new Date(savedAt.getTime() + 25 * HOUR))).expiredFiles).toBe(1);
    });
    expect(existsSync(exported)).toBe(false);
    expect(existsSync(path.dirname(exported))).toBe(false);
  });

  it('GIVEN an export made just before WHEN alex deletes her data THEN the reply counts what went, and no file or table holds her or her note', async () => {
    const bob = await circle.open('bob');
    bob.type('/mydata export');
    await bob.sees('Saved to');
    await bob.close();

    const alex = await circle.open('alex');
    alex.type('/mydata delete');
    await alex.sees('Delete it all?');
    alex.type('1'); // Yes, delete everything
    await alex.sees("you'll start fresh");
    const screen = await alex.close();
    expect(screen).toContain('- 1 check-in (1 with a private note)');
    expect(screen).toContain('- 1 saved file (your data exports)');
    expect(screen).toContain('- your settings and consents');

    // THEN the data folder holds nothing of hers: not the export, not the note, not her folder.
    expect(existsSync(exported)).toBe(false);
    expect(existsSync(path.dirname(exported))).toBe(false);
    expect(filesContaining(circle.dataDir, NOTE)).toEqual([]);
    expect(filesContaining(circle.dataDir, '"platformUserId": "alex"')).toEqual([]);
    // Bob's export is his, and stays.
    expect(readdirSync(path.join(circle.dataDir, 'attachments', 'local'))).toEqual(['bob']);

    // THEN no table holds her id or her note, the outbox included.
    await circle.inspect(async ({ prisma }) => {
      const tables = await prisma.$queryRawUnsafe<{ table_name: string }[]>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      expect(tables.length).toBeGreaterThan(10);
      for (const { table_name } of tables) {
        const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`);
        expect(rows.filter((r) => r.row.includes('"alex"') || r.row.includes(NOTE)), table_name).toEqual([]);
      }
    });
  });
});
