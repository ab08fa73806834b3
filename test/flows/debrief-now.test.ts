import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingEvent } from '../../src/core/events.js';
import { runTick } from '../../src/scheduling/tick.js';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

describe('/debrief now: a debrief after a hard session, with whoever is free', () => {
  let h: TerminalHarness;
  const at = new Date('2026-11-23T14:00:00Z');
  const prisma = () => h.app.store.database.prisma;
  const queued = (kind: string) => prisma().outboxMessage.findMany({ where: { kind }, orderBy: { id: 'asc' } });
  const text = (row: { payload: unknown }) => (row.payload as { text: string }).text;
  const choose = async (user: string, actionId: string, value: string) =>
    (await h.app.bot.handle({ kind: 'choice', actionId, value, community: { platform: 'terminal', externalId: 'local' }, user: { id: user }, isDirect: true, receivedAt: at } as IncomingEvent)).at(-1)?.text ?? '';
  const offerId = (row: { payload: unknown }) => (row.payload as { choices: { actionId: string }[] }).choices[0]!.actionId;

  beforeAll(async () => {
    h = await startTerminalHarness({ user: 'alex', now: at });
  });
  afterAll(async () => h.close());

  it('GIVEN nobody has offered on-demand debriefs THEN the member is told at once and offered other support', async () => {
    const out = await h.type('/debrief now');
    expect(out).toContain("nobody here has signed up to be asked for on-demand debriefs yet");
    expect(out).not.toContain('it may be their quiet hours'); // nobody's quiet hours are to blame
    expect(out).toContain('`/support`');
    expect(await prisma().debriefRequest.count()).toBe(0);
  });

  it('GIVEN peers on the on-demand list THEN only those free (not paused, outside quiet hours) are asked, without the name of who asks', async () => {
    await h.typeAs('cy', '/debrief on-demand on');
    await h.typeAs('fin', '/debrief on-demand on');
    await h.typeAs('dee', '/debrief on-demand on', '/settings quiet 13:00-15:00');
    await h.typeAs('gil', '/debrief on-demand on', '/settings pause 1 week');
    await h.typeAs('hal', '/debrief on-demand maybe');
    const out = await h.type('/debrief now', '/debrief now');
    expect(out).toContain("I've asked 2 peers who take on-demand debriefs");
    expect(out).toContain("I'm still asking peers for you");
    const asks = await queued('debrief-ask');
    expect(asks.map((a) => a.platformUserId).sort()).toEqual(['cy', 'fin']);
    expect(text(asks[0]!)).not.toContain('alex');
  });

  it('GIVEN two peers asked THEN the first to accept is connected with the member, and the other is told it is covered', async () => {
    const [first, second] = await queued('debrief-ask');
    expect(await choose(first!.platformUserId, offerId(first!), 'accept')).toContain("I've opened a conversation for you and alex");
    expect(await choose(second!.platformUserId, offerId(second!), 'accept')).toContain('covered');
    const [connect] = await queued('debrief-connect');
    expect(connect!.platformUserIds).toEqual(['alex', first!.platformUserId]);
    expect(text(connect!)).toContain('What was hard');
    expect(text(connect!)).toContain('`/support`');
    expect((await queued('debrief-covered')).map((r) => r.platformUserId)).toEqual([second!.platformUserId]);
    expect(await h.type('/debrief')).toContain('1 on-demand debrief');
  });

  it('GIVEN a new request right after THEN nobody asked last time is asked again; and nobody accepting in time gets the member other options', async () => {
    await h.typeAs('dee', '/settings quiet off');
    const out = await h.typeAs('bo', '/debrief now');
    expect(out).toContain("I've asked 1 peer");
    expect((await queued('debrief-ask')).at(-1)!.platformUserId).toBe('dee');
    expect((await runTick(h.app.store, new Date('2026-11-23T14:29:00Z'))).debriefRequestsClosed).toBe(0);
    expect((await runTick(h.app.store, new Date('2026-11-23T14:31:00Z'))).debriefRequestsClosed).toBe(1);
    expect((await runTick(h.app.store, new Date('2026-11-23T14:32:00Z'))).debriefRequestsClosed).toBe(0);
    const [told] = await queued('debrief-unanswered');
    expect(told!.platformUserId).toBe('bo');
    expect(text(told!)).toContain('no peer could take a debrief just now');
    expect(text(told!)).toContain('/support');
    expect((await queued('debrief-closed')).map((r) => r.platformUserId)).toEqual(['dee']);
    const late = (await queued('debrief-ask')).at(-1)!;
    expect(await choose('dee', offerId(late), 'accept')).toContain('That request has closed');
  });

  it('GIVEN every peer asked says not today THEN the member hears at once instead of waiting', async () => {
    await h.typeAs('ivy', '/debrief on-demand on');
    await h.typeAs('jo', '/debrief now');
    const request = await prisma().debriefRequest.findFirstOrThrow({ where: { requester: { platformUserId: 'jo' } } });
    const asks = (await queued('debrief-ask')).filter((a) => a.dedupeKey.includes(request.id));
    // dee was asked for the request just before, so not this time.
    expect(asks.map((a) => a.platformUserId).sort()).toEqual(['cy', 'fin', 'ivy']);
    for (const ask of asks.slice(0, -1)) expect(await choose(ask.platformUserId, offerId(ask), 'decline')).toContain('No problem at all');
    expect((await queued('debrief-unanswered')).map((r) => r.platformUserId)).not.toContain('jo');
    await choose(asks.at(-1)!.platformUserId, offerId(asks.at(-1)!), 'decline');
    expect((await queued('debrief-unanswered')).map((r) => r.platformUserId)).toContain('jo');
  });

  it('GIVEN someone on my private list THEN they are never asked to debrief me', async () => {
    await h.typeAs('kai', '/debrief avoid ivy');
    await h.typeAs('lu', '/debrief on-demand on');
    expect(await h.typeAs('kai', '/debrief now')).toContain("I've asked");
    expect((await prisma().debriefOffer.findMany({ where: { request: { requester: { platformUserId: 'kai' } } }, include: { peer: true } })).map((o) => o.peer.platformUserId)).not.toContain('ivy');
  });
});
