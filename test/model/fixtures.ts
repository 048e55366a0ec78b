/**
 * Small factories for the model tests. `rawContext` returns plain, unparsed data
 * (for schema tests to corrupt); `context` runs it through OrderContextSchema so
 * a fixture that drifts out of the contract fails loudly instead of silently.
 */
import { OrderContextSchema } from '../../src/model/schemas.js';
import type { Cadence, ExistingPlan, Money, OrderContext, PaymentOption, Product } from '../../src/model/schemas.js';

export const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

/** Payment options for the given cadences, in the order given, each with a distinct price. */
export const options = (...cadences: Cadence[]): PaymentOption[] =>
  cadences.map((cadence, i) => ({ cadence, unitPrice: eur(1000 + i) }));

/** "users": min 5, max 500; options deliberately listed out of canonical order. */
export function product(overrides: Partial<Product> = {}): Product {
  return {
    id: 'users',
    name: 'Users',
    unit: 'user',
    consumerTab: 'users',
    minQuantity: 5,
    maxQuantity: 500,
    paymentOptions: options('prepay-3y', 'monthly', 'prepay-1y'),
    ...overrides,
  };
}

/** "rooms": min 1, max 50, no monthly option and more than one option. */
export function roomsProduct(overrides: Partial<Product> = {}): Product {
  return product({
    id: 'rooms',
    name: 'Team rooms',
    unit: 'room',
    consumerTab: 'team-vmrs',
    minQuantity: 1,
    maxQuantity: 50,
    paymentOptions: options('prepay-2y', 'prepay-3y'),
    ...overrides,
  });
}

/** An existing plan for "users": 20 licenses, monthly, cost center cc-2, ref PO-7. */
export function plan(overrides: Partial<ExistingPlan> = {}): ExistingPlan {
  return {
    id: 'plan-1',
    productId: 'users',
    quantity: 20,
    cadence: 'monthly',
    allowedCadences: ['monthly', 'prepay-1y'],
    costCenterId: 'cc-2',
    purchaseRef: 'PO-7',
    startDate: '2025-06-01',
    ...overrides,
  };
}

/**
 * Two products (users: usage 12 above its minimum 5; rooms: usage 3),
 * two cost centers with cc-1 the default, start dates 2026-10-01 … 2027-01-31
 * defaulting to 2026-11-26, and no plan.
 */
export function rawContext(overrides: Partial<OrderContext> = {}): OrderContext {
  return {
    customer: { id: 'cust-1', name: 'Acme' },
    products: [product(), roomsProduct()],
    usage: { users: 12, rooms: 3 },
    costCenters: [
      { id: 'cc-1', name: 'Sales' },
      { id: 'cc-2', name: 'R&D' },
    ],
    defaultCostCenterId: 'cc-1',
    startDate: { earliest: '2026-10-01', latest: '2027-01-31', default: '2026-11-26' },
    plan: null,
    ...overrides,
  };
}

/** A context validated against the public contract. */
export function context(overrides: Partial<OrderContext> = {}): OrderContext {
  return OrderContextSchema.parse(rawContext(overrides));
}

/** A change-mode context: the default context plus `plan()` (with overrides). */
export function changeContext(planOverrides: Partial<ExistingPlan> = {}, overrides: Partial<OrderContext> = {}): OrderContext {
  return context({ plan: plan(planOverrides), ...overrides });
}

/** The product with the given id, or a thrown error (keeps tests free of non-null assertions). */
export function productOf(ctx: OrderContext, id: string): Product {
  const found = ctx.products.find((p) => p.id === id);
  if (!found) throw new Error(`fixture has no product ${id}`);
  return found;
}
