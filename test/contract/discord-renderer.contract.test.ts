import { parseChoiceId } from '../../adapters/discord/custom-id.js';
import { renderMessage } from '../../adapters/discord/render.js';
import { rendererContract } from './renderer-contract.js';

/**
 * Discord's documented limits, as numbers on purpose not imported from the adapter: content 2,000
 * characters (https://discord.com/developers/docs/resources/message#create-message); 5 action rows
 * of 5 buttons, a label 80 characters, a custom_id 100
 * (https://discord.com/developers/docs/interactions/message-components). No embeds are sent.
 */
function discordViolations(payload: ReturnType<typeof renderMessage>[number]): string[] {
  const problems: string[] = [];
  if (payload.content.length === 0 || payload.content.length > 2000) problems.push(`content of ${payload.content.length} characters (1 to 2,000)`);
  if ('embeds' in payload) problems.push('embeds sent');
  if (payload.components.length > 5) problems.push(`${payload.components.length} action rows (at most 5)`);
  for (const row of payload.components) {
    if (row.components.length > 5) problems.push(`${row.components.length} buttons in a row (at most 5)`);
    for (const button of row.components) {
      if (button.custom_id.length > 100) problems.push(`a custom_id of ${button.custom_id.length} characters`);
      if ((button.label?.length ?? 0) > 80) problems.push(`a label of ${button.label?.length} characters`);
    }
  }
  return problems;
}

/** Renders as the Discord adapter sends to a DM (the longest ids: they carry the server), reading buttons back through its parser. */
rendererContract('discord', {
  boldMarker: '**',
  render(message) {
    const dropped: string[] = [];
    const payloads = renderMessage(message, { ephemeral: false, guildId: '1234567890123456789', onDropped: (id) => dropped.push(id) });
    return {
      texts: payloads.map((p) => p.content),
      buttons: payloads.flatMap((payload, index) =>
        payload.components
          .flatMap((row) => row.components)
          .map((button) => {
            const id = parseChoiceId(button.custom_id);
            return { message: index, label: button.label ?? '', answer: id.ok && id.value.kind === 'choice' ? { actionId: id.value.actionId, value: id.value.value } : undefined };
          }),
      ),
      violations: [...payloads.flatMap(discordViolations), ...dropped.map((id) => `a button left out: ${id}`)],
    };
  },
});
