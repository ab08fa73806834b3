import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledCheckinPrompt } from '../../../src/core/checkin-messages.js';
import { buttonPress, modalSubmit, shownBy, slashCommand, type Actor, type Shown } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';

const guild = { id: '100000000000000001', name: 'Peer Circle North', ownerId: '200000000000000001' };
const member: Actor = { userId: '300000000000000007', name: 'Sam' };

/** Answers the five questions of today's DM check-in (1–5 buttons) and returns the last answer as shown. */
async function answerEveryQuestion(session: DiscordSession, answers = ['3', '2', '3', '4', '5']): Promise<Shown> {
  let shown: Shown | undefined;
  let customId = `checkin:2026-11-23:energy|${answers[0]}|${guild.id}`;
  for (const [index, answer] of answers.entries()) {
    shown = shownBy(await session.interact(buttonPress(member, customId)));
    expect(shown.text).toContain(`**${answer}**`);
    const next = answers[index + 1];
    if (next) customId = shown.buttons.find((b) => b.label === next)!.customId;
  }
  return shown!;
}

describe('Discord: a whole check-in by DM, from the scheduled prompt to the saved answer and note', () => {
  let session: DiscordSession;
  let receipt: { messageId?: string };
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild] });
  });
  afterAll(() => session.close());

  it('GIVEN a scheduled prompt THEN it arrives by DM with 1–5 buttons carrying the server, and a nonce Discord enforces', async () => {
    receipt = await session.adapter.sendDirect(
      { communityExternalId: guild.id, platformUserId: member.userId, deliveryId: 'outbox-41' },
      scheduledCheckinPrompt(null, '2026-11-23'),
    );
    const sent = session.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${member.userId}0/messages`);
    expect(sent).toHaveLength(1);
    expect(receipt.messageId).toBeDefined();
    const body = sent[0]!.body!;
    expect(body.content).toContain('Time for your check-in');
    expect(body.enforce_nonce).toBe(true);
    expect(body.nonce).toMatch(/^pcoutbox41\.0$/);
    const buttons = (body.components as { components: { label: string; custom_id: string }[] }[])[0]!.components;
    expect(buttons.map((b) => b.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(buttons[2]!.custom_id).toBe(`checkin:2026-11-23:energy|3|${guild.id}`);
  });

  it('GIVEN the same delivery retried THEN Discord is sent the same nonce and no second message appears', async () => {
    const again = await session.adapter.sendDirect(
      { communityExternalId: guild.id, platformUserId: member.userId, deliveryId: 'outbox-41' },
      scheduledCheckinPrompt(null, '2026-11-23'),
    );
    const sent = session.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${member.userId}0/messages`);
    expect(sent.map((c) => c.body?.nonce)).toEqual(['pcoutbox41.0', 'pcoutbox41.0']);
    expect(again.messageId).toBe(receipt.messageId);
  });

  it('GIVEN the member answers every question in the DM THEN each answer replaces its question, and the note opens in a modal and is saved', async () => {
    let shown: Shown | undefined;
    let customId = `checkin:2026-11-23:energy|3|${guild.id}`;
    for (const [index, answer] of ['3', '2', '3', '4', '5'].entries()) {
      shown = shownBy(await session.interact(buttonPress(member, customId)));
      // The pressed message is updated in place (callback 7) with the answer.
      expect(shown.callbackType).toBe(7);
      expect(shown.text).toContain(`**${answer}**`);
      expect(shown.ephemeral).toBe(false);
      const next = index < 4 ? shown.buttons.find((b) => b.label === ['2', '3', '4', '5'][index]) : undefined;
      if (next) customId = next.customId;
    }
    expect(shown!.text).toContain('Anything you want to note for yourself');
    const open = shown!.buttons.find((b) => b.label === 'Add a note')!;
    expect(shown!.buttons.map((b) => b.label)).toContain('No note today');

    const modal = shownBy(await session.interact(buttonPress(member, open.customId))).modal!;
    expect(modal).toEqual({ customId: `checkin:2026-11-23:note|${guild.id}`, title: 'A private note', inputs: ['note'] });

    const saved = shownBy(await session.interact(modalSubmit(member, modal.customId, { note: 'a long shift, but I held my boundaries' })));
    expect(saved.callbackType).toBe(7);
    expect(saved.text).toContain('Your note is saved. Only you can read it.');

    const { prisma } = session.app.store.database;
    const community = await prisma.community.findFirst({ where: { platform: 'discord', externalId: guild.id } });
    const row = await prisma.checkIn.findFirst({ where: { member: { platformUserId: member.userId, communityId: community!.id } } });
    expect(row?.answers).toEqual({ energy: 3, stress: 2, load: 3, boundaries: 4, self: 5 });
    expect(row?.completedAt).not.toBeNull();
    expect(session.app.store.cipher.decrypt(row!.note!)).toBe('a long shift, but I held my boundaries');
    // The note's words never travel back to Discord.
    expect(JSON.stringify(session.fake.calls)).not.toContain('held my boundaries');
  });

  it('GIVEN a bot in one server and a first-time member who uses /checkin in a DM THEN the check-in belongs to that server and starts there', async () => {
    const newcomer: Actor = { userId: '300000000000000099', name: 'Noor' };
    const shown = shownBy(await session.interact(slashCommand(newcomer, 'checkin')));
    expect(shown.text).toContain('quick questions');
    // The welcome's consent buttons come first, then the first question's 1–5.
    expect(shown.buttons.map((b) => b.label).slice(-5)).toEqual(['1', '2', '3', '4', '5']);
    // In a DM the buttons carry the server, so the answers find their community again.
    expect(shown.buttons.every((b) => b.customId.endsWith(`|${guild.id}`))).toBe(true);
    const row = await session.app.store.database.prisma.member.findFirst({ where: { platformUserId: newcomer.userId }, include: { community: true } });
    expect(row?.community.externalId).toBe(guild.id);
  });
});

describe('Discord: the note form survives a restart, and any process can open it', () => {
  let session: DiscordSession;
  let addNote: string;
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild] });
  });
  afterAll(() => session.close());

  it('GIVEN the last question answered THEN the "Add a note" button carries a short key to the stored form, not the form', async () => {
    await session.adapter.sendDirect({ communityExternalId: guild.id, platformUserId: member.userId, deliveryId: 'outbox-51' }, scheduledCheckinPrompt(null, '2026-11-23'));
    const shown = await answerEveryQuestion(session);
    addNote = shown.buttons.find((b) => b.label === 'Add a note')!.customId;
    expect(addNote).toMatch(new RegExp(`^~form\\|[\\w-]{16}\\|${guild.id}$`));
    const stored = await session.app.store.database.prisma.pendingForm.findMany();
    expect(stored.map((row) => [row.key, (row.form as { id: string }).id])).toEqual([[addNote.split('|')[1], 'checkin:2026-11-23:note']]);
  });

  it('GIVEN the bot restarts (a new client, the same database) THEN the button sent before still opens the modal, and the note is saved', async () => {
    await session.restart();
    const modal = shownBy(await session.interact(buttonPress(member, addNote))).modal;
    expect(modal).toEqual({ customId: `checkin:2026-11-23:note|${guild.id}`, title: 'A private note', inputs: ['note'] });
    const saved = shownBy(await session.interact(modalSubmit(member, modal!.customId, { note: 'asked for help early today' })));
    expect(saved.text).toContain('Your note is saved. Only you can read it.');
    const row = await session.app.store.database.prisma.checkIn.findFirst({ where: { member: { platformUserId: member.userId } } });
    expect(session.app.store.cipher.decrypt(row!.note!)).toBe('asked for help early today');
    expect(row?.answers).toEqual({ energy: 3, stress: 2, load: 3, boundaries: 4, self: 5 });
  });

  it('GIVEN the button pressed more than a week later THEN it says kindly that the form has closed and what to do', async () => {
    session.setNow(new Date('2026-12-01T10:00:00Z'));
    const shown = shownBy(await session.interact(buttonPress(member, addNote)));
    expect(shown.modal).toBeUndefined();
    expect(shown.ephemeral).toBe(true);
    expect(shown.text).toContain('That form has closed');
    expect(shown.text).toContain('/checkin');
  });
});
