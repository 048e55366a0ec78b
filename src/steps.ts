/**
 * The elements only the later steps need: Quantity, Payment, Start date, References, Review and
 * the running order summary (Quantity is change mode's first step: the wizard asks for this module
 * as soon as it loads a change order's context). The wizard loads this module on demand (see `elements/lazy-steps.ts`), so the
 * first step neither downloads nor runs them. Importing it defines them; it is also the package's
 * `license-plan-wizard/steps` entry, for hosts that use these classes themselves.
 */
// Through the main entry first: a build of both entries then keeps their shared code in the main one.
import './index.js';
import { defineElements } from './define.js';
import { LpwStepQuantity } from './elements/lpw-step-quantity/lpw-step-quantity.js';
import { LpwStepPayment } from './elements/lpw-step-payment/lpw-step-payment.js';
import { LpwStepStartDate } from './elements/lpw-step-start-date/lpw-step-start-date.js';
import { LpwStepReferences } from './elements/lpw-step-references/lpw-step-references.js';
import { LpwStepReview } from './elements/lpw-step-review/lpw-step-review.js';
import { LpwOrderSummary } from './elements/lpw-order-summary/lpw-order-summary.js';

defineElements({
  'lpw-step-quantity': LpwStepQuantity,
  'lpw-step-payment': LpwStepPayment,
  'lpw-step-start-date': LpwStepStartDate,
  'lpw-step-references': LpwStepReferences,
  'lpw-step-review': LpwStepReview,
  'lpw-order-summary': LpwOrderSummary,
});

export { LpwStepQuantity, LpwStepPayment, LpwStepStartDate, LpwStepReferences, LpwStepReview, LpwOrderSummary };
