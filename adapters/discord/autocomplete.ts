import type { AutocompleteInteraction } from 'discord.js';
import type { AnyCommand, OptionSpec } from '../../src/core/command.js';
import type { ContentLibrary } from '../../src/content/library.js';
import { findTopic } from '../../src/domain/topic-search.js';
import { suggestTimeZones } from '../../src/domain/time-zone.js';

/** Discord shows at most 25 suggestions, each a name and a value of up to 100 characters. */
const MAX_SUGGESTIONS = 25;

export interface Suggestion {
  name: string;
  value: string;
}

/**
 * What to suggest while a member types an option: refresher topics (and exercises) from the
 * content library's own search, or IANA time zones. `siblings` are the other options typed so
 * far: `/settings value` suggests zones only once `setting` is the time zone.
 */
export function suggestionsFor(
  kind: NonNullable<OptionSpec['autocomplete']>,
  typed: string,
  content: Pick<ContentLibrary, 'topics' | 'exercises'>,
  siblings: Record<string, string> = {},
): Suggestion[] {
  if (kind === 'time-zone') {
    const setting = siblings.setting?.toLowerCase();
    if (setting !== undefined && !['timezone', 'time-zone', 'tz', 'zone'].includes(setting)) return [];
    return suggestTimeZones(typed, MAX_SUGGESTIONS).map((zone) => ({ name: zone, value: zone }));
  }
  const entries = [
    ...content.topics.map((t) => ({ id: t.id, title: t.title, aliases: t.aliases, tags: t.tags })),
    ...content.exercises.map((e) => ({ id: e.id, title: e.title, aliases: [], tags: [] })),
  ];
  const q = typed.trim().toLowerCase();
  const picked =
    q === ''
      ? entries
      : (() => {
          const containing = entries.filter((e) => e.id.includes(q) || e.title.toLowerCase().includes(q) || e.aliases.some((a) => a.includes(q)));
          if (containing.length > 0) return containing;
          const { exact, suggestions } = findTopic(entries, q);
          return exact ? [exact] : suggestions;
        })();
  return picked.slice(0, MAX_SUGGESTIONS).map((e) => ({ name: clip(`${e.title} (${e.id})`), value: e.id.slice(0, 100) }));
}

/** An option's fixed choices, those starting with what was typed first, then those containing it. */
export function suggestChoices(choices: readonly string[], typed: string): Suggestion[] {
  const q = typed.trim().toLowerCase();
  const picked = [...choices.filter((c) => c.startsWith(q)), ...choices.filter((c) => !c.startsWith(q) && c.includes(q))];
  return picked.slice(0, MAX_SUGGESTIONS).map((c) => ({ name: c, value: c }));
}

const clip = (text: string) => (text.length > 100 ? `${text.slice(0, 99)}…` : text);

/** Answers an autocomplete interaction from the option's kind in the command's definition. */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  commands: readonly AnyCommand[],
  content: Pick<ContentLibrary, 'topics' | 'exercises'>,
): Promise<void> {
  const command = commands.find((c) => c.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const spec = command?.options.find((o) => o.name === focused.name);
  if (spec && !spec.autocomplete && spec.choices) {
    await interaction.respond(suggestChoices(spec.choices, String(focused.value)));
    return;
  }
  if (!spec?.autocomplete) {
    await interaction.respond([]);
    return;
  }
  const siblings = Object.fromEntries(interaction.options.data.filter((o) => !o.focused).map((o) => [o.name, String(o.value ?? '')]));
  await interaction.respond(suggestionsFor(spec.autocomplete, String(focused.value), content, siblings));
}
