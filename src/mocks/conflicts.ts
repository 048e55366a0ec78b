/**
 * The fake backend's 409 answers to submitOrder: the plan was changed by someone else since it was
 * loaded, the quote the order carries has ended, or the order's price is no longer the quoted one.
 */
import type { ConflictCode, LicenseOrder, Money, Quote } from '../model/schemas.js';
import type { MockPlan } from './data.js';
import type { ConflictBody } from './responses.js';

/** A quote as the backend issued it: when it ends and the total it promised. */
export interface IssuedQuote {
  expiresAt: number;
  total: Money;
}

function conflict(code: ConflictCode, message: string): ConflictBody {
  return { code, message };
}

/** A change made against an older version of the plan than `plan`'s current one. */
export function planConflict(order: LicenseOrder, plan: MockPlan | undefined): ConflictBody | null {
  if (order.mode !== 'change' || order.planVersion === undefined) return null;
  if (!plan || plan.version === order.planVersion) return null;
  return conflict(
    'plan-changed',
    `Plan ${plan.id} was changed by someone else since it was loaded (version ${order.planVersion}, now ${plan.version}).`,
  );
}

/**
 * An order carrying a quote that was never issued or has ended (`quote-expired`), or whose price now
 * (`current`) differs from the quoted total (`price-changed`).
 */
export function quoteConflict(issued: IssuedQuote | undefined, now: number, current: Quote | null): ConflictBody | null {
  if (!issued || issued.expiresAt <= now) {
    return conflict(
      'quote-expired',
      'The price quoted for this order is no longer valid. Check the order again for a current price.',
    );
  }
  const sameTotal = current?.total.amountMinor === issued.total.amountMinor && current.total.currency === issued.total.currency;
  if (!sameTotal) {
    return conflict(
      'price-changed',
      'The price of this order has changed since it was quoted. Check the order again for the new price.',
    );
  }
  return null;
}
