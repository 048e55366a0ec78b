import { html } from 'lit';
import type { StepId } from '../../model/schemas.js';
import { preloadLaterSteps } from '../lazy-steps.js';
import { laterStepsPlaceholder } from '../lazy-step-placeholder.js';

// Steps pass their parts through, so hosts can style them with ::part().
// The later steps' elements, Quantity on, load on demand (lazy-steps.ts): Product starts that in
// the background once painted, and a later step shows the loading state beside its element until then.
export const STEP_TEMPLATES: Record<StepId, unknown> = {
  product: html`<lpw-step-product exportparts="heading, field, error, error-summary"></lpw-step-product>${preloadLaterSteps()}`,
  quantity: html`<lpw-step-quantity exportparts="heading, field, error, error-summary, secondary-button"></lpw-step-quantity
    >${laterStepsPlaceholder()}`,
  payment: html`<lpw-step-payment exportparts="heading, field, error, error-summary"></lpw-step-payment
    >${laterStepsPlaceholder()}`,
  'start-date': html`<lpw-step-start-date exportparts="heading, field, error, error-summary"></lpw-step-start-date
    >${laterStepsPlaceholder()}`,
  references: html`<lpw-step-references exportparts="heading, field, error, error-summary"></lpw-step-references
    >${laterStepsPlaceholder()}`,
  review: html`<lpw-step-review exportparts="heading, field, error, error-summary, summary, quote"></lpw-step-review
    >${laterStepsPlaceholder()}`,
};
