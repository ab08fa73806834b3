import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoteCipher, noteKey } from '../../src/security/note-cipher.js';
import { Store } from '../../src/storage/store.js';
import type { Database } from '../../src/storage/database.js';
import { openTestDatabase } from '../helpers/test-database.js';

describe('private notes sealed at rest (AES-256-GCM)', () => {
  const keyA = noteKey(randomBytes(32));
  const keyB = noteKey(randomBytes(32));
  let database: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ database, dispose } = await openTestDatabase());
  });
  afterAll(async () => dispose());

  it('GIVEN any text THEN it round-trips, and each sealing differs (fresh IV)', () => {
    const cipher = new NoteCipher(keyA);
    for (const text of ['', 'a hard session today', 'ünïcødé ✓ 🌱', 'x'.repeat(5000)]) {
      const sealed = cipher.encrypt(text);
      expect(sealed).toMatch(/^pc1:[0-9a-f]{8}:/);
      expect(cipher.decrypt(sealed)).toBe(text);
      if (text) expect(cipher.encrypt(text)).not.toBe(sealed);
    }
  });

  it('GIVEN a tampered note THEN decryption fails rather than returning altered text', () => {
    const cipher = new NoteCipher(keyA);
    const sealed = cipher.encrypt('original');
    const parts = sealed.split(':');
    parts[4] = Buffer.from('forged!!').toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });

  it('GIVEN notes saved through the store THEN the database holds no plaintext, and the member reads them back', async () => {
    const store = new Store(database, new NoteCipher(keyA));
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'enc' }, { timeZone: 'UTC', locale: 'en-US' });
    const { member } = await store.members.findOrCreate(community.id, { id: 'N1' });
    await store.checkIns.saveAnswer(member.id, '2026-11-23', 'energy', 2);
    await store.checkIns.saveNote(member.id, '2026-11-23', 'my client relapsed and I feel it');
    const raw = await database.prisma.$queryRawUnsafe<{ note: string }[]>('SELECT note FROM check_ins');
    expect(JSON.stringify(raw)).not.toContain('relapsed');
    expect((await store.checkIns.forDay(member.id, '2026-11-23'))?.note).toBe('my client relapsed and I feel it');
  });

  it('GIVEN a new key with the old one kept as previous WHEN rotate THEN every note is re-sealed with the new key and still reads back', async () => {
    const store = new Store(database, new NoteCipher(keyA));
    const community = await store.communities.findOrCreate({ platform: 'terminal', externalId: 'rot' }, { timeZone: 'UTC', locale: 'en-US' });
    for (let i = 0; i < 30; i++) {
      const { member } = await store.members.findOrCreate(community.id, { id: `R${i}` });
      await store.checkIns.saveAnswer(member.id, '2026-11-23', 'energy', 3);
      await store.checkIns.saveNote(member.id, '2026-11-23', `note ${i}`);
    }
    const rotated = new Store(database, new NoteCipher(keyB, [keyA]));
    expect(await rotated.checkIns.resealNotes(7)).toBeGreaterThanOrEqual(30);
    expect(await rotated.checkIns.resealNotes()).toBe(0); // nothing left on the old key
    const notes = await database.prisma.checkIn.findMany({ where: { note: { not: null } } });
    expect(notes.every((n) => n.note!.startsWith(`pc1:${keyB.id}:`))).toBe(true);
    const onlyNewKey = new Store(database, new NoteCipher(keyB));
    const member = await database.prisma.member.findFirstOrThrow({ where: { platformUserId: 'R5' } });
    expect((await onlyNewKey.checkIns.forDay(member.id, '2026-11-23'))?.note).toBe('note 5');
  });

  it('GIVEN Slack installations sealed with the old key WHEN rotate THEN their tokens are re-sealed and read back with the new key alone', async () => {
    const store = new Store(database, new NoteCipher(keyA));
    const installation = { team: { id: 'T-ROT' }, bot: { token: 'xoxb-rotate-me', userId: 'UB' } };
    await store.slackInstallations.save({ teamId: 'T-ROT', isEnterpriseInstall: false }, installation);
    const raw = await database.prisma.slackInstallation.findFirstOrThrow({ where: { teamId: 'T-ROT' } });
    expect(raw.sealed).not.toContain('xoxb-rotate-me');

    const rotated = new Store(database, new NoteCipher(keyB, [keyA]));
    expect(await rotated.slackInstallations.resealTokens()).toBe(1);
    expect(await rotated.slackInstallations.resealTokens()).toBe(0);
    const onlyNewKey = new Store(database, new NoteCipher(keyB));
    expect(await onlyNewKey.slackInstallations.find({ teamId: 'T-ROT' })).toEqual(installation);
  });

  it('GIVEN a note sealed with a key that is not configured THEN the error says which setting to fix', () => {
    expect(() => new NoteCipher(keyB).decrypt(new NoteCipher(keyA).encrypt('x'))).toThrow(/NOTES_PREVIOUS_KEYS/);
  });
});
