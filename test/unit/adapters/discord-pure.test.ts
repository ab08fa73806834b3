import { describe, expect, it } from 'vitest';
import { choiceId, parseChoiceId, parseFormId } from '../../../adapters/discord/custom-id.js';
import { renderMessage, renderModal, splitContent } from '../../../adapters/discord/render.js';
import { parseShards } from '../../../adapters/discord/shards.js';
import { BoundedMap } from '../../../adapters/discord/bounded-map.js';
import { ephemeral } from '../../../src/core/messages.js';

describe('Discord custom ids', () => {
  it('GIVEN an action, value and server THEN it round-trips; GIVEN one too long for Discord THEN none is made', () => {
    const id = choiceId('checkin:2026-11-23:energy', '3', '100000000000000001')!;
    expect(parseChoiceId(id)).toEqual({ ok: true, value: { kind: 'choice', actionId: 'checkin:2026-11-23:energy', value: '3', guildId: '100000000000000001' } });
    expect(choiceId('x'.repeat(98), '3')).toHaveLength(100);
    expect(choiceId('x'.repeat(99), '3')).toBeUndefined();
    expect(choiceId('a|b', '3')).toBeUndefined();
  });

  it('GIVEN ids this bot did not make THEN errors, never throws', () => {
    for (const bad of ['', '|', 'a', 'a|b|c', 'a|b|1|2', 'x'.repeat(101)]) expect(parseChoiceId(bad).ok).toBe(false);
    for (const bad of ['', '~form', 'a|b', 'a|1|2']) expect(parseFormId(bad).ok).toBe(false);
  });
});

describe('rendering for Discord', () => {
  it('GIVEN seven options THEN buttons wrap into rows of five; GIVEN a stored form THEN an opening button carrying its key comes first', () => {
    const message = ephemeral('Pick one', {
      choices: [{ actionId: 'x:y', options: Array.from({ length: 7 }, (_, i) => ({ label: `L${i}`, value: String(i) })) }],
      form: { id: 'x:f', title: 'A form', openLabel: 'Open', submitLabel: 'Save', fields: [{ id: 'note', label: 'Note' }] },
    });
    const [payload] = renderMessage(message, { ephemeral: true, formKeys: new Map([['x:f', 'k3yk3yk3yk3yk3yk']]) });
    expect(payload!.components.map((r) => r.components.length)).toEqual([5, 3]);
    expect(payload!.components[0]!.components[0]).toMatchObject({ label: 'Open', custom_id: '~form|k3yk3yk3yk3yk3yk' });
    expect(payload!.flags).toBe(64);
  });

  it('GIVEN text longer than 2,000 characters THEN it is split at a paragraph, buttons on the last part', () => {
    const text = `${'a '.repeat(700)}\n\n${'b '.repeat(700)}`;
    const parts = renderMessage(ephemeral(text, { choices: [{ actionId: 'x:y', options: [{ label: 'OK', value: 'ok' }] }] }), { ephemeral: false });
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => p.content.length <= 2000)).toBe(true);
    expect(parts[0]!.components).toEqual([]);
    expect(parts[1]!.components).toHaveLength(1);
    expect(splitContent('x'.repeat(4500)).map((p) => p.length)).toEqual([2000, 2000, 500]);
  });

  it('GIVEN a button id too long for Discord THEN the button is left out and reported, never sent broken', () => {
    const dropped: string[] = [];
    const [payload] = renderMessage(ephemeral('Pick', { choices: [{ actionId: `x:${'y'.repeat(120)}`, options: [{ label: 'A', value: 'a' }] }] }), {
      ephemeral: false,
      onDropped: (id) => dropped.push(id),
    });
    expect(payload!.components).toEqual([]);
    expect(dropped).toHaveLength(1);
  });

  it('GIVEN a note field with a 1,000 limit THEN the modal allows one more, so the core can explain an over-long note', () => {
    const modal = renderModal({ id: 'checkin:d:note', title: 'A private note', openLabel: 'Add', submitLabel: 'Save', fields: [{ id: 'note', label: 'Note', multiline: true, optional: true, maxLength: 1000 }] });
    expect(modal?.components[0]).toMatchObject({ components: [{ custom_id: 'note', style: 2, required: false, max_length: 1001 }] });
  });
});

describe('DISCORD_SHARDS', () => {
  it('GIVEN auto, a count or a slice THEN the plan for discord.js; GIVEN nonsense THEN the expected form', () => {
    expect(parseShards('auto')).toEqual({ ok: true, value: { shards: 'auto' } });
    expect(parseShards('3')).toEqual({ ok: true, value: { shards: [0, 1, 2], shardCount: 3 } });
    expect(parseShards('2-3/8')).toEqual({ ok: true, value: { shards: [2, 3], shardCount: 8 } });
    for (const bad of ['0', '4-2/8', '0-8/8', 'many']) expect(parseShards(bad)).toEqual({ ok: false, error: 'auto, a shard count such as 4, or a slice such as 0-3/8' });
  });
});

describe('what the adapter remembers in memory', () => {
  it('GIVEN more entries than the limit THEN the least recently set are forgotten', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2).set('a', 3).set('c', 4);
    expect([...map.entries()]).toEqual([['a', 3], ['c', 4]]);
  });
});
