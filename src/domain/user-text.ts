/**
 * A short, safe excerpt of what someone typed, for quoting it back in a reply. Control and
 * formatting characters (including right-to-left overrides, which could scramble the chat
 * display) and broken surrogates become spaces, and long input is cut at `max` characters (whole
 * code points, so an emoji is never split) with an ellipsis.
 */
export function short(input: string, max = 40): string {
  const text = input.trim();
  // Only look at a bounded prefix: hostile input may be megabytes long.
  const head = text.slice(0, max * 4 + 16);
  const clean = head.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  const cut = chars.length > max || head.length < text.length;
  return cut ? `${chars.slice(0, max).join('').trimEnd()}…` : clean;
}
