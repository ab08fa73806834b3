import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { parseConfig } from '../../src/config/env.js';
import { communityDigest, digestCsv, digestJson } from '../../src/core/digest.js';
import { averageBand, countBand } from '../../src/domain/digest/precision.js';
import type { IncomingEvent } from '../../src/core/events.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { testCipher } from '../helpers/test-cipher.js';

describe('/digest: supervisors see team totals, never a person', () => {
  let app: App;
  let testDb: TestDatabase;
  const community = { platform: 'slack' as const, externalId: 'T-DIGEST', name: 'River Team' };
  const send = (user: string, name: string, text = '') =>
    app.bot.handle({ kind: 'command', name, text, community, user: { id: user }, isDirect: true, receivedAt: new Date() } as IncomingEvent);

  beforeAll(async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error(config.error.join('\n'));
    testDb = await createTestDatabase();
    app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }), now: () => new Date('2026-11-26T12:00:00Z') });
    await send('SUP', 'help');
    const { prisma } = app.store.database;
    await prisma.member.updateMany({ where: { platformUserId: 'SUP' }, data: { role: 'supervisor' } });
    const c = await prisma.community.findFirstOrThrow();
    // Six members check in three days of the week of 16 Nov; only four the week before. It is
    // Thursday 26 Nov: the week of 23 Nov is still open.
    for (let i = 0; i < 6; i++) {
      const m = await prisma.member.create({ data: { communityId: c.id, platformUserId: `P${i}`, displayName: `Person ${i}` } });
      const dates = ['2026-11-16', '2026-11-17', '2026-11-18', ...(i < 4 ? ['2026-11-09', '2026-11-10'] : [])];
      for (const date of dates) {
        const energy = i === 0 ? 1 : 4;
        const stress = i === 0 ? 5 : 2;
        await prisma.checkIn.create({
          data: { memberId: m.id, localDate: new Date(`${date}T00:00:00Z`), answers: { energy, stress, load: stress, boundaries: energy, self: energy }, note: `private note ${i}`, completedAt: new Date() },
        });
      }
    }
  });
  afterAll(async () => {
    await app.close();
    await testDb.release();
  });

  it('GIVEN a peer THEN they are told digests are for supervisors, and see no figures', async () => {
    const reply = (await send('P1', 'digest')).at(-1);
    expect(reply?.text).toContain('Digests are for supervisors');
    expect(reply?.text).not.toMatch(/\d\.\d/);
  });

  it('GIVEN a supervisor THEN the last closed week’s figures are right as ranges, the small week is suppressed, and no note or name appears', async () => {
    const replies = await send('SUP', 'digest');
    const text = replies.map((r) => r.text).join('\n');
    expect(text).toContain('Weeks that have ended, 26 Oct to 22 Nov. The current week (from 23 Nov) is not shown yet: it appears once it ends.');
    expect(text).toContain('Checked in: 5–9 people; check-in days: 15–19');
    expect(text).toContain('Heavy days: up to a third of check-in days'); // Person 0's three heavy days of 18
    // Energy: (1×3 + 4×15) / 18 = 3.5, shown as 3.5–4.0; the week of 9 Nov had 4 people (< 5): suppressed.
    expect(text).toMatch(/How is your energy today\? .*hidden.* → 3\.5–4\.0/);
    // The reason a figure is hidden is given once on its line, never once per hidden figure.
    for (const line of text.split('\n')) expect(line.split('not enough responses').length - 1, line).toBeLessThanOrEqual(1);
    expect(text).toMatch(/How is your energy today\? .*3\.5–4\.0 _\(hidden: not enough responses to show this\)_/);
    expect(text).toContain('`/escalations`');
    expect(text).not.toContain('private note');
    expect(text).not.toContain('Person 0');
    const chart = replies.at(-1)?.attachment;
    expect(chart?.contentType).toBe('image/png');
    const png = Buffer.from(chart!.base64, 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
    expect(chart?.altText).toContain('the same figures are listed in the message');
  });

  it('GIVEN the digest data THEN it matches a straight computation over the rows', async () => {
    const c = await app.store.database.prisma.community.findFirstOrThrow();
    const digest = await communityDigest(app.store, c, new Date('2026-11-26T12:00:00Z'));
    const week = digest.weeks.at(-1)!;
    expect(week.week).toBe('2026-11-16');
    expect(week.averages.energy).toEqual({ shown: true, value: { low: 3.5, high: 4 }, people: 6 });
    // Stress: 45 over 18 answers, "2.5–3.0" at its lower edge. Readers who knew the other five's
    // answers (say, all promoted later) could tell Person 0 answered 5 all three days: withheld.
    expect(week.averages.stress).toEqual({ shown: false, reason: 'could-reveal-someone' });
    expect(digest.weeks.at(-2)!.participants).toEqual({ shown: false, reason: 'too-few' });
  });

  it('GIVEN an admin export for a date range THEN CSV and JSON carry the same guarded figures and nothing per person', async () => {
    const c = await app.store.database.prisma.community.findFirstOrThrow();
    const digest = await communityDigest(app.store, c, new Date('2026-11-26T12:00:00Z'), { from: '2026-11-09', to: '2026-11-26' });
    const csv = digestCsv(digest).split('\n');
    expect(csv[0]).toBe(
      'week,participants,checkin_days,heavy_day_share,avg_energy,avg_stress,avg_load,avg_boundaries,avg_self,signals_watch,signals_reach_out,signals_urgent,debrief_pairings_met',
    );
    expect(csv[1]).toBe(`2026-11-09,${Array(11).fill('not enough responses').join(',')},0`);
    expect(csv[2]).toMatch(/^2026-11-16,5-9,15-19,up to a third,3\.5-4\.0,hidden: could give away one person's answers,/);
    expect(csv).toHaveLength(3); // the running week of 23 Nov is not in the export
    const json = JSON.stringify(digestJson(digest));
    expect(json).toContain('"withheld":"too-few"');
    expect(json).not.toMatch(/P\d|Person|private note/);
  });
  it('GIVEN a pairing round of six where two pairs met THEN the digest counts 2 pairings that met, and a round of four is withheld', async () => {
    const { prisma } = app.store.database;
    const c = await prisma.community.findFirstOrThrow();
    const people = await prisma.member.findMany({ where: { platformUserId: { startsWith: 'P' } }, orderBy: { platformUserId: 'asc' } });
    const round = async (date: string, members: typeof people, met: number) => {
      const r = await prisma.pairingRound.create({ data: { communityId: c.id, roundDate: new Date(`${date}T00:00:00Z`), halfwayAt: new Date(`${date}T12:00:00Z`) } });
      for (let g = 0; g * 2 < members.length; g++) {
        await prisma.pairingGroup.create({
          data: { roundId: r.id, members: { create: members.slice(g * 2, g * 2 + 2).map((m, i) => ({ memberId: m.id, outcome: g < met && i === 0 ? 'met' : null })) } },
        });
      }
    };
    await round('2026-11-09', people.slice(0, 4), 1);
    await round('2026-11-16', people, 2);
    const text = (await send('SUP', 'digest')).map((r) => r.text).join('\n');
    expect(text).toMatch(/\*\*Debrief pairings that met\*\*: (hidden → )+2 _\(hidden: not enough responses to show this\)_\n/);
    expect(text).not.toMatch(/Debrief pairings that met.*→ 1/);
  });

  it('GIVEN one of those who said "we met" has since been a supervisor THEN they do not count, like everywhere else in the digest, and their pair no longer counts as met', async () => {
    const { prisma } = app.store.database;
    const metBySupervisor = await prisma.pairingGroupMember.findFirstOrThrow({ where: { outcome: 'met', group: { round: { roundDate: new Date('2026-11-16T00:00:00Z') } } }, orderBy: { memberId: 'asc' } });
    await prisma.member.update({ where: { id: metBySupervisor.memberId }, data: { oversightSince: new Date('2026-11-20T09:00:00Z') } });
    try {
      const text = (await send('SUP', 'digest')).map((r) => r.text).join('\n');
      expect(text).toMatch(/\*\*Debrief pairings that met\*\*: (hidden → )+1 _\(hidden: not enough responses to show this\)_\n/);
    } finally {
      await prisma.member.update({ where: { id: metBySupervisor.memberId }, data: { oversightSince: null } });
    }
  });
});

describe('/digest in the terminal', () => {
  it('GIVEN a supervisor at the terminal THEN the digest text renders and the chart is saved as a PNG file', async () => {
    const { startTerminalHarness } = await import('../helpers/terminal-session.js');
    const { existsSync, readFileSync } = await import('node:fs');
    const bot = await startTerminalHarness({ user: 'sup' });
    try {
      await bot.type('/help');
      await bot.app.store.database.prisma.member.updateMany({ data: { role: 'supervisor' } });
      const out = await bot.type('/digest');
      expect(out).toContain('Team digest for the test circle');
      expect(out).toContain('not enough responses to show this');
      // With nobody's check-ins, each trend line says so once, not once per week.
      expect(out).toMatch(/How is your energy today\? not enough responses to show this\n/);
      for (const line of out.split('\n')) expect(line.split('not enough responses').length - 1, line).toBeLessThanOrEqual(1);
      const file = /Saved to (\S+\.png)/.exec(out)?.[1];
      expect(file && existsSync(file)).toBe(true);
      expect(readFileSync(file!).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await bot.close();
    }
  });
});

describe('the weekly digest on schedule', () => {
  it("GIVEN Monday 09:00 in the community's time zone THEN each supervisor gets one digest by DM with its chart, however often the scheduler ticks", async () => {
    const pinoLogger = pino({ level: 'silent' });
    const { runTick } = await import('../../src/scheduling/tick.js');
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error('config');
    const testDb = await createTestDatabase();
    const app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pinoLogger });
    try {
      const { prisma } = app.store.database;
      const c = await prisma.community.create({ data: { platform: 'slack', externalId: 'T-W', timeZone: 'Europe/Berlin', digestWeekday: 1, digestTime: '09:00' } });
      await prisma.member.createMany({
        data: [
          { communityId: c.id, platformUserId: 'S1', role: 'supervisor' },
          { communityId: c.id, platformUserId: 'S2', role: 'supervisor' },
          { communityId: c.id, platformUserId: 'P1' },
        ],
      });
      expect((await runTick(app.store, new Date('2026-11-23T07:59:00Z'))).digestsQueued).toBe(0); // 08:59 in Berlin
      expect((await runTick(app.store, new Date('2026-11-23T08:00:00Z'))).digestsQueued).toBe(1);
      expect((await runTick(app.store, new Date('2026-11-23T08:01:00Z'))).digestsQueued).toBe(0);
      const digests = await prisma.outboxMessage.findMany({ where: { kind: 'digest' } });
      expect(digests.map((d) => d.platformUserId).sort()).toEqual(['S1', 'S2']);
      const payload = digests[0]!.payload as { text: string; attachment: { contentType: string } };
      expect(payload.text).toContain('Your weekly team digest.');
      expect(payload.text).toContain('Weeks that have ended, 26 Oct to 22 Nov.');
      expect(payload.attachment.contentType).toBe('image/png');

      // A community whose admin chose a private channel gets one post there instead of DMs.
      await prisma.community.update({ where: { id: c.id }, data: { digestChannelId: 'C-SUPERVISORS' } });
      expect((await runTick(app.store, new Date('2026-11-30T08:00:00Z'))).digestsQueued).toBe(1);
      const next = await prisma.outboxMessage.findMany({ where: { kind: 'digest', dedupeKey: { contains: '2026-11-23' } } });
      expect(next.map((m) => m.channelId)).toEqual(['C-SUPERVISORS']);
    } finally {
      await app.close();
      await testDb.release();
    }
  });
});

describe('digest aggregation on generated data', () => {
  it('GIVEN random teams, days and answers THEN every shown average equals a straight computation over the raw check-ins', async () => {
    const config = parseConfig({ DEFAULT_TIME_ZONE: 'UTC' });
    if (!config.ok) throw new Error('config');
    const testDb = await createTestDatabase();
    const app = await createApp(config.value, { database: testDb.target, cipher: testCipher(), logger: pino({ level: 'silent' }) });
    try {
      const { prisma } = app.store.database;
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      const c = await prisma.community.create({ data: { platform: 'slack', externalId: 'T-GEN', minGroupSize: 3 } });
      const raw: { date: string; member: string; energy: number }[] = [];
      for (let i = 0; i < 12; i++) {
        const m = await prisma.member.create({ data: { communityId: c.id, platformUserId: `G${i}` } });
        for (let d = 0; d < 28; d++) {
          if (random() < 0.4) continue;
          const date = new Date(Date.UTC(2026, 10, 2 + d)).toISOString().slice(0, 10);
          const energy = 1 + Math.floor(random() * 5);
          raw.push({ date, member: m.id, energy });
          await prisma.checkIn.create({ data: { memberId: m.id, localDate: new Date(`${date}T00:00:00Z`), answers: { energy }, completedAt: new Date() } });
        }
      }
      const digest = await communityDigest(app.store, c, new Date('2026-11-30T12:00:00Z'));
      let compared = 0;
      for (const week of digest.weeks) {
        const start = Date.parse(`${week.week}T00:00:00Z`);
        const inWeek = raw.filter((r) => Date.parse(`${r.date}T00:00:00Z`) >= start && Date.parse(`${r.date}T00:00:00Z`) < start + 7 * 86_400_000);
        const point = week.averages.energy!;
        if (!point.shown) continue;
        compared++;
        expect(point.value).toEqual(averageBand(inWeek.reduce((s, r) => s + r.energy, 0), inWeek.length));
        expect(point.people).toBe(new Set(inWeek.map((r) => r.member)).size);
        expect(week.checkinDays).toEqual({ shown: true, value: countBand(inWeek.length, 3), people: point.people });
      }
      expect(compared).toBeGreaterThan(0);
    } finally {
      await app.close();
      await testDb.release();
    }
  });
});
