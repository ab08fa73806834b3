/**
 * Discord's documented limits, checked on what the app sends: the renderer contract and the fake
 * Discord use this, so a payload the real Discord would refuse (50035 Invalid Form Body) fails the
 * tests too. Numbers as documented, on purpose not imported from the adapter:
 * - content 2,000 characters (https://discord.com/developers/docs/resources/message#create-message);
 * - 5 action rows of 5 buttons; a button label 80 characters; a custom_id 100
 *   (https://discord.com/developers/docs/interactions/message-components#buttons);
 * - a modal: title 45, 5 rows, each text input's label 45 and custom_id 100
 *   (https://discord.com/developers/docs/interactions/message-components#text-inputs);
 * - embeds (a crisis reply's substance, behind a neutral notification): at most 10, a description
 *   4,096 characters, 6,000 characters in all (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 */
type Json = Record<string, unknown>;
type Component = { type: number; custom_id?: string; label?: string; components?: Component[] };

export function discordViolations(body: Json, kind: 'message' | 'modal' = 'message'): string[] {
  const problems: string[] = [];
  const content = typeof body.content === 'string' ? body.content : undefined;
  if (content !== undefined && content.length > 2000) problems.push(`content of ${content.length} characters (at most 2,000)`);
  const embeds = Array.isArray(body.embeds) ? (body.embeds as { description?: string; title?: string }[]) : [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (at most 10)`);
  for (const embed of embeds) if ((embed.description?.length ?? 0) > 4096) problems.push(`an embed description of ${embed.description?.length} characters (at most 4,096)`);
  const embedText = embeds.reduce((sum, embed) => sum + (embed.description?.length ?? 0) + (embed.title?.length ?? 0), 0);
  if (embedText > 6000) problems.push(`${embedText} characters in embeds (at most 6,000)`);
  if (kind === 'modal' && typeof body.title === 'string' && body.title.length > 45) problems.push(`a modal title of ${body.title.length} characters`);
  const rows = (body.components as Component[] | undefined) ?? [];
  if (rows.length > 5) problems.push(`${rows.length} action rows (at most 5)`);
  if (typeof body.custom_id === 'string' && body.custom_id.length > 100) problems.push(`a custom_id of ${body.custom_id.length} characters`);
  for (const row of rows) {
    const items = row.components ?? [];
    if (items.length > 5) problems.push(`${items.length} components in a row (at most 5)`);
    for (const item of items) {
      if ((item.custom_id?.length ?? 0) > 100) problems.push(`a custom_id of ${item.custom_id?.length} characters`);
      const labelMax = item.type === 4 ? 45 : 80;
      if ((item.label?.length ?? 0) > labelMax) problems.push(`a label of ${item.label?.length} characters (at most ${labelMax})`);
    }
  }
  return problems;
}
