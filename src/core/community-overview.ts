import { LOW_DAY_THRESHOLD } from '../domain/checkin-summary.js';
import { describeWeekdays } from '../domain/weekdays.js';
import type { Community } from '../storage/communities.js';

/** The people and rounds the settings point to, already put into words by the caller. */
export interface OverviewNames {
  /** Who really receives a crisis request, and the label members see. */
  crisisContact: string;
  /** The backup supervisor's name, or null when there is none. */
  backup: string | null;
  /** One sentence about debrief rounds. */
  debriefRounds: string;
}

const hours = (n: number) => (n === 1 ? '1 hour' : `${n} hours`);
const minutes = (n: number) => (n % 60 === 0 && n > 0 ? hours(n / 60) : n === 1 ? '1 minute' : `${n} minutes`);
const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/**
 * `/community` with nothing after it: every setting in plain words, grouped the way an admin
 * thinks about them, then a few things to try. `/community help` lists every setting.
 */
export function communityOverview(c: Community, names: OverviewNames): string {
  const holidays = c.holidays.length > 0 ? ` No check-ins on ${c.holidays.map((h) => h.toISOString().slice(0, 10)).join(', ')}.` : '';
  const digest = c.digestEnabled
    ? `Supervisors get a weekly team digest every ${describeWeekdays([c.digestWeekday])} at ${c.digestTime}, ${c.digestChannelId ? `in the channel ${c.digestChannelId}` : 'each by direct message'}.`
    : 'The weekly digest is off; supervisors can still ask for it with `/digest`.';
  const roles =
    !c.supervisorGroupId && !c.adminGroupId
      ? 'Supervisors and admins are chosen with `/community role`'
      : [
          c.supervisorGroupId ? `Supervisors are the members of the platform group ${c.supervisorGroupId}` : 'Supervisors are chosen with `/community role`',
          c.adminGroupId ? `admins are the members of the platform group ${c.adminGroupId}` : 'admins are chosen with `/community role`',
        ].join('; ');
  return [
    "**Your community's settings**",
    '',
    '**Check-ins**',
    `- They go out on ${describeWeekdays(c.checkinWeekdays)}, at each member's own time, in ${c.timeZone} time unless a member sets their own time zone.${holidays}`,
    c.reminderAfterHours ? `- A check-in nobody answers gets one reminder ${hours(c.reminderAfterHours)} later.` : '- No reminders are sent.',
    `- If peercircle was offline, a check-in can still go out up to ${minutes(c.catchUpMinutes)} late.`,
    `- Check-ins and their notes are deleted after ${days(c.retentionDays)}.`,
    '',
    '**When check-ins look heavy** (each check-in averages its 1–5 answers, 5 the lighter end)',
    `- A check-in averaging ${c.extremeScore} or lower counts as a very hard day.`,
    `- ${c.lowStreakDays} check-ins in a row averaging ${LOW_DAY_THRESHOLD} or lower count as a low stretch.`,
    `- Check-ins falling by ${-c.trendSlope} a day or more, on average over ${days(c.trendDays)}, count as a downward trend.`,
    '- The member is offered support each time; a supervisor learns who it is only if the member agrees.',
    '',
    '**Support and crisis**',
    `- Crisis contact: ${names.crisisContact}`,
    `- Crisis policy: ${c.crisisPolicy ?? 'the default: crisis lines straight away, and nobody is contacted without a yes.'}`,
    names.backup
      ? `- Backup supervisor: ${names.backup}, asked when nobody acknowledges an urgent signal within ${hours(c.backupAfterHours)} or a crisis request within ${minutes(c.crisisBackupAfterMinutes)}.`
      : '- Backup supervisor: nobody yet, so a request nobody acknowledges goes to no one else.',
    `- Crisis lines shown are for ${c.locale} unless a member's own locale says otherwise.`,
    '',
    '**Supervisors and privacy**',
    `- ${digest}`,
    `- Team figures are shown only when at least ${c.minGroupSize} people took part.`,
    `- ${roles}.`,
    '',
    '**Debrief pairings**',
    `- ${names.debriefRounds}`,
    `- ${c.pairingChannelId ? `Partners meet in private threads in ${c.pairingChannelId} where the platform has no group messages.` : 'Partners are introduced by direct message.'}`,
    '',
    '**What you can change**, for example:',
    '- `/community backup @sam`: who is asked when nobody acknowledges',
    '- `/community crisis-contact @dana Dana, our clinical lead`: who a member in crisis can ask for',
    '- `/community days mon-fri`: which days check-ins go out',
    '- `/community role @sam supervisor`: make someone a supervisor, admin or peer',
    '- `/community members`: everyone and their role · `/community audit`: what admins and supervisors did',
    '`/community help` lists every setting.',
  ].join('\n');
}
