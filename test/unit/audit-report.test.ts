import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE, auditCsv, parseAuditDays, parseAuditView, renderAuditLines, type AuditLine } from '../../src/core/audit-report.js';
import { auditText } from '../../src/storage/audit-log.js';

const line = (i: number, extra: Partial<AuditLine> = {}): AuditLine => ({
  at: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
  actor: `Admin ${i}`,
  actorRole: 'admin',
  action: 'community.setting',
  subject: null,
  details: { setting: 'days', checkinWeekdays: '1,2,3,4,5 → 1,2,3,4' },
  ...extra,
});

describe('the audit log as admins read and export it', () => {
  it('GIVEN 500 entries THEN each page fits 2,000 characters, newest first, and points to the next page', () => {
    const lines = Array.from({ length: 500 }, (_, i) => line(i, { actor: `Admin ${i} ${'with a long name '.repeat(3)}` }));
    const first = renderAuditLines(lines, { days: 30, page: 1 }, 'UTC');
    expect(first.length).toBeLessThanOrEqual(2000);
    expect(first.split('\n')[1]).toContain('Admin 499');
    expect(first).toContain(`page 1 of ${Math.ceil(500 / AUDIT_PAGE_SIZE)}`);
    expect(first).toContain('Older entries: `/community audit 30 page 2`');
    const last = renderAuditLines(lines, { days: 30, page: 999 }, 'UTC');
    expect(last.length).toBeLessThanOrEqual(2000);
    expect(last).toContain('Admin 0 ');
    expect(last).not.toContain('Older entries');
  });

  it('GIVEN entries THEN each reads as a sentence with the time in the viewer\'s zone, and no internal code or null', () => {
    const text = renderAuditLines(
      [
        line(5, { at: '2026-12-02T14:05:00.000Z', actor: 'Dana', action: 'member.role', subject: 'Sam', details: { from: 'peer', to: 'supervisor' } }),
        line(6, { at: '2026-12-02T15:00:00.000Z', actor: 'Dana', subject: 'Sam', details: { setting: 'backup', backupSupervisorId: 'none → a member' } }),
        line(7, { at: '2026-12-02T16:00:00.000Z', actor: 'Dana', details: { setting: 'crisis-contact', crisisContactName: 'null → Dana, our lead', crisisContactChannelId: 'null → C9' } }),
        line(8, { at: '2026-12-02T17:00:00.000Z', actor: 'an operator (command line)', actorRole: 'operator', action: 'audit.export', details: { entries: 3 } }),
        line(9, { at: '2026-12-02T18:00:00.000Z', actor: 'peercircle', actorRole: 'bot', action: 'member.name-disclosed', subject: 'Pat', details: { as: 'crisis contact', basis: 'x', escalationId: 'e1', to: 'Dana' } }),
      ],
      { days: 7, page: 1 },
      'Asia/Kolkata',
    );
    expect(text).toContain('times in Asia/Kolkata');
    expect(text).toContain('- 2 Dec 19:35 — Dana changed Sam\'s role from peer to supervisor.');
    expect(text).toContain('Dana made Sam the backup supervisor.');
    expect(text).toContain('Dana made the channel C9 the crisis contact.');
    expect(text).toContain('An operator (command line) exported the audit log.');
    expect(text).toContain("peercircle passed Pat's name to Dana, as crisis contact.");
    expect(text.indexOf('23:35')).toBeLessThan(text.indexOf('19:35')); // newest first
    expect(text).not.toMatch(/null|community\.setting|member\.role|escalationId|backupSupervisorId/);
  });

  it('GIVEN no entries THEN it says nothing was recorded', () => {
    expect(renderAuditLines([], { days: 7, page: 1 }, 'UTC')).toContain('Nothing recorded');
  });

  it('GIVEN a display name that starts like a spreadsheet formula THEN the CSV cell is quoted as text', () => {
    const csv = auditCsv([line(1, { actor: '=HYPERLINK("http://x","y")' })]);
    expect(csv.split('\n')[1]).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('GIVEN free text THEN the audit keeps its first words and its length only', () => {
    expect(auditText('x'.repeat(300))).toBe(`${'x'.repeat(40)}… (300 chars)`);
    expect(auditText(new Date('2026-12-25T00:00:00Z'))).toBe('2026-12-25');
    expect(auditText([1, 2, 3])).toBe('1,2,3');
    expect(auditText(null)).toBeNull();
  });

  it('GIVEN days to look back THEN 1 to 365, 7 when not given', () => {
    expect(parseAuditDays('')).toEqual({ ok: true, value: 7 });
    expect(parseAuditDays(' 30 ')).toEqual({ ok: true, value: 30 });
    for (const bad of ['0', '366', '-1', '1.5', 'week']) expect(parseAuditDays(bad).ok).toBe(false);
    expect(parseAuditView('30 page 2')).toEqual({ ok: true, value: { days: 30, page: 2 } });
    expect(parseAuditView('page 3')).toEqual({ ok: true, value: { days: 7, page: 3 } });
    for (const bad of ['page 0', '30 page', 'page two', '400']) expect(parseAuditView(bad).ok).toBe(false);
  });
});
