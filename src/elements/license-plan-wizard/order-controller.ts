import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { LicensePlanApiClient } from '../../api/client.js';
import { OrderRejectedError } from '../../api/errors.js';
import { submitOrder, validateOrder, type GuardedCallOptions } from '../../api/guarded.js';
import type { FieldError, LicenseOrder, OrderConfirmation } from '../../model/schemas.js';
import { isAbort } from '../../localization/messages.js';
import type { WizardView } from '../context.js';

/** The order to send and the client to send it with. */
export type OrderArgs = readonly [LicensePlanApiClient, LicenseOrder];

export interface PlacedOrder {
  order: LicenseOrder;
  confirmation: OrderConfirmation;
}

export interface OrderCallbacks {
  /** How each call runs: its abort signal, time limit and locale. */
  callOptions(signal: AbortSignal): GuardedCallOptions;
  /** The server refused the order with errors per field. */
  refused(errors: FieldError[]): void;
  placed(placed: PlacedOrder): void;
  /** A call failed (not aborted). */
  failed(kind: 'validate' | 'submit', error: unknown): void;
}

/**
 * The server's side of an order: the check (and price) of the order on Review, and placing it.
 * Each is a @lit/task Task, so its pending, error and complete states render through the host.
 */
export class OrderController {
  #callbacks: OrderCallbacks;

  #check: Task<OrderArgs, Awaited<ReturnType<typeof validateOrder>>>;
  #submit: Task<OrderArgs, PlacedOrder>;

  constructor(host: ReactiveControllerHost, callbacks: OrderCallbacks) {
    this.#callbacks = callbacks;
    this.#check = new Task(host, {
      autoRun: false,
      task: ([client, order]: OrderArgs, { signal }) => validateOrder(client, order, callbacks.callOptions(signal)),
      onComplete: (result) => {
        if (!result.ok) callbacks.refused(result.errors);
      },
      onError: (error) => this.#report('validate', error),
    });
    this.#submit = new Task(host, {
      autoRun: false,
      task: async ([client, order]: OrderArgs, { signal }) => {
        const confirmation = await submitOrder(client, order, callbacks.callOptions(signal));
        return { order, confirmation };
      },
      onComplete: (placed) => callbacks.placed(placed),
      onError: (error) => {
        if (error instanceof OrderRejectedError) callbacks.refused(error.errors);
        this.#report('submit', error);
      },
    });
  }

  #report(kind: 'validate' | 'submit', error: unknown) {
    if (!isAbort(error)) this.#callbacks.failed(kind, error);
  }

  /** Asks the server to check (and price) the order. */
  check(args: OrderArgs): void {
    void this.#check.run(args);
  }

  /** Places the order, unless placing is already under way. */
  place(args: OrderArgs): void {
    if (this.submitting) return;
    void this.#submit.run(args);
  }

  get submitting(): boolean {
    return this.#submit.status === TaskStatus.PENDING;
  }

  /** Aborts the check (a cancelled order needs no price). */
  abortCheck(): void {
    this.#check.abort();
  }

  /** Aborts both calls. Returns whether the check was in flight (or had just been cut short by an abort). */
  abort(): { checkWasInFlight: boolean } {
    const check = this.#check;
    const checkWasInFlight = check.status === TaskStatus.PENDING || (check.status === TaskStatus.ERROR && isAbort(check.error));
    check.abort();
    this.#submit.abort();
    return { checkWasInFlight };
  }

  /** The check as the steps see it. */
  get checkView(): WizardView['check'] {
    const view = this.#check.render({
      pending: () => ({ status: 'pending' }) as const,
      error: (error) => ({ status: 'error', error }) as const,
      complete: (result) => (result.ok ? ({ status: 'ok', quote: result.quote ?? null } as const) : ({ status: 'idle' } as const)),
    });
    return view ?? { status: 'idle' };
  }

  /** Placing the order as the steps see it. A refusal per field is shown at the fields instead. */
  get submitView(): WizardView['submit'] {
    const view = this.#submit.render({
      pending: () => ({ status: 'pending' }) as const,
      error: (error) => (error instanceof OrderRejectedError ? ({ status: 'idle' } as const) : ({ status: 'error', error } as const)),
    });
    return view ?? { status: 'idle' };
  }
}
