import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocomplete, buttonPress, modalSubmit, shownBy, slashCommand, type Actor } from '../../helpers/discord-interactions.js';
import { startDiscordSession, type DiscordSession } from '../../helpers/discord-session.js';
import { longestPrinciple } from '../../helpers/longest-principle.js';

const guild = { id: '100000000000000007', name: 'Peer Circle South', ownerId: '200000000000000007', roles: [], channels: [] };
const owner: Actor = { userId: guild.ownerId, name: 'Dana', guildId: guild.id };
const peer: Actor = { userId: '300000000000000071', name: 'Jo', guildId: guild.id };

interface TextInput {
  custom_id: string;
  label: string;
  max_length: number;
  required: boolean;
  placeholder?: string;
  value?: string;
}

describe("Discord: the server owner keeps the community's own principles through a modal", () => {
  let session: DiscordSession;
  const longest = longestPrinciple();
  beforeAll(async () => {
    session = await startDiscordSession({ guilds: [guild] });
  });
  afterAll(() => session.close());

  /** The text inputs of the modal an interaction opened, as sent to Discord. */
  const inputsOf = (calls: Awaited<ReturnType<DiscordSession['interact']>>): TextInput[] => {
    const callback = calls.find((c) => c.path.endsWith('/callback'))!.body as { type: number; data: { components: { components: TextInput[] }[] } };
    expect(callback.type).toBe(9);
    return callback.data.components.map((row) => row.components[0]!);
  };

  it('GIVEN the owner WHEN they add the longest principle allowed through the modal THEN every payload fits Discord and members read it whole', async () => {
    const asked = shownBy(await session.interact(slashCommand(owner, 'community', { setting: 'principles', value: 'add' })));
    const open = asked.buttons.find((b) => b.label === 'Add a principle')!;
    const opening = await session.interact(buttonPress(owner, open.customId));
    const modal = shownBy(opening).modal!;
    expect(modal).toEqual({ customId: 'community:principle-add', title: 'New principle', inputs: ['title', 'summary', 'body', 'sources', 'aliases'] });
    for (const input of inputsOf(opening)) {
      expect(input.label.length).toBeLessThanOrEqual(45);
      expect(input.max_length).toBeLessThanOrEqual(4000);
      expect(input.placeholder?.length ?? 0).toBeLessThanOrEqual(100);
    }
    // One over each limit, so an over-long answer reaches the bot and gets its kind explanation.
    expect(inputsOf(opening).find((i) => i.custom_id === 'body')!.max_length).toBe(3001);

    const saved = shownBy(await session.interact(modalSubmit(owner, modal.customId, longest)));
    expect(saved.text).toContain('Added **Listening Listening');
    const row = await session.app.store.database.prisma.communityTopic.findFirstOrThrow();
    expect(row.body).toBe(longest.body);

    const shown = shownBy(await session.interact(slashCommand(peer, 'principle', { topic: row.topicId })));
    expect(shown.text.replace(/\s+/g, ' ')).toContain(longest.body.slice(-300).replace(/\s+/g, ' '));
    expect(shown.text).toContain('Source 10: ');
    expect(session.fake.refused).toEqual([]);

    const suggested = shownBy(await session.interact(autocomplete(peer, 'principle', { topic: 'listening-listen' }, 'topic')));
    expect(suggested.choices.map((c) => c.value)).toContain(row.topicId);
  });

  it('GIVEN a body one character too long THEN nothing is saved and the owner is told how long it may be', async () => {
    const asked = shownBy(await session.interact(slashCommand(owner, 'community', { setting: 'principles', value: 'add' })));
    const modal = shownBy(await session.interact(buttonPress(owner, asked.buttons[0]!.customId))).modal!;
    const answer = shownBy(await session.interact(modalSubmit(owner, modal.customId, { ...longest, title: 'Another one', body: `${longest.body}!` })));
    expect(answer.text).toContain('The text is 3001 characters; please keep it to 3000');
    expect(await session.app.store.database.prisma.communityTopic.count()).toBe(1);
  });

  it('GIVEN edit and retire THEN the change is saved, members stop seeing a retired principle, and each step is audited', async () => {
    const { topicId } = await session.app.store.database.prisma.communityTopic.findFirstOrThrow();
    const asked = shownBy(await session.interact(slashCommand(owner, 'community', { setting: 'principles', value: `edit ${topicId}` })));
    expect(session.fake.refused).toEqual([]);
    const opening = await session.interact(buttonPress(owner, asked.buttons.at(-1)!.customId));
    // Each box starts with the current text, whole; only the other names may be left empty.
    const inputs = inputsOf(opening);
    expect(Object.fromEntries(inputs.map((i) => [i.custom_id, i.value]))).toEqual(longest);
    expect(inputs.map((i) => [i.custom_id, i.required])).toEqual([['title', true], ['summary', true], ['body', true], ['sources', true], ['aliases', false]]);
    for (const input of inputs) expect(input.value!.length).toBeLessThanOrEqual(Math.min(input.max_length, 4000));
    const modal = shownBy(opening).modal!;
    expect(shownBy(await session.interact(modalSubmit(owner, modal.customId, { ...longest, summary: 'Shorter.' }))).text).toContain('Saved.');
    expect(await session.app.store.database.prisma.communityTopic.findFirstOrThrow()).toMatchObject({ summary: 'Shorter.', body: longest.body });

    await session.interact(slashCommand(owner, 'community', { setting: 'principles', value: `retire ${topicId}` }));
    const gone = shownBy(await session.interact(slashCommand(peer, 'principle', { topic: topicId })));
    expect(gone.text).toContain("I couldn't find");
    const suggested = shownBy(await session.interact(autocomplete(peer, 'principle', { topic: 'listening-listen' }, 'topic')));
    expect(suggested.choices.map((c) => c.value)).not.toContain(topicId);
    const actions = (await session.app.store.database.prisma.auditEntry.findMany()).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['principle.add', 'principle.edit', 'principle.retire']));
  });
});
