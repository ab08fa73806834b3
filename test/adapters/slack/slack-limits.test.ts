import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visible, type FakeMessage } from '../../helpers/fake-slack.js';
import { useTestApp } from '../../helpers/test-app.js';
import { LONG_EXERCISE_ID, LONG_TOPIC_ID, REFLECTION_ITEMS, worstContentDir } from '../../helpers/worst-content.js';
import { SlackHarness, TEAM } from './slack-harness.js';

const content = worstContentDir();

/**
 * The worst content an admin can write, through the real Bolt app and a fake Slack that refuses
 * what the real one refuses (more than 50 blocks, sections over 3,000 characters, about 12,000
 * characters of text in one message, ids over 255).
 */
describe('Slack: the worst content an admin can write still reaches members', () => {
  const test = useTestApp({ CONTENT_DIR: content.dir });
  const slack = new SlackHarness();
  const member = { id: 'ULIMITS', name: 'lee' };

  beforeAll(async () => {
    await slack.start(test.app);
    await slack.command(member, 'help');
  });
  afterAll(async () => {
    await slack.stop();
    content.dispose();
  });

  it('GIVEN a 150,000-character topic THEN it arrives whole in several messages, none refused', async () => {
    const shown = await slack.command(member, 'principle', LONG_TOPIC_ID);
    expect(slack.fake.refused).toEqual([]);
    expect(shown.length).toBeGreaterThan(10);
    const text = shown.map((m) => visible(m).text).join('\n');
    expect(text).toContain('*Part 0: listening &amp; boundaries*');
    expect(text).toContain('&lt;always&gt;');
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('GIVEN a reflection whose id is as long as a member can type THEN its buttons fit and all 60 answers are saved, the summary split to fit', async () => {
    const answer = async (shown: FakeMessage[], label: string) => {
      const question = shown.findLast((m) => visible(m).buttons.length > 0);
      expect(question).toBeDefined();
      expect(visible(question!).buttons.every((b) => b.actionId.length <= 255 && !b.actionId.includes(LONG_EXERCISE_ID))).toBe(true);
      return slack.click(member, question!, label);
    };
    const first = await answer(await slack.command(member, 'principle', LONG_EXERCISE_ID), 'Hard limit');
    const second = await answer(first, 'Fine with me');
    expect(second.map((m) => visible(m).text).join('\n')).toContain('→ *Fine with me*');
    // The middle of the sixty saved as the buttons would, to keep the test quick.
    const { id } = await test.app.store.database.prisma.member.findFirstOrThrow({ where: { platformUserId: member.id } });
    for (let item = 2; item < REFLECTION_ITEMS - 1; item++) await test.app.store.reflections.save(id, item, item % 2 === 0 ? 'hard' : 'fine');
    const shown = await answer(await slack.command(member, 'principle', LONG_EXERCISE_ID), 'Fine with me');
    expect(slack.fake.refused).toEqual([]);
    const summary = shown.filter((m) => !m.blocks.some((b) => b.type === 'actions'));
    const text = summary.map((m: FakeMessage) => visible(m).text).join('\n');
    expect(text).toContain('*Hard limits* (30)');
    expect(text).toContain('*Fine with me* (30)');
    expect(text).toContain(`Situation ${REFLECTION_ITEMS}:`);
    expect(summary.length).toBeGreaterThan(1);
    const saved = await test.app.store.database.prisma.boundaryReflection.count();
    expect(saved).toBe(REFLECTION_ITEMS);
  });

  it('GIVEN a member with no check-ins opens the App Home THEN it names the command they can type, and the page buttons publish again', async () => {
    const newcomer = { id: 'UNEW', name: 'nia' };
    await slack.command(newcomer, 'help');
    await slack.post(
      JSON.stringify({ type: 'event_callback', team_id: TEAM, api_app_id: 'A1', event: { type: 'app_home_opened', user: 'UNEW', tab: 'home', event_ts: '1.1' }, event_id: 'EvHome', event_time: 1 }),
      'application/json',
    );
    const home = JSON.parse(String(slack.fake.callsTo('views.publish').at(-1)!.args.view)) as { blocks: Record<string, unknown>[] };
    expect(JSON.stringify(home)).toContain('No check-ins yet. Type `/pc-checkin`');
    expect(JSON.stringify(home)).not.toContain('${');
    const before = slack.fake.callsTo('views.publish').length;
    await slack.post(
      new URLSearchParams({
        payload: JSON.stringify({
          type: 'block_actions',
          team: { id: TEAM },
          user: { id: 'UNEW', team_id: TEAM },
          container: { type: 'view', view_id: 'V1' },
          trigger_id: 't-home',
          actions: [{ type: 'button', action_id: 'peercircle:home-page:next', value: '1', block_id: 'b', action_ts: '1' }],
        }),
      }).toString(),
    );
    expect(slack.fake.callsTo('views.publish').length).toBe(before + 1);
    expect(slack.fake.refused).toEqual([]);
  });
});
