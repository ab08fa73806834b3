import { describeWeekdays } from '../domain/weekdays.js';
import type { AuditLine } from './audit-report.js';

/** What each `/community <setting>` changes, as an admin would name it. */
const settingNames: Record<string, string> = {
  timezone: 'the community time zone',
  locale: 'the locale (which crisis lines members see)',
  days: 'the check-in days',
  holiday: 'the holidays',
  reminder: 'the check-in reminder',
  'catch-up': 'how late a missed check-in may still go out',
  'low-streak': 'how many low check-ins in a row start a reach-out',
  extreme: 'what counts as a very hard day',
  trend: 'what counts as a downward trend',
  'backup-after': 'how long before the backup supervisor is asked',
  'min-group': 'the minimum group size for team figures',
  digest: 'the weekly digest',
  'digest-channel': 'where the weekly digest goes',
  retention: 'how long check-ins are kept',
  'crisis-policy': 'the crisis policy',
  'supervisor-group': 'the platform group for supervisors',
  'admin-group': 'the platform group for admins',
  'pairing-channel': 'the debrief pairing channel',
  pairing: 'the debrief rounds',
  attribute: "a member's pairing attribute",
};

const article = (role: string) => (role === 'admin' ? 'an admin' : `a ${role}`);
const possessive = (name: string) => (name === 'a deleted member' ? "a deleted member's" : `${name}'s`);

/** The new value of a "from → to" detail, when it is short enough to be worth reading. */
function newValue(details: Record<string, unknown>): string | null {
  const changes = Object.entries(details).filter(([key]) => key !== 'setting' && key !== 'reason');
  if (changes.length !== 1) return null;
  const [, raw] = changes[0]!;
  const to = String(raw).split(' → ').at(-1) ?? '';
  return to === 'null' || to === '' ? null : to;
}

function settingSentence(actor: string, line: AuditLine): string {
  const d = line.details;
  const setting = String(d.setting ?? '');
  const subject = line.subject ?? 'a deleted member';
  if (setting === 'backup') {
    if (d.reason === 'no longer a supervisor') return `${subject} stopped being the backup supervisor, because they are no longer a supervisor.`;
    return String(d.backupSupervisorId ?? '').endsWith('none') ? `${actor} removed the backup supervisor.` : `${actor} made ${subject} the backup supervisor.`;
  }
  if (setting === 'crisis-contact') {
    const to = (field: string) => (field in d ? String(d[field]).split(' → ').at(-1) : undefined);
    const person = to('crisisContactMemberId');
    const channel = to('crisisContactChannelId');
    if (person === 'a member') return `${actor} made ${subject} the crisis contact.`;
    if (channel && channel !== 'null') return `${actor} made the channel ${channel} the crisis contact.`;
    if (person || channel) return `${actor} removed the crisis contact.`;
    const label = to('crisisContactName');
    return `${actor} changed how members see the crisis contact${label && label !== 'null' ? ` to "${label}"` : ''}.`;
  }
  if (setting === 'crisis-policy') return `${actor} published a new crisis policy.`;
  const what = settingNames[setting] ?? `the setting "${setting}"`;
  const raw = 'value' in d ? String(d.value) : newValue(d);
  const value = setting === 'days' && raw && /^[1-7](,[1-7])*$/.test(raw) ? describeWeekdays(raw.split(',').map(Number)) : raw;
  return `${actor} changed ${what}${value ? ` to ${value}` : ''}.`;
}

/** One audit entry as a sentence: who did what, without internal codes. */
export function auditSentence(line: AuditLine): string {
  // A deleted actor keeps the role they acted in, so the trail still says what kind of act it was.
  const actor = line.actor === 'a deleted member' && (line.actorRole === 'supervisor' || line.actorRole === 'admin') ? `a deleted ${line.actorRole}` : line.actor;
  const subject = line.subject ?? 'a deleted member';
  const d = line.details;
  switch (line.action) {
    case 'community.setting':
      return settingSentence(actor, line);
    case 'member.role': {
      const to = String(d.to ?? '');
      if (line.actorRole === 'platform') {
        const how = d.source === 'platform admin' ? 'as a workspace or server admin' : 'through a platform group';
        return `${subject} became ${article(to)} ${how} (was ${article(String(d.from ?? 'peer'))}).`;
      }
      return `${actor} changed ${possessive(subject)} role from ${String(d.from ?? 'peer')} to ${to}.`;
    }
    case 'digest.view':
      return `${actor} looked at the team digest.`;
    case 'digest.export':
      return `${actor} exported the team digest${d.from && d.to ? ` for ${String(d.from)} to ${String(d.to)}` : ''}.`;
    case 'escalation.acknowledge':
      return `${actor} acknowledged a support request.`;
    case 'member.name-disclosed': {
      const to = 'channel' in d ? `the channel ${String(d.channel)}` : String(d.to ?? 'a deleted member');
      return `peercircle passed ${possessive(subject)} name to ${to}${d.as ? `, as ${String(d.as)}` : ''}.`;
    }
    case 'member.data-deleted':
      return 'A member deleted all their data.';
    case 'audit.view':
      return `${actor} looked at the audit log.`;
    case 'audit.export':
      return `${actor} exported the audit log.`;
    case 'principle.add':
      return `${actor} added the principle "${String(d.topic ?? '')}".`;
    case 'principle.edit':
      return `${actor} edited the principle "${String(d.topic ?? '')}"${d.changed && d.changed !== 'nothing' ? ` (${String(d.changed).split(',').join(', ')})` : ''}.`;
    case 'principle.retire':
      return `${actor} retired the principle "${String(d.topic ?? '')}": members no longer see it.`;
    case 'principle.restore':
      return `${actor} brought back the principle "${String(d.topic ?? '')}".`;
    case 'notes.rotate-key':
      return `${actor} changed the key that seals private notes.`;
    default:
      return `${actor} did something peercircle has no words for yet (${line.action}).`;
  }
}

/** "an operator …" starts a sentence as "An operator …"; names and "peercircle" are left as written. */
export const sentenceCase = (text: string): string => (/^(a|an|the) /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text);
