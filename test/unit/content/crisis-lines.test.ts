import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInContentDir, loadContent } from '../../../src/content/library.js';

describe('content/crisis-lines: one checked file per country', () => {
  it('GIVEN the built-in files THEN at least 25 countries load without a problem, each line with its sources and the date it was checked', async () => {
    const { library, problems } = await loadContent([builtInContentDir]);
    expect(problems).toEqual([]);
    expect(library.crisisLines.size).toBeGreaterThanOrEqual(25);
    for (const country of library.crisisLines.values()) {
      expect(country.emergency.sources.length).toBeGreaterThan(0);
      for (const line of country.lines) {
        expect(line.sources.length, `${country.country}: ${line.name}`).toBeGreaterThan(0);
        expect(line.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (line.status === 'unverified') expect(line.why, `${country.country}: ${line.name} says why`).toBeTruthy();
      }
    }
    // Suicide lines and abuse lines are kept apart; of the UK's, only Shout has its second, recent source.
    const us = library.crisisLines.get('US')!;
    expect(us.lines.filter((l) => l.kind === 'suicide' && l.status === 'verified').map((l) => l.name)).toEqual(['988 Suicide & Crisis Lifeline', '988 Lifeline en español']);
    expect(library.crisisLines.get('GB')!.lines.filter((l) => l.status === 'verified').map((l) => l.name)).toEqual(['Shout']);
  });

  describe('a community’s own folder', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-lines-'));
      await mkdir(path.join(dir, 'crisis-lines'));
    });
    afterAll(async () => rm(dir, { recursive: true, force: true }));

    it('GIVEN an admin’s checked GB file THEN it replaces the built-in one', async () => {
      await writeFile(
        path.join(dir, 'crisis-lines', 'GB.yaml'),
        [
          'country: GB',
          'name: the United Kingdom',
          'emergency: { number: "999", status: verified, sources: ["our safeguarding lead, by phone"], checked: 2026-12-02 }',
          'lines:',
          '  - { name: Samaritans, kind: suicide, phone: 116 123, status: verified, sources: ["samaritans.org, 2026-12-02"], checked: 2026-12-02 }',
        ].join('\n'),
      );
      const { library, problems } = await loadContent([builtInContentDir, dir]);
      expect(problems).toEqual([]);
      expect(library.crisisLines.get('GB')!.lines).toEqual([expect.objectContaining({ name: 'Samaritans', phone: '116 123', status: 'verified' })]);
    });

    it('GIVEN a malformed file THEN it is reported with its file and line, and the rest still loads', async () => {
      await writeFile(
        path.join(dir, 'crisis-lines', 'NZ.yaml'),
        ['country: NZ', 'name: New Zealand', 'emergency: { number: "111", status: verified, sources: [a source], checked: 2026-12-02 }', 'lines:', '  - name: A line', '    kind: helpline', '    phone: "1"', '    status: verified', '    sources: [a source]', '    checked: 2026-12-02'].join('\n'),
      );
      const { library, problems } = await loadContent([builtInContentDir, dir]);
      expect(problems).toEqual([expect.objectContaining({ file: expect.stringContaining('NZ.yaml'), line: 6, message: expect.stringContaining('kind is "suicide" or "violence"') })]);
      expect(library.crisisLines.get('NZ')?.lines[0]?.name).toBe('1737, Need to talk?');
      await rm(path.join(dir, 'crisis-lines', 'NZ.yaml'));
    });

    it('GIVEN a file whose name and country disagree THEN it is reported, not used', async () => {
      await writeFile(path.join(dir, 'crisis-lines', 'FR.yaml'), 'country: BE\nname: Belgique\nemergency: { number: "112", status: verified, sources: [x y z], checked: 2026-12-02 }\n');
      const { problems } = await loadContent([builtInContentDir, dir]);
      expect(problems).toEqual([expect.objectContaining({ file: expect.stringContaining('FR.yaml'), message: 'the file is named FR but says country: BE' })]);
      await rm(path.join(dir, 'crisis-lines', 'FR.yaml'));
    });
  });
});
