/** The claim key of an Events API delivery; re-sends keep the `event_id`. */
export const eventKey = (body: unknown): string | undefined => {
  const id = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' && id !== '' ? `event:${id}` : undefined;
};

/** The claim key of an interactive payload or slash command; a re-send keeps its `trigger_id`. */
export const triggerKey = (body: unknown): string | undefined => {
  const id = (body as { trigger_id?: unknown }).trigger_id;
  return typeof id === 'string' && id !== '' ? `trigger:${id}` : undefined;
};
