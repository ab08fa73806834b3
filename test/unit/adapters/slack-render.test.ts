import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { homePageOf, renderHome, sparkline, trendWords } from '../../../adapters/slack/home-view.js';
import { formButtonValue, parseFormButton } from '../../../adapters/slack/form-button.js';
import { checkAppName, slackManifest } from '../../../adapters/slack/manifest.js';
import { slackViolations } from '../../helpers/slack-limits.js';
import { prefixCommands, splitForSections, toMrkdwn } from '../../../adapters/slack/mrkdwn.js';
import { checkPayloadShape } from '../../../adapters/slack/payload-shape.js';
import { choiceActionId, renderMessages, renderModal } from '../../../adapters/slack/render.js';
import { checkRequestTimestamp } from '../../../adapters/slack/request-window.js';
import { commandNameOf, translateCommand } from '../../../adapters/slack/translate.js';
import { ephemeral, type Form } from '../../../src/core/messages.js';

describe('Slack rendering, translation and the manifest', () => {
  it('GIVEN a form filled in with more than a button carries THEN the button holds a key to it, or, with nowhere to keep it, the form without its long starting text', () => {
    const form = (body: string): Form => ({
      id: 'community:principle-edit:abc',
      title: 'Edit principle',
      submitLabel: 'Save',
      openLabel: 'Edit',
      fields: [
        { id: 'title', label: 'Title', maxLength: 80, value: 'Listening' },
        { id: 'body', label: 'Text', multiline: true, maxLength: 3000, value: body },
      ],
    });
    const small = form('Short text.');
    expect(parseFormButton(formButtonValue(small))).toEqual({ ok: true, value: { form: small } });

    const big = form('x'.repeat(2500));
    expect(formButtonValue(big, 'k3y_-AbC')).toBe('stored:k3y_-AbC');
    expect(parseFormButton('stored:k3y_-AbC')).toEqual({ ok: true, value: { key: 'k3y_-AbC' } });
    const bare = parseFormButton(formButtonValue(big));
    if (!bare.ok || !('form' in bare.value)) throw new Error('expected the form itself');
    expect(formButtonValue(big).length).toBeLessThanOrEqual(2000);
    expect(bare.value.form.fields.map((f) => [f.id, f.value, f.optional])).toEqual([
      ['title', undefined, true],
      ['body', undefined, true],
    ]);
    expect(parseFormButton('stored:').ok).toBe(false);
    expect(parseFormButton('{"no":"form"}').ok).toBe(false);
  });

  it('GIVEN the core Markdown THEN Slack mrkdwn with markup characters escaped', () => {
    expect(toMrkdwn('**Saved.**\n- one\n<!channel> & co')).toBe('*Saved.*\n• one\n&lt;!channel&gt; &amp; co');
  });

  it('GIVEN text naming commands THEN known ones get the prefix, other slashes stay', () => {
    const names = new Set(['checkin', 'settings']);
    expect(prefixCommands('Try `/checkin`, or /settings time 08:30; and/or 1/5, /unknown', names, 'pc-')).toBe('Try `/pc-checkin`, or /pc-settings time 08:30; and/or 1/5, /unknown');
  });

  it('GIVEN a text longer than a section holds THEN it is split on line boundaries under 3,000 characters', () => {
    const parts = splitForSections(Array.from({ length: 100 }, (_, i) => `line ${i} ${'x'.repeat(60)}`).join('\n'));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 3000)).toBe(true);
    expect(parts.join('\n').split('\n')).toHaveLength(100);
  });

  it('GIVEN a row of choices THEN buttons with unique action ids that map back to the row', () => {
    const { blocks } = renderMessages(ephemeral('Pick', { choices: [{ actionId: 'checkin:2026-11-23:energy', options: ['1', '2'].map((v) => ({ label: v, value: v })) }] }))[0]!;
    const ids = (blocks[1]!.elements as { action_id: string }[]).map((e) => e.action_id);
    expect(new Set(ids).size).toBe(2);
    expect(ids.map(choiceActionId)).toEqual(['checkin:2026-11-23:energy', 'checkin:2026-11-23:energy']);
  });

  it('GIVEN a form THEN a modal with one limited plain-text input per field', () => {
    const modal = renderModal({ id: 'checkin:d:note', title: 'A private note', submitLabel: 'Save', openLabel: 'Add', fields: [{ id: 'note', label: 'Note', multiline: true, optional: true, maxLength: 1000 }] }, { formId: 'checkin:d:note' });
    expect(modal).toMatchObject({ type: 'modal', callback_id: 'checkin:d:note', blocks: [{ block_id: 'note', optional: true, element: { type: 'plain_text_input', multiline: true, max_length: 1000 } }] });
  });

  it('GIVEN scores THEN a sparkline from heavy to light, and a plain trend', () => {
    expect(sparkline([1, 3, 5])).toBe('▁▅█');
    expect(trendWords([2, 2, 4, 4])).toContain('lighter');
    expect(trendWords([3])).toContain('A few more');
  });

  it('GIVEN stamps around now THEN five minutes either way is the limit', () => {
    const now = 1_800_000_000_000;
    expect(checkRequestTimestamp(String(now / 1000 - 299), now).ok).toBe(true);
    expect(checkRequestTimestamp(String(now / 1000 + 301), now).ok).toBe(false);
    expect(checkRequestTimestamp(String(now / 1000 - 301), now).ok).toBe(false);
    expect(checkRequestTimestamp('soon', now).ok).toBe(false);
    expect(checkRequestTimestamp(undefined, now).ok).toBe(false);
  });

  it('GIVEN payloads missing what their kind needs THEN they are malformed', () => {
    expect(checkPayloadShape({ command: '/pc-help', team_id: 'T', user_id: 'U' }).ok).toBe(true);
    expect(checkPayloadShape({ command: '/pc-help' }).ok).toBe(false);
    expect(checkPayloadShape({ type: 'view_submission', user: { id: 'U' }, view: {} }).ok).toBe(false);
    expect(checkPayloadShape({ type: 'event_callback', event: { type: 'message' } }).ok).toBe(true);
    expect(checkPayloadShape('text').ok).toBe(false);
  });

  it('GIVEN a prefixed slash command from a DM THEN the core command name and a direct event', () => {
    expect(commandNameOf('/pc-checkin')).toBe('checkin');
    const role = translateCommand({ command: '/pc-community', text: 'role <@U42|dana> supervisor', team_id: 'T1', user_id: 'U1', channel_id: 'C1' }, new Date(0));
    expect(role.ok && role.value).toMatchObject({ text: 'role <@U42> supervisor', isDirect: false });
    const event = translateCommand({ command: '/pc-settings', text: 'time 08:30', team_id: 'T1', user_id: 'U1', user_name: 'ana', channel_id: 'D1' }, new Date(0));
    expect(event.ok && event.value).toMatchObject({ kind: 'command', name: 'settings', text: 'time 08:30', isDirect: true, community: { externalId: 'T1' }, user: { id: 'U1', displayName: 'ana' } });
  });

  it('GIVEN the commands THEN a manifest with every one prefixed, HTTP URLs when given, Socket Mode otherwise', () => {
    const http = slackManifest(commands, { url: 'https://pc.example.org/' }) as { features: { slash_commands: { command: string; url: string }[] }; settings: { socket_mode_enabled: boolean; event_subscriptions: { request_url: string; bot_events: string[] } } };
    expect(http.features.slash_commands.map((c) => c.command)).toEqual(commands.map((c) => `/pc-${c.name}`));
    expect(http.features.slash_commands.every((c) => c.url === 'https://pc.example.org/slack/events')).toBe(true);
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.event_subscriptions.bot_events).toContain('app_home_opened');
    const socket = slackManifest(commands) as { settings: { socket_mode_enabled: boolean } };
    expect(socket.settings.socket_mode_enabled).toBe(true);
  });

  it('GIVEN an App Home longer than the 100 blocks Slack allows THEN pages within the limit that together show everything, with buttons between them', () => {
    const help = ephemeral(Array.from({ length: 150 }, (_, i) => `Line ${i}: ${'a long help line '.repeat(150)}`).join('\n\n'));
    const naming = { prefix: 'pc-', names: new Set(['checkin']) };
    const first = renderHome({ recent: [], known: true }, undefined, help, naming) as { blocks: Record<string, unknown>[] };
    expect(slackViolations(first.blocks, 'view')).toEqual([]);
    const seen: string[] = [];
    let page: number | undefined = 0;
    for (let guard = 0; page !== undefined && guard < 20; guard++) {
      const view = renderHome({ recent: [], known: true }, undefined, help, naming, page) as { blocks: Record<string, unknown>[] };
      expect(slackViolations(view.blocks, 'view')).toEqual([]);
      seen.push(...view.blocks.filter((b) => b.type === 'section').map((b) => (b.text as { text: string }).text));
      const next = (view.blocks.at(-1)!.elements as { action_id: string; value: string }[]).find((e) => e.action_id.endsWith(':next'));
      page = next ? homePageOf(next.action_id, next.value) : undefined;
    }
    expect(seen[0]).toContain('No check-ins yet. Type `/pc-checkin`');
    for (let i = 0; i < 150; i++) expect(seen.join('\n')).toContain(`Line ${i}:`);
    expect(homePageOf('peercircle:home-page:next', 'x')).toBe(0);
    expect(homePageOf('checkin:x', '1')).toBeUndefined();
  });

  it('GIVEN an app name longer than Slack allows THEN a clear message; a name that fits is used', () => {
    expect(checkAppName('Harbour Peers')).toEqual({ ok: true, value: 'Harbour Peers' });
    const long = checkAppName('Harbour Peer Support Specialists Circle');
    expect(long.ok).toBe(false);
    expect(!long.ok && long.error).toContain('at most 35 characters; this one has 39');
    expect(checkAppName('  ').ok).toBe(false);
    expect(() => slackManifest(commands, { name: 'x'.repeat(36) })).toThrow(/at most 35/);
    expect(slackManifest(commands, { name: 'Harbour Peers' })).toMatchObject({ display_information: { name: 'Harbour Peers' } });
  });
});
