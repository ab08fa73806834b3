import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdapterMemory, FORM_DAYS } from '../../src/storage/adapter-memory.js';
import type { Prisma } from '../../src/storage/database.js';
import type { Form } from '../../src/core/messages.js';
import { openTestDatabase } from '../helpers/test-database.js';

const form: Form = { id: 'checkin:2026-11-23:note', title: 'A private note', submitLabel: 'Save', openLabel: 'Add a note', fields: [{ id: 'note', label: 'Note', optional: true }] };
const day = 24 * 60 * 60 * 1000;
const monday = new Date('2026-11-23T10:00:00Z');

describe('what a chat adapter shares between its processes (PGlite by default, PostgreSQL with TEST_DATABASE_URL)', () => {
  let prisma: Prisma;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openTestDatabase();
    prisma = opened.database.prisma;
    dispose = opened.dispose;
  });
  afterAll(async () => dispose());

  it('GIVEN a form saved by one process THEN another finds it by a 16-character key, the same form keeps its key, and it expires after a week', async () => {
    const key = await new AdapterMemory(prisma, 'discord').saveForm(form, monday);
    expect(key).toMatch(/^[\w-]{16}$/);
    const other = new AdapterMemory(prisma, 'discord');
    expect(await other.saveForm(form, new Date(monday.getTime() + day))).toBe(key);
    expect(await other.formOf(key, monday)).toEqual(form);
    // Saved again a day later, it stays open a week from then.
    expect(await other.formOf(key, new Date(monday.getTime() + FORM_DAYS * day + 1))).toEqual(form);
    expect(await other.formOf(key, new Date(monday.getTime() + (FORM_DAYS + 1) * day + 1))).toBeUndefined();
    expect(await other.formOf('nothing-like-it0', monday)).toBeUndefined();
    // Platforms keep their own forms.
    expect(await new AdapterMemory(prisma, 'slack').formOf(key, monday)).toBeUndefined();
  });

  it('GIVEN expired forms THEN the next save by a fresh process removes them', async () => {
    const old = await new AdapterMemory(prisma, 'discord').saveForm({ ...form, id: 'checkin:2026-10-01:note' }, new Date('2026-10-01T10:00:00Z'));
    await new AdapterMemory(prisma, 'discord').saveForm({ ...form, id: 'checkin:2026-11-24:note' }, new Date('2026-11-24T10:00:00Z'));
    expect(await prisma.pendingForm.findUnique({ where: { platform_key: { platform: 'discord', key: old } } })).toBeNull();
  });

  it('GIVEN a member whose DMs are closed, noted twice THEN of several processes asking at once exactly one tells them', async () => {
    const processes = [1, 2, 3, 4].map(() => new AdapterMemory(prisma, 'discord'));
    await processes[0]!.noteDmsClosed('U-closed');
    await processes[1]!.noteDmsClosed('U-closed');
    const told = await Promise.all(processes.map((memory) => memory.takeDmsClosed('U-closed')));
    expect(told.filter(Boolean)).toHaveLength(1);
    expect(await processes[0]!.takeDmsClosed('U-closed')).toBe(false);
  });

  it('GIVEN a delivery that opened a thread THEN a retry on another process finds it, and a replacement is recorded over it', async () => {
    await new AdapterMemory(prisma, 'discord').rememberConversation('outbox-7', '800000000000000001', monday);
    const retry = new AdapterMemory(prisma, 'discord');
    expect(await retry.conversationOf('outbox-7')).toBe('800000000000000001');
    await retry.rememberConversation('outbox-7', '800000000000000002', monday);
    expect(await retry.conversationOf('outbox-7')).toBe('800000000000000002');
    expect(await retry.conversationOf('outbox-8')).toBeUndefined();
  });
});
