/**
 * The read-only checks: they load the order context and place nothing. Each answer is parsed with
 * the contract's schemas (src/model/schemas.ts), which carry the cross-field rules JSON Schema
 * cannot express, and with the few rules the wizard needs beyond them.
 */
import { findProduct, minimumQuantity, offeredOptions } from '../src/model/rules.js';
import { describeIssues, OrderContextSchema, type OrderContext } from '../src/model/schemas.js';
import type { CheckResult } from './result.js';
import { fail, pass, skip } from './result.js';
import { call, type Target } from './target.js';

/** What the read-only checks learnt, for the order checks that follow. */
export interface Loaded {
  newContext: OrderContext | null;
  changeContext: OrderContext | null;
}

const contextPath = (mode: 'new' | 'change', planId?: string) =>
  `license-order-context?${new URLSearchParams(planId ? { mode, planId } : { mode })}`;

/** Rules beyond the schema without which the wizard cannot make a valid order from the context. */
function usabilityProblems(ctx: OrderContext): string[] {
  const problems: string[] = [];
  for (const product of ctx.products) {
    if (minimumQuantity(product, ctx) > product.maxQuantity) {
      problems.push(`${product.id}: the usage (${ctx.usage[product.id]}) is above maxQuantity, so no quantity is valid`);
    }
  }
  const plan = ctx.plan;
  if (plan) {
    const product = findProduct(ctx, plan.productId);
    if (product && offeredOptions(product, ctx).length === 0) {
      problems.push(`plan ${plan.id}: none of its allowedCadences is sold for ${plan.productId}`);
    }
  }
  return problems;
}

async function loadContext(target: Target, id: string, title: string, mode: 'new' | 'change', results: CheckResult[]) {
  const reply = await call(target, contextPath(mode, target.planId));
  if (reply.status !== 200) {
    results.push(fail(id, title, `expected 200, got ${reply.status}`));
    return null;
  }
  const parsed = OrderContextSchema.safeParse(reply.json);
  if (!parsed.success) {
    results.push(fail(id, title, `the context breaks the schema: ${describeIssues(parsed.error)}`));
    return null;
  }
  const problems = usabilityProblems(parsed.data);
  if (mode === 'change' && parsed.data.plan?.id !== target.planId) problems.push(`plan is not ${target.planId}`);
  if (problems.length) {
    results.push(fail(id, title, problems.join('; ')));
    return null;
  }
  const facts = [`${parsed.data.products.length} products`];
  if (parsed.data.plan)
    facts.push(parsed.data.plan.version === undefined ? 'plan without version' : `plan version ${parsed.data.plan.version}`);
  results.push(pass(id, title, facts.join(', ')));
  return parsed.data;
}

async function checkLanguage(target: Target, english: OrderContext | null, results: CheckResult[]) {
  const id = 'accept-language';
  const title = 'Accept-Language honoured or ignored gracefully';
  const reply = await call(target, contextPath('new'), { headers: { 'Accept-Language': 'de-DE,de;q=0.9' } });
  const parsed = OrderContextSchema.safeParse(reply.json);
  if (reply.status !== 200 || !parsed.success) {
    results.push(fail(id, title, `with Accept-Language: de the context failed (HTTP ${reply.status})`));
    return;
  }
  const sameNames = english !== null && english.products.every((p, i) => parsed.data.products[i]?.name === p.name);
  if (english !== null && !sameNames) {
    results.push(fail(id, title, 'product names changed with the language; they must stay as they are'));
    return;
  }
  const language = reply.headers.get('Content-Language');
  results.push(pass(id, title, language ? `answered in "${language}"` : 'no Content-Language: ignored, which is allowed'));
}

async function checkUnknownCustomer(target: Target, results: CheckResult[]) {
  const id = 'unknown-customer';
  const title = 'An unknown customer gets 404';
  const customerId = `no-such-customer-${crypto.randomUUID()}`;
  const reply = await call(target, contextPath('new'), { customerId });
  if (reply.status === 404) results.push(pass(id, title, '404'));
  else results.push(fail(id, title, `expected 404, got ${reply.status}`));
}

export async function readOnlyChecks(target: Target, results: CheckResult[]): Promise<Loaded> {
  const newContext = await loadContext(target, 'context-new', 'Order context, new mode', 'new', results);
  let changeContext: OrderContext | null = null;
  if (target.planId) {
    changeContext = await loadContext(target, 'context-change', 'Order context, change mode', 'change', results);
  } else {
    results.push(skip('context-change', 'Order context, change mode', 'no --plan given'));
  }
  await checkLanguage(target, newContext, results);
  await checkUnknownCustomer(target, results);
  return { newContext, changeContext };
}
