import { distance } from 'fastest-levenshtein';
import { IANAZone } from 'luxon';
import { err, ok, type Result } from '../core/result.js';
import { short } from './user-text.js';

/**
 * Current IANA names for zones that ICU (and so Node 20's Intl) still lists under an older name.
 * Members should see and store "Asia/Kolkata", not "Asia/Calcutta". Both spellings are accepted.
 */
const RENAMED: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

const modernName = (zone: string): string => {
  const renamed = RENAMED[zone];
  return renamed !== undefined && IANAZone.isValidZone(renamed) ? renamed : zone;
};

/** Every zone a member can choose, in current spelling, sorted. */
const zones: readonly string[] = [...new Set([...Intl.supportedValuesOf('timeZone').map(modernName), 'UTC'])]
  .filter((zone) => IANAZone.isValidZone(zone))
  .sort();
const byLowerCase = new Map<string, string>([
  ...zones.map((zone): [string, string] => [zone.toLowerCase(), zone]),
  ...Object.keys(RENAMED).map((old): [string, string] => [old.toLowerCase(), modernName(old)]),
  ['etc/utc', 'UTC'],
]);

/** Abbreviations people type, with a zone to offer where the meaning is clear. */
const abbreviations = new Map<string, string | undefined>([
  ...pairs('America/New_York', 'est', 'edt', 'et'),
  ...pairs('America/Chicago', 'cst', 'cdt', 'ct'),
  ...pairs('America/Denver', 'mst', 'mdt', 'mt'),
  ...pairs('America/Los_Angeles', 'pst', 'pdt', 'pt'),
  ...pairs('America/Anchorage', 'akst', 'akdt'),
  ...pairs('Pacific/Honolulu', 'hst'),
  ...pairs('Europe/London', 'gmt', 'bst'),
  ...pairs('Europe/Berlin', 'cet', 'cest'),
  ...pairs('Europe/Athens', 'eet', 'eest'),
  ...pairs('Europe/Moscow', 'msk'),
  ...pairs('Asia/Tokyo', 'jst'),
  ...pairs('Australia/Sydney', 'aest', 'aedt'),
  ...pairs('Pacific/Auckland', 'nzst', 'nzdt'),
  ...pairs(undefined, 'ist', 'z', 'utc0'), // IST is India, Ireland or Israel: don't guess
]);

function pairs(zone: string | undefined, ...names: string[]): [string, string | undefined][] {
  return names.map((name) => [name, zone]);
}

const help = 'Use a place name like America/Chicago or Europe/London.';
/** Longer than any zone name by a margin; fuzzy matching beyond this is wasted work on hostile input. */
const MAX_QUERY = 64;

/**
 * An IANA time zone name, in its current canonical spelling ("europe/berlin" → "Europe/Berlin").
 * Offsets and abbreviations are refused: they stay fixed while the member's clocks change for
 * summer time, so check-ins would drift by an hour for half the year.
 */
export function parseTimeZone(input: string): Result<string> {
  const typed = input.trim().replace(/\s+/g, ' ');
  const known = byLowerCase.get(typed.replace(/ /g, '_').toLowerCase());
  if (known !== undefined) return ok(known);

  const lower = typed.toLowerCase();
  if (/^((utc|gmt|etc\/gmt|etc\/utc) ?)?[+\-−] ?\d/.test(lower) || /^(utc|gmt)\d/.test(lower)) {
    return err(`"${short(input)}" is a fixed offset, but most places change their clocks in summer, so I need a place name instead. ${help}`);
  }
  const abbreviation = lower.replace(/ time$/, '');
  if (abbreviations.has(abbreviation) || /^[A-Z]{2,5}$/.test(typed)) {
    const place = abbreviations.get(abbreviation);
    const suggestion = place ? ` For that time, type ${place}.` : '';
    return err(`"${short(input)}" is an abbreviation, and abbreviations can't follow summer time changes, so I need a place name instead.${suggestion} ${help}`);
  }

  const linked = canonicalLink(typed.replace(/ /g, '_'));
  if (linked !== undefined) return ok(linked);

  const guesses = suggestTimeZones(typed, 3);
  const didYouMean = guesses.length > 0 ? ` Did you mean ${listWithOr(guesses)}?` : '';
  return err(`I don't know the time zone "${short(input)}".${didYouMean} ${help}`);
}

/**
 * Zones for what someone has typed so far, for autocomplete: names starting with it first, then
 * cities starting with it, then names containing it, then the closest spellings of the full name
 * or the city alone ("Tokio" → Asia/Tokyo).
 */
export function suggestTimeZones(query: string, limit = 10): string[] {
  const q = query.trim().replace(/\s+/g, '_').toLowerCase();
  if (limit <= 0 || q.length > MAX_QUERY) return [];
  if (q === '') return zones.slice(0, limit);

  const rank = (zone: string): number => {
    const lower = zone.toLowerCase();
    if (lower.startsWith(q)) return 0;
    if (cityOf(lower).startsWith(q)) return 1;
    return lower.includes(q) ? 2 : 3;
  };
  const matching = zones.map((zone) => ({ zone, rank: rank(zone) })).filter((m) => m.rank < 3);
  if (matching.length > 0) {
    return matching.sort((a, b) => a.rank - b.rank || a.zone.localeCompare(b.zone)).slice(0, limit).map((m) => m.zone);
  }

  const scored = zones.map((zone) => {
    const lower = zone.toLowerCase();
    return { zone, score: Math.min(distance(q, lower), distance(q, cityOf(lower))) };
  });
  // About one typo in three letters, at least two: "Berln" and "Tokio", not "xyzzy".
  const cutoff = Math.max(2, Math.floor(q.length / 3));
  const close = scored.filter((s) => s.score <= cutoff).sort((a, b) => a.score - b.score || a.zone.localeCompare(b.zone));
  // Only the nearest spellings: "Europe/Berln" suggests Berlin, not every zone two letters further off.
  const best = close[0]?.score ?? 0;
  return close
    .filter((s) => s.score <= best + 1)
    .slice(0, limit)
    .map((s) => s.zone);
}

/** Other names IANA keeps as links ("US/Eastern", "Japan"), in their zone's current spelling. */
function canonicalLink(name: string): string | undefined {
  if (name.length > MAX_QUERY || !IANAZone.isValidZone(name)) return undefined;
  try {
    const zone = modernName(new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone);
    return zones.includes(zone) ? zone : undefined;
  } catch {
    return undefined;
  }
}

const cityOf = (zone: string): string => zone.slice(zone.lastIndexOf('/') + 1);

const listWithOr = (items: string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
