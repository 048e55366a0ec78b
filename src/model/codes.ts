/**
 * The contract's fixed sets of codes, as plain arrays: the steps, cadences, consumer tabs, modes,
 * conflict codes and billing intervals. The rules and the first step use them without loading zod;
 * the schemas (schemas.ts) are built from them.
 */
export const STEP_IDS = ['product', 'quantity', 'payment', 'start-date', 'references', 'review'] as const;
export const CADENCES = ['monthly', 'prepay-1y', 'prepay-2y', 'prepay-3y', 'prepay-4y', 'prepay-5y'] as const;
export const CONSUMER_TABS = ['users', 'team-vmrs', 'endpoints', 'domains'] as const;
export const MODES = ['new', 'change'] as const;
/** Why submitOrder may refuse an order that was valid when checked (HTTP 409). */
export const CONFLICT_CODES = ['quote-expired', 'price-changed', 'plan-changed'] as const;
export const BILLING_INTERVALS = ['month', 'year'] as const;
