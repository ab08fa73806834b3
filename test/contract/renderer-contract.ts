import { describe, expect, it } from 'vitest';
import { ephemeral, type OutgoingMessage } from '../../src/core/messages.js';

/** One OutgoingMessage as a platform would send it, read back the way the contract needs. */
export interface Rendered {
  /** What a member reads in each message sent, in order, with the platform's escaping undone. */
  texts: string[];
  /** Every button sent: the message it is on, its label, and what pressing it tells the core. */
  buttons: { message: number; label: string; answer: { actionId: string; value: string } | undefined }[];
  /** Every documented platform limit the messages break: empty when they all fit. */
  violations: string[];
}

export interface RendererUnderTest {
  render(message: OutgoingMessage): Rendered;
  /** The platform's bold marker, which must stay paired within each message. */
  readonly boldMarker?: string;
}

/** The words of a text with the markup dropped: a word cut in two, or a garbled entity, changes them. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/[*_`~•]/g, '')
    .replace(/^\s*- /gm, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && word !== '-');
}

/** Names a big community really has: markup characters, emoji, accents, a long surname. */
const names = (count: number) =>
  Array.from({ length: count }, (_, i) => ['Sam & Alex', 'Zoë 🌱', 'Dana <on call>', 'Ngozi Adébáyọ̀-Okonkwo', `member${i}`][i % 5]!.concat(` ${i}`));

/** A principle an admin pasted: paragraphs, headings, bullets, bold, ampersands and emoji. */
function adminTopic(characters: number): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.join('\n\n').length < characters; i++) {
    paragraphs.push(
      i % 4 === 0
        ? `**Part ${i}: boundaries & care** 🌿`
        : i % 4 === 1
          ? `- Listen first & ask what would help (${i}).\n- Name <what you can offer> and what you cannot.\n- Check in again later; people change their minds.`
          : `Paragraph ${i}. A peer supporter shares lived experience with purpose: to build trust & hope, never to take over. When a conversation turns heavy, say so plainly, keep the person's choices in their hands, and bring in your supervisor when the situation calls for it. Self-care is part of the work, not a reward for finishing it.`,
    );
  }
  return paragraphs.join('\n\n').slice(0, characters).replace(/\s+\S*$/, '');
}

/** Words, entities and bold words on one line, whole tokens up to the length. */
function oneLine(characters: number): string {
  const tokens: string[] = [];
  for (let i = 0, length = 0; length < characters - 20; i++) {
    const token = i % 7 === 0 ? 'care&amp;' : i % 11 === 0 ? '**kind**' : `word${i}`;
    tokens.push(token);
    length += token.length + 1;
  }
  return tokens.join(' ');
}

/** The worst messages an admin or a big community can make the bot send. */
export const worstCases: { name: string; message: OutgoingMessage }[] = [
  { name: 'a 150,000-character admin topic', message: ephemeral(adminTopic(150_000)) },
  {
    name: 'a 10,000-character topic pasted as one line',
    message: ephemeral(oneLine(10_000)),
  },
  {
    name: 'a digest naming 120 members',
    message: ephemeral(['**This week in your circle**', '', 'Members who agreed to be named as needing support:', ...names(120).map((n) => `- ${n}: check-ins heavier for 5 days`)].join('\n')),
  },
  {
    name: '/debrief avoid listing 130 members',
    message: ephemeral(['**You will not be paired with:**', ...names(130).map((n) => `- ${n}`), '', 'Remove one with `/debrief avoid remove @someone`.'].join('\n')),
  },
  {
    name: 'a 60-item reflection summary',
    message: ephemeral(
      [
        '**Your boundaries reflection**: only you can see this.',
        '',
        '**Hard limits** (60)',
        ...Array.from({ length: 60 }, (_, i) => `- ${i + 1}. A person you support asks you to lend them money "just until Friday" & promises to pay it back; situation ${i} with more detail about who, where and when it happened.`),
      ].join('\n'),
    ),
  },
];

/** The longest action id and value the core may use (see Choices in src/core/messages.ts). */
const longestActionId = `principle:reflect:${'k'.repeat(10)}:${'9'.repeat(34)}`.slice(0, 64);

/**
 * What every renderer must guarantee, whatever the platform: the worst content arrives complete,
 * in as many messages as it takes, each within the platform's documented limits; no word, entity
 * or marker is cut in half; buttons come on the last message and each answers what it says.
 */
export function rendererContract(platform: string, renderer: RendererUnderTest): void {
  describe(`${platform} renderer contract`, () => {
    for (const { name, message } of worstCases) {
      it(`GIVEN ${name} THEN every message fits the platform's limits and every word arrives whole, in order`, () => {
        const rendered = renderer.render(message);
        expect(rendered.violations).toEqual([]);
        expect(rendered.texts.flatMap(wordsOf)).toEqual(wordsOf(message.text));
        if (renderer.boldMarker) {
          const marker = renderer.boldMarker;
          for (const text of rendered.texts) expect(text.split(marker).length % 2, `unpaired ${marker} in a message`).toBe(1);
        }
      });
    }

    it('GIVEN a long question with buttons THEN the buttons are all on the last message, each answering its own choice', () => {
      const options = ['Hard limit', 'Soft limit', 'Fine with me', 'Stop for now'].map((label, i) => ({ label, value: ['hard', 'soft', 'fine', 'stop'][i]! }));
      const message = ephemeral(adminTopic(30_000), { choices: [{ actionId: longestActionId, options }] });
      const rendered = renderer.render(message);
      expect(rendered.violations).toEqual([]);
      expect(rendered.buttons.map((b) => b.label)).toEqual(options.map((o) => o.label));
      expect(rendered.buttons.every((b) => b.message === rendered.texts.length - 1)).toBe(true);
      expect(rendered.buttons.map((b) => b.answer)).toEqual(options.map((o) => ({ actionId: longestActionId, value: o.value })));
    });

    it('GIVEN labels longer than a button shows THEN they are shortened, not refused', () => {
      const label = 'I would like to talk this through with a peer supporter soon, please, when one is free to listen';
      const rendered = renderer.render(ephemeral('Would you like support?', { choices: [{ actionId: 'support:offer', options: [{ label, value: 'ask' }] }] }));
      expect(rendered.violations).toEqual([]);
      expect(rendered.buttons).toHaveLength(1);
      expect(rendered.buttons[0]!.answer).toEqual({ actionId: 'support:offer', value: 'ask' });
    });

    it('GIVEN twenty-five options in two rows THEN all of them are offered within the limits', () => {
      const options = Array.from({ length: 30 }, (_, i) => ({ label: `Option ${i + 1}`, value: String(i) }));
      const rendered = renderer.render(ephemeral('Pick one', { choices: [{ actionId: 'x:y', options: options.slice(0, 15) }, { actionId: 'x:z', options: options.slice(15, 25) }] }));
      expect(rendered.violations).toEqual([]);
      expect(rendered.buttons).toHaveLength(25);
    });

    it('GIVEN an empty or tiny message THEN it still sends one valid message', () => {
      for (const text of ['', ' ', '&', '**']) {
        const rendered = renderer.render(ephemeral(text));
        expect(rendered.violations).toEqual([]);
        expect(rendered.texts).toHaveLength(1);
      }
    });
  });
}
