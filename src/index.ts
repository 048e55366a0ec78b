/**
 * Public API of license-plan-wizard. Importing it defines the elements of the first step; the wizard
 * loads the later steps' elements on demand. Their classes are exported by `license-plan-wizard/steps`
 * (src/steps.ts): a static export here would put them back into this entry.
 */
import './define.js';

export { LicensePlanWizard } from './elements/license-plan-wizard/license-plan-wizard.js';
export type {
  ErrorKind,
  LpwBeforeStepChangeDetail,
  LpwCancelDetail,
  LpwErrorDetail,
  LpwEventMap,
  LpwOrderPlacedDetail,
  LpwProblem,
  LpwStepChangeDetail,
} from './elements/license-plan-wizard/events.js';
export { LpwBreadcrumb } from './elements/lpw-breadcrumb/lpw-breadcrumb.js';
export { LpwStepProduct } from './elements/lpw-step-product/lpw-step-product.js';
// The later steps' classes as types only, so code typed against them still compiles; their code is
// in `license-plan-wizard/steps`.
export type { LpwStepQuantity } from './elements/lpw-step-quantity/lpw-step-quantity.js';
export type { LpwStepPayment } from './elements/lpw-step-payment/lpw-step-payment.js';
export type { LpwStepStartDate } from './elements/lpw-step-start-date/lpw-step-start-date.js';
export type { LpwStepReferences } from './elements/lpw-step-references/lpw-step-references.js';
export type { LpwStepReview } from './elements/lpw-step-review/lpw-step-review.js';
export type { LpwOrderSummary } from './elements/lpw-order-summary/lpw-order-summary.js';
export { apiClientContext } from './api/client.js';
export type { LicensePlanApiClient, LoadContextRequest, RequestInit } from './api/client.js';
export { createHttpClient, type HttpClientOptions } from './api/http-client.js';
export { ApiError, OrderConflictError, OrderRejectedError, type ApiErrorKind } from './api/errors.js';
// The contract's types and code lists. The zod schemas themselves are the `license-plan-wizard/schemas`
// entry (src/schemas.ts): as values here they would put zod into the first step.
export type {
  StepId,
  Cadence,
  ConsumerTab,
  Mode,
  ConflictCode,
  Billing,
  InvoicePeriod,
  IsoDate,
  Money,
  PaymentOption,
  Product,
  ExistingPlan,
  CostCenter,
  OrderContext,
  LicenseOrder,
  Quote,
  FieldError,
  ValidationResult,
  OrderConfirmation,
} from './model/schemas.js';
export * from './model/codes.js';
export { loadSchemas } from './api/guarded.js';
