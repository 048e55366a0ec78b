import type { ReactiveControllerHost } from 'lit';
import { wizardText } from '../../localization/messages.js';
import type { WizardView } from '../context.js';
import { withLaterSteps } from '../lazy-steps.js';
import type { OrderController } from './order-controller.js';
import type { OrderArgs, OrderDelegate } from './order-delegate.js';
import type { Money } from '../../model/schemas.js';

/**
 * Review's order controller (order-controller.ts) comes with the later steps' chunk, so the first
 * step does not load it. This stands in for it: it makes it on first need (on the way to Review),
 * and until then answers for it: nothing is checked, placed or unknown, and Place order waits for
 * the check that is about to start.
 */
export class LazyOrderController {
  #host: ReactiveControllerHost & HTMLElement;
  #delegate: OrderDelegate;
  #orders?: OrderController;

  constructor(host: ReactiveControllerHost & HTMLElement, delegate: OrderDelegate) {
    this.#host = host;
    this.#delegate = delegate;
  }

  /** Runs `use` with the order controller, made once the chunk is in; a host removed meanwhile starts no call. */
  #with(use: (orders: OrderController) => void) {
    if (this.#orders) {
      use(this.#orders);
      return;
    }
    withLaterSteps((chunk) => {
      this.#orders ??= new chunk.OrderController(this.#host, this.#delegate);
      if (this.#host.isConnected) use(this.#orders);
    });
  }

  /** See OrderController.check. */
  check(order?: OrderArgs): void {
    this.#with((orders) => orders.check(order));
  }

  /** See OrderController.place. */
  place(): void {
    this.#with((orders) => orders.place());
  }

  resend(): void {
    this.#orders?.resend();
  }

  abortCheck(): void {
    this.#orders?.abortCheck();
  }

  forget(): void {
    this.#orders?.forget();
  }

  get submitting(): boolean {
    return this.#orders?.submitting ?? false;
  }

  get outcomeUnknown(): boolean {
    return this.#orders?.outcomeUnknown ?? false;
  }

  /** See OrderController.notReadyText; until the chunk is in, Place order waits for it. */
  notReadyText(): string | undefined {
    if (!this.#orders) return wizardText.loading();
    return this.#orders.notReadyText();
  }

  /** See OrderController.holdsChanges. */
  holdsChanges(): boolean {
    return this.#orders?.holdsChanges() ?? false;
  }

  /** See OrderController.announcePlanChanged. */
  announcePlanChanged(): void {
    this.#orders?.announcePlanChanged();
  }

  /** See OrderController.leaveWarning. */
  get leaveWarning(): string | undefined {
    return this.#orders?.leaveWarning;
  }

  get checkView(): WizardView['check'] {
    return this.#orders?.checkView ?? { status: 'idle' };
  }

  get submitView(): WizardView['submit'] {
    return this.#orders?.submitView ?? { status: 'idle' };
  }

  get priceWas(): Money | undefined {
    return this.#orders?.priceWas;
  }
}
