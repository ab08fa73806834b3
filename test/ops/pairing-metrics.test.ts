import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../../src/core/events.js';
import { startOpsServer } from '../../src/ops/http-server.js';
import { Metrics } from '../../src/ops/metrics.js';
import { readiness } from '../../src/runtime.js';
import { runTick } from '../../src/scheduling/tick.js';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('/metrics after a real pairing flow: rounds, groups, "Did you meet?" answers, on-demand requests', () => {
  let h: TerminalHarness;
  let server: Server;
  const members = ['ada', 'bo', 'cy', 'dee', 'fin'];
  const prisma = () => h.app.store.database.prisma;
  const queued = (kind: string) => prisma().outboxMessage.findMany({ where: { kind }, orderBy: { id: 'asc' } });
  const actionOf = (row: { payload: unknown }) => (row.payload as { choices: { actionId: string }[] }).choices[0]!.actionId;
  const choose = (user: string, actionId: string, value: string) =>
    h.app.bot.handle({ kind: 'choice', actionId, value, community: { platform: 'terminal', externalId: 'local' }, user: { id: user }, isDirect: true, receivedAt: new Date() } as IncomingEvent);
  const scrape = async () => (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`)).text();

  beforeAll(async () => {
    h = await startTerminalHarness({ user: 'ada', now: new Date('2026-11-23T09:00:00Z') });
    await h.type('/help');
    await prisma().member.updateMany({ where: { platformUserId: 'ada' }, data: { role: 'admin' } });
    server = await startOpsServer(0, { check: () => readiness(h.app, true) }, new Metrics(h.app.store), undefined, '127.0.0.1');
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await h.close();
  });

  it('GIVEN nothing has happened yet THEN every pairing figure is there at zero', async () => {
    const text = await scrape();
    expect(text).toContain('peercircle_pairing_rounds 0');
    expect(text).toContain('peercircle_pairing_groups 0');
    for (const outcome of ['met', 'not_yet', 'skipped']) expect(text).toContain(`peercircle_pairing_answers{outcome="${outcome}"} 0`);
    for (const outcome of ['accepted', 'unanswered', 'waiting']) expect(text).toContain(`peercircle_debrief_requests{outcome="${outcome}"} 0`);
  });

  it('GIVEN a round, a swap, answers and two on-demand requests THEN /metrics counts each, with no member in any label', async () => {
    await h.type('/community pairing weekly mon 10:00');
    for (const user of members) await h.typeAs(user, '/debrief');
    h.setNow(new Date('2026-11-23T10:00:00Z'));
    expect((await runTick(h.app.store, new Date('2026-11-23T10:00:00Z'))).pairingRounds).toBe(1);

    // One of the pair can't make it: their partner is re-matched with someone from the trio.
    h.setNow(new Date('2026-11-23T11:00:00Z'));
    const pair = (await queued('pairing-intro')).find((r) => r.platformUserIds.length === 2)!;
    expect(await h.typeAs(pair.platformUserIds[0]!, '/debrief swap')).toContain('I found your partner someone else');

    // Halfway: two say they met, one that they skipped it.
    expect((await runTick(h.app.store, new Date('2026-11-26T10:00:00Z'))).pairingChecks).toBe(4);
    const checks = await queued('pairing-check');
    for (const [check, answer] of [[checks[0]!, 'met'], [checks[1]!, 'met'], [checks[2]!, 'skipped']] as const) await choose(check.platformUserId, actionOf(check), answer);

    // On demand: one request accepted, the next unanswered until it times out.
    h.setNow(new Date('2026-11-24T14:00:00Z'));
    for (const user of ['cy', 'fin']) await h.typeAs(user, '/debrief on-demand on');
    await h.typeAs('ada', '/debrief now');
    // Nobody is asked twice in a row, so the next request goes to someone who joined the list since.
    await h.typeAs('dee', '/debrief on-demand on');
    const [ask] = await queued('debrief-ask');
    expect((await choose(ask!.platformUserId, actionOf(ask!), 'accept')).at(-1)?.text).toContain("I've opened a conversation");
    expect(await h.typeAs('bo', '/debrief now')).toContain("I've asked 1 peer");
    expect(await scrape()).toContain('peercircle_debrief_requests{outcome="waiting"} 1');
    expect((await runTick(h.app.store, new Date('2026-11-24T15:00:00Z'))).debriefRequestsClosed).toBe(1);

    const text = await scrape();
    expect(text).toContain('peercircle_pairing_rounds 1');
    expect(text).toContain('peercircle_pairing_groups 3');
    expect(text).toContain('peercircle_pairing_answers{outcome="met"} 2');
    expect(text).toContain('peercircle_pairing_answers{outcome="skipped"} 1');
    expect(text).toContain('peercircle_pairing_answers{outcome="not_yet"} 0');
    expect(text).toContain('peercircle_debrief_requests{outcome="accepted"} 1');
    expect(text).toContain('peercircle_debrief_requests{outcome="unanswered"} 1');
    expect(text).toContain('peercircle_debrief_requests{outcome="waiting"} 0');
    const ids = (await prisma().member.findMany()).flatMap((m) => [m.id, m.platformUserId]);
    for (const id of [...ids, ...members]) expect(text).not.toContain(`"${id}"`);
  });
});
