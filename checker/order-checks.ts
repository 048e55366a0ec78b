/**
 * The checks that place orders (`--place-orders`, for staging servers only): validation, the
 * idempotency of submit, and the 409 conflicts where quotes carry ids and plans carry versions.
 */
import { minimumQuantity, offeredOptions } from '../src/model/rules.js';
import {
  ConflictSchema,
  describeIssues,
  FieldErrorSchema,
  OrderConfirmationSchema,
  ValidationResultSchema,
  type ConflictCode,
  type LicenseOrder,
  type OrderContext,
  type Quote,
} from '../src/model/schemas.js';
import type { Loaded } from './read-checks.js';
import { fail, pass, skip, type CheckResult } from './result.js';
import { call, freshKey, type Reply, type Target } from './target.js';

const PURCHASE_REF = 'conformance-check';

/** A valid new order from the context: its first product at its minimum, on the first offered cadence. */
function goodNewOrder(ctx: OrderContext, customerId: string): LicenseOrder {
  const product = ctx.products[0];
  const cadence = offeredOptions(product, ctx)[0]?.cadence ?? product.paymentOptions[0].cadence;
  return {
    customerId,
    mode: 'new',
    productId: product.id,
    quantity: minimumQuantity(product, ctx),
    cadence,
    startDate: ctx.startDate.default,
    costCenterId: ctx.defaultCostCenterId ?? ctx.costCenters[0]?.id ?? null,
    purchaseRef: PURCHASE_REF,
    purchaserConfirmed: true,
    idempotencyKey: freshKey('new'),
  };
}

function fieldErrorsOf(json: unknown): { field: string | null }[] {
  if (typeof json !== 'object' || json === null) return [];
  const errors = (json as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter((e) => FieldErrorSchema.safeParse(e).success);
}

const submit = (target: Target, order: LicenseOrder) =>
  call(target, 'license-orders', { method: 'POST', body: order, headers: { 'Idempotency-Key': order.idempotencyKey } });

function conflictCode(reply: Reply): ConflictCode | null {
  const parsed = ConflictSchema.safeParse(reply.json);
  return parsed.success ? parsed.data.code : null;
}

async function checkValidateGood(target: Target, order: LicenseOrder, results: CheckResult[]): Promise<Quote | null> {
  const id = 'validate-good';
  const title = 'Validate a good order: 200 ok';
  const reply = await call(target, 'license-orders/validate', { method: 'POST', body: order });
  const parsed = ValidationResultSchema.safeParse(reply.json);
  if (reply.status !== 200) results.push(fail(id, title, `expected 200, got ${reply.status}`));
  else if (!parsed.success) results.push(fail(id, title, `the result breaks the schema: ${describeIssues(parsed.error)}`));
  else if (!parsed.data.ok) results.push(fail(id, title, `refused: ${parsed.data.errors.map((e) => e.message).join(' ')}`));
  else {
    const quote = parsed.data.quote ?? null;
    results.push(pass(id, title, quote ? `quoted ${quote.total.amountMinor} ${quote.total.currency}` : 'ok, no quote'));
    return quote;
  }
  return null;
}

async function checkBelowUsage(target: Target, ctx: OrderContext, order: LicenseOrder, results: CheckResult[]) {
  const id = 'validate-below-usage';
  const title = 'Validate below usage: a quantity field error';
  const product = ctx.products.find((p) => (ctx.usage[p.id] ?? 0) > 0 && minimumQuantity(p, ctx) > 1);
  if (!product) {
    results.push(skip(id, title, 'no product of this customer has usage above 1'));
    return;
  }
  const cadence = offeredOptions(product, ctx)[0]?.cadence ?? order.cadence;
  const below = { ...order, productId: product.id, cadence, quantity: minimumQuantity(product, ctx) - 1 };
  const reply = await call(target, 'license-orders/validate', { method: 'POST', body: below });
  const onQuantity = fieldErrorsOf(reply.json).some((e) => e.field === 'quantity');
  const refusedAt200 = reply.status === 200 && (reply.json as { ok?: unknown } | undefined)?.ok === false;
  if ((reply.status === 422 || refusedAt200) && onQuantity)
    results.push(pass(id, title, `${reply.status} with a quantity error`));
  else
    results.push(
      fail(id, title, `expected 422 with a quantity field error, got ${reply.status}${onQuantity ? '' : ' without one'}`),
    );
}

async function checkIdempotency(target: Target, order: LicenseOrder, results: CheckResult[]) {
  const id = 'submit-idempotent';
  const title = 'Submit twice with one key: one order';
  const first = await submit(target, order);
  const second = await submit(target, order);
  const a = OrderConfirmationSchema.safeParse(first.json);
  const b = OrderConfirmationSchema.safeParse(second.json);
  if (first.status !== 201 && first.status !== 200) results.push(fail(id, title, `the first submit answered ${first.status}`));
  else if (!a.success) results.push(fail(id, title, `the confirmation breaks the schema: ${describeIssues(a.error)}`));
  else if (!b.success) results.push(fail(id, title, `the replay answered ${second.status} without a confirmation`));
  else if (a.data.orderId !== b.data.orderId)
    results.push(fail(id, title, `two orders: ${a.data.orderId} and ${b.data.orderId}`));
  else results.push(pass(id, title, `both answers name ${a.data.orderId}`));
}

async function checkQuoteExpired(target: Target, order: LicenseOrder, quote: Quote | null, results: CheckResult[]) {
  const id = 'quote-expired';
  const title = 'Submit with an expired quote: 409 quote-expired';
  if (!quote?.id) {
    results.push(skip(id, title, 'quotes carry no id'));
    return;
  }
  // A quote id the server never issued is as dead as one that expired.
  const stale = { ...order, idempotencyKey: freshKey('expired'), quoteId: `expired-${crypto.randomUUID()}` };
  const reply = await submit(target, stale);
  const code = conflictCode(reply);
  if (reply.status === 409 && code === 'quote-expired') results.push(pass(id, title, '409 quote-expired'));
  else results.push(fail(id, title, `expected 409 quote-expired, got ${reply.status}${code ? ` ${code}` : ''}`));
}

async function checkPlanChanged(target: Target, ctx: OrderContext | null, results: CheckResult[]) {
  const id = 'plan-changed';
  const title = 'Change with an old plan version: 409 plan-changed';
  const plan = ctx?.plan;
  if (!ctx || !plan) {
    results.push(skip(id, title, 'no change-mode context (give --plan)'));
    return;
  }
  if (plan.version === undefined) {
    results.push(skip(id, title, 'plans carry no version'));
    return;
  }
  const product = ctx.products.find((p) => p.id === plan.productId);
  const quantity = product && plan.quantity < product.maxQuantity ? plan.quantity + 1 : plan.quantity - 1;
  const order: LicenseOrder = {
    customerId: target.customerId,
    mode: 'change',
    planId: plan.id,
    productId: plan.productId,
    quantity,
    cadence: plan.cadence,
    costCenterId: plan.costCenterId,
    purchaseRef: plan.purchaseRef,
    purchaserConfirmed: true,
    idempotencyKey: freshKey('plan'),
    planVersion: `${plan.version}-superseded`,
  };
  const reply = await submit(target, order);
  const code = conflictCode(reply);
  if (reply.status === 409 && code === 'plan-changed') results.push(pass(id, title, '409 plan-changed'));
  else results.push(fail(id, title, `expected 409 plan-changed, got ${reply.status}${code ? ` ${code}` : ''}`));
}

export async function orderChecks(target: Target, loaded: Loaded, results: CheckResult[]): Promise<void> {
  const ctx = loaded.newContext;
  if (!ctx) {
    for (const id of ['validate-good', 'validate-below-usage', 'submit-idempotent', 'quote-expired']) {
      results.push(skip(id, id, 'the new-mode context did not load'));
    }
  } else {
    const order = goodNewOrder(ctx, target.customerId);
    const quote = await checkValidateGood(target, order, results);
    await checkBelowUsage(target, ctx, order, results);
    await checkIdempotency(target, order, results);
    await checkQuoteExpired(target, order, quote, results);
  }
  await checkPlanChanged(target, loaded.changeContext, results);
}
