import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type App, type InstallationStore, type Logger as BoltLogger } from '@slack/bolt';
import { checkPayloadShape } from './payload-shape.js';
import { checkRequestTimestamp } from './request-window.js';
import { BOT_SCOPES } from './scopes.js';

export interface HttpRoutesOptions {
  signingSecret: string;
  oauth?: { clientId: string; clientSecret: string; stateSecret: string };
  installationStore: InstallationStore;
  clientOptions: Record<string, unknown>;
  /** The Web API base URL; its site also serves the OAuth consent page (GovSlack: slack-gov.com). */
  apiUrl?: string;
  logger: BoltLogger;
  now: () => Date;
}

class MalformedPayload extends Error {}

/** Slack's own payloads are far smaller; anything bigger is refused unread. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Slack's HTTP routes on the process's one port: /slack/events, and with OAuth /slack/install and
 * /slack/oauth_redirect. Bolt's receiver verifies signatures and stale stamps; in front of it,
 * stamps more than five minutes ahead are refused too, and behind it every verified body is checked
 * for the fields its kind needs (400 at once, rather than Bolt's silence and a 404 seconds later).
 */
export class SlackHttpRoutes {
  readonly receiver: HTTPReceiver;

  constructor(private readonly options: HttpRoutesOptions) {
    const { oauth, clientOptions } = options;
    this.receiver = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: '/slack/events',
      logger: options.logger,
      ...(oauth
        ? {
            clientId: oauth.clientId,
            clientSecret: oauth.clientSecret,
            stateSecret: oauth.stateSecret,
            scopes: BOT_SCOPES,
            installationStore: options.installationStore,
            installerOptions: {
              clientOptions,
              directInstall: true,
              installPath: '/slack/install',
              redirectUriPath: '/slack/oauth_redirect',
              ...(options.apiUrl ? { authorizationUrl: new URL('/oauth/v2/authorize', options.apiUrl).toString() } : {}),
            },
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
  }

  /** Puts the payload check between the receiver and the app (Bolt's App inits the receiver with itself). */
  guard(app: App): void {
    this.receiver.init({
      processEvent: (event: Parameters<App['processEvent']>[0]) => {
        const shape = checkPayloadShape(event.body);
        if (!shape.ok) throw new MalformedPayload(shape.error);
        return app.processEvent(event);
      },
    } as unknown as App);
  }

  /** Serves the request if it is one of Slack's routes; false for any other path. */
  handle(request: IncomingMessage, response: ServerResponse, accepting: boolean): boolean {
    const path = (request.url ?? '/').split('?')[0];
    const oauthRoute = this.options.oauth !== undefined && (path === '/slack/install' || path === '/slack/oauth_redirect');
    if (path !== '/slack/events' && !oauthRoute) return false;
    const refuse = (status: number, error: string) => {
      request.resume();
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error }));
      return true;
    };
    if (!accepting) return refuse(503, 'not accepting events right now');
    if (path === '/slack/events') {
      if (request.method !== 'POST') return refuse(405, 'use POST');
      const stamp = checkRequestTimestamp(request.headers['x-slack-request-timestamp'], this.options.now().getTime());
      if (!stamp.ok) return refuse(401, stamp.error);
      void this.readBody(request).then((body) => {
        if (body === 'too-large') return refuse(413, 'the request body is larger than any Slack payload');
        // Bolt would decode invalid bytes as U+FFFD and carry on; Slack never sends them.
        if (body === undefined || !isUtf8(body)) return refuse(400, 'the request body is not valid UTF-8');
        // Bolt reads a body already buffered on the request instead of the stream.
        (request as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        this.pass(request, response, refuse);
      });
      return true;
    }
    this.pass(request, response, refuse);
    return true;
  }

  /** The whole body, or 'too-large' past the limit, or undefined when the client went away. */
  private readBody(request: IncomingMessage): Promise<Buffer | 'too-large' | undefined> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      });
      request.once('end', () => resolve(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
      request.once('error', () => resolve(undefined));
    });
  }

  private pass(request: IncomingMessage, response: ServerResponse, refuse: (status: number, error: string) => boolean): void {
    try {
      this.receiver.requestListener(request, response);
    } catch {
      // Bolt throws for a route it does not serve (an OAuth path with the wrong method).
      if (!response.headersSent) refuse(404, 'not found');
    }
  }
}
