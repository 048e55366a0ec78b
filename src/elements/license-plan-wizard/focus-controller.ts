import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StepElement } from '../shared/step-element.js';
import { loadedLaterSteps, loadLaterSteps } from '../lazy-steps.js';

/**
 * Where focus goes after a render:
 * - `heading`: the new step's heading, so keyboard and screen-reader users start at the top of it;
 * - `errors`: the step's error summary (nothing moves when there is none);
 * - `errors-or-heading`: the error summary if the step shows one, else its heading;
 * - `panel`: the heading of the panel that replaced the steps (order placed, cancelled).
 */
export type FocusTarget = 'heading' | 'errors' | 'errors-or-heading' | 'panel';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/** Moves focus once the host (and the step inside it) has rendered what was asked for. */
export class FocusController implements ReactiveController {
  #host: Host;
  #pending?: FocusTarget;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** Asks for focus to move to `target` after the next render. */
  request(target: FocusTarget): void {
    this.#pending = target;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.#pending;
    if (!target) return;
    this.#pending = undefined;
    void this.#focus(target);
  }

  async #focus(target: FocusTarget) {
    const root = this.#host.renderRoot;
    if (target === 'panel') {
      await this.#focusPanelHeading(root);
      return;
    }
    const step = root.querySelector<StepElement>('[data-step] > *');
    if (!step) return;
    // A later step may still be loading (lazy-steps.ts): its heading exists once it is defined.
    await customElements.whenDefined(step.localName);
    await step.updateComplete;
    if (target === 'heading') {
      step.focusHeading();
      return;
    }
    const focusedErrors = step.focusErrors();
    if (!focusedErrors && target === 'errors-or-heading') step.focusHeading();
  }

  /** The confirmation panel comes with the later steps (confirmation.ts): when it is still loading, its heading takes focus once it shows. */
  async #focusPanelHeading(root: HTMLElement | DocumentFragment) {
    let heading = root.querySelector<HTMLElement>('#done');
    if (!heading && !loadedLaterSteps()) {
      try {
        await loadLaterSteps();
      } catch {
        // The panel says that it could not be loaded; its Try again button is the next stop.
        return;
      }
      await this.#host.updateComplete;
      heading = root.querySelector<HTMLElement>('#done');
    }
    heading?.focus();
  }
}
