import { err, ok, type Result } from '../../src/core/result.js';

/** Discord's limit on a component's or modal's custom_id. */
export const CUSTOM_ID_MAX = 100;

/** The custom_id prefix of a button that opens a form (a modal) instead of answering. */
const OPEN_FORM = '~form';

/**
 * What a button or modal carries back: the core's action (or form) id, the picked value, and, on
 * messages sent by DM, the server the message came from, because a DM interaction has no guild.
 */
export type ComponentId =
  | { kind: 'choice'; actionId: string; value: string; guildId?: string }
  /** `formKey` names the stored form (the database keeps it, so any process can open it). */
  | { kind: 'open-form'; formKey: string; guildId?: string }
  | { kind: 'form'; formId: string; guildId?: string };

const join = (parts: (string | undefined)[]) => parts.filter((p) => p !== undefined).join('|');

/** `<actionId>|<value>[|<guildId>]`; undefined when it would not fit or a part holds a '|'. */
export function choiceId(actionId: string, value: string, guildId?: string): string | undefined {
  return fits([actionId, value, guildId]);
}

/** `~form|<formKey>[|<guildId>]`: the button that opens a stored form. */
export function openFormId(formKey: string, guildId?: string): string | undefined {
  return fits([OPEN_FORM, formKey, guildId]);
}

/** A modal's custom_id: `<formId>[|<guildId>]`. */
export function formId(id: string, guildId?: string): string | undefined {
  return fits([id, guildId]);
}

function fits(parts: (string | undefined)[]): string | undefined {
  if (parts.some((p) => p !== undefined && (p === '' || p.includes('|')))) return undefined;
  const id = join(parts);
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

const snowflake = /^\d{5,22}$/;

/** Reads a button's custom_id. Anything this bot did not make is an error, never a throw. */
export function parseChoiceId(customId: string): Result<ComponentId> {
  const parts = customId.split('|');
  const [first = '', second = '', guildId, ...rest] = parts;
  if (rest.length > 0 || first === '' || second === '' || customId.length > CUSTOM_ID_MAX) return err('unknown component');
  if (guildId !== undefined && !snowflake.test(guildId)) return err('unknown component');
  const guild = guildId === undefined ? {} : { guildId };
  if (first === OPEN_FORM) return ok({ kind: 'open-form', formKey: second, ...guild });
  return ok({ kind: 'choice', actionId: first, value: second, ...guild });
}

/** Reads a modal's custom_id. */
export function parseFormId(customId: string): Result<ComponentId> {
  const [id = '', guildId, ...rest] = customId.split('|');
  if (rest.length > 0 || id === '' || id === OPEN_FORM || customId.length > CUSTOM_ID_MAX) return err('unknown form');
  if (guildId !== undefined && !snowflake.test(guildId)) return err('unknown form');
  return ok({ kind: 'form', formId: id, ...(guildId === undefined ? {} : { guildId }) });
}
