import { parseChoiceId } from '../../adapters/discord/custom-id.js';
import { renderMessage } from '../../adapters/discord/render.js';
import { discordViolations } from '../helpers/discord-limits.js';
import { rendererContract } from './renderer-contract.js';

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
      violations: [
        ...payloads.flatMap((payload) => [...discordViolations(payload as unknown as Record<string, unknown>), ...(payload.content === '' ? ['empty content'] : [])]),
        ...dropped.map((id) => `a button left out: ${id}`),
      ],
    };
  },
});
