import type { CommandContext } from '../src/core/command.js';
import { err, ok, type Result } from '../src/core/result.js';
import { parseClockTime, short } from '../src/domain/clock-time.js';
import { describeSchedule, parseCadence } from '../src/domain/pairing/cadence.js';
import { describeWeekdays, parseWeekdays } from '../src/domain/weekdays.js';

export const pairingUsage = [
  'community pairing weekly mon 10:00',
  'community pairing off',
  'community pairing repeat 6',
  'community pairing cross-group on',
  'community pairing wait 30',
  'community attribute @alex newer',
];

const example = 'For example `/community pairing weekly mon 10:00` (or biweekly, monthly), `/community pairing repeat 6`, `/community pairing cross-group on`, `/community pairing wait 30`, or `/community pairing off`.';

/** `/community pairing …`: when debrief rounds run and how they match people. Admins only (checked by /community). */
export async function applyPairingSetting(ctx: CommandContext, value: string): Promise<Result<string>> {
  const result = await apply(ctx, value);
  if (!result.ok) return result;
  const settings = await ctx.services.store.pairings.settings(ctx.community.id);
  return settings?.enabled || /^off\b/i.test(value.trim()) ? result : ok(`${result.value} Rounds are not running yet: \`/community pairing weekly mon 10:00\` starts them.`);
}

async function apply(ctx: CommandContext, value: string): Promise<Result<string>> {
  const { pairings } = ctx.services.store;
  const [first = '', ...rest] = value.split(/\s+/).filter(Boolean);
  const word = first.toLowerCase();
  const count = (text: string | undefined, min: number, max: number, what: string): Result<number> => {
    const n = Number(text);
    return Number.isInteger(n) && n >= min && n <= max ? ok(n) : err(`Please give ${what} as a whole number from ${min} to ${max}.`);
  };
  switch (word) {
    case '':
      return err(`Please say how debrief rounds should run. ${example}`);
    case 'off':
      await pairings.saveSettings(ctx.community.id, { enabled: false });
      return ok('Debrief pairing rounds are off. Members can still ask for a debrief with `/debrief now`.');
    case 'repeat': {
      const rounds = count(rest[0], 1, 26, 'how many rounds before two people may be paired again');
      if (!rounds.ok) return rounds;
      await pairings.saveSettings(ctx.community.id, { repeatWindow: rounds.value });
      return ok(`Nobody is paired with the same person again within ${rounds.value} round(s), whenever the numbers allow.`);
    }
    case 'cross-group': {
      const on = rest[0]?.toLowerCase();
      if (on !== 'on' && on !== 'off') return err('Please say `/community pairing cross-group on` or `off`.');
      await pairings.saveSettings(ctx.community.id, { crossGroup: on === 'on' });
      return ok(
        on === 'on'
          ? 'Cross-group rounds are on: I pair people whose attribute differs (set with `/community attribute @member newer`) where I can.'
          : 'Cross-group rounds are off.',
      );
    }
    case 'wait': {
      const minutes = count(rest[0], 5, 240, 'the minutes an on-demand request waits for a peer');
      if (!minutes.ok) return minutes;
      await pairings.saveSettings(ctx.community.id, { onDemandWaitMinutes: minutes.value });
      return ok(`On-demand debrief requests wait ${minutes.value} minutes for a peer before I offer other support.`);
    }
    default: {
      const cadence = parseCadence(word);
      if (!cadence.ok) return err(`I couldn't read "${short(value)}". ${example}`);
      const day = parseWeekdays(rest[0] ?? 'mon');
      if (!day.ok || day.value.length !== 1) return err(`Please give one day, like mon. ${example}`);
      const time = parseClockTime(rest[1] ?? '10:00');
      if (!time.ok) return time;
      await pairings.saveSettings(ctx.community.id, { enabled: true, cadence: cadence.value, weekday: day.value[0]!, time: time.value });
      return ok(`Debrief rounds run ${describeSchedule(cadence.value, describeWeekdays(day.value), time.value)} (${ctx.community.timeZone}). Members can opt out with \`/settings pairings off\`.`);
    }
  }
}

/** `/community attribute @member <value|off>`: the member attribute cross-group rounds pair across. */
export async function applyMemberAttribute(ctx: CommandContext, value: string, findMember: (reference: string) => Promise<Result<{ id: string; displayName: string | null; platformUserId: string }>>): Promise<Result<string>> {
  const [who = '', ...words] = value.split(/\s+/).filter(Boolean);
  const attribute = words.join(' ').trim().toLowerCase();
  if (!who || !attribute) return err('Please give a member and a value, like `/community attribute @alex newer` (or `off` to clear it).');
  if (!/^[\p{L}\p{N} _-]{1,30}$/u.test(attribute)) return err('Please keep the value to a word or two (letters, numbers, dashes), like newer or experienced.');
  const target = await findMember(who);
  if (!target.ok) return target;
  const name = target.value.displayName ?? target.value.platformUserId;
  await ctx.services.store.pairings.saveProfile(target.value.id, { attribute: attribute === 'off' ? null : attribute });
  return ok(attribute === 'off' ? `${name} has no attribute now.` : `${name} is "${attribute}" for cross-group rounds.`);
}

/** One sentence for the /community overview. */
export async function pairingOverview(ctx: CommandContext): Promise<string> {
  const s = await ctx.services.store.pairings.settings(ctx.community.id);
  if (!s?.enabled) return 'Debrief rounds are off; members can still ask for a debrief with `/debrief now`.';
  return [
    `Debrief rounds run ${describeSchedule(s.cadence, describeWeekdays([s.weekday]), s.time)}`,
    `nobody is paired with the same person within ${s.repeatWindow} round(s)`,
    s.crossGroup ? 'people with different attributes are paired where possible' : 'attributes are not used for pairing',
    `a request for a debrief now waits ${s.onDemandWaitMinutes} minutes for a peer.`,
  ].join('; ');
}
