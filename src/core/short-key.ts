import { createHash } from 'node:crypto';

/**
 * A short, stable key for a content id (an exercise's, a topic's): 10 URL-safe characters from a
 * SHA-256 of the id. Button ids carry the key instead of the id, so their length never depends on
 * what an admin named something: Slack allows 255 characters in an action_id, Discord 100 in a
 * custom_id with the answer and the server. The id is found again by keying each candidate (a
 * community has a few dozen), and 60 bits make a collision among them practically impossible.
 */
export function shortKey(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 10);
}
