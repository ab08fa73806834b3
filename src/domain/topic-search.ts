import { distance } from 'fastest-levenshtein';

export interface SearchableTopic {
  id: string;
  title: string;
  aliases: string[];
  tags: string[];
}

// Phones and word processors send curly quotes: “boundaries” and don’t read as "boundaries" and don't.
const normalise = (text: string): string =>
  text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .trim()
    .toLowerCase()
    .replace(/^\/+/, '')
    .replace(/^["']+|["']+$/g, '')
    .trim()
    .replace(/[\s_]+/g, '-');

/**
 * An exact match on id, alias or title, else up to three near matches: containing the query, sharing
 * a tag, or a close spelling. Nonsense gets no suggestions rather than random ones.
 */
export function findTopic<T extends SearchableTopic>(topics: readonly T[], query: string): { exact?: T; suggestions: T[] } {
  // Topic names are short; the fuzzy match never has to look at more than this.
  const q = normalise(query.slice(0, 200));
  if (q === '') return { suggestions: [] };
  const names = (t: T) => [t.id, normalise(t.title), ...t.aliases.map(normalise)];
  const exact = topics.find((t) => names(t).includes(q));
  if (exact) return { exact, suggestions: [] };

  const scored = topics.map((t) => {
    const words = names(t).flatMap((name) => [name, ...name.split('-')]);
    let score = Math.min(...words.map((w) => distance(q, w) / Math.max(q.length, w.length)));
    if (names(t).some((n) => n.includes(q) || (q.length >= 4 && q.includes(n)))) score = Math.min(score, 0.1);
    if (t.tags.map(normalise).includes(q)) score = Math.min(score, 0.2);
    return { t, score };
  });
  const suggestions = scored
    .filter((s) => s.score <= 0.34)
    .sort((a, b) => a.score - b.score || a.t.id.localeCompare(b.t.id))
    .slice(0, 3)
    .map((s) => s.t);
  return { suggestions };
}

/** The same topic all day, a different one each day, cycling through every topic in id order. */
export function principleOfTheDay<T extends SearchableTopic>(topics: readonly T[], localDate: string): T {
  const sorted = [...topics].sort((a, b) => a.id.localeCompare(b.id));
  const day = Math.floor(Date.parse(`${localDate}T00:00:00Z`) / 86_400_000);
  return sorted[((day % sorted.length) + sorted.length) % sorted.length]!;
}
