import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { commands } from '../../../commands/index.js';
import { SlackAdapter, type SlackAdapterOptions } from '../../../adapters/slack/slack-adapter.js';
import type { App } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/env.js';
import { runBot, type Running } from '../../../src/runtime.js';
import { memberHome } from '../../../src/core/home.js';
import { AdapterMemory } from '../../../src/storage/adapter-memory.js';
import { FakeSlack, postToApp, visible, type FakeMessage } from '../../helpers/fake-slack.js';

export const SIGNING_SECRET = '8f742231b10e8888abcd99aaa85a5aaa';
export const TEAM = 'T1';

/** Slack gives every interaction its own trigger id; a re-send keeps it (and is handled once). */
let triggers = 0;
export const nextTriggerId = (): string => `trigger-${++triggers}`;

/** A member as Slack identifies them: user id, and their DM channel with the bot. */
export interface SlackMember {
  id: string;
  name?: string;
}

/**
 * The real Bolt app behind a real HTTP server (the adapter's route on a node:http server, as the
 * ops server mounts it), a fake Slack Web API, and helpers that act as a member does: signed slash
 * commands, button clicks on the messages the fake holds, modal submissions.
 */
export class SlackHarness {
  readonly fake = new FakeSlack();
  adapter!: SlackAdapter;
  private server: Server | undefined;
  private running: Running | undefined;
  url = '';

  /**
   * `runtime`: run the whole bot (runBot: the adapter's routes on the ops port, the scheduler and
   * the outbox delivering through Slack), as `peercircle start` does. Its shutdown closes the app.
   */
  constructor(
    private readonly adapterOptions: Partial<SlackAdapterOptions> = {},
    private readonly runtime = false,
  ) {}

  private appRef: App | undefined;

  async start(app: App): Promise<void> {
    this.appRef = app;
    await this.fake.start();
    this.adapter = new SlackAdapter({
      signingSecret: SIGNING_SECRET,
      botToken: 'xoxb-test-token',
      apiUrl: this.fake.apiUrl,
      installations: app.store.slackInstallations,
      acknowledgedWork: app.store.acknowledgedWork,
      forms: new AdapterMemory(app.store.database.prisma, 'slack'),
      logger: pino({ level: 'silent' }),
      commandNames: commands.map((c) => c.name),
      home: (community, user) => memberHome(app.services, community, user),
      ...this.adapterOptions,
    });
    if (this.runtime) {
      const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', SCHEDULER: 'on', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, DEFAULT_TIME_ZONE: 'UTC' });
      if (!config.ok) throw new Error(config.error.join('\n'));
      this.running = await runBot(app, this.adapter, config.value);
      this.url = `http://127.0.0.1:${this.running.opsPort}`;
      return;
    }
    const server = createServer((req, res) => {
      if (!this.adapter.handleHttpRequest(req, res)) {
        res.writeHead(404);
        res.end();
      }
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await this.adapter.start(app.bot);
  }

  async stop(): Promise<void> {
    if (this.running) {
      await this.running.shutdown();
    } else if (this.server) {
      await this.adapter.stop();
      this.server.closeAllConnections();
      const server = this.server;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await this.fake.stop();
  }

  /** Waits (bounded) until the fake holds a message matching `test`: for what the outbox delivers. */
  async waitForMessage(test: (message: FakeMessage) => boolean): Promise<FakeMessage> {
    for (let i = 0; i < 300; i++) {
      const found = this.fake.messages.find(test);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const outbox = await this.appRef?.store.database.prisma.outboxMessage.findMany();
    throw new Error(`the expected message never arrived; outbox: ${JSON.stringify(outbox?.map((m) => [m.kind, m.status, m.lastError, m.attempts]))}`);
  }

  /** Posts a signed body to /slack/events and waits until the work after the ack is done. */
  async post(body: string, contentType = 'application/x-www-form-urlencoded'): Promise<{ status: number; text: string; ms: number }> {
    const response = await postToApp(`${this.url}/slack/events`, body, { signingSecret: SIGNING_SECRET, contentType });
    await this.adapter.settled();
    return response;
  }

  dmOf(member: SlackMember): string {
    return `D${member.id}`;
  }

  /** Types `/pc-<name> text`, in the member's DM with the bot unless a channel is given. */
  async command(member: SlackMember, name: string, text = '', channel?: string): Promise<FakeMessage[]> {
    const before = this.snapshot();
    const response = await this.post(
      new URLSearchParams({
        command: `/pc-${name}`,
        text,
        team_id: TEAM,
        team_domain: 'harbour',
        user_id: member.id,
        user_name: member.name ?? member.id.toLowerCase(),
        channel_id: channel ?? this.dmOf(member),
        channel_name: channel ? 'general' : 'directmessage',
        response_url: this.fake.responseUrl(),
        trigger_id: nextTriggerId(),
      }).toString(),
    );
    if (response.status !== 200) throw new Error(`slash command answered ${response.status}`);
    return this.changedSince(before);
  }

  /** Clicks the button labelled `label` on `message`, as `member`. */
  async click(member: SlackMember, message: FakeMessage, label: string): Promise<FakeMessage[]> {
    const button = visible(message).buttons.find((b) => b.label === label);
    if (!button) throw new Error(`no button "${label}" on the message: ${visible(message).buttons.map((b) => b.label).join(', ')}`);
    const before = this.snapshot();
    const response = await this.post(
      new URLSearchParams({
        payload: JSON.stringify({
          type: 'block_actions',
          team: { id: TEAM, domain: 'harbour' },
          user: { id: member.id, name: member.name ?? member.id.toLowerCase(), team_id: TEAM },
          channel: message.ephemeral ? { id: 'C-GENERAL' } : { id: message.channel },
          container: { type: 'message', message_ts: message.ts, is_ephemeral: message.ephemeral },
          message: { ts: message.ts, text: message.text },
          response_url: this.fake.responseUrl(),
          trigger_id: nextTriggerId(),
          actions: [{ type: 'button', action_id: button.actionId, value: button.value, block_id: 'b', action_ts: '1' }],
        }),
      }).toString(),
    );
    if (response.status !== 200) throw new Error(`click answered ${response.status}`);
    return this.changedSince(before);
  }

  /** Submits the modal the app opened last, with values by field id; a field not given keeps what it started with. */
  async submitLastModal(member: SlackMember, values: Record<string, string>): Promise<FakeMessage[]> {
    const opened = this.fake.callsTo('views.open').at(-1);
    if (!opened) throw new Error('no modal was opened');
    const view = JSON.parse(String(opened.args.view)) as { callback_id: string; private_metadata: string; blocks: { block_id: string; element: { action_id: string; initial_value?: string } }[] };
    // A box the member leaves alone sends what it started with, as Slack does.
    const state = Object.fromEntries(
      view.blocks.map((block) => [block.block_id, { [block.element.action_id]: { type: 'plain_text_input', value: values[block.block_id] ?? block.element.initial_value ?? null } }]),
    );
    const before = this.snapshot();
    const response = await this.post(
      new URLSearchParams({
        payload: JSON.stringify({
          type: 'view_submission',
          team: { id: TEAM, domain: 'harbour' },
          user: { id: member.id, name: member.id.toLowerCase(), team_id: TEAM },
          view: { id: 'V1', team_id: TEAM, type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values: state } },
        }),
      }).toString(),
    );
    if (response.status !== 200) throw new Error(`view submission answered ${response.status}`);
    return this.changedSince(before);
  }

  /** Messages in a conversation, oldest first. */
  conversation(channel: string): FakeMessage[] {
    return this.fake.messages.filter((m) => m.channel === channel);
  }

  private snapshot(): Map<FakeMessage, string> {
    return new Map(this.fake.messages.map((m) => [m, JSON.stringify([m.text, m.blocks])]));
  }

  /** New messages and messages updated in place since the snapshot, in order. */
  private changedSince(before: Map<FakeMessage, string>): FakeMessage[] {
    return this.fake.messages.filter((m) => before.get(m) !== JSON.stringify([m.text, m.blocks]));
  }
}
