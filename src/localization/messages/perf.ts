/** Text for big catalogues: the Product step's filter, and the refusal of a catalogue over the limit. */
import { msg, str } from '@lit/localize';
import type { LimitProblem } from '../../model/limits.js';
import type { Formatters } from '../format.js';

/** What a context over the limit says on the load-error panel (after "Could not load the order details."). */
export function limitProblemText(problem: LimitProblem, fmt: Formatters): string {
  const count = fmt.count(problem.count);
  const limit = fmt.count(problem.limit);
  return msg(str`The catalogue has ${count} products, more than the ${limit} this wizard can show.`);
}

/** The Product step's filter, shown above a catalogue of more than a few products. */
export const productFilterText = {
  label: () => msg('Filter products'),
  hint: () => msg('By name or description.'),
  matching: (count: string, total: string) => msg(str`Matching products: ${count} of ${total}.`),
  noMatch: () => msg('No product matches the filter.'),
  shown: (shown: string, total: string) => msg(str`Showing ${shown} of ${total}.`),
  showMore: (count: string) => msg(str`Show ${count} more`),
  chosenHidden: () => msg('Your chosen product is kept at the top of the list.'),
};
