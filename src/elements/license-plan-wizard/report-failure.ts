import { ApiError, isAbortError } from '../../api/errors.js';
import { failureText, setupProblemText, type CallName } from '../../localization/messages.js';
import type { ConfigProblem, PrefillProblem } from '../../model/config.js';
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

/**
 * Tells the host through `lpw-error` (kind `config`) of a mistake in the wizard's setup: its
 * configuration, or a prefill the loaded context does not offer. Each problem is reported once, when
 * it appears; a problem that goes and comes back is reported again.
 */
export class SetupProblemReport {
  #host: HTMLElement;
  #locale: LocaleController;
  #reported: ConfigProblem | PrefillProblem | null = null;

  constructor(host: HTMLElement, locale: LocaleController) {
    this.#host = host;
    this.#locale = locale;
  }

  /** The problem the wizard has now, or null. */
  report(problem: ConfigProblem | PrefillProblem | null): void {
    if (problem && JSON.stringify(problem) !== JSON.stringify(this.#reported)) {
      const message = this.#locale.text(() => setupProblemText(problem));
      fire(this.#host, 'lpw-error', { kind: 'config', message });
    }
    this.#reported = problem;
  }
}
