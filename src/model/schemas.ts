/**
 * The public data contract. Every shape a client returns is parsed with these
 * schemas at the boundary; the TypeScript types are inferred from them so the
 * contract is written exactly once.
 */
import * as z from 'zod/mini';
import { isRealDate } from './dates.js';
import { BILLING_INTERVALS, CADENCES, CONFLICT_CODES, CONSUMER_TABS, MODES, STEP_IDS } from './codes.js';

export { BILLING_INTERVALS, CADENCES, CONFLICT_CODES, CONSUMER_TABS, MODES, STEP_IDS } from './codes.js';
export { describeIssues } from './describe-issues.js';

export const StepIdSchema = z.enum(STEP_IDS);
export const CadenceSchema = z.enum(CADENCES);
export const ConsumerTabSchema = z.enum(CONSUMER_TABS);
export const ModeSchema = z.enum(MODES);
export const ConflictCodeSchema = z.enum(CONFLICT_CODES);

export const IsoDateSchema = z.string().check(z.refine(isRealDate, 'must be a real calendar date written YYYY-MM-DD'));

// Checks are written as refinements (and one z.check, z.custom for the usage map): each other
// kind of schema or check (z.int, z.minLength, z.literal, z.superRefine, z.record…) adds its own code to the bundle.
const whole = z.number().check(z.refine(Number.isInteger, 'must be a whole number'));
/** A quantity: a whole number ≥ 1. */
const count = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1, 'must be a whole number ≥ 1'));
const id = z.string().check(z.refine((s) => s.length > 0, 'must not be empty'));

export const MoneySchema = z.object({
  amountMinor: whole,
  currency: z.string().check(z.refine((c) => /^[A-Z]{3}$/.test(c), 'must be an ISO 4217 code')),
});

export const PaymentOptionSchema = z.object({
  cadence: CadenceSchema,
  unitPrice: z.optional(z.nullable(MoneySchema)),
});

export const ProductSchema = z
  .object({
    id,
    name: z.string(),
    description: z.optional(z.string()),
    unit: z.string(),
    consumerTab: ConsumerTabSchema,
    minQuantity: count,
    maxQuantity: count,
    paymentOptions: z.array(PaymentOptionSchema).check(z.refine((a) => a.length > 0, 'must list at least one option')),
  })
  .check(
    z.refine((p) => p.minQuantity <= p.maxQuantity, {
      message: 'minQuantity must not exceed maxQuantity',
      path: ['minQuantity'],
    }),
  );

export const ExistingPlanSchema = z.object({
  id,
  productId: id,
  quantity: count,
  cadence: CadenceSchema,
  allowedCadences: z.array(CadenceSchema).check(z.refine((a) => a.length > 0, 'must list at least one cadence')),
  costCenterId: z.nullable(z.string()),
  purchaseRef: z.string(),
  startDate: IsoDateSchema,
  /** Changes with every change of the plan; a change order carries it so a concurrent change is noticed. */
  version: z.optional(z.string()),
});

export const CostCenterSchema = z.object({ id, name: z.string() });

const hasDuplicates = (ids: string[]) => new Set(ids).size !== ids.length;

export const OrderContextSchema = z
  .object({
    customer: z.object({ id, name: z.string() }),
    products: z.array(ProductSchema).check(z.refine((a) => a.length > 0, 'lists no products')),
    /** productId -> licenses in use now (integer >= 0) */
    usage: z.custom<Record<string, number>>((u) => typeof u === 'object' && u !== null && !Array.isArray(u), 'must be an object'),
    costCenters: z.array(CostCenterSchema),
    defaultCostCenterId: z.nullable(z.string()),
    startDate: z.object({ earliest: IsoDateSchema, latest: IsoDateSchema, default: IsoDateSchema }),
    plan: z.nullable(ExistingPlanSchema),
  })
  .check(
    // The cross-field rules; zod runs them only when every field above is well-formed.
    z.check(({ value: ctx, issues }) => {
      const { usage, products, costCenters, defaultCostCenterId, plan } = ctx;
      const fail = (message: string, ...path: string[]) => issues.push({ code: 'custom', message, path, input: ctx });
      for (const [product, n] of Object.entries(usage))
        if (!Number.isInteger(n) || n < 0) fail('must be a whole number ≥ 0', 'usage', product);
      if (hasDuplicates(products.map((p) => p.id))) fail('has duplicate ids', 'products');
      if (hasDuplicates(costCenters.map((c) => c.id))) fail('has duplicate ids', 'costCenters');
      if (defaultCostCenterId !== null && !costCenters.some((c) => c.id === defaultCostCenterId))
        fail('is not in costCenters', 'defaultCostCenterId');
      const { earliest, latest, default: def } = ctx.startDate;
      if (!(earliest <= def && def <= latest)) fail('must have earliest ≤ default ≤ latest', 'startDate');
      if (plan && !products.some((p) => p.id === plan.productId)) fail('has a productId not in products', 'plan');
      if (plan && !plan.allowedCadences.includes(plan.cadence))
        fail("must include the plan's cadence", 'plan', 'allowedCadences');
      products.forEach((p, i) => {
        if (hasDuplicates(p.paymentOptions.map((o) => o.cadence)))
          fail('lists a cadence twice', 'products', String(i), 'paymentOptions');
      });
    }),
  );

export const LicenseOrderSchema = z.object({
  customerId: id,
  mode: ModeSchema,
  planId: z.optional(z.string()),
  productId: id,
  quantity: count,
  cadence: CadenceSchema,
  startDate: z.optional(IsoDateSchema),
  costCenterId: z.nullable(z.string()),
  purchaseRef: z.string(),
  purchaserConfirmed: z.boolean(),
  idempotencyKey: id,
  /** On submitOrder only: the id of the quote the user saw on Review, when it had one. */
  quoteId: z.optional(z.string()),
  /** Change mode: the version of the plan the order was made against, when the plan has one. */
  planVersion: z.optional(z.string()),
});

/** A recurring charge, as billing APIs write it: a 3-year prepay billed up front is year × 3. */
export const BillingSchema = z.object({
  amount: MoneySchema,
  interval: z.enum(BILLING_INTERVALS),
  intervalCount: count,
});

export const InvoicePeriodSchema = z.object({ start: IsoDateSchema, end: IsoDateSchema });

export const QuoteSchema = z.object({
  /** Identifies the price the user saw; submitOrder sends it back as `quoteId`. */
  id: z.optional(z.string()),
  /** RFC 3339 date-time after which the server no longer honours this quote. */
  expiresAt: z.optional(z.iso.datetime({ offset: true })),
  lines: z.array(z.object({ label: z.string(), amount: MoneySchema })),
  total: MoneySchema,
  firstInvoice: z.optional(z.nullable(MoneySchema)),
  /** The new plan's recurring charge. */
  billing: z.optional(BillingSchema),
  /** Change mode: what the plan costs today. */
  currentBilling: z.optional(BillingSchema),
  firstInvoicePeriod: z.optional(InvoicePeriodSchema),
  nextInvoiceDate: z.optional(IsoDateSchema),
  taxIncluded: z.optional(z.boolean()),
});

export const FieldErrorSchema = z.object({ field: z.nullable(z.string()), message: z.string() });

/** The JSON body of an HTTP 409 from submitOrder. */
export const ConflictSchema = z.object({ code: ConflictCodeSchema, message: z.optional(z.string()) });

/** The answer of validateOrder: `ok: true` with an optional quote, or `ok: false` with the field errors. */
export const ValidationResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), quote: z.optional(z.nullable(QuoteSchema)) }),
  z.object({ ok: z.literal(false), errors: z.array(FieldErrorSchema) }),
]);

export const OrderConfirmationSchema = z.object({
  orderId: id,
  confirmationEmail: z.string(),
  effectiveDate: IsoDateSchema,
});

export type StepId = z.infer<typeof StepIdSchema>;
export type Cadence = z.infer<typeof CadenceSchema>;
export type ConsumerTab = z.infer<typeof ConsumerTabSchema>;
export type Mode = z.infer<typeof ModeSchema>;
export type ConflictCode = z.infer<typeof ConflictCodeSchema>;
export type Billing = z.infer<typeof BillingSchema>;
export type InvoicePeriod = z.infer<typeof InvoicePeriodSchema>;
export type IsoDate = string;
export type Money = z.infer<typeof MoneySchema>;
export type PaymentOption = z.infer<typeof PaymentOptionSchema>;
export type Product = z.infer<typeof ProductSchema>;
export type ExistingPlan = z.infer<typeof ExistingPlanSchema>;
export type CostCenter = z.infer<typeof CostCenterSchema>;
export type OrderContext = z.infer<typeof OrderContextSchema>;
export type LicenseOrder = z.infer<typeof LicenseOrderSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type FieldError = z.infer<typeof FieldErrorSchema>;
export type ValidationResult = z.infer<typeof ValidationResultSchema>;
export type OrderConfirmation = z.infer<typeof OrderConfirmationSchema>;
