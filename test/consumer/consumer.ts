/**
 * How a host application uses the package, type-checked against the BUILT declarations in dist/
 * (tsconfig.consumer.json maps `license-plan-wizard` and `license-plan-wizard/react` there):
 *
 *   npm run build && npx tsc -p tsconfig.consumer.json
 *
 * Nothing here runs. Each `@ts-expect-error` line must stay an error, so a contract that became too
 * loose fails the check as surely as one that broke.
 */
import { createElement } from 'react';
import {
  ApiError,
  createHttpClient,
  LicensePlanWizard,
  OrderRejectedError,
  type LicensePlanApiClient,
  type LpwCancelDetail,
  type LpwErrorDetail,
  type LpwOrderPlacedDetail,
  type LpwStepChangeDetail,
  type StepId,
} from 'license-plan-wizard';
import { LicensePlanWizard as LicensePlanWizardReact, type LicensePlanWizardProps } from 'license-plan-wizard/react';
import { LpwStepReview } from 'license-plan-wizard/steps';
import { OrderContextSchema, type OrderContext as ContextFromSchemas } from 'license-plan-wizard/schemas';
import { CADENCES, loadSchemas, type OrderContext } from 'license-plan-wizard';

// --- The element, found in the page -------------------------------------------------------------

const el = document.querySelector('license-plan-wizard')!;
const isWizard: LicensePlanWizard = el; // HTMLElementTagNameMap knows the tag
const created: LicensePlanWizard = document.createElement('license-plan-wizard');

el.customerId = 'acme';
el.mode = 'change';
el.planId = 'plan-acme-1';
el.purchaser = true;
el.pricingWithheld = false;
el.locale = 'de-DE';
el.requestTimeout = 10_000;
el.client = createHttpClient({ baseUrl: '/api' });
el.client = createHttpClient({ baseUrl: 'https://portal.example/api', headers: { Authorization: 'Bearer t' }, fetch });
const step: StepId = el.step;
el.reset();

// @ts-expect-error: step is read-only
el.step = 'review';
// @ts-expect-error: the client is an object, not a URL
el.client = '/api';

// --- Events: typed through HTMLElementEventMap ----------------------------------------------------

el.addEventListener('lpw-order-placed', (e) => {
  const orderId: string = e.detail.confirmation.orderId;
  const email: string = e.detail.confirmation.confirmationEmail;
  const quantity: number = e.detail.order.quantity;
  // @ts-expect-error: the confirmation has no such field
  e.detail.confirmation.orderNumber;
  return [orderId, email, quantity];
});
el.addEventListener('lpw-step-change', (e) => {
  const next: StepId = e.detail.step;
  // @ts-expect-error: the detail is { step }, not { index }
  e.detail.index;
  return next;
});
el.addEventListener('lpw-cancel', (e) => {
  if (e.detail.reason === 'reduce-usage') return e.detail.consumerTab;
  // @ts-expect-error: reason is 'user' | 'reduce-usage'
  if (e.detail.reason === 'timeout') return;
  return e.detail.step;
});
el.addEventListener('lpw-error', (e) => {
  const kind: 'config' | 'load' | 'validate' | 'submit' = e.detail.kind;
  return [kind, e.detail.message];
});
// Events bubble and are composed, so an ancestor hears them too.
document.querySelector('main')!.addEventListener('lpw-order-placed', (e) => e.detail.order.customerId);

// --- A client of one's own ------------------------------------------------------------------------

const client: LicensePlanApiClient = {
  loadContext: async (req, init) => {
    init?.signal?.throwIfAborted();
    throw new ApiError('http', `no context for ${req.customerId}`, 404);
  },
  validateOrder: async () => ({ ok: true, quote: null }),
  submitOrder: async (order) => ({
    orderId: `ORD-${order.quantity}`,
    confirmationEmail: 'a@example.com',
    effectiveDate: '2026-11-26',
  }),
};
el.client = client;
const rejected = (error: unknown) => error instanceof OrderRejectedError && error.errors.map((f) => f.field);

// --- React ------------------------------------------------------------------------------------------

const onOrderPlaced = (e: CustomEvent<LpwOrderPlacedDetail>) => e.detail.confirmation.orderId;
const props: LicensePlanWizardProps = {
  customerId: 'acme',
  mode: 'new',
  purchaser: true,
  pricingWithheld: true,
  locale: 'en-GB',
  client,
  className: 'checkout',
  onStepChange: (e: CustomEvent<LpwStepChangeDetail>) => e.detail.step,
  onOrderPlaced,
  onCancel: (e: CustomEvent<LpwCancelDetail>) => e.detail.reason,
  onError: (e: CustomEvent<LpwErrorDetail>) => e.detail.kind,
};
const element = createElement(LicensePlanWizardReact, props);
const withRef = createElement(LicensePlanWizardReact, {
  customerId: 'acme',
  ref: (node: LicensePlanWizard | null) => node?.reset(),
  onOrderPlaced: (e) => e.detail.confirmation.effectiveDate,
});

const wrong: LicensePlanWizardProps = {
  customerId: 'acme',
  // @ts-expect-error: the lpw-order-placed detail has no `id`
  onOrderPlaced: (e: CustomEvent<{ id: string }>) => e.detail.id,
};
// @ts-expect-error: purchaser is a boolean property, not an attribute string
createElement(LicensePlanWizardReact, { customerId: 'acme', purchaser: 'yes' });

export { created, element, isWizard, rejected, step, withRef, wrong };

// The events bubble out of the shadow root and up to the document and window, where they are typed too.
document.addEventListener('lpw-order-placed', (e) => e.detail.confirmation.orderId.toUpperCase());
window.addEventListener('lpw-error', (e) => {
  const kind: 'config' | 'load' | 'validate' | 'submit' = e.detail.kind;
  return kind;
});
// @ts-expect-error: lpw-cancel's detail has no orderId
document.addEventListener('lpw-cancel', (e) => e.detail.orderId);

// The later steps' classes come from `license-plan-wizard/steps` (the wizard loads them on demand);
// their tags are typed from the main entry already.
const review: LpwStepReview | null = document.querySelector('lpw-step-review');
void customElements.whenDefined('lpw-step-review').then(() => review instanceof LpwStepReview);
// The main entry exports them as types only: typed code compiles, a value import does not.
type PaymentFromMain = import('license-plan-wizard').LpwStepPayment;
const payment: PaymentFromMain | null = document.querySelector('lpw-step-payment');
void payment;
// @ts-expect-error: the main entry does not export the later steps' classes as values
void import('license-plan-wizard').then((module) => module.LpwStepReview);

// The contract's schemas are `license-plan-wizard/schemas` (zod/mini); the main entry has their types
// and the code lists, so a host can check data with the same schemas the wizard parses with.
const checked = OrderContextSchema.safeParse({});
const sameShape: OrderContext | undefined = checked.success ? (checked.data satisfies ContextFromSchemas) : undefined;
const cadences: readonly string[] = CADENCES;
void [sameShape, cadences];
// The standalone bundle's pages load the same schemas on demand.
void loadSchemas().then(({ LicenseOrderSchema }) => LicenseOrderSchema.safeParse({}).success);
// @ts-expect-error: the main entry does not export the schemas as values
void import('license-plan-wizard').then((module) => module.OrderContextSchema.safeParse({}));
