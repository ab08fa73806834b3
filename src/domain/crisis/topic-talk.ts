import { has, startsWithin } from './hit-queries.js';
import { frameId, type Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * Whether a sign is the topic of a story, a game or a training rather than the writer's life: media and training
 * talk, as read.ts weighs it.
 */

const TRAINING = frameId('training');
const TO_YOU = frameId('toYou');
const SAID_YES = frameId('saidYes');

/** How near its sentence's end the training's words stand for the question after them to be theirs. */
const QUESTION_AFTER = 3;

/**
 * 'en la capacitación practicamos preguntar directo "¿estás pensando en suicidarte?"', 'the form asks "have you thought
 * about hurting yourself?"': the question a training or a form puts, quoted right after its words, is cut into a sentence of
 * its own by its question mark; it opens on "you" and is the training's topic, not the writer's state. Only when the
 * training's words end the sentence before it, and never when the writer answers it ("...? sí, todos los días", "i want to say yes").
 */
export function questionAfterTraining(sentence: Sentence, hits: readonly Hit[], before: Sentence | undefined, hitsBefore: readonly Hit[] | undefined, after: readonly Hit[] | undefined): boolean {
  if (before === undefined || hitsBefore === undefined || !startsWithin(hits, TO_YOU, 0, 1)) return false;
  if (has(hits, SAID_YES) || has(after, SAID_YES)) return false;
  return sentence.length > 0 && hitsBefore.some((hit) => hit.concept === TRAINING && before.length - hit.end <= QUESTION_AFTER);
}

/** Media or training talk in the sentence, unless it is the thing compared after "than" (at `thanAt`, -1 when none). */
export function topical(hits: readonly Hit[], concept: string, thanAt: number): boolean {
  for (const hit of hits) if (hit.concept === concept && (thanAt < 0 || hit.start < thanAt || hit.start > thanAt + 3)) return true;
  return false;
}

/**
 * "irl", "in real life", "for real life": the sentence says it is not about a game or a story. So does a life likened to a
 * story's moment, "this feels like the part of the movie where my character should just exit the story", or in chat's "it's
 * giving" ("the vodka is packed, its giving final episode": the writer's own night likened to a show's ending).
 */
export function saysRealLife(sentence: Sentence): boolean {
  for (let i = 0; i < sentence.length; i++) if (sentence[i]!.norm === 'irl' || (sentence[i]!.norm === 'real' && sentence[i + 1]?.norm === 'life') || likenedToAScene(sentence, i) || itsGiving(sentence, i) || outOfCharacter(sentence, i)) return true;
  return false;
}

/** Roleplay's own words for "this is me, not my character": "ooc", "not rp", "not roleplay" ("roleplay but not rp: ..."). */
function outOfCharacter(sentence: Sentence, i: number): boolean {
  return sentence[i]!.norm === 'ooc' || (sentence[i]!.norm === 'not' && roleplayWords.has(sentence[i + 1]?.norm ?? ''));
}

const roleplayWords: ReadonlySet<string> = new Set(['rp', 'roleplay', 'roleplaying', 'role-play']);

/**
 * "a kid in our roblox server keeps saying he wants to die": a game named as the place a community meets, right
 * before the place, is no game being played; the media frame at `hit` does not make the sentence a story ("died in minecraft
 * again" still does).
 */
export function namesAMeetingPlace(sentence: Sentence, hit: Hit): boolean {
  return meetingPlaces.has(sentence[hit.end]?.norm ?? '') || playerMetIn(sentence, hit);
}

/**
 * "my teammate in ranked said im gonna kms", "a kid from my fortnite lobby", "this guy on valorant": a player named, then the game
 * where the writer meets them (branch t-en9497). The game says where the person was met, not a story: what they said is theirs.
 */
function playerMetIn(sentence: Sentence, hit: Hit): boolean {
  let at = hit.start - 1;
  if (owners.has(sentence[at]?.norm ?? '')) at--;
  if (!metIn.has(sentence[at]?.norm ?? '')) return false;
  return players.has(sentence[at - 1]?.norm ?? '') || players.has(sentence[at - 1]?.lemma ?? '');
}

const owners: ReadonlySet<string> = new Set(['my', 'our', 'the', 'a']);
const metIn: ReadonlySet<string> = new Set(['in', 'from', 'on']);
const players: ReadonlySet<string> = new Set(['teammate', 'teammates', 'duo', 'squad', 'squadmate', 'guy', 'girl', 'kid', 'dude', 'someone', 'somebody', 'player', 'friend', 'homie', 'bro', 'mate', 'randoms', 'random', 'moderator', 'mod']);

const meetingPlaces: ReadonlySet<string> = new Set(['server', 'servers', 'discord', 'gc', 'groupchat', 'clan', 'guild', 'community', 'subreddit']);

/** "its giving", read "it is giving": at `i`, the slang that likens the moment to what follows. */
function itsGiving(sentence: Sentence, i: number): boolean {
  return sentence[i]!.norm === 'it' && sentence[i + 1]?.norm === 'is' && sentence[i + 2]?.norm === 'giving';
}

const scenes: ReadonlySet<string> = new Set(['part', 'scene', 'bit', 'moment']);

/** "feels like the part of the movie where…", "like that scene where…": at `i`, the writer's own moment likened to a story's. */
function likenedToAScene(sentence: Sentence, i: number): boolean {
  const feel = sentence[i]!.lemma;
  return (feel === 'feel' || feel === 'feels') && sentence[i + 1]?.norm === 'like' && (sentence[i + 2]?.norm === 'the' || sentence[i + 2]?.norm === 'that') && scenes.has(sentence[i + 3]?.norm ?? '');
}

/** "ready to ask directly about suicide": the risk word as the thing a training asks about. */
export function askedAbout(hits: readonly Hit[], hit: Hit): boolean {
  for (const h of hits) if (h.concept === TRAINING && h.start < hit.start && hit.start < h.end) return true;
  return false;
}
