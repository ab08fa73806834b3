/**
 * Slack's documented limits on what the app sends, in one place for the renderer and its tests.
 *
 * - Blocks per surface: 50 in a message, 100 in a modal or the App Home
 *   (https://api.slack.com/reference/block-kit/blocks, "Blocks").
 * - A section's text: 3,000 characters; a block_id: 255
 *   (https://api.slack.com/reference/block-kit/blocks#section).
 * - A button's text: 75 characters; its action_id: 255; its value: 2,000
 *   (https://api.slack.com/reference/block-kit/block-elements#button).
 * - A plain_text_input's max_length and initial_value: 3,000 characters
 *   (https://api.slack.com/reference/block-kit/block-elements#input).
 * - An actions block: 25 elements (https://api.slack.com/reference/block-kit/blocks#actions).
 * - All the text in one message's blocks: not documented as a number; Slack answers
 *   `msg_blocks_too_long` past about 13,000 characters (measured in slackapi/bolt-js#2509), so a
 *   message keeps its blocks to 10,000 and tests hold it under 12,000.
 * - An app's name in a manifest: 35 characters (https://api.slack.com/reference/manifests,
 *   `display_information.name`); a slash command: 32 characters with its slash.
 */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  /** What a message's blocks may hold in all, kept well under where Slack starts refusing. */
  messageText: 10_000,
  /** What tests hold every message under: the documented "about 12,000". */
  messageTextRefused: 12_000,
  actionsElements: 25,
  actionId: 255,
  blockId: 255,
  buttonText: 75,
  buttonValue: 2000,
  inputText: 3000,
  appName: 35,
} as const;
