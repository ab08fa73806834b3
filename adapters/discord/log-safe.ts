/** What may be logged of an error: its kind and Discord's code, never a message body or token. */
export function summary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 200) };
  const { code, status } = error as { code?: unknown; status?: unknown };
  return { name: error.name, message: error.message.slice(0, 200), ...(code !== undefined ? { code } : {}), ...(status !== undefined ? { status } : {}) };
}
