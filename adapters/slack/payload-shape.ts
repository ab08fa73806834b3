import { err, ok, type Result } from '../../src/core/result.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): boolean => typeof value === 'string' && value !== '';

/** Interactive payload types the app knows; anything else is not from Slack, or not for this app. */
const interactiveTypes = new Set(['block_actions', 'view_submission', 'view_closed', 'block_suggestion', 'shortcut', 'message_action']);

/**
 * A first look at a verified request body, before Bolt routes it: does it have the fields its kind
 * needs? A body that passes the signature check but not this is answered 400 at once.
 */
export function checkPayloadShape(body: unknown): Result<void> {
  if (!isObject(body)) return err('the body is not an object');
  if ('command' in body) {
    return isText(body.command) && isText(body.team_id) && isText(body.user_id) ? ok(undefined) : err('a slash command needs command, team_id and user_id');
  }
  const type = body.type;
  if (type === 'event_callback') {
    return isObject(body.event) && isText(body.event.type) ? ok(undefined) : err('an event callback needs an event with a type');
  }
  if (type === 'app_rate_limited') return ok(undefined);
  if (typeof type !== 'string' || !interactiveTypes.has(type)) return err('unknown payload type');
  if (!isObject(body.user) || !isText(body.user.id)) return err('an interactive payload needs a user');
  if (type === 'block_actions') {
    const first: unknown = Array.isArray(body.actions) ? body.actions[0] : undefined;
    return isObject(first) && isText(first.action_id) ? ok(undefined) : err('a button click needs actions[0].action_id');
  }
  if (type === 'view_submission') {
    return isObject(body.view) && isText(body.view.callback_id) ? ok(undefined) : err('a view submission needs view.callback_id');
  }
  return ok(undefined);
}
