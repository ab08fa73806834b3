import { z } from 'zod';

/**
 * Crisis lines by locale. A community can replace them (its `crisisResources` setting); these are
 * the defaults, checked against each service's own published numbers in November 2026.
 */
export const crisisResourcesSchema = z.object({
  emergency: z.string().min(1).max(200),
  lines: z
    .array(z.object({ name: z.string().min(1).max(120), contact: z.string().min(1).max(200), hours: z.string().max(80).optional() }))
    .min(1)
    .max(10),
});

export type CrisisResources = z.output<typeof crisisResourcesSchema>;

const byCountry: Record<string, CrisisResources> = {
  US: {
    emergency: 'call 911',
    lines: [
      { name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988, or chat at 988lifeline.org', hours: '24/7' },
      { name: 'Crisis Text Line', contact: 'text HOME to 741741', hours: '24/7' },
    ],
  },
  CA: {
    emergency: 'call 911',
    lines: [{ name: '9-8-8 Suicide Crisis Helpline', contact: 'call or text 988', hours: '24/7' }],
  },
  GB: {
    emergency: 'call 999',
    lines: [
      { name: 'Samaritans', contact: 'call 116 123 (free) or email jo@samaritans.org', hours: '24/7' },
      { name: 'Shout', contact: 'text SHOUT to 85258', hours: '24/7' },
    ],
  },
  IE: {
    emergency: 'call 112 or 999',
    lines: [
      { name: 'Samaritans', contact: 'call 116 123 (free)', hours: '24/7' },
      { name: 'Text About It', contact: 'text HELLO to 50808', hours: '24/7' },
    ],
  },
  AU: {
    emergency: 'call 000',
    lines: [{ name: 'Lifeline', contact: 'call 13 11 14 or text 0477 13 11 14', hours: '24/7' }],
  },
  NZ: {
    emergency: 'call 111',
    lines: [{ name: '1737, Need to talk?', contact: 'call or text 1737', hours: '24/7' }],
  },
  DE: {
    emergency: 'call 112',
    lines: [{ name: 'TelefonSeelsorge', contact: 'call 0800 111 0 111 or 0800 111 0 222 (free)', hours: '24/7' }],
  },
};

const international: CrisisResources = {
  emergency: 'call your local emergency number',
  lines: [{ name: 'Find A Helpline', contact: 'findahelpline.com lists free, confidential lines in most countries' }],
};

/** The community's own resources when it set them, else the defaults for its locale's country. */
export function crisisResourcesFor(locale: string, configured: unknown): CrisisResources {
  const own = crisisResourcesSchema.safeParse(configured);
  if (own.success) return own.data;
  const country = locale.split('-')[1]?.toUpperCase() ?? '';
  return byCountry[country] ?? international;
}

/** The lines as a Markdown list: "- **Name**: contact (hours)". */
export function crisisLineList(resources: CrisisResources): string[] {
  return resources.lines.map((line) => `- **${line.name}**: ${line.contact}${line.hours ? ` (${line.hours})` : ''}`);
}
