/**
 * The fake Partner Portal's own sentences for refused orders (in English, as a server would write
 * them): field errors for a body that breaks the schema, and for each rule problem.
 */
import { type Problem } from '../model/rules.js';
import { LicenseOrderSchema, type FieldError, type Product } from '../model/schemas.js';

const countOf = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

const ORDER_KEYS = new Set<string>(Object.keys(LicenseOrderSchema.shape));

/** Field errors for a body that does not match LicenseOrderSchema. */
export function schemaErrors(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ field: null, message: 'The order must be a JSON object.' }];
  }
  const parsed = LicenseOrderSchema.safeParse(body);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const key = issue.path[0];
    const field = typeof key === 'string' && ORDER_KEYS.has(key) ? key : null;
    const where = issue.path.length ? issue.path.map(String).join('.') : 'order';
    let what: string;
    switch (issue.code) {
      case 'invalid_type':
        what = `is missing or is not a ${issue.expected}`;
        break;
      case 'too_small':
        what =
          issue.origin === 'string' || issue.origin === 'array'
            ? 'must not be empty'
            : `must be at least ${String(issue.minimum)}`;
        break;
      case 'invalid_value':
        what = `must be one of ${issue.values.map(String).join(', ')}`;
        break;
      case 'custom':
        what = issue.message;
        break;
      default:
        what = 'is not valid';
    }
    return { field, message: `The order's ${where} ${what}.` };
  });
}

export function quantityMessage(problem: Problem, product: Product): string {
  switch (problem.code) {
    case 'below-usage':
      return `${countOf(problem.usage, product.unit)} of ${product.name} are in use, so the quantity must be at least ${problem.min}.`;
    case 'below-minimum':
      return `${product.name} is sold in quantities of at least ${problem.min}.`;
    case 'above-maximum':
      return `${product.name} is sold in quantities of at most ${problem.max}.`;
    case 'required':
      return 'Enter the number of licenses.';
    default:
      return 'The quantity must be a whole number of licenses, written with the digits 0–9.';
  }
}

export function startDateMessage(problem: Problem): string {
  switch (problem.code) {
    case 'required':
      return 'A new plan needs a start date.';
    case 'date-outside':
      return `The start date must be between ${problem.earliest} and ${problem.latest}.`;
    default:
      return 'The start date must be a real date written YYYY-MM-DD.';
  }
}

export function purchaseRefMessage(problem: Problem): string {
  return problem.code === 'too-long'
    ? `The purchase reference must be at most ${problem.max} characters long.`
    : 'The purchase reference must not contain control characters such as line breaks or tabs.';
}

export function costCenterMessage(problem: Problem, customerName: string): string {
  if (problem.code === 'not-offered') return `${customerName} has no cost centers; leave the cost center empty.`;
  return `Choose one of ${customerName}'s cost centers.`;
}
