import { html } from 'lit';
import type { StepId } from '../../model/schemas.js';

// Steps pass their parts through, so hosts can style them with ::part().
export const STEP_TEMPLATES: Record<StepId, unknown> = {
  product: html`<lpw-step-product exportparts="heading, field, error, error-summary"></lpw-step-product>`,
  quantity: html`<lpw-step-quantity exportparts="heading, field, error, error-summary, secondary-button"></lpw-step-quantity>`,
  payment: html`<lpw-step-payment exportparts="heading, field, error, error-summary"></lpw-step-payment>`,
  'start-date': html`<lpw-step-start-date exportparts="heading, field, error, error-summary"></lpw-step-start-date>`,
  references: html`<lpw-step-references exportparts="heading, field, error, error-summary"></lpw-step-references>`,
  review: html`<lpw-step-review exportparts="heading, field, error, error-summary, summary, quote"></lpw-step-review>`,
};
