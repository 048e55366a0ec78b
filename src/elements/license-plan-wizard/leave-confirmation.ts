import type { ReactiveControllerHost } from 'lit';
import { cancelDialog } from './panels.js';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Leaving an order that has something to lose (Cancel on a changed order, Start over while the
 * outcome of a submit is unknown) asks first, in a modal dialog. Keep editing closes it; the
 * dialog's leave button closes it and does what the user asked for.
 */
export class LeaveConfirmation {
  #host: Host;
  #leave: () => void = () => {};

  constructor(host: Host) {
    this.#host = host;
  }

  /** Leaves at once, or asks first when `ask`. */
  leave(leave: () => void, { ask }: { ask: boolean }): void {
    this.#leave = leave;
    if (ask) this.#dialog?.showModal();
    else leave();
  }

  close(): void {
    this.#dialog?.close();
  }

  /** The dialog (closed until asked); `warning` replaces its usual text (the order may already exist). */
  render(warning?: string) {
    const leaveAnyway = () => {
      this.close();
      this.#leave();
    };
    return cancelDialog(() => this.close(), leaveAnyway, warning);
  }

  get #dialog() {
    return this.#host.renderRoot.querySelector('dialog');
  }
}
