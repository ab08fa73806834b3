import { describe, expect, it } from 'vitest';
import { auditCsv, parseAuditDays, renderAuditLines, type AuditLine } from '../../src/core/audit-report.js';
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
  it('GIVEN 500 entries THEN the chat message fits 2,000 characters, newest first, and says how many are left out', () => {
    const text = renderAuditLines(Array.from({ length: 500 }, (_, i) => line(i)), 30);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text.split('\n')[1]).toContain('Admin 499');
    expect(text).toMatch(/…and \d+ older\. An operator can export all of it with `peercircle audit`\./);
  });

  it('GIVEN no entries THEN it says nothing was recorded', () => {
    expect(renderAuditLines([], 7)).toContain('Nothing recorded');
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
  });
});
