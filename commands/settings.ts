import { z } from 'zod';
import { formatLocalDay } from '../src/domain/local-time.js';
import { defineCommand, type CommandContext } from '../src/core/command.js';
import { ephemeral, type OutgoingMessage } from '../src/core/messages.js';
import { err, ok, type Result } from '../src/core/result.js';
import { checkinArrival } from '../src/domain/checkin-schedule.js';
import { parseClockTime } from '../src/domain/clock-time.js';
import { parsePauseUntil } from '../src/domain/pause.js';
import { parseQuietHours } from '../src/domain/quiet-hours.js';
import { parseTimeZone } from '../src/domain/time-zone.js';
import { describeWeekdays, parseWeekdays } from '../src/domain/weekdays.js';
import type { Member, MemberSettingsChange } from '../src/storage/members.js';

const aliases: Record<string, Setting> = {
  timezone: 'timezone', 'time-zone': 'timezone', tz: 'timezone', zone: 'timezone',
  time: 'time', 'checkin-time': 'time',
  quiet: 'quiet', 'quiet-hours': 'quiet',
  pause: 'pause', resume: 'resume', unpause: 'resume',
  checkins: 'checkins', 'check-ins': 'checkins',
  pairings: 'pairings', pairing: 'pairings',
  'share-name': 'share-name', consent: 'share-name',
  'share-signals': 'share-signals', 'share-signal': 'share-signals',
  days: 'days', weekdays: 'days',
};
const settingNames = ['timezone', 'time', 'days', 'quiet', 'pause', 'resume', 'checkins', 'pairings', 'share-name', 'share-signals'] as const;
type Setting = (typeof settingNames)[number];

const usage = [
  'settings',
  'settings timezone Europe/London',
  'settings time 08:30',
  'settings days mon-fri',
  'settings quiet 21:00-08:00',
  'settings pause 2 weeks',
  'settings resume',
  'settings checkins off',
  'settings pairings on',
  'settings share-name yes',
  'settings share-signals no',
];

export const settings = defineCommand({
  name: 'settings',
  description: 'See or change your time zone, check-in time, quiet hours, breaks and choices',
  usage,
  options: [
    { name: 'setting', description: 'What to change', choices: settingNames },
    { name: 'value', description: 'The new value', autocomplete: 'time-zone' },
  ],
  args: z.object({
    setting: z
      .string()
      .transform((s) => aliases[s.trim().toLowerCase()])
      .refine((s) => s !== undefined, `I don't know that setting. You can change: ${settingNames.join(', ')}.`)
      .optional(),
    value: z.string().max(100, 'That value is longer than any setting needs (100 characters at most). Please check it and try again.').optional(),
  }),
  async run(ctx, { setting, value }) {
    if (!setting) return [overview(ctx.member, ctx)];
    const change = parseChange(setting, value?.trim() ?? '', ctx);
    if (!change.ok) return [ephemeral(`${change.error}\n\nFor example: \`/${usage.find((u) => u.split(' ')[1] === setting) ?? 'settings'}\``)];
    const member = await ctx.services.store.members.updateSettings(ctx.member.id, change.value.change);
    const confirmation = setting === 'time' || setting === 'quiet' ? withQuietHours(change.value.confirmation, member) : change.value.confirmation;
    return [ephemeral(`${confirmation}\n\n${summary(member, ctx)}`)];
  },

  /** The consent buttons of the welcome message: each answered on its own. */
  async onChoice(ctx, event, [setting = '']) {
    if (setting !== 'share-name' && setting !== 'share-signals') return [ephemeral("That button is from an older message. `/settings` shows your choices.")];
    const change = parseChange(setting, event.value, ctx);
    if (!change.ok) return [ephemeral(change.error)];
    await ctx.services.store.members.updateSettings(ctx.member.id, change.value.change);
    return [ephemeral(`${change.value.confirmation} You can change this any time with \`/settings ${setting}\`.`)];
  },
});

type ParsedChange = { change: MemberSettingsChange; confirmation: string };

function parseChange(setting: Setting, value: string, ctx: CommandContext): Result<ParsedChange> {
  const needs = (what: string) => err(`Please add ${what}.`);
  switch (setting) {
    case 'timezone': {
      if (!value) return needs('a time zone, like Europe/London or America/Chicago');
      const zone = parseTimeZone(value);
      return zone.ok ? ok({ change: { timeZone: zone.value }, confirmation: `Time zone set to ${zone.value}.` }) : zone;
    }
    case 'time': {
      if (!value) return needs('a time, like 08:30 or 5pm');
      const time = parseClockTime(value);
      return time.ok ? ok({ change: { checkinTime: time.value }, confirmation: `Your check-in will come at ${time.value}, your time.` }) : time;
    }
    case 'days': {
      if (!value) return needs('days, like "mon-fri", "mon,wed,fri" or "every day"');
      const days = parseWeekdays(value);
      if (!days.ok) return days;
      return ok({
        change: { checkinWeekdays: days.value },
        confirmation: `Check-ins on: ${describeWeekdays(days.value)}${days.value.length > 0 ? " (only on days your community has them too)" : " your community has them"}.`,
      });
    }
    case 'quiet': {
      if (!value) return needs('a range like 21:00-08:00, or "off"');
      const quiet = parseQuietHours(value);
      if (!quiet.ok) return quiet;
      return ok({
        change: { quietHours: quiet.value },
        confirmation: quiet.value ? `Quiet hours set: ${quiet.value.start}–${quiet.value.end}. I'll stay silent then.` : 'Quiet hours turned off.',
      });
    }
    case 'pause': {
      if (!value) return needs('how long, like "2 weeks", "friday" or a date like 2026-12-24');
      const until = parsePauseUntil(value, ctx.today);
      if (!until.ok) return until;
      return ok({
        change: { pausedUntil: until.value },
        confirmation: until.value ? `Paused. Check-ins and pairings start again on ${formatLocalDay(until.value)}. Take good care.` : 'Welcome back: the pause is over.',
      });
    }
    case 'resume':
      return ok({ change: { pausedUntil: null }, confirmation: 'Welcome back: the pause is over.' });
    case 'checkins':
    case 'pairings':
    case 'share-name':
    case 'share-signals': {
      const flag = parseOnOff(value);
      if (!flag.ok) return flag;
      if (setting === 'checkins') {
        return ok({ change: { checkinsOptIn: flag.value }, confirmation: flag.value ? 'Daily check-ins are on.' : "Daily check-ins are off. You can still use `/checkin` whenever you like." });
      }
      if (setting === 'pairings') {
        return ok({ change: { pairingsOptIn: flag.value }, confirmation: flag.value ? "You're in for debrief pairings." : "You're out of debrief pairings." });
      }
      if (setting === 'share-signals') {
        return ok({
          change: { consentNameOnSignal: flag.value },
          confirmation: flag.value
            ? 'Okay: if your check-ins look heavy for a while, your supervisor may be told it is you, without your answers or notes.'
            : "Okay: if your check-ins look heavy, I'll ask you first. Without your yes, nobody is told; it only counts in team totals.",
        });
      }
      return ok({
        change: { consentNameToSupervisor: flag.value },
        confirmation: flag.value
          ? 'Okay: when you ask for support, your supervisor may be told your name.'
          : "Okay: when you ask for support, I'll ask you each time before your supervisor is told it is you.",
      });
    }
  }
}

/** The check-in time and quiet hours together: says when the check-in really comes, if they overlap. */
function withQuietHours(confirmation: string, member: Member): string {
  const quiet = member.quietStart && member.quietEnd ? { start: member.quietStart, end: member.quietEnd } : null;
  const arrival = checkinArrival(member.checkinTime, quiet);
  if (!quiet || arrival.kind === 'as-set') return confirmation;
  const why = `${member.checkinTime} is inside your quiet hours (${quiet.start}–${quiet.end})`;
  const base = confirmation.replace(/^Your check-in will come at [0-9:]+, your time\.$/, `Your check-in time is set to ${member.checkinTime}.`);
  return arrival.kind === 'at-quiet-end'
    ? `${base} ${why}, so it will come at ${arrival.at}, when they end. To have it earlier, change your quiet hours with \`/settings quiet\`.`
    : `${base} ${why}, and they last past midnight, so no check-in would reach you. Please pick a time outside them, like \`/settings time ${quiet.end}\`.`;
}

function parseOnOff(value: string): Result<boolean> {
  const word = value.toLowerCase();
  if (['on', 'yes', 'y', 'true', 'in'].includes(word)) return ok(true);
  if (['off', 'no', 'n', 'false', 'out'].includes(word)) return ok(false);
  return err('Please say on or off (yes or no also work).');
}

function overview(member: Member, ctx: CommandContext): OutgoingMessage {
  return ephemeral(`${summary(member, ctx)}\n\nTo change one:\n${usage.slice(1).map((u) => `- \`/${u}\``).join('\n')}`);
}

function summary(member: Member, ctx: CommandContext): string {
  const zone = member.timeZone ?? `${ctx.community.timeZone} (your community's default)`;
  const quiet = member.quietStart && member.quietEnd ? `${member.quietStart}–${member.quietEnd}` : 'none';
  const pausedUntil = member.pausedUntil ? member.pausedUntil.toISOString().slice(0, 10) : null;
  const paused = pausedUntil && pausedUntil > ctx.today ? `until ${formatLocalDay(pausedUntil)}` : 'no';
  const onOff = (flag: boolean) => (flag ? 'on' : 'off');
  return [
    '**Your settings**',
    `- Time zone: ${zone}`,
    `- Check-in time: ${member.checkinTime}`,
    `- Check-in days: ${member.checkinWeekdays.length > 0 ? describeWeekdays(member.checkinWeekdays) : `your community's (${describeWeekdays(ctx.community.checkinWeekdays)})`}`,
    `- Quiet hours: ${quiet}`,
    `- Paused: ${paused}`,
    `- Daily check-ins: ${onOff(member.checkinsOptIn)}`,
    `- Debrief pairings: ${onOff(member.pairingsOptIn)}`,
    `- Your name goes with your request when you ask for support: ${member.consentNameToSupervisor ? 'yes' : 'no, ask me each time'}`,
    `- Your name goes with a signal from heavy check-ins: ${member.consentNameOnSignal ? 'yes' : 'no, ask me first'}`,
  ].join('\n');
}

