/**
 * The largest order context the wizard accepts. A bigger catalogue is refused with a clear error
 * instead of freezing the page: rendering and parsing grow with the number of products (measured
 * by `npm run bench`: 1,000 products render with no task over 200 ms; a 10,000-product context
 * took a 9-second task before this limit).
 *
 * The check reads only the length of the `products` array of the raw answer, so it runs before the
 * answer is parsed with the contract's schemas (parsing 10,000 products is itself a long task).
 */

/** The most products a context may have. */
export const MAX_PRODUCTS = 2000;

/** Why a context is refused, with the numbers its message needs. */
export type LimitProblem = { code: 'too-many-products'; count: number; limit: number };

/** The number of products in a raw (not yet parsed) context, or 0 when it has no products array. */
function productCount(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 0;
  const products = (raw as { products?: unknown }).products;
  if (!Array.isArray(products)) return 0;
  return products.length;
}

/**
 * Whether a raw context is over the limit. Anything else that is wrong with it (no products, wrong
 * shapes) is left to the schema.
 */
export function contextLimitProblem(raw: unknown): LimitProblem | null {
  const count = productCount(raw);
  if (count > MAX_PRODUCTS) return { code: 'too-many-products', count, limit: MAX_PRODUCTS };
  return null;
}
