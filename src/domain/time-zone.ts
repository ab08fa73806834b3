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
/**
 * Cities people type that are not zone names themselves, mapped to the zone they live in (so
 * "Mumbai" is Asia/Kolkata, not the nearest spelling, Asia/Dubai).
 */
const CITIES: Record<string, string> = {
  mumbai: 'Asia/Kolkata',
  bombay: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new_delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata',
  hyderabad: 'Asia/Kolkata',
  pune: 'Asia/Kolkata',
  beijing: 'Asia/Shanghai',
  'san_francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  boston: 'America/New_York',
  washington: 'America/New_York',
  atlanta: 'America/New_York',
  miami: 'America/New_York',
  houston: 'America/Chicago',
  dallas: 'America/Chicago',
  montreal: 'America/Toronto',
  manchester: 'Europe/London',
  edinburgh: 'Europe/London',
  munich: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  barcelona: 'Europe/Madrid',
  'cape_town': 'Africa/Johannesburg',
  'washington_dc': 'America/New_York',
};
/** No zone name is this long; longer input is refused before any fuzzy matching. */
const MAX_ZONE_INPUT = 64;
const abbreviations = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'ist', 'aest', 'jst']);
const help = 'Use a place name like Europe/London, America/Chicago or Asia/Tokyo.';

/** An IANA time zone name in its canonical spelling. Offsets and abbreviations shift with DST, so they are refused. */
export function parseTimeZone(input: string): Result<string> {
  if (input.length > MAX_ZONE_INPUT * 4 || input.trim().length > MAX_ZONE_INPUT) {
    return err(`That is longer than any time zone name. ${help}`);
  }
  const text = input.trim().replace(/\s+/g, '_');
  const known = byLowerCase.get(text.toLowerCase()) ?? CITIES[text.toLowerCase()];
  if (known && IANAZone.isValidZone(known)) return ok(known);
  if (/^(utc|gmt)?[\s_]*[+-]\s*\d/i.test(input.trim()) || /^[A-Z]{2,5}$/.test(text) || abbreviations.has(text.toLowerCase())) {
    return err(`"${short(input)}" changes meaning with daylight saving, so I need the place instead. ${help}`);
  }
  const guesses = suggestTimeZones(text, 3);
  const didYouMean = guesses.length > 0 ? ` Did you mean ${guesses.join(', ')}?` : '';
  return err(`I don't know the time zone "${short(input)}".${didYouMean} ${help}`);
}

/** Zones matching what someone has typed so far: prefix and substring first, then closest spellings. */
export function suggestTimeZones(query: string, limit = 10): string[] {
  const q = query.slice(0, MAX_ZONE_INPUT * 4).trim().toLowerCase().replace(/\s+/g, '_').slice(0, MAX_ZONE_INPUT);
  if (q === '') return zones.slice(0, limit);
  const city = CITIES[q];
  if (city) return [city];
  const containing = zones.filter((zone) => zone.toLowerCase().includes(q));
  if (containing.length > 0) {
    return containing.sort((a, b) => Number(!a.toLowerCase().startsWith(q)) - Number(!b.toLowerCase().startsWith(q))).slice(0, limit);
  }
  const scored = zones.map((zone) => {
    const lower = zone.toLowerCase();
    const city = lower.split('/').pop() ?? lower;
    return { zone, score: Math.min(distance(q, lower), distance(q, city)) };
  });
  for (const [name, zone] of Object.entries(CITIES)) scored.push({ zone, score: distance(q, name) });
  const cutoff = Math.max(2, Math.floor(q.length / 3));
  const close = scored.filter((s) => s.score <= cutoff).sort((a, b) => a.score - b.score);
  // Only the nearest spellings: "Europe/Berln" suggests Berlin, not every Europe/ zone two letters further off.
  const best = close[0]?.score ?? 0;
  return [...new Set(close.filter((s) => s.score <= best + 1).map((s) => s.zone))].slice(0, limit);
}
