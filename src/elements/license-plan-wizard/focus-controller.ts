import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StepElement } from '../shared/step-element.js';
import { loadedLaterSteps, loadLaterSteps } from '../lazy-steps.js';
import { nextFrame } from '../../scheduling.js';

/**
 * Where focus goes after a render:
 * - `heading`: the new step's heading, so keyboard and screen-reader users start at the top of it;
 * - `errors`: the step's error summary (nothing moves when there is none);
 * - `errors-or-heading`: the error summary if the step shows one, else its heading;
 * - `panel`: the heading of the panel that replaced the steps (order placed, cancelled).
 */
export type FocusTarget = 'heading' | 'errors' | 'errors-or-heading' | 'panel';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/** One focus move: its number, and what had focus when it was asked for. */
interface FocusMove {
  move: number;
  focusedBefore: Element | null;
}

/** The focused element, followed into shadow roots. */
function focusedElement(): Element | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

/**
 * Moves focus once the host (and the step inside it) has rendered what was asked for, at the start
 * of the next frame. `focus()` lays the page out to know what it focuses: called in the task that
 * rendered the new step (a click on Next), it added a layout to that task; from a frame callback, it
 * is the layout the frame makes anyway. When focus was moved meanwhile (the user, or the page, put
 * it somewhere), it stays there.
 */
export class FocusController implements ReactiveController {
  #host: Host;
  #pending?: FocusTarget;
  /** Counts the focus moves started, so that one overtaken by a newer request while it waits does nothing. */
  #moves = 0;

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
    this.#moves += 1;
    void this.#focus(target, { move: this.#moves, focusedBefore: focusedElement() });
  }

  /** Whether the focus move `move` is still to be made: no newer one was asked for, and focus has not moved since. */
  #stillWanted({ move, focusedBefore }: FocusMove): boolean {
    return move === this.#moves && focusedElement() === focusedBefore;
  }

  async #focus(target: FocusTarget, move: FocusMove) {
    const root = this.#host.renderRoot;
    if (target === 'panel') {
      await this.#focusPanelHeading(root, move);
      return;
    }
    const step = root.querySelector<StepElement>('[data-step] > *');
    if (!step) return;
    // A later step may still be loading (lazy-steps.ts): its heading exists once it is defined.
    await customElements.whenDefined(step.localName);
    await step.updateComplete;
    await nextFrame();
    if (!this.#stillWanted(move)) return;
    if (target === 'heading') {
      step.focusHeading();
      return;
    }
    const focusedErrors = step.focusErrors();
    if (!focusedErrors && target === 'errors-or-heading') step.focusHeading();
  }

  /** The confirmation panel comes with the later steps (confirmation.ts): when it is still loading, its heading takes focus once it shows. */
  async #focusPanelHeading(root: HTMLElement | DocumentFragment, move: FocusMove) {
    if (!root.querySelector('#done') && !loadedLaterSteps()) {
      try {
        await loadLaterSteps();
      } catch {
        // The panel says that it could not be loaded; its Try again button is the next stop.
        return;
      }
      await this.#host.updateComplete;
    }
    await nextFrame();
    if (!this.#stillWanted(move)) return;
    root.querySelector<HTMLElement>('#done')?.focus();
  }
}
