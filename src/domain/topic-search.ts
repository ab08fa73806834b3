import { distance } from 'fastest-levenshtein';

export interface SearchableTopic {
  id: string;
  title: string;
  aliases: string[];
  tags: string[];
}

/** Longer than any topic name; fuzzy matching beyond this is wasted work on hostile input. */
const MAX_QUERY = 100;
/** Share of a word's letters that may differ for a spelling to count as close ("boundary" → "boundaries"). */
const MAX_TYPO_RATIO = 0.34;

/** "/Trauma Informed_Care" → "trauma-informed-care"; straight and curly quotes around it are dropped. */
export function normaliseTopicQuery(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^["'“”‘’`]+|["'“”‘’`]+$/g, '')
    .replace(/^\/+/, '')
    .trim()
    .replace(/[\s_]+/g, '-');
}

/**
 * An exact match on id, alias or title, else up to three suggestions, best first: names starting
 * with the query, then containing it, then sharing a tag, then close spellings. Nonsense gets no
 * suggestions rather than random ones.
 */
export function findTopic<T extends SearchableTopic>(topics: readonly T[], query: string): { exact?: T; suggestions: T[] } {
  const q = normaliseTopicQuery(query);
  if (q === '' || q.length > MAX_QUERY) return { suggestions: [] };
  const names = (t: T): string[] => [t.id, t.title, ...t.aliases].map(normaliseTopicQuery);
  const exact = topics.find((t) => names(t).includes(q));
  if (exact) return { exact, suggestions: [] };

  const scored = topics.map((t) => ({ t, score: score(q, names(t), t.tags.map(normaliseTopicQuery)) }));
  const suggestions = scored
    .filter((s) => s.score <= MAX_TYPO_RATIO)
    .sort((a, b) => a.score - b.score || compareIds(a.t, b.t))
    .slice(0, 3)
    .map((s) => s.t);
  return { suggestions };
}

/** 0 is best. Prefix 0.01, substring 0.05, tag 0.1; else the typo ratio of the closest name or word. */
function score(q: string, names: string[], tags: string[]): number {
  if (names.some((n) => n.startsWith(q))) return 0.01;
  // Very short queries ("a") would be contained in almost everything.
  if (q.length >= 3 && names.some((n) => n.includes(q) || (n.length >= 4 && q.includes(n)))) return 0.05;
  if (tags.includes(q)) return 0.1;
  const words = names.flatMap((n) => [n, ...n.split('-')]).filter((w) => w.length > 0);
  return Math.min(1, ...words.map((w) => distance(q, w) / Math.max(q.length, w.length)));
}

const compareIds = (a: SearchableTopic, b: SearchableTopic): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The same topic all day, a different one each day: days since 1970-01-01 modulo the number of
 * topics, over topics sorted by id, so every topic comes round before any repeats. Throws if there
 * are no topics; an unreadable date counts as day 0.
 */
export function principleOfTheDay<T extends SearchableTopic>(topics: readonly T[], localDate: string): T {
  if (topics.length === 0) throw new RangeError('principleOfTheDay needs at least one topic');
  const sorted = [...topics].sort(compareIds);
  const day = Math.floor(Date.parse(`${localDate}T00:00:00Z`) / 86_400_000);
  const index = Number.isFinite(day) ? ((day % sorted.length) + sorted.length) % sorted.length : 0;
  return sorted[index]!;
}
