import type { Problem } from '../../model/rules.js';
import type { Field } from '../../model/draft.js';
import type { Formatters } from './format.js';

const REQUIRED: Partial<Record<Field, string>> = {
  productId: 'Choose a product.',
  quantity: 'Enter how many licenses to order.',
  cadence: 'Choose how the plan is paid.',
  startDate: 'Enter a start date.',
  costCenterId: 'Choose a cost center.',
  purchaserConfirmed: 'Confirm that you are authorized to place this order.',
  'change-quantity': 'Answer whether to change the number of licenses.',
  'change-payment': 'Answer whether to change the payment plan.',
  'change-references': 'Answer whether to change the billing references.',
};

/** The sentence shown at a field for one problem. */
export function describeProblem(field: Field, p: Problem, f: Formatters): string {
  switch (p.code) {
    case 'required':
      return REQUIRED[field] ?? 'This is required.';
    case 'not-whole-number':
      return 'Enter the quantity as a whole number using digits only, for example 25.';
    case 'not-ascii-digits':
      return 'Use the digits 0 to 9 for the quantity.';
    case 'negative':
      return 'The quantity cannot be negative.';
    case 'fraction':
      return 'Licenses are whole: enter a whole number without decimals.';
    case 'below-usage':
      return `The customer uses ${f.licenses(p.usage)} now, so the plan needs at least ${f.count(p.min)}. To order fewer, first reduce the customer's subscriptions.`;
    case 'below-minimum':
      return `This product needs at least ${f.licenses(p.min)}.`;
    case 'above-maximum':
      return `At most ${f.licenses(p.max)} can be ordered for this product.`;
    case 'not-a-date':
      return 'Enter a real date, for example 15 March 2027.';
    case 'date-outside':
      return `The start date must be between ${f.date(p.earliest)} and ${f.date(p.latest)}.`;
    case 'not-offered':
      return 'This payment option is not offered for this product. Choose another one.';
    case 'too-long':
      return `Your purchase ref can be at most ${f.count(p.max)} characters long.`;
    case 'control-characters':
      return 'Your purchase ref cannot contain line breaks, tabs or other control characters.';
    case 'no-change':
      return 'Nothing has been changed yet. Change the quantity, the payment plan or the references to place an order.';
    case 'server':
      return p.message;
  }
}
