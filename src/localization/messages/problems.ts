import { msg, str } from '@lit/localize';
import type { Problem } from '../../model/rules.js';
import type { Field } from '../../model/draft.js';
import type { Formatters } from '../format.js';
import { licenses } from './words.js';

function required(field: Field): string {
  switch (field) {
    case 'productId':
      return msg('Choose a product.');
    case 'quantity':
      return msg('Enter how many licenses to order.');
    case 'cadence':
      return msg('Choose how the plan is paid.');
    case 'startDate':
      return msg('Enter a start date.');
    case 'costCenterId':
      return msg('Choose a cost center.');
    case 'purchaserConfirmed':
      return msg('Confirm that you are authorized to place this order.');
    case 'change-quantity':
      return msg('Answer whether to change the number of licenses.');
    case 'change-payment':
      return msg('Answer whether to change the payment plan.');
    case 'change-references':
      return msg('Answer whether to change the billing references.');
    default:
      return msg('This is required.');
  }
}

/** The sentence shown at a field (and in the error summary) for one problem. */
export function describeProblem(field: Field, p: Problem, f: Formatters): string {
  switch (p.code) {
    case 'required':
      return required(field);
    case 'not-whole-number':
      return msg('Enter the quantity as a whole number using digits only, for example 25.');
    case 'not-ascii-digits':
      return msg('Use the digits 0 to 9 for the quantity.');
    case 'negative':
      return msg('The quantity cannot be negative.');
    case 'leading-zero':
      return msg('Write the quantity without leading zeros, for example 10.');
    case 'fraction':
      return msg('Licenses are whole: enter a whole number without decimals.');
    case 'below-usage': {
      const usage = licenses(f, p.usage);
      const min = f.count(p.min);
      return msg(
        str`The customer uses ${usage} now, so the plan needs at least ${min}. To order fewer, first reduce the customer's subscriptions.`,
      );
    }
    case 'below-minimum': {
      const min = licenses(f, p.min);
      return msg(str`This product needs at least ${min}.`);
    }
    case 'above-maximum': {
      const max = licenses(f, p.max);
      return msg(str`At most ${max} can be ordered for this product.`);
    }
    case 'not-a-date': {
      const example = f.date('2027-03-15');
      return msg(str`Enter a real date, for example ${example}.`);
    }
    case 'date-outside': {
      const earliest = f.date(p.earliest);
      const latest = f.date(p.latest);
      return msg(str`The start date must be between ${earliest} and ${latest}.`);
    }
    case 'not-offered':
      return msg('This payment option is not offered for this product. Choose another one.');
    case 'too-long': {
      const max = f.count(p.max);
      return msg(str`Your purchase ref can be at most ${max} characters long.`);
    }
    case 'control-characters':
      return msg('Your purchase ref cannot contain line breaks, tabs or other control characters.');
    case 'no-change':
      return msg('Nothing has been changed yet. Change the quantity, the payment plan or the references to place an order.');
    case 'refused':
      return msg('The Partner Portal refused the order without saying why. Check the details, or contact your account manager.');
    case 'server':
      return p.message;
  }
}
