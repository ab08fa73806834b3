import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communityDigest } from '../../src/core/digest.js';
import { deleteMemberData } from '../../src/storage/member-data.js';
import { joiningRole } from '../../src/storage/members.js';
import { useTestApp } from '../helpers/test-app.js';
import { askedRange, attack, observe, PureDigestSystem, render, type Captured, type Observation } from './digest-attacker.js';
import { historyArb, promotionAfterShownArb, QUESTIONS, steps, type History } from './digest-histories.js';
import { Team } from './digest-team.js';

/**
 * The differencing property through the real storage: each history is replayed into the database
 * (members, check-ins, support signals, role changes through MemberRepository.setRole, deletions)
 * and every digest and export comes from
 * communityDigest, with its weeks frozen in digest_weeks. Each output must be exactly what the
 * domain-layer model gives, and the attacker must pin nothing in them.
 */
describe('digests cannot be differenced (through the real storage)', () => {
  const testApp = useTestApp();

  let figuresShown = 0;

  async function replay(history: History) {
    const { store } = testApp.app;
    const { prisma } = store.database;
    const community = await prisma.community.create({
      data: { platform: 'slack', externalId: `T-${randomUUID()}`, name: 'River Team', timeZone: 'UTC', minGroupSize: history.k, checkinQuestions: QUESTIONS as object },
    });
    const team = new Team();
    const model = new PureDigestSystem(history.k);
    const ids = new Map<string, string>();
    const seen: { obs: Observation; captured: Captured }[] = [];
    for (const e of steps(history.events)) {
      if (e.kind === 'day') continue;
      if (e.kind === 'query') {
        const out = render(await communityDigest(store, community, team.now, askedRange(team, e.range)), e, team.now);
        expect(out.text).toBe(model.query(team, e).text);
        figuresShown += out.text.match(/\d\.\d[–-]\d\.\d/g)?.length ?? 0;
        for (const obs of observe(out, model.frozen)) seen.push({ obs, captured: model.frozen.get(obs.week)! });
        continue;
      }
      const id = 'member' in e ? team.idOf(e.member) : '';
      const applied = team.apply(e);
      if (!applied) continue;
      const now = team.now;
      if (e.kind === 'join') {
        // As MemberRepository.findOrCreate, but joined at the history's time.
        const m = await prisma.member.create({ data: { communityId: community.id, platformUserId: team.idOf(e.member), ...joiningRole(e.role, now), createdAt: now } });
        ids.set(team.idOf(e.member), m.id);
      } else if (e.kind === 'leave') {
        await deleteMemberData(prisma, ids.get(id)!);
      } else if (e.kind === 'role') {
        await store.members.setRole(ids.get(id)!, e.role, now);
      } else if (e.kind === 'checkin') {
        const date = e.late ? new Date(Date.parse(`${team.today()}T00:00:00Z`) - 86_400_000) : new Date(`${team.today()}T00:00:00Z`);
        const answers = { ...(e.energy !== null ? { energy: e.energy } : {}), ...(e.stress !== null ? { stress: e.stress } : {}) };
        const memberId = ids.get(id)!;
        await prisma.checkIn.upsert({
          where: { memberId_localDate: { memberId, localDate: date } },
          create: { memberId, localDate: date, answers, completedAt: now },
          update: { answers, completedAt: now },
        });
      } else if (e.kind === 'signal') {
        await prisma.escalation.create({ data: { communityId: community.id, memberId: ids.get(id)!, rule: 'property', level: e.level, named: e.named, key: randomUUID(), raisedAt: now } });
      }
    }
    return attack(seen, team);
  }

  it('GIVEN histories replayed into the database THEN every output equals the domain model’s, and the attacker pins nothing', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        expect(await replay(history)).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 25), seed: Number(process.env.PROPERTY_SEED ?? 1412) },
    );
    expect(figuresShown).toBeGreaterThan(25);
  }, 300_000);

  it('GIVEN small teams whose members are promoted and demoted after their weeks were shown THEN every output equals the model’s, and the attacker pins nothing', async () => {
    await fc.assert(
      fc.asyncProperty(promotionAfterShownArb, async (history) => {
        expect(await replay(history)).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 25), seed: Number(process.env.PROPERTY_SEED ?? 2114) },
    );
  }, 300_000);
});
