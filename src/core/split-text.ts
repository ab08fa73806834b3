/**
 * Splits text into parts of at most `max` characters (UTF-16 code units, the strictest count the
 * platforms use) so a long message can go out as several instead of being refused.
 *
 * Cuts fall, in order of preference, at a paragraph break, a line break or a space in the second
 * half of the allowance; then at any line break or space; only a single word longer than `max` is
 * cut inside. A cut never falls inside an HTML entity (`&amp;`), inside a short marked span
 * (`**bold**`, `*bold*`, `_italic_`, `` `code` ``, `<@U123|name>`), between the characters of one
 * marker (`**`), or between the two halves of a surrogate pair (an emoji).
 */
export function splitText(text: string, max: number): string[] {
  if (max < 8) throw new RangeError('splitText needs room for at least 8 characters');
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    const part = rest.slice(0, cut).trimEnd();
    if (part !== '') parts.push(part);
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest !== '' || parts.length === 0) parts.push(rest);
  return parts;
}

/** Spans a cut must not fall inside, when short enough to move whole to the next part. */
const entity = /&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/g;
const marked = /\*\*[^\n]+?\*\*|\*[^*\n]+\*|_[^_\n]+_|~[^~\n]+~|`[^`\n]+`|<[^<>\n]+>/g;
const markerChars = new Set(['*', '_', '~', '`']);

/** Where to cut `text` so the part before it holds at most `max` characters. */
function cutPoint(text: string, max: number): number {
  // Enough beyond the limit to see any short span that straddles it.
  const lookahead = text.slice(0, max + 256);
  const inside = insideAtomic(lookahead, max);
  const allowed = (at: number) => at > 0 && at <= max && !inside(at);
  const window = text.slice(0, max + 1);
  const lastAt = (pattern: RegExp, from: number): number | undefined => {
    let found: number | undefined;
    for (const match of window.matchAll(pattern)) if (match.index >= from && allowed(match.index)) found = match.index;
    return found;
  };
  const half = Math.floor(max / 2);
  const cut =
    lastAt(/\n\n/g, half) ?? lastAt(/\n/g, half) ?? lastAt(/[ \t]/g, half) ?? lastAt(/\n/g, 1) ?? lastAt(/[ \t]/g, 1);
  if (cut !== undefined) return cut;
  for (let at = max; at > 0; at--) {
    if (!inside(at) && !splitsMarker(text, at) && !splitsSurrogate(text, at)) return at;
  }
  return max;
}

/** A test of whether a cut at an index falls strictly inside a short atomic span. */
function insideAtomic(text: string, max: number): (at: number) => boolean {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(entity)) spans.push([match.index, match.index + match[0].length]);
  for (const match of text.matchAll(marked)) {
    // A span longer than half a part cannot always move whole: it may be cut at a space.
    if (match[0].length <= max / 2) spans.push([match.index, match.index + match[0].length]);
  }
  return (at) => spans.some(([start, end]) => at > start && at < end);
}

function splitsMarker(text: string, at: number): boolean {
  return markerChars.has(text[at - 1] ?? '') && markerChars.has(text[at] ?? '');
}

function splitsSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff;
}
