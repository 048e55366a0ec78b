import type { ReactiveControllerHost } from 'lit';
import { checkStep, goTo, type Problems, type WizardState } from '../../model/draft.js';
import type { RestoreChange } from '../../model/restore.js';
import type { OrderConfirmation, OrderContext, StepId } from '../../model/schemas.js';
import type { PrefillProblem } from '../../model/config.js';
import type { DraftStoreController } from './draft-store-controller.js';
import type { FocusController } from './focus-controller.js';
import type { LazyOrderController } from './lazy-order-controller.js';
import type { StatusRegion } from './status-region.js';
import type { OrderStarted } from './order-start.js';
import type { PlacedOrder } from './order-delegate.js';
import { fire, type LpwCancelDetail } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The wizard's other controllers that the order's progress works with. */
export interface ProgressPeers {
  status: StatusRegion;
  focus: FocusController;
  drafts: DraftStoreController;
  orders: LazyOrderController;
}

/**
 * The order in progress and how it moves: the wizard's state, the confirmation or the cancellation
 * that ends it, and what its start brought back (the restored note's changes, a plan changed by
 * someone else, a prefill the context does not offer). The wizard element owns it and provides it to
 * its steps; each change renders the element again.
 *
 * A move to another step is first offered to the host page (`lpw-before-step-change`, which it may
 * cancel); then the page is told (`lpw-step-change`), the status region announces the step, the
 * draft is saved, focus goes to the new heading (or the step's errors), and Review asks the server
 * to check the order.
 */
export class OrderProgress {
  #host: Host;
  #peers: ProgressPeers;
  #wizard?: WizardState;
  #confirmation?: OrderConfirmation;
  #cancelled = false;
  /** What no longer fitted the fresh context when the draft came back (the restored note shows it). */
  #restored?: RestoreChange[];
  /** The draft was carried over a plan someone else changed (the restored note says so). */
  #planChanged = false;
  /** What the host asked the order to start with that the loaded context does not offer. */
  #prefillProblem: PrefillProblem | null = null;

  constructor(host: Host, peers: ProgressPeers) {
    this.#host = host;
    this.#peers = peers;
  }

  /** The order in progress, once started. */
  get wizard(): WizardState | undefined {
    return this.#wizard;
  }

  /** The server's confirmation, once the order is placed. */
  get confirmation(): OrderConfirmation | undefined {
    return this.#confirmation;
  }

  get cancelled(): boolean {
    return this.#cancelled;
  }

  get restored(): RestoreChange[] | undefined {
    return this.#restored;
  }

  get planChanged(): boolean {
    return this.#planChanged;
  }

  get prefillProblem(): PrefillProblem | null {
    return this.#prefillProblem;
  }

  /** Whether the order still moves: started, and neither placed nor cancelled. */
  get open(): boolean {
    return Boolean(this.#wizard) && !this.#confirmation && !this.#cancelled;
  }

  /** Takes the order as it started (see OrderStart). */
  begin({ state, prefillProblem, changes, carried, announce }: OrderStarted): void {
    this.#prefillProblem = prefillProblem;
    this.#wizard = state;
    this.#restored = changes;
    this.#planChanged = carried;
    this.#host.requestUpdate();
    if (announce) this.#announce(state);
    if (carried) this.#peers.orders.announcePlanChanged();
  }

  /** A change on the current step: an edit, or the step's checks shown. */
  set(wizard: WizardState): void {
    this.#wizard = wizard;
    this.#host.requestUpdate();
  }

  /** Runs the current step's checks and shows their problems at their fields; returns them. */
  checkStep(context: OrderContext): Problems {
    const wizard = this.#wizard;
    if (!wizard) return {};
    const problems = checkStep(wizard.step, wizard, context);
    this.set({ ...wizard, problems });
    return problems;
  }

  /** Goes back to `step` as the breadcrumb would (a completed step before this one); returns whether it moved. */
  goBackTo(step: StepId, { vetoable }: { vetoable: boolean }): boolean {
    const wizard = this.#wizard;
    if (!wizard) return false;
    const moved = goTo(wizard, step);
    if (moved === wizard) return false;
    this.move(moved, { vetoable });
    return true;
  }

  /**
   * Place order: Review's own checks first (the authorization box); the order controller decides
   * the rest. Once placed, or while placing, a press does nothing: one submitOrder per order.
   */
  placeOrder(context: OrderContext): void {
    const wizard = this.#wizard;
    const { orders } = this.#peers;
    if (!wizard || this.#confirmation || orders.submitting) return;
    // While the outcome is unknown, Place order resends the order as it was sent (see OrderController.place).
    const problems = orders.outcomeUnknown ? {} : checkStep('review', wizard, context);
    if (Object.keys(problems).length) {
      this.move({ ...wizard, problems });
      return;
    }
    orders.place();
  }

  /** A re-check of the same order priced it differently: the user authorizes again. */
  unconfirm(): void {
    const wizard = this.#wizard;
    if (wizard) this.set({ ...wizard, draft: { ...wizard.draft, purchaserConfirmed: false } });
  }

  /**
   * Takes a new wizard state. A move to another step that `vetoable` (the user's) is first offered
   * to the host page; when the page cancels it, nothing changes, focus included.
   */
  move(to: WizardState, { vetoable } = { vetoable: true }): void {
    const from = this.#wizard!;
    if (vetoable && to.step !== from.step && !fire(this.#host, 'lpw-before-step-change', { from: from.step, to: to.step })) {
      return;
    }
    this.set(to);
    const { focus, orders, drafts } = this.#peers;
    if (to.step === from.step) {
      focus.request('errors');
      return;
    }
    this.#restored = undefined;
    if (from.step === 'review') orders.abortCheck();
    drafts.save();
    this.#announce(to);
    const hasProblems = Object.keys(to.problems).length > 0;
    // Review asks the server to check (and price) the order.
    if (to.step === 'review' && !hasProblems) orders.check();
    focus.request(hasProblems ? 'errors-or-heading' : 'heading');
  }

  placed(placed: PlacedOrder): void {
    this.#peers.drafts.clear();
    this.#confirmation = placed.confirmation;
    this.#host.requestUpdate();
    fire(this.#host, 'lpw-order-placed', placed);
    this.#peers.focus.request('panel');
  }

  /** The user cancelled; `consumerTab` is where to reduce usage, when that is why. */
  cancel(reason: LpwCancelDetail['reason'], consumerTab?: string): void {
    const { orders, drafts, focus } = this.#peers;
    orders.abortCheck();
    drafts.clear();
    this.#cancelled = true;
    this.#host.requestUpdate();
    const step = this.#wizard!.step;
    fire(this.#host, 'lpw-cancel', { reason, step, ...(consumerTab ? { consumerTab } : {}) });
    focus.request('panel');
  }

  /** Drops the order and what its start brought back; the status region falls silent. */
  clear(): void {
    this.#wizard = undefined;
    this.#confirmation = undefined;
    this.#cancelled = false;
    this.#restored = undefined;
    this.#planChanged = false;
    this.#prefillProblem = null;
    this.#peers.status.clear();
    this.#host.requestUpdate();
  }

  /** Tells the page and the status region that `state`'s step was reached. */
  #announce(state: WizardState) {
    this.#peers.status.step(state.step);
    fire(this.#host, 'lpw-step-change', { step: state.step });
  }
}
