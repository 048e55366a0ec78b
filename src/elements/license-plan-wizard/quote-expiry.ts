import type { Quote } from '../../model/schemas.js';
import { quoteEnd } from '../../model/order-check.js';

/** setTimeout's longest delay; a quote ending later is checked when Place order is pressed. */
const LONGEST_TIMER = 2 ** 31 - 1;

/** Calls `onEnd` when the quote being watched reaches its `expiresAt` (at once when it already has). */
export class QuoteExpiryTimer {
  #onEnd: () => void;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(onEnd: () => void) {
    this.#onEnd = onEnd;
  }

  /** Watches `quote` instead of the one watched before; a quote without an end (or none) is not watched. */
  watch(quote: Quote | null): void {
    this.stop();
    const end = quote ? quoteEnd(quote) : undefined;
    if (end === undefined) return;
    const delay = Math.max(0, end - Date.now());
    if (delay > LONGEST_TIMER) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#onEnd();
    }, delay);
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
