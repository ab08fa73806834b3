/**
 * Complementary suppression for parts that add up to a total the reader knows or is shown.
 * If exactly one part is withheld, the total minus the shown parts gives it back; so a second part
 * is withheld with it (the smallest shown one, which gives away least). Withheld parts stay
 * withheld. Returns the keys to withhold.
 */
export function withComplements(parts: ReadonlyArray<{ key: string; value: number; withheld: boolean }>, totalKnown: boolean): Set<string> {
  const withheld = new Set(parts.filter((p) => p.withheld).map((p) => p.key));
  if (!totalKnown || withheld.size !== 1) return withheld;
  const shown = parts.filter((p) => !withheld.has(p.key)).sort((a, b) => a.value - b.value || a.key.localeCompare(b.key));
  if (shown[0]) withheld.add(shown[0].key);
  return withheld;
}
