import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible } from '../../helpers/fake-slack.js';
import { longestPrinciple } from '../../helpers/longest-principle.js';
import { slackViolations } from '../../helpers/slack-limits.js';
import { useTestApp } from '../../helpers/test-app.js';
import { SlackHarness } from './slack-harness.js';

interface Modal {
  type: string;
  title: { text: string };
  submit: { text: string };
  callback_id: string;
  private_metadata: string;
  blocks: { type: string; block_id: string; optional: boolean; label: { text: string }; element: { type: string; max_length?: number; multiline: boolean; placeholder?: { text: string }; initial_value?: string } }[];
}

/** Slack's documented modal limits (https://api.slack.com/reference/surfaces/views, …/block-elements#input). */
function modalViolations(modal: Modal): string[] {
  const problems = slackViolations(modal.blocks as never, 'view');
  if (modal.title.text.length > 24) problems.push(`a modal title of ${modal.title.text.length} characters (24)`);
  if (modal.submit.text.length > 24) problems.push(`a submit label of ${modal.submit.text.length} characters (24)`);
  if (modal.callback_id.length > 255) problems.push(`a callback_id of ${modal.callback_id.length} characters (255)`);
  if (modal.private_metadata.length > 3000) problems.push(`private_metadata of ${modal.private_metadata.length} characters (3,000)`);
  for (const block of modal.blocks) {
    if (block.label.text.length > 2000) problems.push(`an input label of ${block.label.text.length} characters (2,000)`);
    if ((block.element.max_length ?? 0) > 3000) problems.push(`a text input max_length of ${block.element.max_length} (3,000)`);
    if ((block.element.placeholder?.text.length ?? 0) > 150) problems.push('a placeholder over 150 characters');
    if ((block.element.initial_value?.length ?? 0) > Math.min(block.element.max_length ?? 3000, 3000)) problems.push(`an initial_value of ${block.element.initial_value!.length} characters, longer than its box`);
  }
  return problems;
}

describe("Slack: an admin keeps the community's own principles through a modal", () => {
  const test = useTestApp();
  const slack = new SlackHarness();
  const admin = { id: 'UADMIN', name: 'ada' };
  const peer = { id: 'UPEER', name: 'bo' };
  const longest = longestPrinciple();
  const opened = () => JSON.parse(String(slack.fake.callsTo('views.open').at(-1)!.args.view)) as Modal;

  beforeAll(async () => {
    slack.fake.admins.add(admin.id);
    await slack.start(test.app);
    await slack.command(admin, 'help');
    await slack.command(peer, 'help');
  });
  afterAll(async () => slack.stop());

  it('GIVEN an admin WHEN they add a principle with every field at its longest THEN the modal and every message fit Slack, and members read it whole', async () => {
    const [list] = await slack.command(admin, 'community', 'principles add');
    await slack.click(admin, list!, 'Add a principle');
    const modal = opened();
    expect(modal.callback_id).toBe('community:principle-add');
    expect(modal.blocks.map((b) => [b.block_id, b.optional, b.element.max_length])).toEqual([
      ['title', false, 80],
      ['summary', false, 300],
      ['body', false, 3000],
      ['sources', false, 3000],
      ['aliases', true, 400],
    ]);
    expect(modalViolations(modal)).toEqual([]);

    const [saved] = await slack.submitLastModal(admin, longest);
    expect(visible(saved!).text).toContain('Added *Listening Listening');
    const rows = await test.app.store.database.prisma.communityTopic.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.body).toBe(longest.body);
    expect(rows[0]!.sources).toHaveLength(10);

    const shown = await slack.command(peer, 'principle', rows[0]!.topicId);
    const text = shown.map((m) => visible(m).text).join('\n');
    expect(text.replace(/\s+/g, ' ')).toContain(longest.body.slice(-200).replace(/\s+/g, ' '));
    expect(text).toContain('Source 10: ');
    expect(slack.fake.refused).toEqual([]);
  });

  it('GIVEN the longest principle WHEN the admin opens its edit form THEN every box starts with the current text, whole, and the modal fits Slack', async () => {
    const { topicId } = await test.app.store.database.prisma.communityTopic.findFirstOrThrow();
    const shown = await slack.command(admin, 'community', `principles edit ${topicId}`);
    expect(slack.fake.refused).toEqual([]);
    const withButton = shown.find((m) => visible(m).buttons.length > 0)!;
    expect(visible(withButton).text).toContain('The form starts with what is there now');
    // The filled-in form is longer than a button's 2,000 characters: the button carries a key to it.
    const button = visible(withButton).buttons[0]!;
    expect(button.value.length).toBeLessThanOrEqual(2000);
    await slack.click(admin, withButton, button.label);
    const modal = opened();
    const filled = Object.fromEntries(modal.blocks.map((b) => [b.block_id, b.element.initial_value]));
    expect(filled).toEqual(longest);
    expect(modal.blocks.map((b) => [b.block_id, b.optional])).toEqual([
      ['title', false],
      ['summary', false],
      ['body', false],
      ['sources', false],
      ['aliases', true],
    ]);
    expect(modalViolations(modal)).toEqual([]);

    // The admin changes the summary and empties the other names; the rest is sent as it started.
    const [saved] = await slack.submitLastModal(admin, { summary: 'Shorter now.', aliases: '' });
    expect(visible(saved!).text).toContain('Saved.');
    expect(await test.app.store.database.prisma.communityTopic.findFirstOrThrow()).toMatchObject({ summary: 'Shorter now.', body: longest.body, aliases: [] });
    const audited = await test.app.store.database.prisma.auditEntry.findFirstOrThrow({ where: { action: 'principle.edit' } });
    expect(audited.details).toMatchObject({ changed: 'summary,aliases' });
  });

  it('GIVEN a text longer than a Slack box holds (saved before a limit changed) THEN its box starts empty rather than cut, the admin is told why and what else to do, and a blank box keeps it', async () => {
    const { prisma } = test.app.store.database;
    const { topicId } = await prisma.communityTopic.findFirstOrThrow();
    const long = `${longest.body}\n\nOne more paragraph, written when longer texts were allowed.`;
    await prisma.communityTopic.updateMany({ where: { topicId }, data: { body: long } });

    const shown = await slack.command(admin, 'community', `principles edit ${topicId}`);
    const text = shown.map((m) => visible(m).text).join('\n');
    expect(text).toContain(`The text is ${long.length.toLocaleString('en')} characters, more than the form's box holds (3,000), so I left that box empty rather than cut it`);
    expect(text).toContain('CONTENT_DIR');
    const withButton = shown.find((m) => visible(m).buttons.length > 0)!;
    await slack.click(admin, withButton, visible(withButton).buttons[0]!.label);
    const body = opened().blocks.find((b) => b.block_id === 'body')!;
    expect(body).toMatchObject({ optional: true, label: { text: 'Text members read (blank keeps it)' } });
    expect(body.element.initial_value).toBeUndefined();
    expect(modalViolations(opened())).toEqual([]);

    const [saved] = await slack.submitLastModal(admin, { title: 'Listening, again' });
    expect(visible(saved!).text).toContain('Saved.');
    expect(await prisma.communityTopic.findFirstOrThrow()).toMatchObject({ title: 'Listening, again', body: long });

    // A week on, the kept form is gone: pressing its button says so instead of doing nothing.
    await prisma.pendingForm.deleteMany({ where: { platform: 'slack' } });
    const [closed] = await slack.click(admin, withButton, visible(withButton).buttons[0]!.label);
    expect(visible(closed!).text).toContain('That form has closed');
  });

  it('GIVEN a modal missing its source THEN nothing is saved and the admin is told what to fix, with the form to try again', async () => {
    const [list] = await slack.command(admin, 'community', 'principles add');
    await slack.click(admin, list!, 'Add a principle');
    const [answer] = await slack.submitLastModal(admin, { title: 'Closeness', summary: 'How close is too close.', body: 'Some text.', sources: '   ' });
    expect(visible(answer!).text).toContain('Please cite at least one source');
    expect(visible(answer!).buttons.map((b) => b.label)).toEqual(['Add a principle']);
    expect(await test.app.store.database.prisma.communityTopic.count()).toBe(1);
  });

  it('GIVEN a peer who submits the form THEN nothing is saved', async () => {
    const [list] = await slack.command(admin, 'community', 'principles add');
    await slack.click(admin, list!, 'Add a principle');
    const [answer] = await slack.submitLastModal(peer, { title: 'Sneaky', summary: 'No.', body: 'No.', sources: 'A book' });
    expect(visible(answer!).text).toContain("Only your community's admins can change its principles");
    expect(await test.app.store.database.prisma.communityTopic.count()).toBe(1);
  });
});
