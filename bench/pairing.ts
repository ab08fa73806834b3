import { queueDueRounds } from '../src/scheduling/due-pairings.js';
import { Store } from '../src/storage/store.js';
import { randomBytes } from 'node:crypto';
import { NoteCipher, noteKey } from '../src/security/note-cipher.js';
import { benchDatabase } from './postgres.js';
import { PairCosts, REPEAT_COST } from '../src/domain/pairing/costs.js';
import { exactGrouping } from '../src/domain/pairing/exact.js';
import { heuristicGrouping } from '../src/domain/pairing/heuristic.js';
import { bestOfRestarts } from '../src/domain/pairing/match.js';
import { matchRound, workingHoursUtc, type MatchInput, type PairingCandidate, type PastMeeting } from '../src/domain/pairing/index.js';

const seeded = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};

function community(size: number, rounds: number, window: number, random: () => number): MatchInput {
  const zones = [-8, -5, 0, 1, 2, 5.5, 9, 10];
  const members: PairingCandidate[] = Array.from({ length: size }, (_, i) => ({
    id: `m${i}`,
    optedIn: true,
    pausedUntil: null,
    hours: workingHoursUtc(zones[Math.floor(random() * zones.length)]! * 60),
    group: random() < 0.3 ? 'newer' : 'experienced',
  }));
  const ids = members.map((m) => m.id);
  const history: PastMeeting[] = [];
  for (let r = 1; r <= rounds; r++) {
    const order = [...ids];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let i = 0; i + 1 < order.length; i += 2) history.push({ a: order[i]!, b: order[i + 1]!, roundsAgo: r });
  }
  // One member in twenty keeps a private "please don't pair me with" list of one to three people.
  const avoid: [string, string][] = [];
  for (const id of ids) if (random() < 0.05) for (let k = 0; k < 1 + Math.floor(random() * 3); k++) avoid.push([id, ids[Math.floor(random() * size)]!]);
  return { roundDate: '2026-11-23', members, history, avoid, repeatWindow: window, crossGroup: false, random };
}

/**
 * Matching figures: 10,000 members with 20 rounds of history (time, target under 1 s; repeats
 * against the best achievable), and the heuristic against the exact optimum on small, dense
 * communities where repeats are hard to avoid.
 */
export function measurePairing(): void {
  const size = 10_000;
  const input = community(size, 20, 20, seeded(42));
  matchRound({ ...input, random: seeded(1) }); // warm-up
  const times: number[] = [];
  let result = matchRound(input);
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    result = matchRound({ ...input, random: seeded(run + 2) });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const costs = new PairCosts(input.members, input.history, input.avoid, input.repeatWindow, false);
  const indexOf = new Map(input.members.map((m, i) => [m.id, i]));
  const groups = result.groups.map((g) => g.map((id) => indexOf.get(id)!));
  const cost = groups.reduce((s, g) => s + costs.groupCost(g), 0);
  // Lower bounds on the same input: a member with no allowed partner outside the repeat window
  // forces a repeat; and no matching costs less than half the sum of each member's cheapest partner.
  let forced = 0;
  let cheapest = 0;
  for (let i = 0; i < size; i++) {
    let min = Infinity;
    for (let j = 0; j < size && min > 0; j++) if (j !== i) min = Math.min(min, costs.cost(i, j));
    if (min >= REPEAT_COST) forced++;
    cheapest += Math.min(min, REPEAT_COST);
  }
  const edges = groups.reduce((s, g) => s + (g.length * (g.length - 1)) / 2, 0);
  console.log(`pairing: ${size.toLocaleString('en-US')} members, 20 rounds of history, no repeat within 20 rounds, 5 % keep a "don't pair" list (target under 1 s)`);
  console.log(`  matching time: median ${times[2]!.toFixed(0)} ms, slowest ${times[4]!.toFixed(0)} ms (5 runs)`);
  const large = community(size * 10, 20, 20, seeded(43));
  const largeTimes = [0, 1, 2].map((run) => {
    const started = performance.now();
    matchRound({ ...large, random: seeded(run + 7) });
    return performance.now() - started;
  });
  largeTimes.sort((a, b) => a - b);
  const growth = largeTimes[1]! / times[2]!;
  const nLogN = (10 * Math.log(size * 10)) / Math.log(size);
  console.log(`  ${(size * 10).toLocaleString('en-US')} members: median ${largeTimes[1]!.toFixed(0)} ms of 3 runs (target under 1 s), ${growth.toFixed(1)}× the time for 10× the members (n log n would be ${nLogN.toFixed(1)}×)`);
  console.log(`  groups: ${result.groups.length} (${result.groups.filter((g) => g.length === 3).length} trio), left out: ${result.unmatched.length}`);
  console.log(`  repeats within 20 rounds: ${result.repeats} of ${edges} pairings (${((100 * result.repeats) / edges).toFixed(2)} %); best achievable: ${Math.ceil(forced / 2)} (lower bound from members with no new partner left)`);
  console.log(`  soft cost (time zones, earlier meetings): ${cost.toFixed(0)} vs lower bound ${(cheapest / 2).toFixed(0)}`);

  // Small dense communities: 14 members, 12 rounds of history, no repeat within 12 rounds.
  let heuristicRepeats = 0;
  let restartRepeats = 0;
  let exactRepeats = 0;
  let pairings = 0;
  const instances = 200;
  for (let s = 0; s < instances; s++) {
    const small = community(14, 12, 12, seeded(1000 + s));
    const smallCosts = new PairCosts(small.members, small.history, small.avoid, 12, false);
    const all = small.members.map((_, i) => i);
    const h = heuristicGrouping(smallCosts, all, (i) => small.members[i]!.hours.start, seeded(s));
    const e = exactGrouping(smallCosts, all);
    heuristicRepeats += h.groups.reduce((sum, g) => sum + smallCosts.repeatsIn(g), 0);
    const r = bestOfRestarts(smallCosts, all, (i) => small.members[i]!.hours.start, seeded(s), 24);
    restartRepeats += r.groups.reduce((sum, g) => sum + smallCosts.repeatsIn(g), 0);
    exactRepeats += e.groups.reduce((sum, g) => sum + smallCosts.repeatsIn(g), 0);
    pairings += e.groups.reduce((sum, g) => sum + (g.length * (g.length - 1)) / 2, 0);
  }
  console.log(`  ${instances} dense communities of 14 (12 rounds of history, no repeat within 12): repeat rate heuristic, one pass ${((100 * heuristicRepeats) / pairings).toFixed(1)} %, with 24 restarts (as mid-sized communities get) ${((100 * restartRepeats) / pairings).toFixed(1)} %, exact optimum ${((100 * exactRepeats) / pairings).toFixed(1)} % (the bot uses the exact method up to 14 members)`);
}

/**
 * A whole round through the scheduler on PostgreSQL: 10,000 members in eight time zones, 20 weekly
 * rounds run one after another (each reads the history the earlier ones wrote), then the 21st timed
 * on its own: members and history read, matched, claimed, and 5,000 introductions queued.
 */
export async function measurePairingRound(size = 10_000, rounds = 20): Promise<void> {
  const { database, drop } = await benchDatabase('pairing');
  try {
    const { prisma } = database;
    const store = new Store(database, new NoteCipher(noteKey(randomBytes(32))));
    const community = await prisma.community.create({ data: { platform: 'slack', externalId: 'T-PAIR', timeZone: 'UTC' } });
    await prisma.pairingSettings.create({ data: { communityId: community.id, weekday: 1, time: '10:00', repeatWindow: 20 } });
    const zones = ['America/Los_Angeles', 'America/New_York', 'UTC', 'Europe/Berlin', 'Europe/Athens', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney'];
    // A thousand at a time: past PostgreSQL's 32,767 parameters, Prisma splits one createMany and
    // sends the parts at once over one connection, which pg deprecates ("Calling client.query() when
    // the client is already executing a query").
    for (let from = 0; from < size; from += 1000) {
      const count = Math.min(1000, size - from);
      await prisma.member.createMany({ data: Array.from({ length: count }, (_, k) => ({ communityId: community.id, platformUserId: `U${from + k}`, timeZone: zones[(from + k) % zones.length]! })) });
    }
    const times: number[] = [];
    const monday = Date.parse('2026-06-01T10:00:00Z');
    for (let r = 0; r <= rounds; r++) {
      const started = performance.now();
      const created = await queueDueRounds(store, new Date(monday + r * 7 * 24 * 3600 * 1000), seeded(r + 1));
      times.push(performance.now() - started);
      if (created !== 1) throw new Error(`round ${r} was not created`);
    }
    const latest = await prisma.pairingRound.findFirstOrThrow({ orderBy: { roundDate: 'desc' } });
    const history = await store.pairings.history(community.id, latest.roundDate.toISOString().slice(0, 10), 20);
    const met = new Set(history.filter((h) => h.roundsAgo <= 20).map((h) => (h.a < h.b ? `${h.a}|${h.b}` : `${h.b}|${h.a}`)));
    const groups = await prisma.pairingGroup.findMany({ where: { roundId: latest.id }, include: { members: true } });
    let repeats = 0;
    for (const g of groups) {
      const ids = g.members.map((m) => m.memberId);
      for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) if (met.has(ids[x]! < ids[y]! ? `${ids[x]}|${ids[y]}` : `${ids[y]}|${ids[x]}`)) repeats++;
    }
    const intros = await prisma.outboxMessage.count({ where: { kind: 'pairing-intro' } });
    const earlier = [...times.slice(0, -1)].sort((a, b) => a - b);
    console.log(`pairing round through the scheduler on PostgreSQL: ${size.toLocaleString('en-US')} members in 8 time zones, no repeat within 20 rounds`);
    console.log(`  round 21 (20 rounds of history): ${times.at(-1)!.toFixed(0)} ms, ${groups.length} groups, repeats within 20 rounds: ${repeats}`);
    console.log(`  rounds 1-20: median ${earlier[Math.floor(earlier.length / 2)]!.toFixed(0)} ms; ${intros.toLocaleString('en-US')} introductions queued in all`);
  } finally {
    await drop();
  }
}
