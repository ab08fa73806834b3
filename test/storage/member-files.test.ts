import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemberFiles, SAVED_FILE_LIFETIME_MS } from '../../src/storage/member-files.js';

describe('files handed to members on this machine', () => {
  let root: string;
  let files: MemberFiles;
  const at = new Date('2026-11-23T10:00:00Z');
  beforeEach(() => {
    root = path.join(mkdtempSync(path.join(os.tmpdir(), 'peercircle-files-')), 'attachments');
    files = new MemberFiles(root);
  });
  afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  it('GIVEN a member id that looks like a path THEN the file still lands in one folder inside the root', () => {
    const file = files.save({ communityExternalId: 'local', platformUserId: '../../etc' }, '../passwd', Buffer.from('x'), at);
    expect(path.relative(root, file).startsWith('..')).toBe(false);
    expect(path.basename(file)).toBe('passwd');
    expect(readdirSync(path.join(root, 'local'))).toHaveLength(1);
  });

  it('GIVEN a folder and a file left open by an older version THEN saving again closes both', () => {
    const owner = { communityExternalId: 'local', platformUserId: 'alex' };
    const first = files.save(owner, 'export.json', Buffer.from('1'), at);
    for (const dir of [root, path.join(root, 'local'), path.dirname(first)]) chmodSync(dir, 0o755);
    chmodSync(first, 0o644);
    const again = files.save(owner, 'export.json', Buffer.from('2'), at);
    expect(again).toBe(first);
    expect(statSync(again).mode & 0o777).toBe(0o600);
    for (const dir of [root, path.join(root, 'local'), path.dirname(first)]) expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('GIVEN an export saved straight into the root by an older version THEN deleting its member removes it, and only theirs', () => {
    const legacy = (name: string, user: string) => {
      const file = path.join(root, name);
      writeFileSync(file, JSON.stringify({ community: { externalId: 'local' }, you: { platformUserId: user } }), { mode: 0o644 });
      return file;
    };
    files.save({ communityExternalId: 'local', platformUserId: 'bob' }, 'chart.png', Buffer.from('png'), at);
    legacy('peercircle-my-data-2026-11-20.json', 'alex');
    legacy('peercircle-my-data-2026-11-21.json', 'bob');
    expect(files.removeFor({ communityExternalId: 'local', platformUserId: 'alex' })).toBe(1);
    expect(readdirSync(root).sort()).toEqual(['local', 'peercircle-my-data-2026-11-21.json']);
  });

  it('GIVEN files of different ages THEN the sweep deletes those past a day, whoever saved them, and empty folders', () => {
    const old = files.save({ communityExternalId: 'local', platformUserId: 'alex' }, 'old.json', Buffer.from('1'), at);
    const fresh = files.save({ communityExternalId: 'local', platformUserId: 'bob' }, 'new.json', Buffer.from('2'), new Date(at.getTime() + SAVED_FILE_LIFETIME_MS));
    const legacy = path.join(root, 'peercircle-my-data-2026-11-01.json');
    writeFileSync(legacy, '{}');
    utimesSync(legacy, at, at);
    expect(files.sweep(new Date(at.getTime() + SAVED_FILE_LIFETIME_MS + 1))).toBe(2);
    expect(readdirSync(root, { recursive: true }).map(String).sort()).toEqual(['local', path.join('local', 'bob'), path.relative(root, fresh)]);
    expect(old).not.toBe(fresh);
  });

  it('GIVEN no folder (Slack, Discord) THEN it keeps, sweeps and removes nothing', () => {
    const none = new MemberFiles();
    expect(none.sweep(at)).toBe(0);
    expect(none.removeFor({ communityExternalId: 'T1', platformUserId: 'U1' })).toBe(0);
  });
});
