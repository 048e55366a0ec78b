/** What the wizard says about checking, pricing and placing the order: why Place order waits, and how a submit ended. */
import { msg, str } from '@lit/localize';
import type { NotReadyReason } from '../../model/order-check.js';
import { failureText } from './wizard.js';

export const orderText = {
  notPlaced: (message: string) => msg(str`The order was not placed. ${message} Your choices are kept.`),
  /** After an unknown outcome: the order may exist. */
  outcomeUnknown: () =>
    msg('We could not confirm whether the order was placed. Trying again is safe: it will not place the order twice.'),
  priceChanged: (now: string, was: string) =>
    msg(str`The price has changed since you saw it. The total is now ${now}, was ${was}. Check it and confirm again.`),
  /** Beside the new total. */
  priceWas: (was: string) => msg(str`was ${was}`),
  planChanged: () =>
    msg('Someone else changed this plan meanwhile. Your order now starts from the changed plan: check it and confirm again.'),
  /** The cancel dialog's text while the order may exist. */
  mayAlreadyExist: () =>
    msg('The order may already have been placed. Leaving now does not cancel it: check your orders before you order again.'),
  noQuote: () => msg('The Partner Portal sent no price for this order, so it cannot be placed yet.'),
  /** A change asked for while the outcome is unknown. */
  frozenWhileUnknown: () => msg('The order cannot be changed until we know whether it was placed. Use Try again, or Cancel.'),
};

/** Why Place order cannot submit now, as its description says it. */
export function notReadyText(reason: NotReadyReason): string {
  switch (reason) {
    case 'checking':
    case 'unchecked':
    case 'expired':
      return msg('Place order is available once the order and its price have been checked.');
    case 'check-failed':
    case 'no-quote':
      return msg('Place order is available once the order has been checked: use Try again.');
    case 'refused':
      return msg('Place order is available once the problems shown are fixed.');
  }
}

/** What a failed submit says: whether the order may exist, then what went wrong (never an HTTP status). */
export function submitFailureText(outcome: 'unknown' | 'not-placed', error: unknown): string {
  const reason = failureText(error);
  if (outcome === 'not-placed') return orderText.notPlaced(reason);
  return `${orderText.outcomeUnknown()} ${reason}`;
}
