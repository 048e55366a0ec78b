import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { LicensePlanApiClient } from '../../api/client.js';
import { OrderRejectedError, isAbortError } from '../../api/errors.js';
import { submitOrder, validateOrder, type GuardedCallOptions } from '../../api/guarded.js';
import type {
  ConflictCode,
  FieldError,
  LicenseOrder,
  Money,
  OrderConfirmation,
  Quote,
  ValidationResult,
} from '../../model/schemas.js';
import {
  changedTotal,
  checkKey,
  quoteEnd,
  readiness,
  submitOutcome,
  type CheckState,
  type Readiness,
  type SubmitOutcome,
} from '../../model/order-check.js';
import { abortTask } from './abort-task.js';
import type { WizardView } from '../context.js';

/** The order to send and the client to send it with. */
export type OrderArgs = readonly [LicensePlanApiClient, LicenseOrder];

export interface PlacedOrder {
  order: LicenseOrder;
  confirmation: OrderConfirmation;
}

interface CheckedOrder {
  key: string;
  result: ValidationResult;
}

export interface OrderCallbacks {
  /** How each call runs: its abort signal, time limit and locale. */
  callOptions(signal: AbortSignal): GuardedCallOptions;
  /** The server refused the order with errors per field. */
  refused(errors: FieldError[]): void;
  placed(placed: PlacedOrder): void;
  /** A call failed (not aborted); for a submit, `outcome` says whether the order may exist. */
  failed(kind: 'validate' | 'submit', error: unknown, outcome?: SubmitOutcome): void;
  /** submitOrder refused the order with a conflict code. */
  conflict(code: ConflictCode): void;
  /** A check made after the quote ended (or after a conflict) priced the same order differently. */
  priceChanged(now: Money, was: Money): void;
  /** The quote of the current check reached its `expiresAt`. */
  expired(): void;
}

/** setTimeout's longest delay; a quote ending later is checked when Place order is pressed. */
const LONGEST_TIMER = 2 ** 31 - 1;

/**
 * The server's side of an order: the check (and price) of the order on Review, and placing it.
 * Each is a @lit/task Task, so its pending, error and complete states render through the host.
 * It also keeps what a submit failure left behind (whether the order may exist) and watches the
 * quote's end.
 */
export class OrderController implements ReactiveController {
  #host: ReactiveControllerHost;
  #callbacks: OrderCallbacks;

  #check: Task<OrderArgs, CheckedOrder>;
  #submit: Task<OrderArgs, PlacedOrder>;
  /** The latest check that answered. */
  #checked?: CheckedOrder;
  /** The quote the user saw, while a check of the same order runs to see whether its price still holds. */
  #shownQuote?: Quote | null;
  /** The total the user saw before a re-check changed it. */
  #priceWas?: Money;
  /** The last order sent to submitOrder and how that ended, when it failed. */
  #lastSubmit?: OrderArgs;
  #failure?: SubmitOutcome;
  #expiryTimer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, callbacks: OrderCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
    this.#check = new Task(host, {
      autoRun: false,
      task: async ([client, order]: OrderArgs, { signal }) => {
        const result = await validateOrder(client, order, callbacks.callOptions(signal));
        return { key: checkKey(order), result };
      },
      onComplete: (checked) => this.#onChecked(checked),
      onError: (error) => this.#report('validate', error),
    });
    this.#submit = new Task(host, {
      autoRun: false,
      task: async ([client, order]: OrderArgs, { signal }) => {
        const confirmation = await submitOrder(client, order, callbacks.callOptions(signal));
        return { order, confirmation };
      },
      onComplete: (placed) => {
        this.#failure = undefined;
        callbacks.placed(placed);
      },
      onError: (error) => this.#onSubmitFailed(error),
    });
  }

  hostConnected(): void {
    addEventListener('beforeunload', this.#warnBeforeUnload);
    // Back in the page: watch the end of the quote shown again (one that ended meanwhile is due now).
    const result = this.#checked?.result;
    if (result?.ok) this.#scheduleExpiry(result.quote ?? null);
  }

  hostDisconnected(): void {
    removeEventListener('beforeunload', this.#warnBeforeUnload);
    this.#stopExpiryTimer();
  }

  /** Closing the page while the order may exist asks first (the browser words the question). */
  #warnBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.outcomeUnknown) return;
    event.preventDefault();
    event.returnValue = '';
  };

  #onChecked(checked: CheckedOrder) {
    this.#checked = checked;
    const { result } = checked;
    const fresh = result.ok ? (result.quote ?? null) : null;
    const was = this.#shownQuote === undefined ? undefined : changedTotal(this.#shownQuote, fresh);
    this.#shownQuote = undefined;
    this.#scheduleExpiry(fresh);
    if (!result.ok) {
      this.#callbacks.refused(result.errors);
      return;
    }
    if (was && fresh) {
      this.#priceWas = was;
      this.#callbacks.priceChanged(fresh.total, was);
    }
  }

  #onSubmitFailed(error: unknown) {
    if (isAbortError(error)) return;
    const outcome = submitOutcome(error);
    this.#failure = outcome;
    if (error instanceof OrderRejectedError) this.#callbacks.refused(error.errors);
    this.#callbacks.failed('submit', error, outcome);
    if (outcome.outcome === 'conflict') this.#callbacks.conflict(outcome.code);
  }

  #report(kind: 'validate' | 'submit', error: unknown) {
    if (!isAbortError(error)) this.#callbacks.failed(kind, error);
  }

  #scheduleExpiry(quote: Quote | null) {
    this.#stopExpiryTimer();
    const end = quote ? quoteEnd(quote) : undefined;
    if (end === undefined) return;
    const delay = Math.max(0, end - Date.now());
    if (delay > LONGEST_TIMER) return;
    this.#expiryTimer = setTimeout(() => {
      this.#expiryTimer = undefined;
      this.#callbacks.expired();
    }, delay);
  }

  #stopExpiryTimer() {
    clearTimeout(this.#expiryTimer);
    this.#expiryTimer = undefined;
  }

  /** Asks the server to check (and price) the order: a new order, so no earlier price is compared. */
  check(args: OrderArgs): void {
    this.#priceWas = undefined;
    this.#shownQuote = undefined;
    this.#run(args);
  }

  /**
   * Checks the same order again (its quote ended, or the server refused the price): when the new
   * total differs from the one shown, `priceChanged` is called with the old one.
   */
  recheck(args: OrderArgs): void {
    const checked = this.#checked;
    const shown = checked?.result.ok && checked.key === checkKey(args[1]) ? (checked.result.quote ?? null) : undefined;
    if (shown !== undefined) this.#shownQuote = shown;
    this.#run(args);
  }

  #run(args: OrderArgs) {
    this.#stopExpiryTimer();
    // A refusal is over once the order is checked again; an unknown outcome stays until a submit settles it.
    if (this.#failure?.outcome !== 'unknown') this.#failure = undefined;
    void this.#check.run(args);
  }

  /** Whether `order` may be submitted now, and with which quote id. */
  readiness(order: LicenseOrder, pricesShown: boolean): Readiness {
    return readiness(this.#checkState, order, { pricesShown, now: Date.now() });
  }

  get #checkState(): CheckState {
    const status = this.#check.status;
    if (status === TaskStatus.PENDING) return { status: 'pending' };
    if (status === TaskStatus.ERROR) return { status: 'failed' };
    if (!this.#checked) return { status: 'none' };
    return { status: 'done', ...this.#checked };
  }

  /** Places the order, unless placing is already under way. */
  place(args: OrderArgs): void {
    if (this.submitting) return;
    this.#lastSubmit = args;
    void this.#submit.run(args);
  }

  /** Sends the last submitted order again, the same body with the same idempotency key. */
  resend(): void {
    if (this.#lastSubmit) this.place(this.#lastSubmit);
  }

  get submitting(): boolean {
    return this.#submit.status === TaskStatus.PENDING;
  }

  /** The last submit failed in a way that leaves unknown whether the order exists. */
  get outcomeUnknown(): boolean {
    return this.#failure?.outcome === 'unknown';
  }

  /** Aborts the check and stops watching the quote's end (a cancelled order needs no price; another step shows none). */
  abortCheck(): void {
    this.#check.abort();
    this.#stopExpiryTimer();
  }

  /** Aborts both calls and forgets the order's history. Returns whether the check was in flight (or had just been cut short by an abort). */
  abort(): { checkWasInFlight: boolean } {
    const checkWasInFlight = abortTask(this.#check);
    this.#submit.abort();
    this.#stopExpiryTimer();
    return { checkWasInFlight };
  }

  /** Forgets the last check, the last submit and its outcome: the next order starts from nothing. */
  forget(): void {
    this.abort();
    this.#checked = undefined;
    this.#shownQuote = undefined;
    this.#priceWas = undefined;
    this.#lastSubmit = undefined;
    this.#failure = undefined;
    this.#host.requestUpdate();
  }

  /** The check as the steps see it. */
  get checkView(): WizardView['check'] {
    const view = this.#check.render({
      pending: () => ({ status: 'pending' }) as const,
      error: (error) => ({ status: 'error', error }) as const,
      complete: ({ result }) =>
        result.ok ? ({ status: 'ok', quote: result.quote ?? null } as const) : ({ status: 'idle' } as const),
    });
    return view ?? { status: 'idle' };
  }

  /** The total shown before a re-check of the same order changed it. */
  get priceWas(): Money | undefined {
    return this.#priceWas;
  }

  /** Placing the order as the steps see it. A refusal per field, and a conflict, are handled elsewhere. */
  get submitView(): WizardView['submit'] {
    if (this.submitting) return { status: 'pending' };
    const failure = this.#failure;
    if (this.#submit.status !== TaskStatus.ERROR || !failure || failure.outcome === 'conflict') return { status: 'idle' };
    if (this.#submit.error instanceof OrderRejectedError) return { status: 'idle' };
    return { status: 'error', error: this.#submit.error, outcome: failure.outcome };
  }
}
