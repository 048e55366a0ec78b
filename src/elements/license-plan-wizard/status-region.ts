import { html, type ReactiveControllerHost } from 'lit';
import type { StepId } from '../../model/schemas.js';
import { stepOf } from '../../localization/messages.js';

/**
 * What the wizard's status region (a visually hidden `role="status"`) announces: a notice (a price or
 * plan change, why Place order waits) when there is one, else the step just reached ("Step 2 of 6:
 * Quantity"). Notices are functions, written at render, so they are read in the current language.
 */
export class StatusRegion {
  #host: ReactiveControllerHost;
  #step?: StepId;
  #notice?: () => string;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Announces the step reached; any notice ends. */
  step(step: StepId): void {
    this.#step = step;
    this.#notice = undefined;
    this.#host.requestUpdate();
  }

  /** Announces `notice` instead of the step until the next step (or notice). */
  notice(notice: () => string): void {
    this.#notice = notice;
    this.#host.requestUpdate();
  }

  /** Says nothing until the next step or notice. */
  clear(): void {
    this.#step = undefined;
    this.#notice = undefined;
    this.#host.requestUpdate();
  }

  /** The region, for the wizard whose steps are `steps`. */
  render(steps: readonly StepId[] | undefined) {
    return html`<div class="vh" role="status">${this.#text(steps)}</div>`;
  }

  #text(steps: readonly StepId[] | undefined) {
    if (this.#notice) return this.#notice();
    const step = this.#step;
    if (!step || !steps) return '';
    return stepOf(steps.indexOf(step) + 1, steps.length, step);
  }
}
