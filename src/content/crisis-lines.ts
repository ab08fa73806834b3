import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parseFrontMatter, type ContentProblem } from './front-matter.js';

const sources = z.array(z.string().min(3)).min(1, 'cite at least one source');
const checked = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) ctx.addIssue({ code: 'custom', message: 'write the date it was checked as YYYY-MM-DD' });
  return text;
});
const status = z.enum(['verified', 'unverified'], { message: 'status is "verified" (two sources, one dated 2023 or later) or "unverified"' });
/** YAML reads 988 or 000 as numbers; a phone number is text. */
const digits = z.union([z.string().min(1).max(120), z.number()]).transform(String);

export const crisisLineSchema = z
  .object({
    name: z.string().min(1).max(120),
    /** `suicide`: someone's own safety; `violence`: domestic violence, sexual assault, stalking. */
    kind: z.enum(['suicide', 'violence'], { message: 'kind is "suicide" or "violence"' }),
    /** Shown only to members writing in this language (988's Spanish option). */
    language: z.enum(['en', 'es']).optional(),
    phone: digits.optional(),
    /** A menu option to press after dialling. */
    press: digits.optional(),
    sms: z.object({ number: digits, keyword: z.string().min(1).max(20).optional(), via: z.string().min(1).max(20).optional() }).optional(),
    web: z.string().min(3).max(120).optional(),
    hours: z.string().min(1).max(160).optional(),
    status,
    /** Why a line is not verified yet, so whoever checks it knows what to look for. */
    why: z.string().min(3).max(300).optional(),
    sources,
    checked,
  })
  .refine((line) => line.phone !== undefined || line.sms !== undefined || line.web !== undefined, { message: 'give a phone, sms or web contact' })
  .refine((line) => line.status === 'verified' || line.why !== undefined, { message: 'say why an unverified line is not verified yet ("why")' });

export const countryLinesSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'country is an ISO 3166 code in capitals, like "GB"'),
  name: z.string().min(1).max(80),
  emergency: z.object({
    number: digits,
    note: z.string().min(1).max(200).optional(),
    status,
    why: z.string().min(3).max(300).optional(),
    sources,
    checked,
  }),
  lines: z.array(crisisLineSchema).max(20).default([]),
});

export type CrisisLine = z.output<typeof crisisLineSchema>;
export type CountryLines = z.output<typeof countryLinesSchema>;
/** Every country's lines by ISO code. */
export type CrisisLineDirectory = ReadonlyMap<string, CountryLines>;

/**
 * Reads `crisis-lines/XX.yaml` from each folder in turn; a later folder's file for a country replaces
 * the earlier one (a community's own, checked lines over the built-in ones). A malformed file is
 * reported with its line and skipped.
 */
export async function loadCrisisLines(dirs: string[]): Promise<{ directory: Map<string, CountryLines>; problems: ContentProblem[] }> {
  const directory = new Map<string, CountryLines>();
  const problems: ContentProblem[] = [];
  for (const dir of dirs) {
    const folder = path.join(dir, 'crisis-lines');
    if (!existsSync(folder)) continue;
    const files = (await readdir(folder)).filter((name) => /\.ya?ml$/i.test(name)).sort();
    for (const name of files) {
      const file = path.join(folder, name);
      const shown = displayPath(file);
      // The front-matter parser gives every problem its line; a YAML file is front-matter with no body.
      const parsed = parseFrontMatter(shown, `---\n${await readFile(file, 'utf8')}\n---\n`, countryLinesSchema);
      if (!parsed.ok) {
        problems.push(...parsed.error.map((p) => ({ ...p, line: Math.max(1, p.line - 1) })));
        continue;
      }
      const expected = path.basename(name, path.extname(name)).toUpperCase();
      if (parsed.value.data.country !== expected) {
        problems.push({ file: shown, line: 1, message: `the file is named ${expected} but says country: ${parsed.value.data.country}` });
        continue;
      }
      directory.set(parsed.value.data.country, parsed.value.data);
    }
  }
  return { directory, problems };
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
