/** Text of what a host page sets up: what the order was asked to start with. */
import { msg, str } from '@lit/localize';
import type { PrefillProblem } from '../../elements/license-plan-wizard/config.js';

/** The sentence for a mistake in what the order was asked to start with; it names the attribute. */
export function prefillProblemText(problem: PrefillProblem): string {
  const { productId } = problem;
  return msg(str`The "product-id" attribute names a product that is not offered to this customer: "${productId}".`);
}
