import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { slackErrorFor, slackViolations } from './slack-limits.js';

/** One Web API call the fake received. */
export interface SlackCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
}

/** A message as the fake holds it: what a member would see in that conversation. */
export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: Record<string, unknown>[];
  ephemeral: boolean;
}

/**
 * A local Slack Web API that records every call and answers like Slack does: enough of chat.*,
 * conversations.open, views.*, users.info, usergroups.users.list, auth.teams.list, files.* (upload v2), oauth.v2.access
 * and apps.connections.open (with a Socket Mode WebSocket on the same port). `response_url`s point
 * back here too.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly messages: FakeMessage[] = [];
  /** users.info answers: is_admin / is_owner per user id. */
  readonly admins = new Set<string>();
  /** users.info answers with `include_locale`: each user's locale (Slack's default, en-US, otherwise). */
  readonly locales = new Map<string, string>();
  /** usergroups.users.list answers: members per user-group id. */
  readonly userGroups = new Map<string, string[]>();
  /** auth.teams.list answers: the workspaces an org-wide install's token covers, per token. */
  readonly orgTeams = new Map<string, string[]>();
  /** Payloads refused as the real Slack would (too many blocks, too much text): the method and why. */
  readonly refused: { method: string; problems: string[] }[] = [];
  /** Methods made to fail with this Slack error, e.g. `chat.postMessage` → `ratelimited`. */
  readonly failures = new Map<string, string>();
  /** Methods that never answer while listed: a Slack call the app is stuck on (e.g. to kill it there). */
  readonly stalled = new Set<string>();
  /**
   * An outage or a rate-limit storm: consulted for every Web API call; an answer makes the call
   * fail with that HTTP status (and Retry-After), as Slack does when it is down or throttling.
   */
  fault: ((method: string) => { status: number; retryAfterSeconds?: number } | undefined) | undefined;
  private server!: Server;
  private sockets!: WebSocketServer;
  private socket: WebSocket | undefined;
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private tsCounter = 1000;
  private responseCounter = 0;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.route(req).then(
        ({ status, body, retryAfter }) => {
          res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': String(retryAfter ?? 3) } : {}) });
          res.end(JSON.stringify(body));
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
    this.sockets = new WebSocketServer({ server: this.server });
    this.sockets.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        const parsed = JSON.parse(data.toString()) as { envelope_id?: string; payload?: unknown };
        if (parsed.envelope_id) this.acks.get(parsed.envelope_id)?.(parsed.payload);
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url the app will POST its ephemeral replies to. */
  responseUrl(): string {
    return `http://127.0.0.1:${this.port}/respond/${++this.responseCounter}`;
  }

  async stop(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Socket Mode: sends one envelope and resolves with the app's ack payload. */
  async sendEnvelope(type: 'slash_commands' | 'interactive' | 'events_api', payload: unknown): Promise<unknown> {
    for (let i = 0; i < 200 && !this.socket; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    if (!this.socket) throw new Error('no Socket Mode connection');
    const id = `env-${++this.tsCounter}`;
    const acked = new Promise<unknown>((resolve) => this.acks.set(id, resolve));
    this.socket.send(JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api' }));
    return acked;
  }

  /** Socket Mode: drops the connection, as a network blip or Slack's own refresh would. */
  dropSocket(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  /** Socket Mode: sends anything at all down the socket, without waiting for an ack. */
  sendRaw(data: string): void {
    this.socket?.send(data);
  }

  private async route(req: IncomingMessage): Promise<{ status: number; body: unknown; retryAfter?: number }> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname.startsWith('/respond/')) {
      const args = JSON.parse(raw) as Record<string, unknown>;
      this.calls.push({ method: 'response_url', token: undefined, args });
      const refusal = this.refuse('response_url', args);
      if (refusal) return { status: 400, body: { ok: false, error: refusal } };
      this.record('EPHEMERAL', args, true, args.replace_original === true);
      return { status: 200, body: { ok: true } };
    }
    if (url.pathname.startsWith('/upload/')) {
      this.calls.push({ method: 'file-upload', token: undefined, args: { bytes: raw.length } });
      return { status: 200, body: { ok: true } };
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const args = parseArgs(raw, req.headers['content-type']);
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || (args.token as string | undefined);
    this.calls.push({ method, token, args });
    if (this.stalled.has(method)) return new Promise(() => {});
    const fault = this.fault?.(method);
    if (fault) return { status: fault.status, body: { ok: false, error: fault.status === 429 ? 'ratelimited' : 'internal_error' }, ...(fault.retryAfterSeconds !== undefined ? { retryAfter: fault.retryAfterSeconds } : {}) };
    const failure = this.failures.get(method);
    if (failure === 'ratelimited') return { status: 429, body: { ok: false, error: 'ratelimited' } };
    if (failure) return { status: 200, body: { ok: false, error: failure } };
    const refusal = this.refuse(method, args);
    if (refusal) return { status: 200, body: { ok: false, error: refusal } };
    return { status: 200, body: this.answer(method, args, token) };
  }

  /** The error Slack gives a message or view over its documented limits, recorded; undefined when it fits. */
  private refuse(method: string, args: Record<string, unknown>): string | undefined {
    const view = method === 'views.publish' || method === 'views.open' ? (typeof args.view === 'string' ? (JSON.parse(args.view) as Record<string, unknown>) : (args.view as Record<string, unknown> | undefined)) : undefined;
    const blocks = view ? parseBlocks(view.blocks) : ['chat.postMessage', 'chat.update', 'response_url'].includes(method) ? parseBlocks(args.blocks) : undefined;
    if (!blocks) return undefined;
    const problems = slackViolations(blocks, view ? 'view' : 'message');
    if (problems.length > 0) this.refused.push({ method, problems });
    return slackErrorFor(problems);
  }

  private answer(method: string, args: Record<string, unknown>, token: string | undefined): unknown {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', url: 'https://fake.slack.com/' };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).split(',').sort().join('-')}` } };
      case 'chat.postMessage': {
        const message = this.record(String(args.channel), args, false, false);
        return { ok: true, channel: args.channel, ts: message.ts, message: { text: args.text } };
      }
      case 'chat.update': {
        const existing = this.messages.find((m) => m.channel === args.channel && m.ts === args.ts);
        if (!existing) return { ok: false, error: 'message_not_found' };
        existing.text = String(args.text ?? '');
        existing.blocks = parseBlocks(args.blocks);
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: `V${++this.tsCounter}` } };
      case 'users.info': {
        const id = String(args.user);
        const locale = String(args.include_locale) === 'true' ? { locale: this.locales.get(id) ?? 'en-US' } : {};
        return { ok: true, user: { id, name: id.toLowerCase(), is_admin: this.admins.has(id), is_owner: false, ...locale } };
      }
      case 'auth.teams.list':
        return { ok: true, teams: (this.orgTeams.get(token ?? '') ?? []).map((id) => ({ id, name: id })), response_metadata: { next_cursor: '' } };
      case 'usergroups.users.list':
        return { ok: true, users: this.userGroups.get(String(args.usergroup)) ?? [] };
      case 'files.getUploadURLExternal':
        return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${++this.tsCounter}`, file_id: `F${this.tsCounter}` };
      case 'files.completeUploadExternal':
        return { ok: true, files: [{ id: 'F1', title: 'file' }] };
      case 'oauth.v2.access':
        return {
          ok: true,
          app_id: 'A1',
          authed_user: { id: 'UINSTALLER' },
          scope: 'commands,chat:write',
          token_type: 'bot',
          access_token: 'xoxb-installed-secret-token',
          bot_user_id: 'UBOT',
          team: { id: 'TOAUTH', name: 'Harbour Peers' },
          enterprise: null,
          is_enterprise_install: false,
        };
      default:
        return { ok: true };
    }
  }

  private record(channel: string, args: Record<string, unknown>, ephemeral: boolean, replace: boolean): FakeMessage {
    const blocks = parseBlocks(args.blocks);
    if (replace) {
      const last = this.messages.findLast((m) => m.ephemeral);
      if (last) {
        last.text = String(args.text ?? '');
        last.blocks = blocks;
        return last;
      }
    }
    const message = { channel, ts: `${++this.tsCounter}.000100`, text: String(args.text ?? ''), blocks, ephemeral };
    this.messages.push(message);
    return message;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}

function parseBlocks(blocks: unknown): Record<string, unknown>[] {
  if (typeof blocks === 'string') return JSON.parse(blocks) as Record<string, unknown>[];
  return Array.isArray(blocks) ? (blocks as Record<string, unknown>[]) : [];
}

/** Signs a request body as Slack does: v0 HMAC-SHA256 over `v0:<timestamp>:<body>`. */
export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a body to the app the way Slack does, signed unless told otherwise. */
export async function postToApp(
  url: string,
  body: string,
  options: { signingSecret?: string; timestamp?: number; contentType?: string; signature?: string | null } = {},
): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/x-www-form-urlencoded' };
  if (options.signature !== null) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = options.signature ?? slackSignature(options.signingSecret ?? '', timestamp, body);
  }
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

/** Text of a message's sections and the labels of its buttons, as a member would read them. */
export function visible(message: FakeMessage): { text: string; buttons: { label: string; actionId: string; value: string }[] } {
  const text = message.blocks
    .filter((b) => b.type === 'section')
    .map((b) => (b.text as { text: string }).text)
    .join('\n');
  const buttons = message.blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as { text: { text: string }; action_id: string; value: string }[])
    .map((e) => ({ label: e.text.text, actionId: e.action_id, value: e.value }));
  return { text: text || message.text, buttons };
}
