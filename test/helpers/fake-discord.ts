import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { discordViolations } from './discord-limits.js';

/** One REST request the bot made, as the fake received it. */
export interface RecordedCall {
  method: string;
  /** Path after /api/v10, e.g. /channels/123/messages. */
  path: string;
  body: Record<string, unknown> | undefined;
  /** For multipart requests (files), the names of the parts. */
  files: string[];
  auth: string | undefined;
  /** performance.now() when the request had been read. */
  receivedAt: number;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  /** Role ids defined in the server (besides @everyone). */
  roles?: string[];
  /** Channels (text, id → name) the bot can see; a pairing channel must be one. */
  channels?: { id: string; name: string }[];
}

export interface FakeDiscordOptions {
  guilds?: FakeGuild[];
  /** What GET /gateway/bot recommends. */
  recommendedShards?: number;
  /** Users whose DMs are closed: a message to them fails with Discord error 50007. */
  closedDms?: Set<string>;
  /** Users a DM to whom fails for another reason (Discord error 50035, a refused body). */
  brokenDms?: Set<string>;
  /** The only token the fake accepts; any other gets 401, as Discord answers a wrong token. */
  token?: string;
  /** A gateway that takes IDENTIFY and never answers READY (a broken proxy, an outage). */
  silentGateway?: boolean;
}

type Route = (req: IncomingMessage, body: Record<string, unknown> | undefined, match: RegExpMatchArray) => [number, unknown];

export const FAKE_APP_ID = '900000000000000001';
export const FAKE_BOT_ID = '900000000000000002';

/**
 * A local stand-in for Discord: the REST API on node:http and the gateway on a ws server, on
 * 127.0.0.1 port 0. It records every REST call, answers what discord.js needs, and lets a test
 * dispatch interactions as Discord would.
 */
export class FakeDiscord {
  readonly calls: RecordedCall[] = [];
  readonly identified: { shard: [number, number]; intents: number }[] = [];
  /** Registered application commands: key "global" or a guild id. */
  readonly commands = new Map<string, Map<string, Record<string, unknown>>>();
  private readonly server: Server;
  private readonly gateway: WebSocketServer;
  private readonly sockets: { ws: WebSocket; shard: [number, number] }[] = [];
  private readonly waiters: { test: (call: RecordedCall) => boolean; resolve: (call: RecordedCall) => void }[] = [];
  private readonly nonces = new Map<string, string>();
  /** Threads the bot opened, by id, so GET /channels/:id finds them (as a restarted bot would). */
  readonly threads = new Map<string, Record<string, unknown>>();
  /** While set, new gateway connections wait without HELLO: Discord unreachable. */
  private held: WebSocket[] | undefined;
  private readonly sessions = new Map<string, [number, number]>();
  private nextId = 1_000_000n;
  private sequence = 0;
  readonly options: Required<FakeDiscordOptions>;

  private constructor(options: FakeDiscordOptions) {
    this.options = { guilds: [], recommendedShards: 1, closedDms: new Set(), brokenDms: new Set(), token: '', silentGateway: false, ...options };
    this.server = createServer((req, res) => void this.serve(req, res));
    this.gateway = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.gateway.on('connection', (ws) => this.connect(ws));
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The value for DISCORD_API_URL / the client's `rest.api` option. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  snowflake(): string {
    return String(this.nextId++);
  }

  /** Resolves with the first call (already made or still to come) that passes the test. */
  waitForCall(test: (call: RecordedCall) => boolean, after = 0): Promise<RecordedCall> {
    const seen = this.calls.slice(after).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** Calls made for one interaction (its callback, follow-ups and edits share its token). */
  callsFor(token: string): RecordedCall[] {
    return this.calls.filter((c) => c.path.includes(`/${token}`));
  }

  /** Sends the same gateway dispatch down every connection, as if each process had been given it. */
  dispatchToEvery(event: string, data: Record<string, unknown>): void {
    for (const { ws } of this.sockets) ws.send(JSON.stringify({ op: 0, t: event, s: ++this.sequence, d: data }));
  }

  /** Sends a gateway dispatch to the shard that owns the guild (or shard 0 for DMs). */
  dispatch(event: string, data: Record<string, unknown>, guildId?: string): void {
    const target = this.sockets.find(({ shard: [id, count] }) => (guildId ? Number((BigInt(guildId) >> 22n) % BigInt(count)) === id : id === 0));
    target?.ws.send(JSON.stringify({ op: 0, t: event, s: ++this.sequence, d: data }));
  }

  async close(): Promise<void> {
    for (const { ws } of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Drops every gateway connection, as a network blip or a Discord restart does, and holds the
   * reconnections (no HELLO) until `restoreGateway`.
   */
  dropGateway(): void {
    this.held ??= [];
    for (const { ws } of [...this.sockets]) ws.terminate();
  }

  /** Lets held reconnections through: they get HELLO and resume their sessions. */
  restoreGateway(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const ws of held) this.hello(ws);
  }

  private hello(ws: WebSocket): void {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
  }

  private connect(ws: WebSocket): void {
    if (this.held) this.held.push(ws);
    else this.hello(ws);
    ws.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (packet.op === 2 && !this.options.silentGateway) this.identify(ws, packet.d);
      if (packet.op === 6) this.resume(ws, String(packet.d.session_id));
    });
    ws.on('close', () => {
      const index = this.sockets.findIndex((s) => s.ws === ws);
      if (index >= 0) this.sockets.splice(index, 1);
    });
  }

  /** A resumed session gets its shard's dispatches on the new connection. */
  private resume(ws: WebSocket, sessionId: string): void {
    const shard = this.sessions.get(sessionId);
    if (shard) this.sockets.push({ ws, shard });
    ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.sequence, d: {} }));
  }

  private identify(ws: WebSocket, data: Record<string, unknown>): void {
    const shard = (data.shard as [number, number] | undefined) ?? [0, 1];
    this.identified.push({ shard, intents: Number(data.intents) });
    this.sockets.push({ ws, shard });
    this.sessions.set(`session-${shard[0]}`, shard);
    const mine = this.options.guilds.filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(shard[1])) === shard[0]);
    const send = (t: string, d: unknown) => ws.send(JSON.stringify({ op: 0, t, s: ++this.sequence, d }));
    send('READY', {
      v: 10,
      user: { id: FAKE_BOT_ID, username: 'peercircle', discriminator: '0', bot: true, avatar: null },
      guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
      session_id: `session-${shard[0]}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      application: { id: FAKE_APP_ID, flags: 0 },
      shard,
    });
    for (const guild of mine) send('GUILD_CREATE', guildPayload(guild));
  }

  /** Payloads refused as the real Discord would (content over 2,000, ids over 100, too many rows): where and why. */
  readonly refused: { path: string; problems: string[] }[] = [];

  /** What the real Discord would refuse in a message, an interaction's answer, or a modal. */
  private check(call: RecordedCall): string[] {
    const body = call.body;
    if (!body || (call.method !== 'POST' && call.method !== 'PATCH')) return [];
    if (call.path.endsWith('/callback')) {
      const data = body.data as Record<string, unknown> | undefined;
      return data ? discordViolations(data, body.type === 9 ? 'modal' : 'message') : [];
    }
    return /^\/(channels\/\d+\/messages|webhooks\/)/.test(call.path) ? discordViolations(body) : [];
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = (req.url ?? '').replace(/^\/api(\/v10)?/, '').replace(/\?.*$/, '');
    const { body, files } = parseBody(req.headers['content-type'] ?? '', raw);
    const call: RecordedCall = { method: req.method ?? 'GET', path: decodeURIComponent(path), body, files, auth: req.headers.authorization, receivedAt: performance.now() };
    this.calls.push(call);
    if (this.options.token && call.auth !== undefined && call.auth !== `Bot ${this.options.token}`) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: '401: Unauthorized', code: 0 }));
      return;
    }
    const problems = this.check(call);
    if (problems.length > 0) this.refused.push({ path: call.path, problems });
    const route = this.routes.find(([method, pattern]) => method === call.method && pattern.test(call.path));
    const [status, payload] = problems.length > 0 ? [400, { message: 'Invalid Form Body', code: 50035 }] : route ? route[2](req, body, call.path.match(route[1])!) : [404, { message: '404: Not Found', code: 0 }];
    res.writeHead(status, status === 204 ? {} : { 'content-type': 'application/json' });
    res.end(status === 204 ? undefined : JSON.stringify(payload));
    for (const waiter of [...this.waiters]) {
      if (waiter.test(call)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  private message(channelId: string, body: Record<string, unknown> | undefined): Record<string, unknown> {
    return {
      id: this.snowflake(),
      channel_id: channelId,
      type: 0,
      content: body?.content ?? '',
      author: { id: FAKE_BOT_ID, username: 'peercircle', discriminator: '0', bot: true, avatar: null },
      components: body?.components ?? [],
      embeds: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      mention_everyone: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body?.flags ?? 0,
      nonce: body?.nonce,
    };
  }

  private readonly routes: [string, RegExp, Route][] = [
    ['GET', /^\/gateway\/bot$/, () => [200, {
      url: `ws://127.0.0.1:${this.port}/gateway`,
      shards: this.options.recommendedShards,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
    }]],
    ['GET', /^\/applications\/@me$/, () => [200, { id: FAKE_APP_ID, name: 'peercircle', flags: 0 }]],
    ['POST', /^\/interactions\/\d+\/[^/]+\/callback$/, () => [204, undefined]],
    ['POST', /^\/webhooks\/\d+\/[^/]+$/, (_req, body, m) => [200, this.message(`webhook-${m[0]}`, body)]],
    ['PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/, (_req, body) => [200, this.message('webhook', body)]],
    ['POST', /^\/users\/@me\/channels$/, (_req, body) => [200, {
      id: `${String(body?.recipient_id)}0`,
      type: 1,
      recipients: [{ id: body?.recipient_id, username: `user${String(body?.recipient_id)}`, discriminator: '0', avatar: null }],
    }]],
    ['POST', /^\/channels\/(\d+)\/messages$/, (_req, body, m) => {
      const channelId = m[1]!;
      const dmUser = channelId.slice(0, -1);
      if (this.options.closedDms.has(dmUser)) return [403, { message: 'Cannot send messages to this user', code: 50007 }];
      if (this.options.brokenDms.has(dmUser)) return [400, { message: 'Invalid Form Body', code: 50035 }];
      const nonce = typeof body?.nonce === 'string' ? body.nonce : undefined;
      if (nonce && body?.enforce_nonce && this.nonces.has(`${channelId}:${nonce}`)) {
        return [200, { ...this.message(channelId, body), id: this.nonces.get(`${channelId}:${nonce}`) }];
      }
      const message = this.message(channelId, body);
      if (nonce) this.nonces.set(`${channelId}:${nonce}`, String(message.id));
      return [200, message];
    }],
    ['GET', /^\/channels\/(\d+)$/, (_req, _body, m) => {
      const thread = this.threads.get(m[1]!);
      if (thread) return [200, thread];
      const guild = this.options.guilds.find((g) => g.channels?.some((c) => c.id === m[1]));
      return guild ? [200, { id: m[1], type: 0, guild_id: guild.id, name: 'channel' }] : [404, { message: 'Unknown Channel', code: 10003 }];
    }],
    ['POST', /^\/channels\/(\d+)\/threads$/, (_req, body, m) => {
      const guild = this.options.guilds.find((g) => g.channels?.some((c) => c.id === m[1]));
      const thread = { id: this.snowflake(), type: body?.type ?? 12, guild_id: guild?.id, parent_id: m[1], name: body?.name, thread_metadata: { archived: false, locked: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString() } };
      this.threads.set(thread.id, thread);
      return [201, thread];
    }],
    ['PUT', /^\/channels\/\d+\/thread-members\/\d+$/, () => [204, undefined]],
    ['GET', /^\/applications\/\d+(\/guilds\/(\d+))?\/commands$/, (_req, _body, m) => [200, [...this.commandsOf(m[2]).values()]]],
    ['POST', /^\/applications\/\d+(\/guilds\/(\d+))?\/commands$/, (_req, body, m) => {
      const command = { ...body, id: this.snowflake(), application_id: FAKE_APP_ID, version: this.snowflake(), type: 1 };
      this.commandsOf(m[2]).set(String(command.id), command);
      return [201, command];
    }],
    ['PATCH', /^\/applications\/\d+(\/guilds\/(\d+))?\/commands\/(\d+)$/, (_req, body, m) => {
      const existing = this.commandsOf(m[2]).get(m[3]!);
      if (!existing) return [404, { message: 'Unknown application command', code: 10063 }];
      const command = { ...existing, ...body, version: this.snowflake() };
      this.commandsOf(m[2]).set(m[3]!, command);
      return [200, command];
    }],
    ['DELETE', /^\/applications\/\d+(\/guilds\/(\d+))?\/commands\/(\d+)$/, (_req, _body, m) => {
      this.commandsOf(m[2]).delete(m[3]!);
      return [204, undefined];
    }],
  ];

  commandsOf(guildId: string | undefined): Map<string, Record<string, unknown>> {
    const key = guildId ?? 'global';
    if (!this.commands.has(key)) this.commands.set(key, new Map());
    return this.commands.get(key)!;
  }
}

function guildPayload(guild: FakeGuild): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    owner_id: guild.ownerId,
    unavailable: false,
    icon: null,
    features: [],
    roles: [guild.id, ...(guild.roles ?? [])].map((id, position) => ({ id, name: position === 0 ? '@everyone' : `role-${position}`, permissions: '0', position, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 })),
    channels: (guild.channels ?? []).map((c) => ({ id: c.id, name: c.name, type: 0, guild_id: guild.id, position: 0, permission_overwrites: [] })),
    threads: [],
    members: [],
    emojis: [],
    stickers: [],
    member_count: 1,
    joined_at: new Date().toISOString(),
    preferred_locale: 'en-US',
  };
}

/** JSON bodies, and multipart bodies whose `payload_json` part is the JSON (files are named). */
function parseBody(contentType: string, raw: Buffer): { body: Record<string, unknown> | undefined; files: string[] } {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const text = raw.toString('latin1');
    const json = /name="payload_json"[^\r]*\r\n(?:[^\r]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text)?.[1];
    const files = [...text.matchAll(/name="files\[\d+\]"; filename="([^"]+)"/g)].map((m) => m[1]!);
    return { body: json ? (JSON.parse(Buffer.from(json, 'latin1').toString('utf8')) as Record<string, unknown>) : undefined, files };
  }
  try {
    return { body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, files: [] };
  } catch {
    return { body: undefined, files: [] };
  }
}
