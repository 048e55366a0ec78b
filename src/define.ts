/** Registers every element of the wizard. Importing it twice (or next to another copy) does not throw. */
import { LicensePlanWizard } from './elements/license-plan-wizard/license-plan-wizard.js';
import { LpwBreadcrumb } from './elements/lpw-breadcrumb/lpw-breadcrumb.js';
import { LpwStepProduct } from './elements/lpw-step-product/lpw-step-product.js';
import { LpwStepQuantity } from './elements/lpw-step-quantity/lpw-step-quantity.js';
import { LpwStepPayment } from './elements/lpw-step-payment/lpw-step-payment.js';
import { LpwStepStartDate } from './elements/lpw-step-start-date/lpw-step-start-date.js';
import { LpwStepReferences } from './elements/lpw-step-references/lpw-step-references.js';
import { LpwStepReview } from './elements/lpw-step-review/lpw-step-review.js';
import { LpwOrderSummary } from './elements/lpw-order-summary/lpw-order-summary.js';

const elements = {
  'license-plan-wizard': LicensePlanWizard,
  'lpw-breadcrumb': LpwBreadcrumb,
  'lpw-step-product': LpwStepProduct,
  'lpw-step-quantity': LpwStepQuantity,
  'lpw-step-payment': LpwStepPayment,
  'lpw-step-start-date': LpwStepStartDate,
  'lpw-step-references': LpwStepReferences,
  'lpw-step-review': LpwStepReview,
  'lpw-order-summary': LpwOrderSummary,
};

for (const [tag, ctor] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

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
