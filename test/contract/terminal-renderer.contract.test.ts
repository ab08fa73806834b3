import { renderReplies } from '../../adapters/terminal/render.js';
import { rendererContract } from './renderer-contract.js';

/** The terminal has no size limits: the contract holds it to showing everything and keying every choice. */
rendererContract('terminal', {
  render(message) {
    const { text, pending } = renderReplies([message]);
    const options = message.choices?.flatMap((row) => row.options) ?? [];
    const body = text.split('\n').filter((line) => !/^ {2}\[/.test(line)).join('\n');
    return {
      texts: [body],
      buttons: pending.choices.map((choice, index) => ({ message: 0, label: options[index]?.label ?? '', answer: { actionId: choice.actionId, value: choice.value } })),
      violations: pending.choices.length === options.length ? [] : [`${options.length - pending.choices.length} choices without a key`],
    };
  },
});
