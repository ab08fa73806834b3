import { randomBytes } from 'node:crypto';
import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  Status,
  type AnyThreadChannel,
  type Interaction,
  type Message,
  type RepliableInteraction,
  type SendableChannels,
  type TextChannel,
} from 'discord.js';
import type { ChannelRef, ChatAdapter, DeliveryReceipt, EventHandler, GroupRecipient, Recipient } from '../../src/core/adapter.js';
import type { AnyCommand } from '../../src/core/command.js';
import type { ContentLibrary } from '../../src/content/library.js';
import { DeliveryError, PeercircleError } from '../../src/core/errors.js';
import type { IncomingEvent } from '../../src/core/events.js';
import type { Logger } from '../../src/core/logger.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import type { AdapterMemory } from '../../src/storage/adapter-memory.js';
import { err, ok, type Result } from '../../src/core/result.js';
import { answerAutocomplete } from './autocomplete.js';
import { CommunityFinder } from './community-finder.js';
import { summary } from './log-safe.js';
import { parseChoiceId } from './custom-id.js';
import { deliveryErrorOf, isDmsClosed } from './delivery-error.js';
import { renderMessage, renderModal } from './render.js';
import { answerWithin, respondWith, tell } from './respond.js';
import type { ShardPlan } from './shards.js';
import { choiceEvent, commandEvent, formEvent, messageEvent } from './translate.js';
import { copy } from './copy.js';
import { SeenDeliveries, type SharedClaims } from '../../src/core/seen-deliveries.js';

export interface DiscordAdapterOptions {
  token: string;
  /** The REST base URL (DISCORD_API_URL); Discord's own when unset. */
  api?: string;
  shards?: ShardPlan;
  commands: readonly AnyCommand[];
  /** Where refresher topics for autocomplete come from. */
  content: Pick<ContentLibrary, 'topics' | 'exercises'>;
  /** The refresher topics one server sees (its own principles, without those it hid), for autocomplete. */
  topicsOf?: (guildId: string) => Promise<ContentLibrary['topics']>;
  /**
   * The server a member last used peercircle in, from the database. A slash command in a DM has
   * no server, and each server is its own community, so this is how the DM finds its community.
   */
  homeGuildOf(userId: string): Promise<string | undefined>;
  /** The channel a server chose for debrief conversations, where group messages open private threads. */
  pairingChannelOf(guildId: string): Promise<string | undefined>;
  /**
   * What every process of the bot shares (the project database): forms behind buttons, members
   * still to be told their DMs are closed, the thread each group delivery opened. A restart or
   * another shard's process carries on where this one left off.
   */
  memory: Pick<AdapterMemory, 'saveForm' | 'formOf' | 'noteDmsClosed' | 'takeDmsClosed' | 'conversationOf' | 'rememberConversation'>;
  logger: Logger;
  now?: () => Date;
  /** How long to wait for the gateway's READY after logging in. Default 120 s. */
  readyTimeoutMs?: number;
  /** Defer an interaction when the core has not answered by then; Discord allows 3 s. */
  deferAfterMs?: number;
  /** Called once an interaction has been fully answered, or passed over as a repeat (tests and the benchmark wait on it). */
  onInteractionHandled?: (interactionId: string, outcome?: 'answered' | 'repeat') => void;
  /**
   * Claims on interactions shared by every process (the project database): an interaction that
   * reaches two processes (a gateway resume, two processes on one shard during a deploy) is
   * answered by the first to claim it, and the other stays quiet.
   */
  seenInteractions?: SharedClaims;
}

/**
 * Intents: Guilds (server names, owners, roles and channels for threads) and DirectMessages (free
 * text a member DMs the bot, which the core reads for risk). Slash commands, buttons and modals
 * arrive as interactions whatever the intents; message content in DMs needs no privileged intent.
 */
export const discordIntents = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages];

/**
 * peercircle on Discord through discord.js: each server (guild) is its own community; commands,
 * buttons and modals come in as interactions; check-ins go out by DM. Several servers and shards
 * run in one client.
 */
export class DiscordAdapter implements ChatAdapter {
  readonly platform = 'discord' as const;
  readonly client: Client;
  private handler: EventHandler | undefined;
  private readonly communities: CommunityFinder;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;
  private readonly seen: SeenDeliveries;

  constructor(private readonly options: DiscordAdapterOptions) {
    this.client = new Client({
      intents: discordIntents,
      // DM channels are not cached before their first message; without this their messages are dropped.
      partials: [Partials.Channel],
      rest: { ...(options.api ? { api: options.api } : {}), retries: 2 },
      ...(options.shards ?? {}),
    });
    this.communities = new CommunityFinder(this.client, options.homeGuildOf);
    this.seen = new SeenDeliveries(options.seenInteractions, () => options.now?.() ?? new Date(), undefined, (error) =>
      options.logger.warn({ err: summary(error) }, 'could not check a discord interaction for a repeat'),
    );
  }

  async start(handler: EventHandler): Promise<void> {
    this.handler = handler;
    this.client.on(Events.InteractionCreate, (interaction) => this.track(this.onInteraction(interaction)));
    this.client.on(Events.MessageCreate, (message) => this.track(this.onMessage(message)));
    this.client.on(Events.Error, (error) => this.options.logger.error({ err: summary(error) }, 'discord client error'));
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    const connecting = this.client.login(this.options.token).then(
      () => ready,
      (error: unknown) => {
        const e = error as { code?: unknown; status?: unknown };
        if (e.code === 'TokenInvalid' || e.status === 401) {
          throw new PeercircleError('ADAPTER_FAILED', "Discord refused the bot token (401 Unauthorized): check DISCORD_TOKEN, copying it again from the Developer Portal's Bot page (Reset Token).", { cause: summary(error) });
        }
        throw new PeercircleError('ADAPTER_FAILED', `could not log in to Discord (${String(summary(error).message ?? 'no answer')}); check DISCORD_API_URL and https://discordstatus.com`, { cause: summary(error) });
      },
    );
    // Never wait for ever: a gateway that takes the login but never says READY is reported.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.options.readyTimeoutMs ?? 120_000)));
    try {
      if ((await Promise.race([connecting, late])) === 'late') {
        connecting.catch(() => {});
        // discord.js waits on a shard that is still identifying; do not wait with it.
        void this.client.destroy().catch(() => {});
        throw new DeliveryError('Discord accepted the login but the gateway did not become ready; check DISCORD_API_URL and https://discordstatus.com', { permanent: true });
      }
    } finally {
      clearTimeout(timer);
    }
    this.options.logger.info({ guilds: this.client.guilds.cache.size, shards: this.client.ws.shards.size }, 'discord connected');
  }

  /**
   * Whether every shard's gateway connection is up. Discord drops connections now and then and
   * discord.js resumes them; while one is down, that shard's servers get no answers.
   */
  connected(): boolean {
    const { ws } = this.client;
    return !this.stopped && ws.status === Status.Ready && ws.shards.size > 0 && ws.shards.every((shard) => shard.status === Status.Ready);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.inFlight]);
    await this.client.destroy();
  }

  async sendDirect(to: Recipient, message: OutgoingMessage): Promise<DeliveryReceipt> {
    try {
      const channel = await this.client.users.createDM(to.platformUserId);
      return await this.post(channel, message, to.communityExternalId, to.deliveryId);
    } catch (error) {
      if (isDmsClosed(error)) {
        this.options.logger.warn({ user: to.platformUserId, community: to.communityExternalId }, 'discord member does not accept DMs');
        // Told at their next interaction in a server, by whichever process gets it.
        await this.options.memory.noteDmsClosed(to.platformUserId).catch((failure: unknown) =>
          this.options.logger.error({ err: summary(failure) }, 'could not record that a member does not accept DMs'),
        );
      }
      throw deliveryErrorOf(error);
    }
  }

  async sendToChannel(to: ChannelRef, message: OutgoingMessage): Promise<DeliveryReceipt> {
    try {
      const channel = await this.client.channels.fetch(to.channelId);
      if (!channel?.isSendable()) throw new DeliveryError(`channel ${to.channelId} is not one I can post in`, { permanent: true });
      return await this.post(channel, message, undefined, to.deliveryId);
    } catch (error) {
      throw deliveryErrorOf(error);
    }
  }

  /**
   * Bots cannot open group DMs on Discord, so a message for several members together goes to a
   * private thread, in the server's pairing channel, with just those members added; without a
   * pairing channel, the same message goes by DM to each of them.
   */
  async sendToGroup(to: GroupRecipient, message: OutgoingMessage): Promise<DeliveryReceipt> {
    const channelId = await this.options.pairingChannelOf(to.communityExternalId);
    if (channelId) {
      try {
        const parent = await this.client.channels.fetch(channelId);
        if (parent?.type !== ChannelType.GuildText) throw new DeliveryError(`pairing channel ${channelId} is not a text channel`, { permanent: true });
        const thread = await this.threadFor(parent, to.deliveryId);
        // Adding a member who is already in the thread changes nothing, so a retry adds them all again.
        for (const userId of to.platformUserIds) await thread.members.add(userId);
        return await this.post(thread, message, undefined, to.deliveryId);
      } catch (error) {
        throw deliveryErrorOf(error);
      }
    }
    const failures: unknown[] = [];
    let receipt: DeliveryReceipt = {};
    for (const [index, platformUserId] of to.platformUserIds.entries()) {
      // A retry re-sends to everyone; each member's own nonce keeps it from arriving twice.
      const deliveryId = to.deliveryId ? `${to.deliveryId}m${index}` : undefined;
      try {
        receipt = await this.sendDirect({ communityExternalId: to.communityExternalId, platformUserId, ...(deliveryId ? { deliveryId } : {}) }, message);
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length === to.platformUserIds.length) throw failures[0];
    if (failures.length > 0) this.options.logger.warn({ community: to.communityExternalId, unreached: failures.length }, 'a group message reached only some members');
    return receipt;
  }

  /**
   * The private thread for one group delivery. A retry of the delivery (after a failure part-way,
   * on this process or another) finds the thread the first attempt opened and posts there; the
   * thread is recorded right after it is made, before anyone is added or anything posted.
   */
  private async threadFor(parent: TextChannel, deliveryId: string | undefined): Promise<AnyThreadChannel> {
    const { memory } = this.options;
    const earlier = deliveryId ? await memory.conversationOf(deliveryId) : undefined;
    if (earlier) {
      // Only a thread that is gone (deleted since) is opened anew; any other failure is retried later.
      const found = await this.client.channels.fetch(earlier).catch((error: unknown) => {
        if ((error as { code?: unknown }).code === 10003) return null;
        throw error;
      });
      if (found?.isThread()) return found;
    }
    const now = this.options.now?.() ?? new Date();
    const thread = await parent.threads.create({ name: `Peer debrief ${now.toISOString().slice(0, 10)}`, type: ChannelType.PrivateThread, invitable: false });
    if (deliveryId) await memory.rememberConversation(deliveryId, thread.id, now);
    return thread;
  }

  /** Stores the forms among these messages, so any process can open them; their keys by form id. */
  private async formKeys(messages: OutgoingMessage[]): Promise<Map<string, string>> {
    const keys = new Map<string, string>();
    const now = this.options.now?.() ?? new Date();
    for (const { form } of messages) if (form && !keys.has(form.id)) keys.set(form.id, await this.options.memory.saveForm(form, now));
    return keys;
  }

  /** Sends each part with a nonce Discord enforces, so a retry of the same delivery is not posted twice. */
  private async post(channel: SendableChannels, message: OutgoingMessage, guildId: string | undefined, deliveryId: string | undefined): Promise<DeliveryReceipt> {
    const formKeys = await this.formKeys([message]);
    const base = deliveryId ? `pc${deliveryId.replace(/\W/g, '').slice(-18)}` : randomBytes(9).toString('hex');
    let last: Message | undefined;
    for (const [index, payload] of renderMessage(message, { ephemeral: false, guildId: channel.isDMBased() ? guildId : undefined, formKeys, onDropped: this.dropped }).entries()) {
      const { flags: _flags, ...body } = payload;
      last = await channel.send({ ...body, nonce: `${base}.${index}`, enforceNonce: true });
    }
    return last ? { messageId: last.id } : {};
  }

  /** A button whose id cannot fit Discord's limit is left out; loudly, since it is a bug to fix. */
  private readonly dropped = (actionId: string) =>
    this.options.logger.error({ action: actionId.split(':').slice(0, 2).join(':'), length: actionId.length }, 'a button id is too long for Discord; the button was left out');

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      // Suggestions change nothing: a repeat costs nothing, so no claim (one per keystroke) is made.
      const { topicsOf, content } = this.options;
      const suggested = async () => ({ ...content, topics: topicsOf && interaction.guildId ? await topicsOf(interaction.guildId) : content.topics });
      await suggested().then((library) => answerAutocomplete(interaction, this.options.commands, library)).catch((error: unknown) => this.options.logger.warn({ err: summary(error) }, 'autocomplete failed'));
      this.options.onInteractionHandled?.(interaction.id);
      return;
    }
    if (!(await this.seen.firstTime(`discord:interaction:${interaction.id}`))) {
      this.options.logger.debug({ interaction: interaction.id }, 'discord interaction already claimed by another process; not answering it twice');
      this.options.onInteractionHandled?.(interaction.id, 'repeat');
      return;
    }
    if (!interaction.isRepliable()) return;
    try {
      if (this.stopped) await tell(interaction, copy.restarting);
      else await this.answer(interaction);
    } catch (error) {
      this.options.logger.error({ err: summary(error), type: interaction.type }, 'could not answer a discord interaction');
      await tell(interaction, copy.somethingWentWrong).catch(() => {});
    } finally {
      this.options.onInteractionHandled?.(interaction.id);
    }
  }

  private async answer(interaction: RepliableInteraction): Promise<void> {
    if (interaction.isButton()) {
      const id = parseChoiceId(interaction.customId);
      if (!id.ok) return tell(interaction, copy.unknownButton);
      if (id.value.kind === 'open-form') {
        const form = await this.options.memory.formOf(id.value.formKey, this.options.now?.() ?? new Date());
        const modal = form && renderModal(form, interaction.inGuild() ? undefined : id.value.guildId);
        return modal ? interaction.showModal(modal) : tell(interaction, copy.formExpired);
      }
    }
    const community = await this.communities.of(interaction);
    if (!community.ok) return tell(interaction, community.error);
    const now = this.options.now?.() ?? new Date();
    const event: Result<IncomingEvent> = interaction.isChatInputCommand()
      ? ok(commandEvent(interaction, community.value, now))
      : interaction.isButton()
        ? choiceEvent(interaction, community.value, now)
        : interaction.isModalSubmit()
          ? formEvent(interaction, community.value, now)
          : err('unsupported');
    if (!event.ok) return tell(interaction, interaction.isModalSubmit() ? copy.formExpired : copy.unknownButton);
    const guildId = community.value.externalId;
    const handler = this.handler!;
    const work = handler.handle(event.value).then(async (replies) => {
      const shown = await this.placeReplies(interaction, replies, guildId);
      return { shown, formKeys: await this.formKeys(shown) };
    });
    // Discord's 3 seconds run from the interaction's creation, not from when it got here: time
    // spent on the way (a busy gateway, a backlog) counts. Clamped, in case the clocks disagree.
    const budget = this.options.deferAfterMs ?? 2000;
    const left = Math.min(budget, Math.max(0, interaction.createdTimestamp + budget - Date.now()));
    const { shown, formKeys } = await answerWithin(interaction, work, left, (error) =>
      this.options.logger.warn({ err: summary(error) }, 'could not defer an interaction'),
    );
    await respondWith(interaction, shown, guildId, { formKeys, onDropped: this.dropped });
  }

  /**
   * Decides where each reply goes, and returns what to show where the member acted. In a server, a
   * message the core meant for the DM is shown privately in place (as private as a DM, and never
   * lost to closed DMs), except a file such as a data export, which goes by DM so the member keeps
   * it; if their DMs are closed, it is shown privately instead, with how to open DMs.
   */
  private async placeReplies(interaction: RepliableInteraction, replies: OutgoingMessage[], guildId: string): Promise<OutgoingMessage[]> {
    if (!interaction.inGuild()) return replies;
    const shown: OutgoingMessage[] = [];
    let toldAboutDms = false;
    for (const reply of replies) {
      if (reply.visibility !== 'direct' || !reply.attachment) {
        shown.push(reply);
        continue;
      }
      try {
        await this.sendDirect({ communityExternalId: guildId, platformUserId: interaction.user.id }, reply);
        shown.push({ visibility: 'ephemeral', text: copy.sentByDm });
      } catch (error) {
        // The file is theirs either way: if the DM fails, it is shown privately where they asked.
        if (isDmsClosed((error as { cause?: unknown }).cause)) {
          shown.push({ ...reply, visibility: 'ephemeral' }, { visibility: 'ephemeral', text: copy.dmsClosed });
          toldAboutDms = true;
        } else {
          this.options.logger.warn({ err: summary(error), user: interaction.user.id }, 'could not send a file by DM; showing it privately in place');
          shown.push({ ...reply, visibility: 'ephemeral' }, { visibility: 'ephemeral', text: copy.dmFailedShownHere });
        }
      }
    }
    // A scheduled DM that could not reach them: said once, at their next interaction in a server,
    // whichever process gets it (taking the notice from the database is what makes it once).
    if ((await this.options.memory.takeDmsClosed(interaction.user.id)) && !toldAboutDms) shown.push({ visibility: 'ephemeral', text: copy.dmsClosed });
    return shown;
  }

  private async onMessage(message: Message): Promise<void> {
    if (message.author.bot || message.inGuild() || this.stopped || !this.handler || !message.channel.isSendable()) return;
    const { channel } = message;
    try {
      const guildId = await this.communities.homeOf(message.author.id);
      if (!guildId) {
        await channel.send({ content: copy.noHomeServer });
        return;
      }
      const replies = await this.handler.handle(messageEvent(message, this.communities.ref(guildId), this.options.now?.() ?? new Date()));
      const formKeys = await this.formKeys(replies);
      for (const reply of replies) {
        for (const payload of renderMessage(reply, { ephemeral: false, guildId, formKeys, onDropped: this.dropped })) {
          const { flags: _flags, ...body } = payload;
          await channel.send(body);
        }
      }
    } catch (error) {
      this.options.logger.error({ err: summary(error) }, 'could not answer a discord direct message');
    }
  }


}

