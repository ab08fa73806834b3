import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type Installation, type InstallationQuery, type InstallationStore } from '@slack/bolt';
import type { ChannelRef, ChatAdapter, DeliveryReceipt, EventHandler, GroupRecipient, Recipient } from '../../src/core/adapter.js';
import { DeliveryError } from '../../src/core/errors.js';
import type { CommunityRef, IncomingEvent, UserRef } from '../../src/core/events.js';
import type { HomeSummary } from '../../src/core/home.js';
import type { Logger } from '../../src/core/logger.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import type { RoleGroups } from '../../src/domain/roles.js';
import type { SlackInstallationRepository } from '../../src/storage/slack-installations.js';
import { boltLogger } from './bolt-logger.js';
import { loggableError, toDeliveryError } from './delivery-error.js';
import { renderHome } from './home-view.js';
import { BOT_SCOPES } from './scopes.js';
import { sealedInstallationStore } from './installation-store.js';
import { checkPayloadShape } from './payload-shape.js';
import { OPEN_FORM_ACTION, renderMessage, renderModal, type CommandNaming } from './render.js';
import { checkRequestTimestamp } from './request-window.js';
import { StandingCache } from './standing.js';
import { WorkQueue } from './work-queue.js';
import { DEFAULT_COMMAND_PREFIX, parseFormValue, translateAction, translateCommand, translateDirectMessage, translateTeamJoin, translateViewSubmission } from './translate.js';

export interface SlackAdapterOptions {
  /** Verifies HTTP requests; needed in HTTP mode. */
  signingSecret?: string;
  /** Single-workspace install. */
  botToken?: string;
  /** Socket Mode when set (an xapp- token); HTTP mode otherwise. */
  appToken?: string;
  /** Multi-workspace distribution through OAuth (HTTP mode). */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string };
  /** Web API base URL (GovSlack, a proxy, tests), ending in a slash. */
  apiUrl?: string;
  installations: SlackInstallationRepository;
  logger: Logger;
  /** The core's command names, for rewriting `/checkin` as `/pc-checkin` in replies. */
  commandNames: readonly string[];
  commandPrefix?: string;
  /** A member's own recent check-ins, for their App Home. */
  home?: (community: CommunityRef, user: UserRef) => Promise<HomeSummary>;
  /** The user groups a community maps to supervisors and admins (`/community supervisor-group`). */
  roleGroups?: (community: CommunityRef) => Promise<RoleGroups>;
  now?: () => Date;
  /** Events worked on at once after their ack; the rest wait in line. Default 4: enough to overlap database round trips, few enough that a burst's work never crowds out the next ack. */
  concurrency?: number;
}


/** Commands whose conversation belongs in the member's DM even when typed in a channel. */
const directOnlyCommands = new Set(['checkin']);

/** Where the replies to one event go, and what the member clicked (to replace it in place). */
interface ReplyTarget {
  teamId: string;
  userId: string;
  token: string | undefined;
  /** The conversation the event came from, when it has one. */
  channelId?: string;
  isDirect: boolean;
  /** The message whose button was clicked. */
  messageTs?: string;
  /** Replies through the payload's response_url (ephemeral in a channel). */
  respond?: (message: Record<string, unknown>) => Promise<unknown>;
  /** The click was on an ephemeral message (replace it through response_url). */
  clickedEphemeral?: boolean;
}

/**
 * Slack through @slack/bolt: slash commands, buttons and modals in, Block Kit out. HTTP mode
 * shares the process's one port (`handleHttpRequest`), Socket Mode needs no public URL. Every
 * request is acknowledged first; the work and the replies follow, tracked so `stop` can drain.
 */
export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  private readonly app: App;
  private readonly receiver: HTTPReceiver | undefined;
  private readonly naming: CommandNaming;
  private readonly work: WorkQueue;
  private readonly dmChannels = new Map<string, string>();
  private readonly standing: StandingCache;
  private handler: EventHandler | undefined;
  private stopping = false;

  constructor(private readonly options: SlackAdapterOptions) {
    const logger = boltLogger(options.logger);
    const clientOptions = {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      // The outbox retries with backoff and honours retry-after; the client must not retry on its own.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    };
    this.work = new WorkQueue(options.concurrency ?? 4, (error) => options.logger.error({ failure: loggableError(error) }, 'slack work failed'));
    this.naming = { prefix: options.commandPrefix ?? DEFAULT_COMMAND_PREFIX, names: new Set(options.commandNames) };
    const installationStore = sealedInstallationStore(options.installations);
    if (options.appToken) {
      this.app = new App({
        socketMode: true,
        appToken: options.appToken,
        token: options.botToken,
        clientOptions,
        installerOptions: { clientOptions },
        logger,
      });
    } else {
      this.receiver = new HTTPReceiver({
        signingSecret: options.signingSecret ?? '',
        endpoints: '/slack/events',
        logger,
        ...(options.oauth
          ? {
              clientId: options.oauth.clientId,
              clientSecret: options.oauth.clientSecret,
              stateSecret: options.oauth.stateSecret,
              scopes: BOT_SCOPES,
              installationStore,
              installerOptions: { clientOptions, directInstall: true, installPath: '/slack/install', redirectUriPath: '/slack/oauth_redirect' },
            }
          : {}),
        processEventErrorHandler: async ({ error, response }) => {
          if (response.headersSent) return true;
          const malformed = error instanceof MalformedPayload;
          response.writeHead(malformed ? 400 : 500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: malformed ? error.message : 'could not process the request' }));
          return true;
        },
        // A request nobody acknowledged (an event type this app does not handle): 404, once.
        unhandledRequestHandler: ({ response }) => {
          if (response.headersSent) return;
          response.writeHead(404);
          response.end();
        },
        unhandledRequestTimeoutMillis: 2500,
      });
      this.app = new App({
        receiver: this.receiver,
        ...(options.oauth ? {} : { token: options.botToken }),
        clientOptions,
        logger,
        tokenVerificationEnabled: false,
      });
      // Bolt routes every verified body; first it is checked for the fields its kind needs.
      const app = this.app;
      this.receiver.init({
        processEvent: (event: Parameters<App['processEvent']>[0]) => {
          const shape = checkPayloadShape(event.body);
          if (!shape.ok) throw new MalformedPayload(shape.error);
          return app.processEvent(event);
        },
      } as unknown as App);
    }
    this.standing = new StandingCache({
      isWorkspaceAdmin: async (token, user) => {
        const info = await this.app.client.users.info({ token, user });
        return info.user?.is_admin === true || info.user?.is_owner === true || info.user?.is_primary_owner === true;
      },
      groupMembers: async (token, usergroup) => (await this.app.client.usergroups.users.list({ token, usergroup })).users ?? [],
      installer: (teamId) => options.installations.installerOf(teamId),
    });
    this.listen();
  }

  async start(handler: EventHandler): Promise<void> {
    this.handler = handler;
    if (this.options.appToken) await this.app.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.options.appToken) await this.app.stop();
    await this.settled();
  }

  /** Resolves once every acknowledged event's work and replies are done. */
  settled(): Promise<void> {
    return this.work.idle();
  }

  /**
   * HTTP mode: serves Slack's routes (/slack/events, and /slack/install and /slack/oauth_redirect
   * with OAuth) on the process's one port. Returns false for any other path.
   */
  handleHttpRequest(request: IncomingMessage, response: ServerResponse): boolean {
    if (!this.receiver) return false;
    const path = (request.url ?? '/').split('?')[0];
    const oauthRoute = this.options.oauth !== undefined && (path === '/slack/install' || path === '/slack/oauth_redirect');
    if (path !== '/slack/events' && !oauthRoute) return false;
    const refuse = (status: number, error: string) => {
      request.resume();
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error }));
    };
    if (this.stopping || !this.handler) {
      refuse(503, 'not accepting events right now');
      return true;
    }
    if (path === '/slack/events') {
      if (request.method !== 'POST') {
        refuse(405, 'use POST');
        return true;
      }
      // Bolt verifies the signature and refuses stale stamps; future ones are refused here.
      const stamp = checkRequestTimestamp(request.headers['x-slack-request-timestamp'], this.now().getTime());
      if (!stamp.ok) {
        refuse(401, stamp.error);
        return true;
      }
    }
    try {
      this.receiver.requestListener(request, response);
    } catch (error) {
      this.options.logger.warn({ failure: loggableError(error) }, 'slack request not handled');
      if (!response.headersSent) refuse(404, 'not found');
    }
    return true;
  }

  async sendDirect(to: Recipient, message: OutgoingMessage): Promise<DeliveryReceipt> {
    try {
      const token = await this.tokenFor(to.communityExternalId);
      const channel = await this.openDm(token, to.communityExternalId, to.platformUserId);
      return await this.post(token, channel, message);
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  /** A group DM with these members (conversations.open with several users), and the message in it. */
  async sendToGroup(to: GroupRecipient, message: OutgoingMessage): Promise<DeliveryReceipt> {
    try {
      const token = await this.tokenFor(to.communityExternalId);
      const opened = await this.app.client.conversations.open({ token, users: [...new Set(to.platformUserIds)].join(',') });
      if (!opened.channel?.id) throw new DeliveryError('Slack did not open a group conversation');
      return await this.post(token, opened.channel.id, message);
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  async sendToChannel(to: ChannelRef, message: OutgoingMessage): Promise<DeliveryReceipt> {
    try {
      return await this.post(await this.tokenFor(to.communityExternalId), to.channelId, message);
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  private listen(): void {
    const app = this.app;

    app.command(/.*/, async ({ body, ack, respond, context }) => {
      const event = translateCommand(body as unknown as Record<string, unknown>, this.now(), this.naming.prefix);
      if (!event.ok) {
        await ack({ response_type: 'ephemeral', text: 'Sorry, I could not read that command. Please try again.' });
        return;
      }
      await ack();
      const target: ReplyTarget = {
        teamId: event.value.community.externalId,
        userId: event.value.user.id,
        token: context.botToken,
        channelId: body.channel_id,
        isDirect: event.value.isDirect,
        respond: (message) => respond(message as never),
      };
      this.track(() => this.run(event.value, target, context.enterpriseId));
    });

    app.action(/.*/, async ({ body, ack, respond, context, client }) => {
      await ack();
      const raw = body as unknown as Record<string, unknown>;
      const action = (raw.actions as Record<string, unknown>[] | undefined)?.[0];
      const channelId = (raw.channel as { id?: string } | undefined)?.id;
      const container = raw.container as { type?: string; is_ephemeral?: boolean; message_ts?: string } | undefined;
      const messageTs = (raw.message as { ts?: string } | undefined)?.ts ?? container?.message_ts;
      const responseUrl = typeof raw.response_url === 'string' ? raw.response_url : undefined;
      if (action?.action_id === OPEN_FORM_ACTION) {
        const form = parseFormValue(action.value);
        const triggerId = typeof raw.trigger_id === 'string' ? raw.trigger_id : undefined;
        if (!form.ok || !triggerId) return;
        this.track(() =>
          client.views
            .open({
              trigger_id: triggerId,
              view: renderModal(form.value, {
                formId: form.value.id,
                ...(channelId ? { channelId } : {}),
                ...(messageTs ? { messageTs } : {}),
                ...(responseUrl ? { responseUrl } : {}),
                isEphemeral: container?.is_ephemeral ?? false,
              }) as never,
            })
            .catch((error: unknown) => this.options.logger.warn({ failure: loggableError(error) }, 'could not open a form')),
        );
        return;
      }
      const event = translateAction(raw, this.now());
      if (!event.ok) return;
      const target: ReplyTarget = {
        teamId: event.value.community.externalId,
        userId: event.value.user.id,
        token: context.botToken,
        isDirect: event.value.isDirect && channelId !== undefined,
        clickedEphemeral: container?.is_ephemeral ?? false,
        ...(channelId ? { channelId } : {}),
        ...(messageTs ? { messageTs } : {}),
        ...(responseUrl ? { respond: (message) => respond(message as never) } : {}),
      };
      this.track(() => this.run(event.value, target, context.enterpriseId));
    });

    app.view(/.*/, async ({ body, ack, context }) => {
      await ack();
      const submitted = translateViewSubmission(body as unknown as Record<string, unknown>, this.now());
      if (!submitted.ok) return;
      const { event, origin } = submitted.value;
      const target: ReplyTarget = {
        teamId: event.community.externalId,
        userId: event.user.id,
        token: context.botToken,
        isDirect: event.isDirect,
        clickedEphemeral: origin.isEphemeral ?? false,
        ...(origin.channelId ? { channelId: origin.channelId } : {}),
        ...(origin.messageTs ? { messageTs: origin.messageTs } : {}),
        ...(origin.responseUrl ? { respond: (message) => this.postToResponseUrl(origin.responseUrl!, message) } : {}),
      };
      this.track(() => this.run(event, target, context.enterpriseId));
    });

    app.event('message', async ({ event, body, context }) => {
      const message = translateDirectMessage(event as unknown as Record<string, unknown>, (body as { team_id?: string }).team_id, this.now());
      if (!message.ok || !message.value) return;
      const typed = message.value;
      const target: ReplyTarget = {
        teamId: typed.community.externalId,
        userId: typed.user.id,
        token: context.botToken,
        channelId: (event as { channel?: string }).channel!,
        isDirect: true,
      };
      this.track(() => this.run(typed, target, context.enterpriseId));
    });

    app.event('team_join', async ({ event, body, context }) => {
      const joined = translateTeamJoin(event as unknown as Record<string, unknown>, (body as { team_id?: string }).team_id, this.now());
      if (!joined.ok || !joined.value) return;
      const newcomer = joined.value;
      const target: ReplyTarget = { teamId: newcomer.community.externalId, userId: newcomer.user.id, token: context.botToken, isDirect: true };
      this.track(() => this.run(newcomer, target, context.enterpriseId));
    });

    app.event('app_home_opened', async ({ event, body, context, client }) => {
      if (event.tab !== 'home') return;
      const teamId = (body as { team_id?: string }).team_id ?? context.teamId;
      if (!teamId) return;
      this.track(() => this.publishHome(client, teamId, event.user));
    });

    app.event('app_uninstalled', async ({ body, context }) => {
      this.track(() => this.forget(body as Record<string, unknown>, context.isEnterpriseInstall));
    });

    app.event('tokens_revoked', async ({ event, body, context }) => {
      // A revoked bot token makes the installation useless; revoked user tokens alone do not.
      if ((event.tokens.bot ?? []).length > 0) this.track(() => this.forget(body as Record<string, unknown>, context.isEnterpriseInstall));
    });

    app.error(async (error) => {
      this.options.logger.error({ failure: loggableError(error) }, 'slack listener failed');
    });
  }

  /** Hands one event to the core and delivers the replies. Never throws: it runs after the ack. */
  private async run(event: IncomingEvent, target: ReplyTarget, enterpriseId: string | undefined): Promise<void> {
    const handler = this.handler;
    if (!handler) return;
    try {
      if (enterpriseId) await this.options.installations.linkTeam(enterpriseId, target.teamId);
      const replies = await handler.handle(await this.withStanding(event, target));
      if (event.kind === 'command' && !event.isDirect && directOnlyCommands.has(event.name)) {
        await this.moveToDm(replies, target);
      } else {
        await this.deliver(replies, target);
      }
      if (event.kind === 'choice' && !target.channelId) await this.publishHome(this.app.client, target.teamId, target.userId, target.token);
    } catch (error) {
      this.options.logger.error({ failure: loggableError(error), kind: event.kind }, 'could not deliver replies in slack');
    }
  }

  /** The user as Slack sees them (admin? in a mapped user group?), so the core can keep roles current. */
  private async withStanding(event: IncomingEvent, target: ReplyTarget): Promise<IncomingEvent> {
    const mapping = await this.roleGroupsOf(event.community);
    const token = target.token ?? (await this.tokenFor(target.teamId).catch(() => undefined));
    if (!token) return event;
    const standing = await this.standing.of(target.teamId, event.user.id, token, mapping);
    return { ...event, user: { ...event.user, ...standing } };
  }

  /** A check-in typed in a channel continues in the member's DM; the channel only gets a pointer. */
  private async moveToDm(replies: OutgoingMessage[], target: ReplyTarget): Promise<void> {
    const token = target.token ?? (await this.tokenFor(target.teamId));
    const channelId = await this.openDm(token, target.teamId, target.userId);
    await this.deliver(replies, { ...target, token, channelId, isDirect: true, respond: undefined });
    await target.respond?.({ response_type: 'ephemeral', text: "I've sent your check-in to our direct messages, where only you can see it." });
  }

  /**
   * Each reply where the member will see it: in the DM as a message (the one whose button was
   * pressed is updated in place), in a channel as an ephemeral reply, and `direct` ones by DM.
   */
  private async deliver(replies: OutgoingMessage[], target: ReplyTarget): Promise<void> {
    let replaced = false;
    for (const reply of replies) {
      const replace = reply.replacesPrompt === true && !replaced;
      if (reply.visibility === 'direct' || (!target.isDirect && !target.respond)) {
        const token = target.token ?? (await this.tokenFor(target.teamId));
        const channel = target.isDirect && target.channelId ? target.channelId : await this.openDm(token, target.teamId, target.userId);
        await this.post(token, channel, reply);
        continue;
      }
      if (target.isDirect && target.channelId) {
        const token = target.token ?? (await this.tokenFor(target.teamId));
        if (replace && target.messageTs && !target.clickedEphemeral) {
          replaced = true;
          await this.app.client.chat.update({ token, channel: target.channelId, ts: target.messageTs, ...renderMessage(reply, this.naming) } as never);
        } else {
          await this.post(token, target.channelId, reply);
        }
        continue;
      }
      const rendered = renderMessage(reply, this.naming);
      if (replace && target.clickedEphemeral) replaced = true;
      await target.respond!({ response_type: 'ephemeral', replace_original: replace && target.clickedEphemeral === true, ...rendered });
      if (reply.attachment) await this.sendDirect({ communityExternalId: target.teamId, platformUserId: target.userId }, { ...reply, text: 'The file for the message above:' });
    }
  }

  private async post(token: string, channel: string, message: OutgoingMessage): Promise<DeliveryReceipt> {
    const posted = await this.app.client.chat.postMessage({ token, channel, ...renderMessage(message, this.naming) } as never);
    if (message.attachment) {
      const { filename, base64, altText } = message.attachment;
      await this.app.client.files.uploadV2({ token, channel_id: channel, filename, file: Buffer.from(base64, 'base64'), alt_text: altText } as never);
    }
    return posted.ts ? { messageId: posted.ts } : {};
  }

  private async openDm(token: string, teamId: string, userId: string): Promise<string> {
    const key = `${teamId}:${userId}`;
    const cached = this.dmChannels.get(key);
    if (cached) return cached;
    const opened = await this.app.client.conversations.open({ token, users: userId });
    const channel = opened.channel?.id;
    if (!channel) throw new DeliveryError('Slack did not open a direct message');
    if (this.dmChannels.size > 50_000) this.dmChannels.clear();
    this.dmChannels.set(key, channel);
    return channel;
  }

  /** The bot token for a workspace: the single-workspace token, or its sealed installation. */
  private async tokenFor(teamId: string): Promise<string> {
    if (this.options.botToken) return this.options.botToken;
    const installation = (await this.options.installations.find({ teamId })) as Installation | undefined;
    const token = installation?.bot?.token;
    if (!token) throw new DeliveryError(`peercircle is not installed in the Slack workspace ${teamId}`, { permanent: true });
    return token;
  }

  private async publishHome(client: App['client'], teamId: string, userId: string, token?: string): Promise<void> {
    const handler = this.handler;
    if (!handler) return;
    try {
      const community: CommunityRef = { platform: 'slack', externalId: teamId };
      const user: UserRef = { id: userId };
      const summary = (await this.options.home?.(community, user)) ?? { recent: [], known: false };
      // The page shows what /settings and /help would: for someone who has not met the bot yet,
      // settings wait until they have (opening a page is not joining).
      const base = { community, user, isDirect: true, receivedAt: this.now() };
      const settings = summary.known ? (await handler.handle({ ...base, kind: 'command', name: 'settings', text: '' })).at(-1) : undefined;
      const help = summary.known ? (await handler.handle({ ...base, kind: 'command', name: 'help', text: '' })).at(-1) : undefined;
      const view = renderHome(summary, settings, help ?? introduction, this.naming);
      await client.views.publish({ ...(token ? { token } : {}), user_id: userId, view: view as never });
    } catch (error) {
      this.options.logger.warn({ failure: loggableError(error) }, 'could not publish the app home');
    }
  }

  private async forget(body: Record<string, unknown>, isEnterpriseInstall: boolean | undefined): Promise<void> {
    const teamId = typeof body.team_id === 'string' ? body.team_id : undefined;
    const enterpriseId = typeof body.enterprise_id === 'string' ? body.enterprise_id : undefined;
    const removed = await this.options.installations.delete({
      ...(teamId ? { teamId } : {}),
      ...(enterpriseId ? { enterpriseId } : {}),
      isEnterpriseInstall: isEnterpriseInstall ?? false,
    });
    this.options.logger.info({ team: teamId, enterprise: enterpriseId, removed }, 'slack installation removed');
  }

  private async postToResponseUrl(url: string, message: Record<string, unknown>): Promise<void> {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
    if (!response.ok) throw new DeliveryError(`the response URL answered ${response.status}`);
  }

  private track(work: () => Promise<unknown>): void {
    this.work.push(async () => {
      await work();
    });
  }

  /**
   * The community's mapped user groups, read on every event (one indexed row): an admin's
   * `/community supervisor-group` must hold from the next message, in every process.
   */
  private async roleGroupsOf(community: CommunityRef): Promise<RoleGroups> {
    return (await this.options.roleGroups?.(community)) ?? { supervisorGroupId: null, adminGroupId: null };
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

class MalformedPayload extends Error {}

const introduction: OutgoingMessage = {
  visibility: 'ephemeral',
  text: "**peercircle** is a peer-support companion for your team: a daily self-care check-in, refreshers on peer-support principles, and a gentle nudge when check-ins look heavy. It's a tool, not a therapist or a crisis service. Type `/help` in a message to me to begin.",
};

export type { InstallationQuery, InstallationStore };
