import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, SocketModeReceiver } from '@slack/bolt';
import type { ChannelRef, ChatAdapter, DeliveryReceipt, EventHandler, GroupRecipient, Recipient } from '../../src/core/adapter.js';
import { PeercircleError, type DeliveryError } from '../../src/core/errors.js';
import type { CommunityRef, IncomingEvent, UserRef } from '../../src/core/events.js';
import type { HomeSummary } from '../../src/core/home.js';
import type { Logger } from '../../src/core/logger.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import type { RoleGroups } from '../../src/domain/roles.js';
import type { AcknowledgedWorkRepository } from '../../src/storage/acknowledged-work.js';
import type { SlackInstallationRepository } from '../../src/storage/slack-installations.js';
import { DurableWork } from '../../src/core/durable-work.js';
import { boltLogger } from './bolt-logger.js';
import { loggableError, refusedTokenErrors, toDeliveryError } from './delivery-error.js';
import { homePageOf, introduction, renderHome } from './home-view.js';
import { sealedInstallationStore } from './installation-store.js';
import { SlackHttpRoutes } from './http-routes.js';
import { OPEN_FORM_ACTION, renderModal, type CommandNaming } from './render.js';
import { deliverReplies, moveToDm, type ReplyTarget } from './reply-routing.js';
import { NotInstalledError, postToResponseUrl, SlackWeb } from './slack-web.js';
import { SeenDeliveries, type SharedClaims } from '../../src/core/seen-deliveries.js';
import { eventKey, triggerKey } from './seen-events.js';
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
  /** Claims on deliveries shared by every process (the project database), so a re-send is handled once. */
  seenDeliveries?: SharedClaims;
  now?: () => Date;
  /** Events worked on at once after their ack (one at a time while the event loop is busy); the rest wait in line. Default 16. */
  concurrency?: number;
  /**
   * Where acknowledged work is recorded before its ack (the project database), so a crash or a
   * deploy loses none of it: a restarted or sibling process finishes it. Without it, work after the
   * ack lives in this process only.
   */
  acknowledgedWork?: AcknowledgedWorkRepository;
  /** How long this process holds acknowledged work before another may take it. Default 15 s. */
  workLeaseMs?: number;
  /** Web API calls give up after this long (a timeout counts as Slack failing). Default 10 s. */
  requestTimeoutMs?: number;
  /** Waits between start-up credential checks while Slack cannot be reached. Default 2 s, doubling to 30 s. */
  credentialRetryMs?: number;
}

/** One event acknowledged to Slack and where its replies go: what is recorded until it is done. */
interface SlackJob {
  event: IncomingEvent;
  target: Omit<ReplyTarget, 'respond' | 'token'> & { responseUrl?: string };
  enterpriseId?: string;
  /** Kept in memory only, never recorded; looked up again when another process takes the job. */
  token?: string;
}

/** Slack's limit for an ack is 3 s: past this, acknowledge even though the record is not written yet. */
const RECORD_BEFORE_ACK_MS = 2000;


/** Commands whose conversation belongs in the member's DM even when typed in a channel. */
const directOnlyCommands = new Set(['checkin']);

/**
 * Slack through @slack/bolt: slash commands, buttons and modals in, Block Kit out. HTTP mode
 * shares the process's one port (`handleHttpRequest`), Socket Mode needs no public URL. Every
 * request is acknowledged first; the work and the replies follow, tracked so `stop` can drain.
 */
export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  private readonly app: App;
  private readonly routes: SlackHttpRoutes | undefined;
  private readonly naming: CommandNaming;
  private readonly work: WorkQueue;
  private readonly web: SlackWeb;
  private readonly standing: StandingCache;
  private readonly seenEvents: SeenDeliveries;
  private readonly intake: DurableWork<SlackJob> | undefined;
  private handler: EventHandler | undefined;
  private stopping = false;
  private socketConnected = false;

  constructor(private readonly options: SlackAdapterOptions) {
    const logger = boltLogger(options.logger);
    const clientOptions = {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      // The outbox retries with backoff and honours retry-after; the client must not retry on its own.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      // A call Slack never answers is an outage, not a wait for ever: the outbox retries it.
      timeout: options.requestTimeoutMs ?? 10_000,
    };
    this.work = new WorkQueue(options.concurrency ?? 16, (error) => options.logger.error({ failure: loggableError(error) }, 'slack work failed'));
    this.seenEvents = new SeenDeliveries(options.seenDeliveries, () => this.now(), undefined, (error) =>
      options.logger.warn({ failure: loggableError(error) }, 'could not check a slack delivery for a repeat'),
    );
    this.naming = { prefix: options.commandPrefix ?? DEFAULT_COMMAND_PREFIX, names: new Set(options.commandNames) };
    this.intake = options.acknowledgedWork
      ? new DurableWork<SlackJob>({
          repository: options.acknowledgedWork,
          platform: 'slack',
          run: (job) => this.runJob(job),
          logger: options.logger,
          ...(options.concurrency ? { concurrency: options.concurrency } : {}),
          toRecord: ({ token: _token, ...recorded }) => recorded,
          ...(options.workLeaseMs ? { leaseMs: options.workLeaseMs } : {}),
          now: () => this.now(),
        })
      : undefined;
    const installationStore = sealedInstallationStore(options.installations);
    if (options.appToken) {
      const receiver = new SocketModeReceiver({ appToken: options.appToken, logger, installerOptions: { clientOptions } });
      receiver.client.on('connected', () => (this.socketConnected = true));
      for (const down of ['disconnected', 'reconnecting', 'disconnecting']) receiver.client.on(down, () => (this.socketConnected = false));
      this.app = new App({ socketMode: true, receiver, token: options.botToken, clientOptions, logger, convoStore: false });
    } else {
      this.routes = new SlackHttpRoutes({
        signingSecret: options.signingSecret ?? '',
        ...(options.oauth ? { oauth: options.oauth } : {}),
        installationStore,
        clientOptions,
        ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
        logger,
        now: () => this.now(),
      });
      this.app = new App({
        receiver: this.routes.receiver,
        ...(options.oauth ? {} : { token: options.botToken }),
        clientOptions,
        logger,
        tokenVerificationEnabled: false,
        // Bolt's conversation store keeps per-conversation state in memory; the core keeps its own.
        convoStore: false,
      });
      this.routes.guard(this.app);
    }
    this.web = new SlackWeb(this.app.client, this.naming, options.installations, options.botToken);
    this.standing = new StandingCache({
      profile: async (token, user) => {
        const info = await this.app.client.users.info({ token, user, include_locale: true });
        const isAdmin = info.user?.is_admin === true || info.user?.is_owner === true || info.user?.is_primary_owner === true;
        return { isAdmin, ...(typeof info.user?.locale === 'string' ? { locale: info.user.locale } : {}) };
      },
      groupMembers: async (token, usergroup) => (await this.app.client.usergroups.users.list({ token, usergroup })).users ?? [],
      installer: (teamId) => options.installations.installerOf(teamId),
    });
    this.listen();
  }

  async start(handler: EventHandler): Promise<void> {
    if (this.options.botToken) await this.checkBotToken(this.options.botToken);
    this.handler = handler;
    this.intake?.start();
    if (this.options.appToken) await this.app.start();
  }

  /**
   * Asks Slack whether the bot token is accepted (auth.test) before serving anything. Refused:
   * start-up fails with one line saying so. Slack unreachable: asked again until it answers, while
   * /readyz reports not ready.
   */
  private async checkBotToken(token: string): Promise<void> {
    let wait = this.options.credentialRetryMs ?? 2_000;
    for (;;) {
      try {
        await this.app.client.auth.test({ token });
        return;
      } catch (error) {
        const slackError = (error as { data?: { error?: unknown } }).data?.error;
        if (typeof slackError === 'string' && refusedTokenErrors.has(slackError)) {
          throw new PeercircleError(
            'ADAPTER_FAILED',
            `Slack refused SLACK_BOT_TOKEN (${slackError}): check the token on your app's "OAuth & Permissions" page, and that the app is still installed in the workspace.`,
          );
        }
        this.options.logger.warn({ failure: loggableError(error), retryInSeconds: wait / 1000 }, 'could not reach slack to check the bot token; trying again');
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(30_000, wait * 2);
      }
    }
  }

  /** Socket Mode: whether the WebSocket to Slack is up (Bolt reconnects by itself). HTTP: always. */
  connected(): boolean {
    return !this.options.appToken || this.socketConnected;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.options.appToken) await this.app.stop();
    await this.intake?.stop();
    await this.settled();
  }

  /** Resolves once every acknowledged event's work and replies are done. */
  async settled(): Promise<void> {
    await Promise.all([this.work.idle(), this.intake?.idle()]);
  }

  /** Acknowledged events waiting or being worked on in this process. */
  get backlog(): number {
    return this.work.size + (this.intake?.size ?? 0);
  }

  /**
   * HTTP mode: serves Slack's routes (/slack/events, and /slack/install and /slack/oauth_redirect
   * with OAuth) on the process's one port. Returns false for any other path.
   */
  handleHttpRequest(request: IncomingMessage, response: ServerResponse): boolean {
    return this.routes?.handle(request, response, !this.stopping && this.handler !== undefined) ?? false;
  }

  async sendDirect(to: Recipient, message: OutgoingMessage): Promise<DeliveryReceipt> {
    try {
      const token = await this.web.tokenFor(to.communityExternalId);
      return await this.web.post(token, await this.web.openDm(token, to.communityExternalId, to.platformUserId), message);
    } catch (error) {
      throw this.deliveryFailure(error);
    }
  }

  /** A group DM with these members (conversations.open with several users), and the message in it. */
  async sendToGroup(to: GroupRecipient, message: OutgoingMessage): Promise<DeliveryReceipt> {
    try {
      const token = await this.web.tokenFor(to.communityExternalId);
      return await this.web.post(token, await this.web.openGroup(token, to.platformUserIds), message);
    } catch (error) {
      throw this.deliveryFailure(error);
    }
  }

  async sendToChannel(to: ChannelRef, message: OutgoingMessage): Promise<DeliveryReceipt> {
    try {
      return await this.web.post(await this.web.tokenFor(to.communityExternalId), to.channelId, message);
    } catch (error) {
      throw this.deliveryFailure(error);
    }
  }

  /** The failure as the outbox understands it; a workspace with no installation is also logged, naming the cause. */
  private deliveryFailure(error: unknown): DeliveryError {
    if (error instanceof NotInstalledError) {
      this.options.logger.warn({ team: error.teamId }, 'no slack installation serves this workspace (not installed there, and no org-wide install covers it)');
    }
    return toDeliveryError(error);
  }

  private listen(): void {
    const app = this.app;

    app.command(/.*/, async ({ body, ack, respond, context }) => {
      const event = translateCommand(body as unknown as Record<string, unknown>, this.now(), this.naming.prefix);
      if (!event.ok) {
        await ack({ response_type: 'ephemeral', text: 'Sorry, I could not read that command. Please try again.' });
        return;
      }
      const responseUrl = typeof body.response_url === 'string' ? body.response_url : undefined;
      await this.accept(triggerKey(body), ack, {
        event: event.value,
        target: { teamId: event.value.community.externalId, userId: event.value.user.id, channelId: body.channel_id, isDirect: event.value.isDirect, ...(responseUrl ? { responseUrl } : {}) },
        ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}),
        ...(context.botToken ? { token: context.botToken } : {}),
      }, () => {
        const target: ReplyTarget = {
          teamId: event.value.community.externalId,
          userId: event.value.user.id,
          token: context.botToken,
          channelId: body.channel_id,
          isDirect: event.value.isDirect,
          respond: (message) => respond(message as never),
        };
        return () => this.runOnce(triggerKey(body), event.value, target, context.enterpriseId);
      });
    });

    app.action(/.*/, async ({ body, ack, respond, context, client }) => {
      const raw = body as unknown as Record<string, unknown>;
      const action = (raw.actions as Record<string, unknown>[] | undefined)?.[0];
      const channelId = (raw.channel as { id?: string } | undefined)?.id;
      const container = raw.container as { type?: string; is_ephemeral?: boolean; message_ts?: string } | undefined;
      const messageTs = (raw.message as { ts?: string } | undefined)?.ts ?? container?.message_ts;
      const responseUrl = typeof raw.response_url === 'string' ? raw.response_url : undefined;
      const homePage = homePageOf(action?.action_id, action?.value);
      if (homePage !== undefined) {
        const clicked = translateAction(raw, this.now());
        if (clicked.ok) this.track(() => this.publishHome(client, clicked.value.community.externalId, clicked.value.user.id, context.botToken, homePage));
        return;
      }
      if (action?.action_id === OPEN_FORM_ACTION) {
        // Opening a form cannot wait and cannot be redone later (its trigger expires in 3 s).
        await ack();
        const form = parseFormValue(action.value);
        const triggerId = typeof raw.trigger_id === 'string' ? raw.trigger_id : undefined;
        if (!form.ok || !triggerId) return;
        this.track(async () => {
          if (!(await this.seenEvents.firstTime(triggerKey(raw)))) return;
          await client.views
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
            .catch((error: unknown) => this.options.logger.warn({ failure: loggableError(error) }, 'could not open a form'));
        });
        return;
      }
      const event = translateAction(raw, this.now());
      if (!event.ok) {
        await ack();
        return;
      }
      const recorded: SlackJob['target'] = {
        teamId: event.value.community.externalId,
        userId: event.value.user.id,
        // An ephemeral message can sit in any conversation; only the bot's own messages are in its DM.
        isDirect: event.value.isDirect && channelId !== undefined && container?.is_ephemeral !== true,
        clickedEphemeral: container?.is_ephemeral ?? false,
        ...(channelId ? { channelId } : {}),
        ...(messageTs ? { messageTs } : {}),
        ...(responseUrl ? { responseUrl } : {}),
      };
      await this.accept(
        triggerKey(raw),
        ack,
        { event: event.value, target: recorded, ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}), ...(context.botToken ? { token: context.botToken } : {}) },
        () => {
          const { responseUrl: _url, ...rest } = recorded;
          const target: ReplyTarget = { ...rest, token: context.botToken, ...(responseUrl ? { respond: (message) => respond(message as never) } : {}) };
          return () => this.runOnce(triggerKey(raw), event.value, target, context.enterpriseId);
        },
      );
    });

    app.view(/.*/, async ({ body, ack, context }) => {
      const submitted = translateViewSubmission(body as unknown as Record<string, unknown>, this.now());
      if (!submitted.ok) {
        await ack();
        return;
      }
      const { event, origin } = submitted.value;
      const recorded: SlackJob['target'] = {
        teamId: event.community.externalId,
        userId: event.user.id,
        isDirect: event.isDirect,
        clickedEphemeral: origin.isEphemeral ?? false,
        ...(origin.channelId ? { channelId: origin.channelId } : {}),
        ...(origin.messageTs ? { messageTs: origin.messageTs } : {}),
        ...(origin.responseUrl ? { responseUrl: origin.responseUrl } : {}),
      };
      await this.accept(
        triggerKey(body),
        ack,
        { event, target: recorded, ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}), ...(context.botToken ? { token: context.botToken } : {}) },
        () => () => this.runOnce(triggerKey(body), event, this.replyTarget(recorded, context.botToken), context.enterpriseId),
      );
    });

    app.event('message', async ({ event, body, context }) => {
      const message = translateDirectMessage(event as unknown as Record<string, unknown>, (body as { team_id?: string }).team_id, this.now());
      if (!message.ok || !message.value) return;
      const typed = message.value;
      const recorded: SlackJob['target'] = {
        teamId: typed.community.externalId,
        userId: typed.user.id,
        channelId: (event as { channel?: string }).channel!,
        isDirect: true,
      };
      // Events are acknowledged by Bolt's receiver once this listener returns.
      await this.accept(
        eventKey(body),
        async () => {},
        { event: typed, target: recorded, ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}), ...(context.botToken ? { token: context.botToken } : {}) },
        () => () => this.runOnce(eventKey(body), typed, this.replyTarget(recorded, context.botToken), context.enterpriseId),
      );
    });

    app.event('team_join', async ({ event, body, context }) => {
      const joined = translateTeamJoin(event as unknown as Record<string, unknown>, (body as { team_id?: string }).team_id, this.now());
      if (!joined.ok || !joined.value) return;
      const newcomer = joined.value;
      const target: ReplyTarget = { teamId: newcomer.community.externalId, userId: newcomer.user.id, token: context.botToken, isDirect: true };
      this.track(() => this.runOnce(eventKey(body), newcomer, target, context.enterpriseId));
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

  /**
   * Records the job (with the database: durable; a re-send anywhere is not worked on again), then
   * acknowledges, then works on it. Without a database to record in, acknowledges and works on it
   * in memory through `inMemory`.
   */
  private async accept(key: string | undefined, ack: () => Promise<void>, job: SlackJob, inMemory: () => () => Promise<void>): Promise<void> {
    if (!this.intake) {
      await ack();
      this.track(inMemory());
      return;
    }
    const recorded = this.intake.accept(key, job);
    // Slack allows 3 s for the ack: a database slower than that delays the record, not the member.
    await Promise.race([recorded, new Promise((resolve) => setTimeout(resolve, RECORD_BEFORE_ACK_MS).unref())]);
    await ack();
  }

  /** Works on one recorded job, here or in the process that took it over. */
  private async runJob(job: SlackJob): Promise<void> {
    const event = { ...job.event, receivedAt: new Date(job.event.receivedAt) } as IncomingEvent;
    await this.run(event, this.replyTarget(job.target, job.token), job.enterpriseId);
  }

  private replyTarget(recorded: SlackJob['target'], token: string | undefined): ReplyTarget {
    const { responseUrl, ...rest } = recorded;
    return { ...rest, token, ...(responseUrl ? { respond: (message: Record<string, unknown>) => postToResponseUrl(responseUrl, message) } : {}) };
  }

  /** `run`, unless some process already claimed this delivery (a re-send). */
  private async runOnce(key: string | undefined, event: IncomingEvent, target: ReplyTarget, enterpriseId: string | undefined): Promise<void> {
    if (!(await this.seenEvents.firstTime(key))) return;
    await this.run(event, target, enterpriseId);
  }

  /** Hands one event to the core and delivers the replies. Never throws: it runs after the ack. */
  private async run(event: IncomingEvent, initialTarget: ReplyTarget, enterpriseId: string | undefined): Promise<void> {
    let target = initialTarget;
    const handler = this.handler;
    if (!handler) return;
    try {
      if (enterpriseId) await this.options.installations.linkTeam(enterpriseId, target.teamId);
      const replies = await handler.handle(await this.withStanding(event, target));
      // A command typed in a DM between two people arrives from a D… channel too: only the
      // member's DM with the bot is theirs alone, and the bot can post there.
      if (event.kind === 'command' && target.isDirect && target.channelId) {
        const token = target.token ?? (await this.web.tokenFor(target.teamId));
        if ((await this.web.openDm(token, target.teamId, target.userId)) !== target.channelId) target = { ...target, isDirect: false };
      }
      if (event.kind === 'command' && !target.isDirect && directOnlyCommands.has(event.name)) {
        await moveToDm(this.web, this.naming, replies, target);
      } else {
        await deliverReplies(this.web, this.naming, replies, target);
      }
      if (event.kind === 'choice' && !target.channelId) await this.publishHome(this.app.client, target.teamId, target.userId, target.token);
    } catch (error) {
      this.options.logger.error({ failure: loggableError(error), kind: event.kind }, 'could not deliver replies in slack');
    }
  }

  /** The user as Slack sees them (admin? in a mapped user group?), so the core can keep roles current. */
  private async withStanding(event: IncomingEvent, target: ReplyTarget): Promise<IncomingEvent> {
    const mapping = await this.roleGroupsOf(event.community);
    const token = target.token ?? (await this.web.tokenFor(target.teamId).catch(() => undefined));
    if (!token) return event;
    const standing = await this.standing.of(target.teamId, event.user.id, token, mapping);
    return { ...event, user: { ...event.user, ...standing } };
  }

  private async publishHome(client: App['client'], teamId: string, userId: string, token?: string, page = 0): Promise<void> {
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
      const view = renderHome(summary, settings, help ?? introduction, this.naming, page);
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
