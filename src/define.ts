/**
 * Registers the elements of a new order's first step. Importing it twice (or next to another copy)
 * does not throw. The elements only later steps need (Quantity on) are registered by `./steps.ts`,
 * which the wizard loads on demand (see `elements/lazy-steps.ts`).
 */
import { LicensePlanWizard } from './elements/license-plan-wizard/license-plan-wizard.js';
import { LpwBreadcrumb } from './elements/lpw-breadcrumb/lpw-breadcrumb.js';
import { LpwStepProduct } from './elements/lpw-step-product/lpw-step-product.js';
import type { LpwStepQuantity } from './elements/lpw-step-quantity/lpw-step-quantity.js';
import type { LpwStepPayment } from './elements/lpw-step-payment/lpw-step-payment.js';
import type { LpwStepStartDate } from './elements/lpw-step-start-date/lpw-step-start-date.js';
import type { LpwStepReferences } from './elements/lpw-step-references/lpw-step-references.js';
import type { LpwStepReview } from './elements/lpw-step-review/lpw-step-review.js';
import type { LpwOrderSummary } from './elements/lpw-order-summary/lpw-order-summary.js';

/** Defines each tag that is not defined yet, by this copy of the wizard or another. */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  for (const [tag, elementClass] of Object.entries(elements)) {
    if (!customElements.get(tag)) {
      customElements.define(tag, elementClass);
    }
  }
}

defineElements({
  'license-plan-wizard': LicensePlanWizard,
  'lpw-breadcrumb': LpwBreadcrumb,
  'lpw-step-product': LpwStepProduct,
});

// Every tag is known to TypeScript, including those `./steps.ts` defines later (type imports cost no bytes).
declare global {
  interface HTMLElementTagNameMap {
    'license-plan-wizard': LicensePlanWizard;
    'lpw-breadcrumb': LpwBreadcrumb;
    'lpw-step-product': LpwStepProduct;
    'lpw-step-quantity': LpwStepQuantity;
    'lpw-step-payment': LpwStepPayment;
    'lpw-step-start-date': LpwStepStartDate;
    'lpw-step-references': LpwStepReferences;
    'lpw-step-review': LpwStepReview;
    'lpw-order-summary': LpwOrderSummary;
  }
}
