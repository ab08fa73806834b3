import type { App } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';
import { loggableError } from './delivery-error.js';
import { parseFormButton, type FormShelf } from './form-button.js';
import { renderModal, type FormOrigin } from './render.js';
import { postToResponseUrl } from './slack-web.js';

export const formClosed = 'That form has closed (forms stay open for a week). Type the command again for a fresh one; nothing you saved before is lost.';

/**
 * Opens the modal behind a pressed form button. It cannot wait for the durable queue: the trigger
 * id expires 3 s after the press, and Slack accepts it once (a re-sent press cannot open a second).
 */
export async function openForm(
  client: App['client'],
  press: { value: unknown; triggerId: string; origin: Omit<FormOrigin, 'formId'> },
  shelf: FormShelf | undefined,
  now: Date,
  logger: Logger,
): Promise<void> {
  const button = parseFormButton(press.value);
  if (!button.ok) return;
  const form = 'form' in button.value ? button.value.form : await shelf?.formOf(button.value.key, now);
  if (!form) {
    if (press.origin.responseUrl) {
      await postToResponseUrl(press.origin.responseUrl, { response_type: 'ephemeral', replace_original: false, text: formClosed }).catch(() => {});
    }
    return;
  }
  await client.views
    .open({ trigger_id: press.triggerId, view: renderModal(form, { formId: form.id, ...press.origin }) as never })
    .catch((error: unknown) => logger.warn({ failure: loggableError(error) }, 'could not open a form'));
}
