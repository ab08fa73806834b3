import pino from 'pino';
import { DiscordAdapter } from '../../adapters/discord/discord-adapter.js';
import { commands } from '../../commands/index.js';
import type { App } from '../../src/app.js';
import { AdapterMemory } from '../../src/storage/adapter-memory.js';
import { direct } from '../../src/core/messages.js';
import { buttonPress, modalSubmit, shownBy, slashCommand, type Actor } from '../helpers/discord-interactions.js';
import { FakeDiscord, type RecordedCall } from '../helpers/fake-discord.js';
import { chatAdapterContract, type AdapterHarness, type Seen } from './chat-adapter-contract.js';

const guildId = '100000000000000009';
const member: Actor = { userId: '300000000000000009', name: 'Contract Member', guildId };

/** Drives the Discord adapter as a member would: slash commands, buttons and modals through a fake gateway. */
async function discordHarness(): Promise<AdapterHarness> {
  const fake = await FakeDiscord.start({ guilds: [{ id: guildId, name: 'Contract Server', ownerId: '200000000000000009' }] });
  const handled = new Map<string, () => void>();
  // Made at start, when the app (and so the database the adapter keeps its forms in) exists.
  let adapter: DiscordAdapter;
  const makeAdapter = (app: App) => new DiscordAdapter({
    token: 'contract-token',
    api: fake.apiUrl,
    commands,
    content: { topics: [], exercises: [] },
    homeGuildOf: async () => guildId,
    pairingChannelOf: async () => undefined,
    memory: new AdapterMemory(app.store.database.prisma, 'discord'),
    logger: pino({ level: 'silent' }),
    onInteractionHandled: (id) => handled.get(id)?.(),
  });
  let last: { buttons: { label: string; customId: string }[] } = { buttons: [] };

  const seen = (calls: RecordedCall[]): Seen => {
    const shown = shownBy(calls);
    last = shown;
    return {
      text: shown.text,
      choices: shown.buttons.filter((b) => !b.customId.startsWith('~form|')).map((b) => b.label),
      formOpen: shown.buttons.some((b) => b.customId.startsWith('~form|')),
    };
  };
  const interact = async (payload: ReturnType<typeof slashCommand>) => {
    const done = new Promise<void>((resolve) => handled.set(payload.id, resolve));
    fake.dispatch('INTERACTION_CREATE', payload as unknown as Record<string, unknown>, payload.guild_id);
    await done;
    return fake.callsFor(payload.token);
  };
  /** Messages posted in the member's DM channel from `after` on, read as the member sees them. */
  const dmSince = (after: number): Seen => {
    const posted = fake.calls.slice(after).filter((c) => c.method === 'POST' && c.path === `/channels/${member.userId}0/messages`);
    return seen(posted.map((c) => ({ ...c, path: '/webhooks/dm' })));
  };

  return {
    start: (handler, app) => {
      adapter = makeAdapter(app);
      return adapter.start(handler);
    },
    runCommand: async (name, text = '') => {
      const [setting, ...rest] = text.split(' ');
      const command = commands.find((c) => c.name === name)!;
      // Discord parses options itself: the first word fills the first option, the rest the second.
      const options = Object.fromEntries(
        [setting, rest.join(' ')].map((value, i) => [command.options[i]?.name, value]).filter(([key, value]) => key && value),
      ) as Record<string, string>;
      return seen(await interact(slashCommand(member, name, options)));
    },
    pick: async (label) => {
      const button = last.buttons.find((b) => b.label === label);
      if (!button) throw new Error(`no button "${label}": ${last.buttons.map((b) => b.label).join(', ')}`);
      return seen(await interact(buttonPress(member, button.customId)));
    },
    submitForm: async (values) => {
      const open = last.buttons.find((b) => b.customId.startsWith('~form|'));
      if (!open) throw new Error('no form to open');
      const modal = shownBy(await interact(buttonPress(member, open.customId))).modal;
      if (!modal) throw new Error('the button did not open a modal');
      return seen(await interact(modalSubmit(member, modal.customId, values)));
    },
    sendDirect: async (text) => {
      const before = fake.calls.length;
      await adapter.sendDirect({ communityExternalId: guildId, platformUserId: member.userId }, direct(text));
      return dmSince(before);
    },
    sendToGroup: async (text, others) => {
      const before = fake.calls.length;
      await adapter.sendToGroup({ communityExternalId: guildId, platformUserIds: [member.userId, ...others.map((_, i) => `30000000000000010${i}`)] }, direct(text));
      return dmSince(before);
    },
    stop: async () => {
      await adapter.stop();
      await fake.close();
    },
  };
}

chatAdapterContract('discord', discordHarness);
