/**
 * Every spelling of English verbs in a pattern slot: "slap" → "slap|slaps|slapped|slapping".
 * The model's lemma misses some of them (it tags "beating", "strangles" as nouns), so patterns
 * list the forms outright. Irregular forms are written after the word: "throw:threw:thrown".
 */
export function inflect(verbs: string): string {
  const forms = new Set<string>();
  for (const entry of verbs.trim().split(/\s+/)) {
    const [verb, ...irregular] = entry.split(':') as [string, ...string[]];
    for (const form of irregular) forms.add(form);
    forms.add(verb);
    const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
    const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(verb) ? verb + verb.at(-1) : verb;
    forms.add(/(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`);
    for (const base of new Set([stem, doubled])) {
      forms.add(verb.endsWith('e') ? `${verb}d` : `${base}ed`);
      forms.add(`${base}ing`);
    }
  }
  return [...forms].join('|');
}
