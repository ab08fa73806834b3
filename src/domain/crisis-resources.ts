import { z } from 'zod';
import type { CountryLines, CrisisLine, CrisisLineDirectory } from '../content/crisis-lines.js';
import type { ScreenLanguage } from './crisis/screen.js';

/**
 * A community's own lines (its `crisisResources` setting), shown instead of the built-in suicide and
 * crisis lines. Abuse and violence lines still come from content/crisis-lines.
 */
export const crisisResourcesSchema = z.object({
  emergency: z.string().min(1).max(200),
  lines: z
    .array(z.object({ name: z.string().min(1).max(120), contact: z.string().min(1).max(200), hours: z.string().max(80).optional() }))
    .min(1)
    .max(10),
});

export type CrisisResources = z.output<typeof crisisResourcesSchema>;

/** What a reply shows, already worded in the reply's language (Markdown bullets). */
export interface CrisisContacts {
  /** ISO code of the country the lines are for, when one is known and listed. */
  country?: string;
  /** "call 911"; "call your local emergency number" when no country is known. */
  emergency: string;
  /** How to reach emergency services when speaking is not safe, where the country has a way. */
  emergencyNote?: string;
  /** Suicide and crisis lines: the community's own, else the verified built-in ones, else Find A Helpline. */
  suicide: string[];
  /** Domestic-violence, sexual-assault and stalking lines, else Find A Helpline. */
  violence: string[];
  /** The community's country in one line, when the member's platform says they are elsewhere. */
  alsoCommunity?: string;
}

export interface ContactsQuery {
  /** What the member's platform reports (Slack users.info, Discord interaction), if anything. */
  memberLocale: string | null | undefined;
  communityLocale: string;
  /** The community's `crisisResources` setting (JSON), if set. */
  configured: unknown;
  directory: CrisisLineDirectory;
  language: ScreenLanguage;
}

/**
 * The lines for where the member is: the country their own locale names, else the community's.
 * Only verified lines are shown; a country or kind with none points to findahelpline.com.
 */
export function contactsFor(query: ContactsQuery): CrisisContacts {
  const { directory, language } = query;
  const communityCountry = countryOfLocale(query.communityLocale);
  const code = countryOfLocale(query.memberLocale, query.communityLocale) ?? communityCountry;
  const country = code ? directory.get(code) : undefined;
  const own = crisisResourcesSchema.safeParse(query.configured);
  const words = copy[language];

  const suicide = own.success
    ? own.data.lines.map((line) => `- **${line.name}**: ${line.contact}${line.hours ? ` (${line.hours})` : ''}`)
    : shownLines(country, 'suicide', language).map((line) => bullet(line, language));
  const violence = shownLines(country, 'violence', language).map((line) => bullet(line, language));
  const community = communityCountry && communityCountry !== code ? directory.get(communityCountry) : undefined;
  return {
    ...(country ? { country: country.country } : {}),
    emergency: own.success ? own.data.emergency : country ? `${words.call} ${country.emergency.number}` : words.localEmergency,
    ...(country?.emergency.note && language === 'en' ? { emergencyNote: country.emergency.note } : {}),
    suicide: suicide.length > 0 ? suicide : [words.findAHelpline],
    violence: violence.length > 0 ? violence : [words.findAHelplineViolence],
    ...(community && !own.success ? { alsoCommunity: inOneLine(community, language) } : {}),
  };
}

/** Lines shown by default: verified, and for everyone or for the reply's language; that language's first. */
function shownLines(country: CountryLines | undefined, kind: CrisisLine['kind'], language: ScreenLanguage): CrisisLine[] {
  const lines = (country?.lines ?? []).filter((line) => line.kind === kind && line.status === 'verified' && (line.language ?? language) === language);
  return [...lines.filter((line) => line.language === language), ...lines.filter((line) => line.language === undefined)];
}

/** "- **Lifeline**: call 13 11 14 or online at lifeline.org.au (24/7)". */
export function bullet(line: CrisisLine, language: ScreenLanguage): string {
  const hours = hoursIn(line.hours, language);
  return `- **${line.name}**: ${contactOf(line, language)}${hours ? ` (${hours})` : ''}`;
}

function contactOf(line: CrisisLine, language: ScreenLanguage): string {
  const words = copy[language];
  const ways: string[] = [];
  if (line.phone) ways.push(`${words.call} ${line.phone}${line.press ? words.press(line.press) : ''}`);
  if (line.sms) ways.push(words.sms(line.sms));
  if (line.web) ways.push(`${words.online} ${line.web}`);
  return ways.length > 1 ? `${ways.slice(0, -1).join(', ')} ${words.or} ${ways.at(-1)}` : (ways[0] ?? '');
}

/** Hours are written in English in the files; a Spanish reply keeps only "24/7". */
function hoursIn(hours: string | undefined, language: ScreenLanguage): string | undefined {
  if (!hours || language === 'en') return hours;
  return /^24/.test(hours) ? '24/7' : undefined;
}

function inOneLine(country: CountryLines, language: ScreenLanguage): string {
  const words = copy[language];
  const first = shownLines(country, 'suicide', language)[0];
  const line = first ? `; ${first.name}: ${contactOf(first, language)}` : '';
  return `${words.inCountry(country.name)} ${words.call} ${country.emergency.number}${line}.`;
}

/** Discord and Slack report languages without a country ("de", "es-419", Slack's "es-LA"). */
const countryOfLanguage: Record<string, string> = { da: 'DK', de: 'DE', fi: 'FI', fr: 'FR', hi: 'IN', it: 'IT', ja: 'JP', ko: 'KR', nl: 'NL', no: 'NO', nb: 'NO', pl: 'PL', sv: 'SE' };

/**
 * Slack's and Discord's default for anyone who never chose: it says which language, not where.
 */
const platformDefaults = new Set(['en-US']);

/**
 * The country a locale names ("en-GB" → GB). A language alone ("de"), or a platform's default
 * ("en-US"), borrows the community's country when the community speaks that language; a language
 * alone otherwise gets its main country. Nothing for a region that is not a country ("es-419",
 * Slack's "es-LA"), or for nonsense.
 */
export function countryOfLocale(locale: string | null | undefined, communityLocale?: string): string | undefined {
  const parsed = parseLocale(locale);
  if (!parsed) return undefined;
  const latinAmerica = parsed.language === 'es' && parsed.region === 'LA';
  const saysWhere = !latinAmerica && !platformDefaults.has(`${parsed.language}-${parsed.region ?? ''}`);
  if (parsed.region && /^[A-Z]{2}$/.test(parsed.region) && saysWhere) return parsed.region;
  const community = parseLocale(communityLocale);
  if (community?.language === parsed.language && community.region && /^[A-Z]{2}$/.test(community.region)) return community.region;
  if (!saysWhere && parsed.region && /^[A-Z]{2}$/.test(parsed.region) && !latinAmerica) return parsed.region;
  return parsed.region ? undefined : countryOfLanguage[parsed.language];
}

function parseLocale(locale: string | null | undefined): { language: string; region?: string } | undefined {
  if (!locale || locale.length > 35) return undefined;
  try {
    const parsed = new Intl.Locale(locale.replace('_', '-'));
    return { language: parsed.language, ...(parsed.region ? { region: parsed.region } : {}) };
  } catch {
    return undefined;
  }
}

const copy = {
  en: {
    call: 'call',
    press: (key: string) => `, then press ${key}`,
    sms: ({ number, keyword, via }: NonNullable<CrisisLine['sms']>) => (via ? `${via} ${number}` : keyword ? `text ${keyword} to ${number}` : `text ${number}`),
    online: 'online at',
    or: 'or',
    localEmergency: 'call your local emergency number',
    inCountry: (name: string) => `In ${name}:`,
    findAHelpline: '- **Find A Helpline**: findahelpline.com lists free, confidential lines in most countries',
    findAHelplineViolence: '- **Find A Helpline**: findahelpline.com lists free, confidential services for abuse and violence in most countries',
  },
  es: {
    call: 'llama al',
    press: (key: string) => ` y marca el ${key}`,
    sms: ({ number, keyword, via }: NonNullable<CrisisLine['sms']>) => (via ? `${via} ${number}` : keyword ? `envía ${keyword} al ${number}` : `escribe al ${number}`),
    online: 'en línea:',
    or: 'o',
    localEmergency: 'llama al número de emergencias de tu país',
    inCountry: (name: string) => `En ${name}:`,
    findAHelpline: '- **Find A Helpline**: findahelpline.com reúne líneas gratuitas y confidenciales de casi todos los países',
    findAHelplineViolence: '- **Find A Helpline**: findahelpline.com reúne servicios gratuitos y confidenciales contra el abuso y la violencia de casi todos los países',
  },
} satisfies Record<ScreenLanguage, unknown>;
