import type { Draft, WizardState } from '../../model/draft.js';
import type { RestoreChange, ResumeFrom } from '../../model/restore.js';
import type { Mode, OrderContext, StepId } from '../../model/schemas.js';
import { newIdempotencyKey, startOrder } from '../../model/start.js';
import type { Prefill, PrefillProblem } from '../../model/config.js';
import { withLaterSteps } from '../lazy-steps.js';

/** How the order started, for the wizard to take it in. */
export interface OrderStarted {
  state: WizardState;
  /** The context it started in (the load task's value is set only after its completion is told). */
  context: OrderContext;
  /** What the host asked to start with that the context does not offer. */
  prefillProblem: PrefillProblem | null;
  /** What no longer fitted when a draft was brought back (undefined when the order starts empty). */
  changes?: RestoreChange[];
  /** The draft was carried over a plan change. */
  carried: boolean;
  /** The step reached is to be announced and reported: after reset(), or a carried draft that moved. */
  announce: boolean;
}

/** What an order start reads from the wizard, and what it tells it. */
export interface OrderStartDelegate {
  /** The order's mode and what the host asked a new order to start with. */
  request(): { mode: Mode; prefill: Prefill };
  /** The text of the draft stored before a reload, when there is one (and drafts are kept). */
  storedDraft(): string | undefined;
  started(started: OrderStarted): void;
}

/**
 * How an order starts once its context is loaded (model/start.ts): empty with the host's prefill,
 * or from a draft brought back, the one carried over a plan change, else the one stored before a
 * reload. Bringing a draft back is the later steps' chunk's work (model/restore.ts), so such a
 * start waits for the chunk (the wizard shows the loading state, or the chunk's failure with Try
 * again, meanwhile); a newer start, or `clear()`, drops a start still waiting.
 */
export class OrderStart {
  #delegate: OrderStartDelegate;
  /** The draft the next start carries over, because someone else changed the plan. */
  #carried?: Draft;
  /** Set by announceNext(): the next start announces its first step. */
  #announce = false;
  /** The start waiting for the chunk, if one is. */
  #waiting?: symbol;

  constructor(delegate: OrderStartDelegate) {
    this.#delegate = delegate;
  }

  /** The next start carries `draft` over into the reloaded plan. */
  carry(draft: Draft | undefined): void {
    this.#carried = draft;
  }

  /** The next start announces and reports its first step (the host asked to start over). */
  announceNext(): void {
    this.#announce = true;
  }

  /** A draft is being brought back: the chunk that does it is not in yet. */
  get waiting(): boolean {
    return this.#waiting !== undefined;
  }

  /** Drops a start still waiting for the chunk. */
  clear(): void {
    this.#waiting = undefined;
  }

  /** Starts the order in `context`; `before` is the step the user is on (when reloading a changed plan). */
  start(context: OrderContext, before?: StepId): void {
    const carried = this.#carried;
    this.#carried = undefined;
    const { mode, prefill } = this.#delegate.request();
    const { state: fresh, prefillProblem } = startOrder(context, { mode, idempotencyKey: newIdempotencyKey(), prefill });
    const from = carried ? { carried } : this.#stored();
    if (!from) {
      this.#started({ state: fresh, context, prefillProblem, carried: false, announce: false });
      return;
    }
    const waiting = Symbol('waiting for the chunk');
    this.#waiting = waiting;
    withLaterSteps((chunk) => {
      if (this.#waiting !== waiting) return;
      this.#waiting = undefined;
      const { state, changes } = chunk.resumeOrder(fresh, context, from);
      const moved = Boolean(carried) && before !== state.step;
      this.#started({ state, context, prefillProblem, changes, carried: Boolean(carried), announce: moved });
    });
  }

  #stored(): ResumeFrom | undefined {
    const stored = this.#delegate.storedDraft();
    return stored === undefined ? undefined : { stored };
  }

  #started(started: OrderStarted) {
    const announce = started.announce || this.#announce;
    this.#announce = false;
    this.#delegate.started({ ...started, announce });
  }
}
