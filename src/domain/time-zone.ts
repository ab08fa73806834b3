import { distance } from 'fastest-levenshtein';
import { IANAZone } from 'luxon';
import { err, ok, type Result } from '../core/result.js';
import { short } from './clock-time.js';

/**
 * Current IANA names for zones that ICU (and so Node 20's Intl) still lists under an older name:
 * members should find and store "Asia/Kolkata" and "Europe/Kyiv". The old spellings still work.
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

const zones: readonly string[] = [...new Set([...Intl.supportedValuesOf('timeZone').map(modernName), 'UTC'])].sort();
const byLowerCase = new Map([
  ...zones.map((zone): [string, string] => [zone.toLowerCase(), zone]),
  ...Object.keys(RENAMED).map((old): [string, string] => [old.toLowerCase(), modernName(old)]),
]);
const abbreviations = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'ist', 'aest', 'jst']);
const help = 'Use a place name like Europe/London, America/Chicago or Asia/Tokyo.';

/** An IANA time zone name in its canonical spelling. Offsets and abbreviations shift with DST, so they are refused. */
export function parseTimeZone(input: string): Result<string> {
  const text = input.trim().replace(/\s+/g, '_');
  const known = byLowerCase.get(text.toLowerCase());
  if (known && IANAZone.isValidZone(known)) return ok(known);
  if (/^(utc|gmt)?\s*[+-]\d/i.test(text) || /^[A-Z]{2,5}$/.test(text) || abbreviations.has(text.toLowerCase())) {
    return err(`"${short(input)}" changes meaning with daylight saving, so I need the place instead. ${help}`);
  }
  const guesses = suggestTimeZones(text, 3);
  const didYouMean = guesses.length > 0 ? ` Did you mean ${guesses.join(', ')}?` : '';
  return err(`I don't know the time zone "${short(input)}".${didYouMean} ${help}`);
}

/** Zones matching what someone has typed so far: prefix and substring first, then closest spellings. */
export function suggestTimeZones(query: string, limit = 10): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '_');
  if (q === '') return zones.slice(0, limit);
  const containing = zones.filter((zone) => zone.toLowerCase().includes(q));
  if (containing.length > 0) {
    return containing.sort((a, b) => Number(!a.toLowerCase().startsWith(q)) - Number(!b.toLowerCase().startsWith(q))).slice(0, limit);
  }
  const scored = zones.map((zone) => {
    const lower = zone.toLowerCase();
    const city = lower.split('/').pop() ?? lower;
    return { zone, score: Math.min(distance(q, lower), distance(q, city)) };
  });
  const cutoff = Math.max(2, Math.floor(q.length / 3));
  const close = scored.filter((s) => s.score <= cutoff).sort((a, b) => a.score - b.score);
  // Only the nearest spellings: "Europe/Berln" suggests Berlin, not every Europe/ zone two letters further off.
  const best = close[0]?.score ?? 0;
  return close.filter((s) => s.score <= best + 1).slice(0, limit).map((s) => s.zone);
}
