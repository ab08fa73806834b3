/**
 * Slack's documented limits, checked on what the app sends: the renderer contract and the fake Web
 * API use this, so a payload the real Slack would refuse fails the tests too. Numbers as documented,
 * on purpose not imported from the adapter:
 * - 50 blocks in a message, 100 in a modal or Home tab (https://api.slack.com/reference/block-kit/blocks);
 * - a section's text 3,000 characters, a block_id 255 (…/blocks#section);
 * - an actions block 25 elements (…/blocks#actions);
 * - a button's text 75, action_id 255, value 2,000 (https://api.slack.com/reference/block-kit/block-elements#button);
 * - a header's text 150 (…/blocks#header);
 * - the text in one message's blocks: Slack answers `msg_blocks_too_long` past about 12,000–13,000
 *   characters (slackapi/bolt-js#2509): held under 12,000.
 */
export type Surface = 'message' | 'view';

type Block = Record<string, unknown>;

export function slackViolations(blocks: Block[], surface: Surface): string[] {
  const problems: string[] = [];
  const maxBlocks = surface === 'message' ? 50 : 100;
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks in a ${surface} (at most ${maxBlocks})`);
  let total = 0;
  const actionIds = new Set<string>();
  for (const block of blocks) {
    if (typeof block.block_id === 'string' && block.block_id.length > 255) problems.push(`a block_id of ${block.block_id.length} characters`);
    const text = (block.text as { text?: string } | undefined)?.text;
    if (block.type === 'section') {
      if (!text || text.length > 3000) problems.push(`a section with ${text?.length ?? 0} characters of text (1 to 3,000)`);
      total += text?.length ?? 0;
    }
    if (block.type === 'header' && (text?.length ?? 0) > 150) problems.push(`a header of ${text?.length} characters`);
    if (block.type === 'context') {
      for (const element of block.elements as { text?: string }[]) total += element.text?.length ?? 0;
    }
    if (block.type === 'actions') {
      const elements = block.elements as { action_id: string; text: { text: string }; value?: string }[];
      if (elements.length === 0 || elements.length > 25) problems.push(`an actions block with ${elements.length} elements (1 to 25)`);
      for (const element of elements) {
        if (element.action_id.length > 255) problems.push(`an action_id of ${element.action_id.length} characters`);
        if (actionIds.has(element.action_id)) problems.push(`the action_id ${element.action_id} twice`);
        actionIds.add(element.action_id);
        if (element.text.text.length > 75) problems.push(`a button text of ${element.text.text.length} characters`);
        if ((element.value?.length ?? 0) > 2000) problems.push(`a button value of ${element.value?.length} characters`);
        total += element.text.text.length;
      }
    }
  }
  if (surface === 'message' && total >= 12_000) problems.push(`${total} characters of text in one message's blocks (msg_blocks_too_long past about 12,000)`);
  return problems;
}

/** The Slack error a payload with these problems gets. */
export function slackErrorFor(problems: string[]): string | undefined {
  if (problems.length === 0) return undefined;
  return problems.some((p) => p.includes('msg_blocks_too_long')) ? 'msg_blocks_too_long' : 'invalid_blocks';
}
