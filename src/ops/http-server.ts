import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Metrics } from './metrics.js';

export interface Readiness {
  /** Resolves with a reason when not ready, undefined when ready. */
  check(): Promise<string | undefined>;
  /** More to show an operator either way (e.g. delivery paused by a circuit breaker). */
  details?(): Record<string, unknown>;
}

/**
 * /healthz (the process is up), /readyz (database reachable, adapter connected) and /metrics
 * (Prometheus), beside an adapter's own routes. Anything else is 404; only GET and HEAD are answered.
 */
export function startOpsServer(
  port: number,
  readiness: Readiness,
  metrics: Metrics,
  /** An adapter's own routes (Slack's /slack/events), tried first: a load balancer needs one port. */
  adapterRoutes?: (request: IncomingMessage, response: ServerResponse) => boolean,
  /** Every interface when unset; tests and single-machine setups pass 127.0.0.1. */
  host?: string,
): Promise<Server> {
  const server = createServer((request, response) => {
    if (adapterRoutes?.(request, response)) return;
    const send = (status: number, body: string, type = 'application/json') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, JSON.stringify({ error: 'use GET' }));
    const route = (request.url ?? '/').split('?')[0];
    if (route === '/healthz') return send(200, JSON.stringify({ status: 'ok' }));
    if (route === '/readyz') {
      void readiness.check().then(
        (reason) => send(reason ? 503 : 200, JSON.stringify({ ...(reason ? { status: 'not ready', reason } : { status: 'ready' }), ...readiness.details?.() })),
        () => send(503, JSON.stringify({ status: 'not ready', reason: 'readiness check failed' })),
      );
      return;
    }
    if (route === '/metrics') {
      void metrics.registry.metrics().then(
        (text) => send(200, text, metrics.registry.contentType),
        () => send(500, JSON.stringify({ error: 'metrics unavailable' })),
      );
      return;
    }
    send(404, JSON.stringify({ error: 'not found', routes: ['/healthz', '/readyz', '/metrics'] }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
