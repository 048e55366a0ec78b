/**
 * The OpenAPI 3.1 document of the Partner Portal API the wizard calls, built from the contract's zod
 * schemas (src/model/schemas.ts), which stay the single source. zod's JSON Schema output leaves out
 * refinements (they are code); the few that JSON Schema can say are added back here, and the
 * cross-field rules it cannot say are written into the descriptions (./openapi-rules.ts).
 */
import * as z from 'zod/mini';
import {
  BillingSchema,
  CadenceSchema,
  ConflictSchema,
  ConsumerTabSchema,
  CostCenterSchema,
  ExistingPlanSchema,
  FieldErrorSchema,
  InvoicePeriodSchema,
  IsoDateSchema,
  LicenseOrderSchema,
  ModeSchema,
  MoneySchema,
  OrderConfirmationSchema,
  OrderContextSchema,
  PaymentOptionSchema,
  ProductSchema,
  QuoteSchema,
  ValidationResultSchema,
} from '../src/model/schemas.js';
import { PURCHASE_REF_MAX } from '../src/model/rules.js';
import { RULES } from './openapi-rules.js';
import { HTTP_SCHEMAS, paths, reusable } from './openapi-paths.js';

type JsonSchema = Record<string, unknown>;

/** Every named schema of the contract, with what it is. */
function contractRegistry() {
  const registry = z.registry<{ id: string; description?: string }>();
  registry.add(ModeSchema, { id: 'Mode', description: 'new: order a new plan; change: change an existing plan.' });
  registry.add(CadenceSchema, { id: 'Cadence', description: 'How a plan is paid: monthly, or prepaid for 1 to 5 years.' });
  registry.add(ConsumerTabSchema, {
    id: 'ConsumerTab',
    description: 'The Partner Portal tab where licenses of the product are used.',
  });
  registry.add(IsoDateSchema, { id: 'IsoDate', description: 'A real calendar date written YYYY-MM-DD.' });
  registry.add(MoneySchema, { id: 'Money', description: 'An amount in minor units (cents) of an ISO 4217 currency.' });
  registry.add(PaymentOptionSchema, { id: 'PaymentOption', description: RULES.PaymentOption });
  registry.add(ProductSchema, { id: 'Product', description: RULES.Product });
  registry.add(ExistingPlanSchema, { id: 'ExistingPlan', description: RULES.ExistingPlan });
  registry.add(CostCenterSchema, { id: 'CostCenter' });
  registry.add(OrderContextSchema, { id: 'OrderContext', description: RULES.OrderContext });
  registry.add(LicenseOrderSchema, { id: 'LicenseOrder', description: RULES.LicenseOrder });
  registry.add(BillingSchema, { id: 'Billing', description: RULES.Billing });
  registry.add(InvoicePeriodSchema, { id: 'InvoicePeriod', description: 'The first and last day an invoice covers.' });
  registry.add(QuoteSchema, { id: 'Quote', description: RULES.Quote });
  registry.add(FieldErrorSchema, { id: 'FieldError', description: RULES.FieldError });
  registry.add(ValidationResultSchema, { id: 'ValidationResult', description: RULES.ValidationResult });
  registry.add(OrderConfirmationSchema, { id: 'OrderConfirmation', description: 'The order as placed.' });
  registry.add(ConflictSchema, { id: 'Conflict', description: RULES.Conflict });
  return registry;
}

/** What the refinements of single fields say, as JSON Schema: keyed by the zod schema they refine. */
function refinementsAsJsonSchema(): Map<unknown, JsonSchema> {
  const whole = MoneySchema.shape.amountMinor;
  const count = LicenseOrderSchema.shape.quantity;
  const nonEmpty = LicenseOrderSchema.shape.customerId;
  return new Map<unknown, JsonSchema>([
    [whole, { type: 'integer' }],
    [count, { type: 'integer', minimum: 1 }],
    [nonEmpty, { minLength: 1 }],
    [MoneySchema.shape.currency, { pattern: '^[A-Z]{3}$' }],
    [IsoDateSchema, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }],
    [ProductSchema.shape.paymentOptions, { minItems: 1 }],
    [OrderContextSchema.shape.products, { minItems: 1 }],
    [ExistingPlanSchema.shape.allowedCadences, { minItems: 1 }],
    [
      LicenseOrderSchema.shape.purchaseRef,
      { description: `At most ${PURCHASE_REF_MAX} characters once trimmed; no control characters.` },
    ],
    // z.custom has no JSON Schema: the usage map is written out by hand.
    [
      OrderContextSchema.shape.usage,
      { type: 'object', additionalProperties: { type: 'integer', minimum: 0 }, description: RULES.usage },
    ],
  ]);
}

/** The components' schemas: zod's JSON Schema (draft 2020-12, which OpenAPI 3.1 uses) per named schema. */
export function componentSchemas(): Record<string, JsonSchema> {
  const patches = refinementsAsJsonSchema();
  const registry = contractRegistry();
  const { schemas } = z.toJSONSchema(registry, {
    // The ids and the descriptions both come from this registry.
    metadata: registry,
    target: 'draft-2020-12',
    // Requests and responses may carry more properties than listed (the contract grows additively).
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: (ctx) => {
      if (patches.has(ctx.zodSchema)) return {};
      return 'throw';
    },
    override: (ctx) => {
      const patch = patches.get(ctx.zodSchema);
      if (patch) Object.assign(ctx.jsonSchema, patch);
    },
  });
  const result: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    result[id] = rest;
  }
  return result;
}

export function openApiDocument(version: string): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Partner Portal license-ordering API (license-plan-wizard)',
      version,
      summary: 'The three endpoints <license-plan-wizard> calls to load, check and place a license order.',
      description:
        'Generated from the zod schemas of license-plan-wizard (src/model/schemas.ts) by `npm run openapi`; do not edit by hand. ' +
        'Every response body is parsed by the wizard with those schemas. Properties not listed are ignored, so servers may add more. ' +
        'Check a server against this contract with `npx license-plan-wizard-check`.',
    },
    servers: [
      {
        url: '{baseUrl}',
        description: "The host's `api-base-url`.",
        variables: { baseUrl: { default: 'http://127.0.0.1:8787/api' } },
      },
    ],
    security: [{ bearerAuth: [] }, {}],
    paths: paths(),
    components: { ...reusable(), schemas: { ...componentSchemas(), ...HTTP_SCHEMAS } },
  };
}
