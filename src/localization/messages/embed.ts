/** Text of what a host page sets up: what the order was asked to start with. */
import { msg, str } from '@lit/localize';
import type { ConfigProblem, PrefillProblem } from '../../model/config.js';
import type { Field, Problems } from '../../model/draft.js';
import type { Formatters } from '../format.js';
import { describeProblem } from './problems.js';
import { configProblemText } from './wizard.js';

/** The sentence for a mistake in what the order was asked to start with; it names the attribute. */
export function prefillProblemText(problem: PrefillProblem): string {
  const { productId } = problem;
  return msg(str`The "product-id" attribute names a product that is not offered to this customer: "${productId}".`);
}

/** The sentence for any configuration mistake, found from the attributes or once the context loaded. */
export function setupProblemText(problem: ConfigProblem | PrefillProblem): string {
  if (problem.code === 'product-id-not-offered') return prefillProblemText(problem);
  return configProblemText(problem);
}

/** A step's problems as a host reads them (`validate()`), each with the sentence shown at its field. */
/** A problem as `validate()` returns it (the element's `LpwProblem`): its field, its code and its sentence. */
export interface ProblemText {
  field: string;
  code: string;
  message: string;
}

export function problemList(problems: Problems, fmt: Formatters): ProblemText[] {
  return Object.entries(problems).map(([field, problem]) => ({
    field,
    code: problem.code,
    message: describeProblem(field as Field, problem, fmt),
  }));
}
