import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, SocketModeReceiver } from '@slack/bolt';
import type { ChannelRef, ChatAdapter, DeliveryReceipt, EventHandler, GroupRecipient, Recipient } from '../../src/core/adapter.js';
import type { DeliveryError } from '../../src/core/errors.js';
import type { CommunityRef, UserRef } from '../../src/core/events.js';
import type { HomeSummary } from '../../src/core/home.js';
import type { Logger } from '../../src/core/logger.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import type { AcknowledgedWorkRepository } from '../../src/storage/acknowledged-work.js';
import type { SlackInstallationRepository } from '../../src/storage/slack-installations.js';
import type { Config } from '../../src/config/env.js';
import { DurableWork } from '../../src/core/durable-work.js';
import type { JobThread } from '../../src/core/job-thread.js';
import type { DatabaseTarget } from '../../src/storage/database.js';
import { slackClientOptions } from './client-options.js';
import { slackJobThread } from './job-thread.js';
import { boltLogger } from './bolt-logger.js';
import { rememberAcceptedToken, waitForAcceptedToken } from './bot-token-check.js';
import { loggableError, toDeliveryError } from './delivery-error.js';
import { SlackEventRunner } from './event-runner.js';
import type { FormShelf } from './form-button.js';
import { sealedInstallationStore } from './installation-store.js';
import { SlackHttpRoutes } from './http-routes.js';
import type { CommandNaming } from './render.js';
import { listenForRequests, runJob, type SlackJob } from './request-intake.js';
import { NotInstalledError, SlackWeb } from './slack-web.js';
import { WorkQueue } from './work-queue.js';
import { DEFAULT_COMMAND_PREFIX } from './translate.js';

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
  /**
   * Where acknowledged work is recorded before its ack (the project database), so a crash or a
   * deploy loses none of it and a re-send, reaching any process, is worked on once.
   */
  acknowledgedWork: AcknowledgedWorkRepository;
  /** Keeps forms too long for their button (an edit form filled with a principle's text); the project database. */
  forms?: FormShelf;
  logger: Logger;
  /** The core's command names, for rewriting `/checkin` as `/pc-checkin` in replies. */
  commandNames: readonly string[];
  commandPrefix?: string;
  /** A member's own recent check-ins, for their App Home. */
  home?: (community: CommunityRef, user: UserRef) => Promise<HomeSummary>;
  now?: () => Date;
  /** Events worked on at once after their ack; the rest wait in line. Default 16. */
  concurrency?: number;
  /** How long this process holds acknowledged work before another may take it. Default 15 s. */
  workLeaseMs?: number;
  /** Web API calls give up after this long (a timeout counts as Slack failing). Default 10 s. */
  requestTimeoutMs?: number;
  /** Waits between start-up credential checks while Slack cannot be reached. Default 2 s, doubling to 30 s. */
  credentialRetryMs?: number;
  /**
   * Work acknowledged jobs on a thread of their own, which builds its own runtime from these
   * settings and reaches the same database with connections of its own: this thread then only
   * verifies, records and acknowledges. Default: jobs are worked on here.
   */
  jobThread?: { config: Config; database: DatabaseTarget };
}

/**
 * Slack through @slack/bolt: slash commands, buttons and modals in, Block Kit out. HTTP mode
 * shares the process's one port (`handleHttpRequest`), Socket Mode needs no public URL. Every
 * request is recorded, then acknowledged (request-intake.ts); the work and the replies follow
 * (event-runner.ts), tracked so `stop` can drain.
 */
export class SlackAdapter implements ChatAdapter {
  readonly platform = 'slack' as const;
  private readonly app: App;
  private readonly routes: SlackHttpRoutes | undefined;
  private readonly naming: CommandNaming;
  /** Side work after an ack that is not recorded: opening a form, publishing a Home page. */
  private readonly sideWork: WorkQueue;
  private readonly web: SlackWeb;
  private readonly runner: SlackEventRunner;
  private readonly intake: DurableWork<SlackJob>;
  private readonly jobThread: JobThread<SlackJob> | undefined;
  private jobThreadSettled = false;
  private started = false;
  private stopping = false;
  private socketConnected = false;

  constructor(private readonly options: SlackAdapterOptions) {
    const logger = boltLogger(options.logger);
    const now = () => this.now();
    const clientOptions = slackClientOptions(options.apiUrl, options.requestTimeoutMs);
    this.sideWork = new WorkQueue(options.concurrency ?? 16, (error) => options.logger.error({ failure: loggableError(error) }, 'slack work failed'));
    this.naming = { prefix: options.commandPrefix ?? DEFAULT_COMMAND_PREFIX, names: new Set(options.commandNames) };
    if (options.appToken) {
      const receiver = new SocketModeReceiver({ appToken: options.appToken, logger, installerOptions: { clientOptions } });
      receiver.client.on('connected', () => (this.socketConnected = true));
      for (const down of ['disconnected', 'reconnecting', 'disconnecting']) receiver.client.on(down, () => (this.socketConnected = false));
      this.app = new App({ socketMode: true, receiver, token: options.botToken, clientOptions, logger, convoStore: false });
    } else {
      this.routes = new SlackHttpRoutes({
        signingSecret: options.signingSecret ?? '',
        ...(options.oauth ? { oauth: options.oauth } : {}),
        installationStore: sealedInstallationStore(options.installations),
        clientOptions,
        ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
        logger,
        now,
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
    if (options.botToken) rememberAcceptedToken(this.app.client, options.botToken);
    this.web = new SlackWeb(this.app.client, this.naming, options.installations, options.botToken, options.forms, now);
    this.runner = new SlackEventRunner({ client: this.app.client, web: this.web, naming: this.naming, installations: options.installations, logger: options.logger, ...(options.home ? { home: options.home } : {}), now });
    this.jobThread = options.jobThread
      ? slackJobThread(
          {
            ...options.jobThread,
            commandPrefix: this.naming.prefix,
            ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
            ...(options.botToken ? { botToken: options.botToken } : {}),
            ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
          },
          options.logger,
        )
      : undefined;
    const jobThread = this.jobThread;
    this.intake = new DurableWork<SlackJob>({
      repository: options.acknowledgedWork,
      platform: 'slack',
      // Until the job thread is up (it loads a second copy of the app), and while it restarts, jobs are done here.
      run: jobThread ? (job) => (jobThread.live ? jobThread.run(job) : runJob(this.runner, job)) : (job) => runJob(this.runner, job),
      logger: options.logger,
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
      toRecord: ({ token: _token, ...recorded }) => recorded,
      ...(options.workLeaseMs ? { leaseMs: options.workLeaseMs } : {}),
      now,
    });
    listenForRequests(this.app, {
      work: this.intake,
      runner: this.runner,
      installations: options.installations,
      forms: options.forms,
      commandPrefix: this.naming.prefix,
      logger: options.logger,
      track: (work) => this.sideWork.push(async () => void (await work())),
      now,
    });
  }

  async start(handler: EventHandler): Promise<void> {
    // The job thread loads in the background: start-up does not wait for it, but /readyz does (warmingUp).
    this.jobThread
      ?.start(handler)
      .catch((error: unknown) => this.options.logger.error({ err: error }, 'could not start the job thread; jobs are done on the main thread'))
      .finally(() => (this.jobThreadSettled = true));
    try {
      if (this.options.botToken) await waitForAcceptedToken(this.app.client, this.options.botToken, this.options.logger, this.options.credentialRetryMs);
    } catch (error) {
      await this.jobThread?.stop();
      throw error;
    }
    this.runner.handler = handler;
    this.started = true;
    this.intake.start();
    if (this.options.appToken) await this.app.start();
  }

  /**
   * Until the job thread has loaded (or failed to), acknowledged work is done on the thread that acknowledges, and acks
   * wait behind it: not ready for full traffic yet. A thread that failed leaves the main thread doing it, which is ready.
   */
  warmingUp(): string | undefined {
    return this.jobThread && !this.jobThreadSettled ? 'the Slack job thread is still loading' : undefined;
  }

  /** Socket Mode: whether the WebSocket to Slack is up (Bolt reconnects by itself). HTTP: always. */
  connected(): boolean {
    return !this.options.appToken || this.socketConnected;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.options.appToken) await this.app.stop();
    await this.intake.stop();
    await this.settled();
    await this.jobThread?.stop();
  }

  /** Resolves once every acknowledged event's work and replies are done. */
  async settled(): Promise<void> {
    await Promise.all([this.sideWork.idle(), this.intake.idle()]);
  }

  /** Acknowledged events waiting or being worked on in this process. */
  get backlog(): number {
    return this.sideWork.size + this.intake.size;
  }

  /**
   * HTTP mode: serves Slack's routes (/slack/events, and /slack/install and /slack/oauth_redirect
   * with OAuth) on the process's one port. Returns false for any other path.
   */
  handleHttpRequest(request: IncomingMessage, response: ServerResponse): boolean {
    return this.routes?.handle(request, response, !this.stopping && this.started) ?? false;
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

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}
