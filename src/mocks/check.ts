/**
 * The fake Partner Portal's check of a well-formed order. Every rule is the model's
 * (src/model/rules.ts); only the sentences are the server's own (./messages.ts).
 */
import {
  changesPlan,
  checkCostCenter,
  checkPurchaseRef,
  checkStartDate,
  findProduct,
  isOffered,
  offeredOptions,
  parseQuantity,
} from '../model/rules.js';
import type { FieldError, LicenseOrder, OrderContext, Product } from '../model/schemas.js';
import type { MockCustomer, MockPlan } from './data.js';
import { costCenterMessage, purchaseRefMessage, quantityMessage, startDateMessage } from './messages.js';
import { cadenceLabel } from './text.js';

/** What the check may look up in the backend's data. */
export interface OrderWorld {
  customer(id: string): MockCustomer | undefined;
  plan(customerId: string, planId: string): MockPlan | undefined;
  /** The context the order is checked against (with prices, in English). */
  context(customer: MockCustomer, plan: MockPlan | null): OrderContext;
}

export type OrderCheck =
  | { ok: false; errors: FieldError[] }
  | { ok: true; order: LicenseOrder; customer: MockCustomer; product: Product; plan: MockPlan | null; ctx: OrderContext };

const refusal = (field: keyof LicenseOrder | null, message: string): OrderCheck => ({ ok: false, errors: [{ field, message }] });

/** Checks an order that matches LicenseOrderSchema; `forSubmit` also requires the purchaser's confirmation. */
export function checkOrder(order: LicenseOrder, world: OrderWorld, forSubmit: boolean): OrderCheck {
  const customer = world.customer(order.customerId);
  if (!customer) return refusal('customerId', `There is no customer with the id "${order.customerId}".`);

  let plan: MockPlan | null = null;
  if (order.mode === 'change') {
    if (!order.planId) return refusal('planId', 'A change must name the plan to change.');
    plan = world.plan(customer.id, order.planId) ?? null;
    if (!plan) return refusal('planId', `${customer.name} has no plan with the id "${order.planId}".`);
  } else if (order.planId !== undefined) {
    return refusal('planId', 'A new plan must not name an existing plan.');
  }

  const ctx = world.context(customer, plan);
  const product = findProduct(ctx, order.productId);
  if (!product) return refusal('productId', `${customer.name} cannot order the product "${order.productId}".`);
  if (plan && order.productId !== plan.productId)
    return refusal('productId', `The product of plan ${plan.id} cannot be changed.`);

  const errors: FieldError[] = [];
  const add = (field: keyof LicenseOrder | null, message: string) => errors.push({ field, message });

  const quantity = parseQuantity(String(order.quantity), product, ctx);
  if (!quantity.ok) add('quantity', quantityMessage(quantity.problem, product));

  if (!isOffered(product, ctx, order.cadence)) {
    const offered = offeredOptions(product, ctx)
      .map((o) => cadenceLabel(o.cadence))
      .join(', ');
    if (plan)
      add('cadence', `Plan ${plan.id} cannot be converted to ${cadenceLabel(order.cadence)}. It can be paid: ${offered}.`);
    else add('cadence', `${product.name} is not sold with ${cadenceLabel(order.cadence)}. It is sold: ${offered}.`);
  }

  if (plan) {
    if (order.startDate !== undefined) add('startDate', 'A change takes effect at once; it must not have a start date.');
  } else {
    const problem = checkStartDate(order.startDate ?? '', ctx);
    if (problem) add('startDate', startDateMessage(problem));
  }

  const costCenter = checkCostCenter(order.costCenterId, ctx);
  if (costCenter) add('costCenterId', costCenterMessage(costCenter, customer.name));
  // The wizard cannot send one; a server still refuses a cost center the customer does not have.
  if (ctx.costCenters.length === 0 && order.costCenterId !== null) {
    add('costCenterId', costCenterMessage({ code: 'not-offered' }, customer.name));
  }

  const refProblem = checkPurchaseRef(order.purchaseRef);
  if (refProblem) add('purchaseRef', purchaseRefMessage(refProblem));

  if (plan && !changesPlan(order, plan)) add(null, `The order does not change anything on plan ${plan.id}.`);

  if (forSubmit && !order.purchaserConfirmed) {
    add('purchaserConfirmed', 'Confirm that you are allowed to make purchases for this customer.');
  }

  if (errors.length) return { ok: false, errors };
  return { ok: true, order, customer, product, plan, ctx };
}
