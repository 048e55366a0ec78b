import { ApiError, isAbortError } from '../../api/errors.js';
import { failureText, type CallName } from '../../localization/messages.js';
import type { LocaleController } from '../../localization/locale-controller.js';
import { fire } from './events.js';
import type { SubmitFailure } from './order-delegate.js';

/**
 * Tells the host through `lpw-error` that a call failed, in the wizard's language, unless it was
 * aborted (the element was removed, or reset). A submit failure (worded by the order controller)
 * also says whether the order may exist: `unknown` when it may, `not-placed` when the server refused it.
 */
export function reportFailure(
  host: HTMLElement,
  locale: LocaleController,
  kind: CallName,
  error: unknown,
  submit?: SubmitFailure,
): void {
  if (isAbortError(error)) return;
  const status = error instanceof ApiError ? error.status : undefined;
  const statusPart = status === undefined ? {} : { status };
  if (!submit) {
    fire(host, 'lpw-error', { kind, message: locale.text(() => failureText(error)), ...statusPart });
    return;
  }
  fire(host, 'lpw-error', { kind, message: locale.text(submit.message), outcome: submit.outcome, ...statusPart });
}
