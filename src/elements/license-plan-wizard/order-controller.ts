import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { OrderRejectedError, isAbortError } from '../../api/errors.js';
import { submitOrder, validateOrder } from '../../api/order-calls.js';
import type { LicenseOrder, Money, Quote, ValidationResult } from '../../model/schemas.js';
import {
  changedTotal,
  checkKey,
  readiness,
  submitOutcome,
  withQuoteId,
  type CheckState,
  type SubmitOutcome,
} from '../../model/order-check.js';
import { failureText, notReadyText, orderText, submitFailureText } from '../../localization/messages.js';
import { abortTask } from './abort-task.js';
import { QuoteExpiryTimer } from './quote-expiry.js';
import type { WizardView } from '../context.js';
import type { OrderArgs, OrderDelegate, PlacedOrder } from './order-delegate.js';

interface CheckedOrder {
  key: string;
  result: ValidationResult;
}

/**
 * The server's side of the order on Review: checking (and pricing) it, and placing it, each a
 * @lit/task Task whose states render through the host. It places an order only when its latest
 * check is of exactly that order, answered ok, and (when prices are shown) priced by a quote that
 * has not ended. It re-checks when the quote ends or the server refuses the price, tells when the
 * price changed, and keeps what a failed submit left behind: whether the order may exist.
 */
export class OrderController implements ReactiveController {
  #host: ReactiveControllerHost;
  #delegate: OrderDelegate;

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
  #quoteExpiry = new QuoteExpiryTimer(() => this.#onQuoteEnded());
  /** The check was in flight when the host was disconnected. */
  #checkInterrupted = false;

  constructor(host: ReactiveControllerHost, delegate: OrderDelegate) {
    this.#host = host;
    this.#delegate = delegate;
    host.addController(this);
    this.#check = new Task(host, {
      autoRun: false,
      task: async ([client, order]: OrderArgs, { signal }) => {
        const result = await validateOrder(client, order, delegate.callOptions(signal));
        return { key: checkKey(order), result };
      },
      onComplete: (checked) => this.#onChecked(checked),
      onError: (error) => this.#report('validate', error),
    });
    this.#submit = new Task(host, {
      autoRun: false,
      task: async ([client, order]: OrderArgs, { signal }) => {
        const confirmation = await submitOrder(client, order, delegate.callOptions(signal));
        return { order, confirmation };
      },
      onComplete: (placed) => {
        this.#failure = undefined;
        delegate.placed(placed);
      },
      onError: (error) => this.#onSubmitFailed(error),
    });
  }

  hostConnected(): void {
    addEventListener('beforeunload', this.#warnBeforeUnload);
    if (this.#checkInterrupted) {
      this.#checkInterrupted = false;
      this.check();
      return;
    }
    // Back in the page: watch the end of the quote shown again (one that ended meanwhile is due now).
    const result = this.#checked?.result;
    if (result?.ok) this.#quoteExpiry.watch(result.quote ?? null);
  }

  /** Whatever answers after the host left is ignored: both calls are aborted, and a check cut short runs again on return. */
  hostDisconnected(): void {
    removeEventListener('beforeunload', this.#warnBeforeUnload);
    this.#checkInterrupted = this.#abort();
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
    this.#quoteExpiry.watch(fresh);
    if (!result.ok) {
      this.#delegate.refused(result.errors);
      return;
    }
    if (was && fresh) {
      this.#priceWas = was;
      this.#delegate.unconfirm();
      this.#delegate.notice(() => {
        const fmt = this.#delegate.formatters();
        return orderText.priceChanged(fmt.money(fresh.total), fmt.money(was));
      });
    }
  }

  #onQuoteEnded() {
    if (this.#delegate.reviewOpen() && !this.submitting) this.recheck();
  }

  #onSubmitFailed(error: unknown) {
    if (isAbortError(error)) return;
    const outcome = submitOutcome(error);
    this.#failure = outcome;
    if (error instanceof OrderRejectedError) this.#delegate.refused(error.errors);
    this.#delegate.failed('submit', error, {
      outcome: outcome.outcome === 'unknown' ? 'unknown' : 'not-placed',
      message: () => (outcome.outcome === 'conflict' ? failureText(error) : submitFailureText(outcome.outcome, error)),
    });
    if (outcome.outcome !== 'conflict') return;
    // The plan changed: the wizard reloads it. The quote ended or the price changed: the same order is checked again.
    if (outcome.code === 'plan-changed') this.#delegate.planChanged();
    else this.recheck();
  }

  #report(kind: 'validate' | 'submit', error: unknown) {
    if (!isAbortError(error)) this.#delegate.failed(kind, error);
  }

  /**
   * Asks the server to check (and price) the order as it stands, or `order` when given: a new order,
   * so no earlier price is compared.
   */
  check(order = this.#delegate.order()): void {
    if (!order) return;
    this.#priceWas = undefined;
    this.#shownQuote = undefined;
    this.#run(order);
  }

  /**
   * Checks the same order again (its quote ended, or the server refused the price): when the new
   * total differs from the one shown, the delegate's `priceChanged` is told the old one.
   */
  recheck(): void {
    const args = this.#delegate.order();
    if (!args) return;
    const checked = this.#checked;
    const shown = checked?.result.ok && checked.key === checkKey(args[1]) ? (checked.result.quote ?? null) : undefined;
    if (shown !== undefined) this.#shownQuote = shown;
    this.#run(args);
  }

  #run(args: OrderArgs) {
    this.#quoteExpiry.stop();
    // A refusal is over once the order is checked again; an unknown outcome stays until a submit settles it.
    if (this.#failure?.outcome !== 'unknown') this.#failure = undefined;
    void this.#check.run(args);
  }

  /** Why the order as it stands cannot be placed now, as Place order's description says it; undefined when it can (or there is none). */
  notReadyText(): string | undefined {
    const args = this.#delegate.order();
    if (!args) return undefined;
    const verdict = this.#readiness(args[1]);
    return verdict.ready ? undefined : notReadyText(verdict.reason);
  }

  /** While the outcome is unknown, the order stays as sent: a change asked for is refused, and the status says why. */
  holdsChanges(): boolean {
    if (!this.outcomeUnknown) return false;
    this.#delegate.notice(() => orderText.frozenWhileUnknown());
    return true;
  }

  /** The plan was reloaded after someone else changed it: the status says the order now starts from the changed plan. */
  announcePlanChanged(): void {
    this.#delegate.notice(() => orderText.planChanged());
  }

  /** What leaving (Cancel, Start over) warns while the order may exist. */
  get leaveWarning(): string | undefined {
    return this.outcomeUnknown ? orderText.mayAlreadyExist() : undefined;
  }

  #readiness(order: LicenseOrder) {
    return readiness(this.#checkState, order, { pricesShown: this.#delegate.pricesShown(), now: Date.now() });
  }

  get #checkState(): CheckState {
    const status = this.#check.status;
    if (status === TaskStatus.PENDING) return { status: 'pending' };
    if (status === TaskStatus.ERROR) return { status: 'failed' };
    if (!this.#checked) return { status: 'none' };
    return { status: 'done', ...this.#checked };
  }

  /**
   * Place order: submits the order as it stands when its latest check allows it, with the quote the
   * user saw; else tells the delegate why not and checks it when a check would help. While the outcome
   * of a submit is unknown it sends that order again instead, as it was sent. Once per press: a press
   * while placing is ignored.
   */
  place(): void {
    if (this.outcomeUnknown) {
      this.resend();
      return;
    }
    const args = this.#delegate.order();
    if (!args || this.submitting) return;
    const [client, order] = args;
    const verdict = this.#readiness(order);
    if (verdict.ready) {
      this.#send([client, withQuoteId(order, verdict.quoteId)]);
      return;
    }
    const { reason } = verdict;
    this.#delegate.notice(() => notReadyText(reason));
    if (reason === 'expired') this.recheck();
    else if (reason === 'unchecked' || reason === 'refused') this.check();
  }

  /** Sends the last submitted order again, the same body with the same idempotency key. */
  resend(): void {
    if (this.#lastSubmit) this.#send(this.#lastSubmit);
  }

  #send(args: OrderArgs) {
    if (this.submitting) return;
    this.#lastSubmit = args;
    void this.#submit.run(args);
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
    this.#quoteExpiry.stop();
  }

  /** Aborts both calls. Returns whether the check was in flight (or had just been cut short by an abort). */
  #abort(): boolean {
    const checkWasInFlight = abortTask(this.#check);
    this.#submit.abort();
    this.#quoteExpiry.stop();
    return checkWasInFlight;
  }

  /** Forgets the last check, the last submit and its outcome: the next order starts from nothing. */
  forget(): void {
    this.#abort();
    this.#checkInterrupted = false;
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
