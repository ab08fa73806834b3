import { describe, expect, it } from 'vitest';
import { renderMessage as renderDiscord } from '../../../adapters/discord/render.js';
import { renderMessages } from '../../../adapters/slack/render.js';

const renderSlack = (...args: Parameters<typeof renderMessages>) => renderMessages(...args)[0]!;
import { direct } from '../../../src/core/messages.js';

const crisis = direct('**If you are in danger now, call 911.**\n- **988 Suicide & Crisis Lifeline**: call 988', {
  preview: 'A message from peercircle',
  choices: [{ actionId: 'support:safe:en', options: [{ label: "I'm not safe", value: 'not-safe' }] }],
});

describe('a push notification never spells out a crisis', () => {
  it('Slack: the plain text (what a notification shows) is the neutral preview; the blocks carry the message', () => {
    const rendered = renderSlack(crisis);
    expect(rendered.text).toBe('A message from peercircle');
    expect(JSON.stringify(rendered.blocks)).toContain('call 911');
    expect(JSON.stringify(rendered.blocks)).toContain('support:safe:en#0');
  });

  it('Discord: the content (what a notification shows) is the neutral preview; an embed carries the message, the buttons stay', () => {
    const [payload, ...rest] = renderDiscord(crisis, { ephemeral: false });
    expect(rest).toEqual([]);
    expect(payload!.content).toBe('A message from peercircle');
    expect(payload!.embeds).toEqual([{ description: crisis.text }]);
    expect(payload!.components[0]!.components.map((b) => b.label)).toEqual(["I'm not safe"]);
  });

  it('Discord: a message without a preview renders as before, with an empty embed list (so an edit in place clears an earlier embed)', () => {
    const [payload] = renderDiscord(direct('Okay.'), { ephemeral: false });
    expect(payload).toMatchObject({ content: 'Okay.', embeds: [] });
  });
});
