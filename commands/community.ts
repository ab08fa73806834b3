import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { defineCommand, type CommandContext } from '../src/core/command.js';
import { auditAction, auditCommunityChange } from '../src/core/audit.js';
import { auditReport } from '../src/core/audit-report.js';
import { INPUT_LIMITS, tooLong } from '../src/core/input-limits.js';
import { ephemeral } from '../src/core/messages.js';
import { err, ok, type Result } from '../src/core/result.js';
import { parseClockTime, short } from '../src/domain/clock-time.js';
import { parseTimeZone } from '../src/domain/time-zone.js';
import { describeWeekdays, parseWeekdays } from '../src/domain/weekdays.js';
import type { Community } from '../src/storage/communities.js';
import type { Member, Role } from '../src/storage/members.js';
import { clearBackupIfNotSupervisor } from '../src/core/backup-supervisor.js';
import { parseReference } from '../src/domain/references.js';
import { applyMemberAttribute, applyPairingSetting, pairingOverview, pairingUsage } from './community-pairing.js';
import { membersView } from './community-members.js';
import { communityOverview, type OverviewNames } from '../src/core/community-overview.js';
import { principleForm, principlesCommand, principlesUsage } from './community-principles.js';

const usage = [
  'community',
  'community timezone Europe/London',
  'community locale en-GB',
  'community days mon-fri',
  'community holiday add 2026-12-25',
  'community holiday remove 2026-12-25',
  'community reminder 4',
  'community catch-up 240',
  'community low-streak 3',
  'community extreme 1.4',
  'community trend 14 -0.1',
  'community backup-after 4',
  'community backup-after crisis 30',
  'community min-group 5',
  'community digest mon 09:00',
  'community digest-channel C0123',
  'community retention 365',
  'community crisis-contact @dana Dana, our clinical lead',
  'community crisis-contact #crisis-team',
  'community crisis-policy Our safeguarding lead may be told if someone is in immediate danger.',
  'community role U123 supervisor',
  'community supervisor-group S0123',
  'community admin-group S0456',
  'community pairing-channel C0789',
  'community backup @lee',
  ...pairingUsage,
  'community members',
  ...principlesUsage,
  'community audit 30',
  'community help',
];
const settingNames = [
  'timezone', 'locale', 'days', 'holiday', 'reminder', 'catch-up', 'low-streak', 'extreme', 'trend', 'backup-after',
  'min-group', 'digest', 'digest-channel', 'retention', 'crisis-contact', 'crisis-policy', 'role', 'backup',
  'supervisor-group', 'admin-group', 'pairing-channel', 'pairing', 'attribute', 'members', 'audit', 'help', 'principles',
] as const;
type Setting = (typeof settingNames)[number];

/** Community-wide settings and who is a supervisor or admin: for the community's admins only. */
export const community = defineCommand({
  name: 'community',
  description: 'Admins: community settings, roles and the audit log. Supervisors: who holds a role (members)',
  usage,
  options: [
    { name: 'setting', description: 'What to change', choices: settingNames },
    { name: 'value', description: 'The new value' },
  ],
  args: z.object({
    // An unknown setting is answered in `run`, after the role check, with the closest one.
    setting: z
      .string()
      .transform((s) => s.trim().toLowerCase())
      .optional(),
    value: z.string().max(INPUT_LIMITS.commandText, `That is longer than any setting needs (${INPUT_LIMITS.commandText} characters at most).`).optional(),
  }),
  async run(ctx, { setting, value }) {
    // Supervisors may see who holds a role (peers only as a count); everything else is for admins.
    if (setting === 'members' && ctx.member.role !== 'peer') return [ephemeral(await membersView(ctx, value ?? ''))];
    if (ctx.member.role === 'supervisor') {
      return [ephemeral("Changing community settings is for your community's admins. As a supervisor, `/community members` shows who holds a role; your own settings are in `/settings`.")];
    }
    if (ctx.member.role !== 'admin') {
      return [ephemeral("This command is for your community's admins. Your own settings are in `/settings`.")];
    }
    if (!setting) return [ephemeral(communityOverview(ctx.community, await overviewNames(ctx, ctx.community)))];
    if (!isSetting(setting)) return [ephemeral(unknownSetting(setting))];
    if (setting === 'help') return [ephemeral(`**Every community setting**, with an example:\n${usage.slice(1).map((u) => `- \`/${u}\``).join('\n')}`)];
    if (setting === 'audit') return [ephemeral(await auditReport(ctx, value ?? ''))];
    if (setting === 'principles') return principlesCommand(ctx, value ?? '');
    const result = await apply(ctx, setting as Setting, value?.trim() ?? '');
    if (!result.ok) return [ephemeral(`${result.error}\n\nFor example: \`/${usage.find((u) => u.split(' ')[1] === setting) ?? 'community'}\``)];
    const updated = (await ctx.services.store.communities.byId(ctx.community.id)) ?? ctx.community;
    await auditCommunityChange(ctx, setting, ctx.community, updated, value?.trim());
    return [ephemeral(result.value)];
  },
  async onForm(ctx, event, idParts) {
    if (ctx.member.role !== 'admin') return [ephemeral("Only your community's admins can change its principles, so nothing was saved.")];
    if (idParts[0] === 'principle-add' || idParts[0] === 'principle-edit') return principleForm(ctx, event, idParts);
    return [ephemeral('That form is no longer in use. Type `/community` to see what you can change.')];
  },
});

const isSetting = (name: string): name is Setting => (settingNames as readonly string[]).includes(name);

/** "backup-supervisor" → "Did you mean `/community backup @lee`?", never the whole list of settings. */
function unknownSetting(name: string): string {
  const guess = settingNames.find((s) => name.startsWith(`${s}-`) || name.startsWith(`${s}_`)) ?? closest(name, [...settingNames]);
  const near = guess !== undefined && (name.startsWith(guess) || distance(name, guess) <= Math.max(2, Math.floor(guess.length / 3)));
  const example = near ? usage.find((u) => u.split(' ')[1] === guess) : undefined;
  const shown = name.length > 30 ? `${name.slice(0, 30)}…` : name;
  return `I don't know the setting "${shown}".${example ? ` Did you mean \`/${example}\`?` : ''} \`/community help\` lists every setting with an example.`;
}

async function apply(ctx: CommandContext, setting: Setting, value: string): Promise<Result<string>> {
  const { prisma } = ctx.services.store.database;
  const update = async (data: Partial<Community>, confirmation: string) => {
    await prisma.community.update({ where: { id: ctx.community.id }, data: data as object });
    return ok(confirmation);
  };
  const count = (min: number, max: number, what: string) => {
    const n = Number(value);
    return Number.isInteger(n) && n >= min && n <= max ? ok(n) : err(`Please give ${what} as a whole number from ${min} to ${max}.`);
  };
  switch (setting) {
    case 'timezone': {
      const zone = parseTimeZone(value);
      return zone.ok ? update({ timeZone: zone.value }, `Community time zone set to ${zone.value}. Members who set their own keep it.`) : zone;
    }
    case 'locale':
      return /^[a-z]{2}-[A-Z]{2}$/.test(value)
        ? update({ locale: value }, `Locale set to ${value}: crisis lines for that country are shown unless you set your own.`)
        : err('Please give a locale like en-US, en-GB or de-DE.');
    case 'days': {
      const days = parseWeekdays(value);
      if (!days.ok) return days;
      const chosen = days.value.length === 0 ? [1, 2, 3, 4, 5, 6, 7] : days.value;
      return update({ checkinWeekdays: chosen }, `Check-ins go out on: ${describeWeekdays(chosen)}.`);
    }
    case 'holiday': {
      const [action, date] = value.split(/\s+/);
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || !['add', 'remove'].includes(action ?? '')) {
        return err('Please say add or remove, then a date like 2026-12-25.');
      }
      const day = new Date(`${date}T00:00:00Z`);
      const others = ctx.community.holidays.filter((h) => h.getTime() !== day.getTime());
      return action === 'add'
        ? update({ holidays: [...others, day].sort((a, b) => a.getTime() - b.getTime()) }, `No check-ins on ${date}.`)
        : update({ holidays: others }, `${date} is an ordinary day again.`);
    }
    case 'reminder': {
      if (value === 'off') return update({ reminderAfterHours: null }, 'Reminders are off.');
      const hours = count(1, 12, 'the hours before a reminder (or "off")');
      return hours.ok ? update({ reminderAfterHours: hours.value }, `One reminder ${hours.value} hour(s) after an unanswered check-in.`) : hours;
    }
    case 'catch-up': {
      const minutes = count(0, 1440, 'the catch-up window in minutes');
      return minutes.ok ? update({ catchUpMinutes: minutes.value }, `After downtime, check-ins still go out up to ${minutes.value} minutes late.`) : minutes;
    }
    case 'low-streak': {
      const days = count(2, 14, 'the number of low days in a row');
      return days.ok ? update({ lowStreakDays: days.value }, `${days.value} low check-ins in a row start a reach-out.`) : days;
    }
    case 'extreme': {
      const score = Number(value);
      return Number.isFinite(score) && score >= 1 && score <= 2.5
        ? update({ extremeScore: score }, `A check-in averaging ${score} or lower (on 1–5, 5 the lighter end) now counts as a very hard day.`)
        : err('Please give a score from 1 to 2.5, like 1.4 (lower means only the very heaviest days).');
    }
    case 'trend': {
      const [daysText = '', slopeText = ''] = value.split(/\s+/);
      const days = Number(daysText);
      const slope = Number(slopeText);
      if (!Number.isInteger(days) || days < 7 || days > 42 || !Number.isFinite(slope) || slope >= 0 || slope < -1) {
        return err('Please give the days to look back (7 to 42) and the score lost per day (between -1 and 0), like "14 -0.1".');
      }
      return update({ trendDays: days, trendSlope: slope }, `Check-ins falling by ${-slope} a day or more, on average over ${days} days, now count as a downward trend.`);
    }
    case 'backup-after': {
      const crisis = /^crisis\s+(\S+)$/i.exec(value);
      if (crisis) {
        const minutes = Number(crisis[1]);
        return Number.isInteger(minutes) && minutes >= 5 && minutes <= 240
          ? update({ crisisBackupAfterMinutes: minutes }, `A crisis request nobody acknowledges goes to the backup supervisor after ${minutes} minutes.`)
          : err('Please give the minutes before the backup supervisor is asked about a crisis request, a whole number from 5 to 240, like "crisis 30".');
      }
      const hours = count(1, 72, 'the hours before the backup supervisor is told (or "crisis" and minutes, for crisis requests)');
      return hours.ok ? update({ backupAfterHours: hours.value }, `An urgent signal nobody acknowledges goes to the backup supervisor after ${hours.value} hour(s).`) : hours;
    }
    case 'digest': {
      if (value === 'off') return update({ digestEnabled: false }, 'Weekly digests are off. Supervisors can still use `/digest`.');
      const [dayText = '', timeText = '09:00'] = value.split(/\s+/);
      const day = parseWeekdays(dayText);
      const time = parseClockTime(timeText);
      if (!day.ok || day.value.length !== 1) return err('Please give one day and a time, like "mon 09:00", or "off".');
      if (!time.ok) return time;
      return update(
        { digestEnabled: true, digestWeekday: day.value[0]!, digestTime: time.value },
        `Supervisors get the weekly digest on ${describeWeekdays(day.value)} at ${time.value}.`,
      );
    }
    case 'digest-channel': {
      if (value === 'off' || value === 'dm') return update({ digestChannelId: null }, 'Digests go to each supervisor by direct message.');
      const channel = value.replace(/^<#|(\|[^>]*)?>$/g, '').replace(/^#/, '');
      return /^[\w-]{1,80}$/.test(channel)
        ? update({ digestChannelId: channel }, `Digests go to the channel ${channel}. Make sure it is private to supervisors.`)
        : err('Please give the channel id (or "dm" for direct messages to each supervisor).');
    }
    case 'retention': {
      const days = count(30, 3650, 'how many days check-ins are kept');
      return days.ok
        ? update({ retentionDays: days.value }, `Check-ins and their notes are deleted after ${days.value} days. Digests keep only anonymous totals.`)
        : days;
    }
    case 'min-group': {
      const size = count(3, 50, 'the minimum group size (never below 3)');
      return size.ok ? update({ minGroupSize: size.value }, `Supervisors see figures only from ${size.value} or more people.`) : size;
    }
    case 'crisis-contact':
      return setCrisisContact(ctx, value, update);
    case 'crisis-policy':
      if (value.length > INPUT_LIMITS.crisisPolicy) return err(tooLong('a crisis policy', value.length, INPUT_LIMITS.crisisPolicy));
      return value.length >= 10 ? update({ crisisPolicy: value }, 'Crisis policy published: new members see it when they first meet me.') : err('Please write the policy in a sentence or two.');
    case 'role': {
      const [who = '', role = ''] = value.split(/\s+/);
      if (!['peer', 'supervisor', 'admin'].includes(role)) return err('Please give a member and a role: peer, supervisor or admin.');
      const target = await findMember(ctx, who);
      if (!target.ok) return target;
      const name = target.value.displayName ?? target.value.platformUserId;
      const withArticle = `${role === 'admin' ? 'an' : 'a'} ${role}`;
      if (target.value.role === role) return ok(`${name} is already ${withArticle}; nothing changed.`);
      await ctx.services.store.members.setRole(target.value.id, role as Role, ctx.services.now());
      await auditAction(ctx, 'member.role', { from: target.value.role, to: role }, target.value.id);
      const cleared = await clearBackupIfNotSupervisor(ctx.services.store, ctx.community, target.value, role as Role, { actorId: ctx.member.id, actorRole: ctx.member.role }, ctx.services.now());
      return ok(`${name} is now ${withArticle}.${cleared ? `\n\n${cleared}` : ''}`);
    }
    case 'audit':
    case 'members':
    case 'help':
    case 'principles':
      return err(`Use \`/community ${setting}\` on its own.`);
    case 'supervisor-group':
    case 'admin-group': {
      const field = setting === 'admin-group' ? 'adminGroupId' : 'supervisorGroupId';
      const role = setting === 'admin-group' ? 'admins' : 'supervisors';
      if (value === 'off') return update({ [field]: null }, `Members keep the roles they have; set ${role} with \`/community role\` from now on.`);
      const group = platformId(value);
      if (!group) return err('Please give the id of the group (a Discord role or Slack user group), or "off".');
      // An admin must not lock themselves out by mapping admins to a group they are not in.
      const { groups, isPlatformAdmin } = ctx.event.user;
      if (setting === 'admin-group' && !isPlatformAdmin && groups && !groups.includes(group)) {
        return err("You aren't in that group yourself, so you would lose admin rights. Join it first, or pick a group you are in.");
      }
      return update({ [field]: group }, `Members of ${group} are ${role} from their next message; leaving it takes the role away.`);
    }
    case 'pairing-channel': {
      if (value === 'off') return update({ pairingChannelId: null }, 'Debrief partners are introduced by direct message.');
      const channel = platformId(value);
      return channel
        ? update({ pairingChannelId: channel }, `Debrief partners meet in private threads in ${channel} where the platform has no group messages.`)
        : err('Please give the channel id, or "off".');
    }
    case 'pairing':
      return applyPairingSetting(ctx, value);
    case 'attribute':
      return applyMemberAttribute(ctx, value, (who) => findMember(ctx, who));
    case 'backup': {
      if (value === 'off' || value === 'none') return update({ backupSupervisorId: null }, 'No backup supervisor: urgent requests nobody acknowledges go to no one else.');
      const target = await findMember(ctx, value);
      if (!target.ok) return target;
      const name = target.value.displayName ?? target.value.platformUserId;
      // The backup receives members' names, so only a supervisor may hold it.
      if (target.value.role !== 'supervisor') {
        return err(
          `${name} is ${target.value.role === 'admin' ? 'an admin' : 'a peer'}, not a supervisor, so they can't be the backup supervisor: it receives members' names in urgent requests. Make them a supervisor first (\`/community role @${target.value.platformUserId} supervisor\`), or pick someone who is one.`,
        );
      }
      if (ctx.community.backupSupervisorId === target.value.id) return ok(`${name} is already the backup supervisor; nothing changed.`);
      const alsoContact = ctx.community.crisisContactMemberId === target.value.id ? `\n\n${sameAsBackup(name)}` : '';
      return update({ backupSupervisorId: target.value.id }, `Backup supervisor is now ${name}: they are asked when nobody acknowledges an urgent signal or a crisis request.${alsoContact}`);
    }
  }
}

/** A platform id as typed or as a mention: <#C123|name>, <@&123>, <!subteam^S123>, #C123. */
function platformId(value: string): string | undefined {
  const id = value.replace(/^<(#|@&|!subteam\^)|(\|[^>]*)?>$/g, '').replace(/^#/, '');
  return /^[\w-]{1,80}$/.test(id) ? id : undefined;
}

async function findMember(ctx: CommandContext, reference: string): Promise<Result<Member>> {
  const parsed = parseReference(reference);
  const id = parsed && parsed.reference.kind !== 'channel' ? parsed.reference.id : '';
  const member = id ? await memberById(ctx, id) : null;
  return member ? ok(member) : err(`I don't know a member "${short(reference)}" here yet. They need to have used peercircle once.`);
}

function memberById(ctx: CommandContext, platformUserId: string): Promise<Member | null> {
  return ctx.services.store.database.prisma.member.findUnique({ where: { communityId_platformUserId: { communityId: ctx.community.id, platformUserId } } });
}

const sameAsBackup = (name: string) =>
  `${name} is also the backup supervisor, so if they don't acknowledge a crisis request, nobody else is asked. \`/community backup @name\` names another supervisor as the backup.`;

const crisisContactHelp =
  'Please name a person (`@dana`) or a private channel (`#crisis-team`), then, if you like, how members should see it: `/community crisis-contact @dana Dana, our clinical lead`. `off` removes it.';

/** `/community crisis-contact @dana [label]`, `#channel [label]` or `off`: the real recipient, and a label beside it. */
async function setCrisisContact(ctx: CommandContext, value: string, update: (data: Partial<Community>, confirmation: string) => Promise<Result<string>>): Promise<Result<string>> {
  if (value === 'off' || value === 'none') {
    return update(
      { crisisContactMemberId: null, crisisContactChannelId: null, crisisContactName: null },
      "No crisis contact: members who ask for one are told honestly that nobody can be asked, and shown crisis lines; you'll hear when it happens.",
    );
  }
  const parsed = parseReference(value);
  if (!parsed) return err(crisisContactHelp);
  const label = parsed.rest;
  if (label.length > INPUT_LIMITS.crisisContact) return err(tooLong('a crisis contact label', label.length, INPUT_LIMITS.crisisContact));
  const backup = ctx.community.backupSupervisorId ? await ctx.services.store.members.byId(ctx.community.backupSupervisorId) : null;
  const backupNote = backup
    ? `If nobody acknowledges within ${ctx.community.crisisBackupAfterMinutes} minutes, the backup supervisor, ${backup.displayName ?? backup.platformUserId}, is asked.`
    : 'There is no backup supervisor yet to ask if nobody acknowledges: `/community backup @supervisor`.';
  if (parsed.reference.kind === 'channel') {
    const channel = parsed.reference.id;
    return update(
      { crisisContactChannelId: channel, crisisContactMemberId: null, crisisContactName: label || `the crisis team (${channel})` },
      `Crisis contact is now the channel ${channel}${label ? ` (members see "${label}")` : ''}: a member's crisis request goes there alone, with an Acknowledge button. Make sure only the people who may see a member's name are in it. ${backupNote}`,
    );
  }
  const person = await memberById(ctx, parsed.reference.id);
  if (!person) {
    return err(parsed.reference.kind === 'bare' ? crisisContactHelp : `I don't know a member "${short(parsed.reference.id)}" here yet. They need to have used peercircle once.`);
  }
  const name = person.displayName ?? person.platformUserId;
  // The backup is there for when the contact doesn't answer: the same person can't be that.
  const note = backup?.id === person.id ? sameAsBackup(name) : backupNote;
  return update(
    { crisisContactMemberId: person.id, crisisContactChannelId: null, crisisContactName: label || name },
    `Crisis contact is now ${name}${label ? ` (members see "${label}")` : ''}: a member's crisis request goes to them alone, by direct message, with an Acknowledge button. ${note}`,
  );
}

/** The names behind the settings: who really receives a crisis request, the backup, and debrief rounds. */
async function overviewNames(ctx: CommandContext, c: Community): Promise<OverviewNames> {
  const { members } = ctx.services.store;
  const label = c.crisisContactName ? ` (members see "${c.crisisContactName}")` : '';
  const person = c.crisisContactMemberId ? await members.byId(c.crisisContactMemberId) : null;
  const backup = c.backupSupervisorId ? await members.byId(c.backupSupervisorId) : null;
  const crisisContact = c.crisisContactChannelId
    ? `the private channel ${c.crisisContactChannelId}${label}.`
    : person
      ? `${person.displayName ?? person.platformUserId}${label}.`
      : 'nobody yet: a member in crisis is shown crisis lines, but nobody can be asked to reach out (`/community crisis-contact @person` or `#channel`).';
  return { crisisContact, backup: backup ? (backup.displayName ?? backup.platformUserId) : null, debriefRounds: await pairingOverview(ctx) };
}
