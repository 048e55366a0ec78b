/**
 * An in-memory stand-in for the Partner Portal's license-ordering API. It has no
 * HTTP in it: every method takes plain values and returns `{ status, body }`
 * (or a ValidationResult), so it can be tested directly and served by the msw
 * handlers in ./handlers.ts. It checks orders with the same rules the wizard
 * uses (src/model/rules.ts), so the two cannot drift apart.
 */
import { addMonths, daysInMonth, firstOfMonth, isRealDate, localToday } from '../model/dates.js';
import { multiply, termTotal } from '../model/money.js';
import {
  checkPurchaseRef,
  checkStartDate,
  findProduct,
  isOffered,
  offeredOptions,
  parseQuantity,
  type Problem,
} from '../model/rules.js';
import {
  CADENCES,
  LicenseOrderSchema,
  MODES,
  type Cadence,
  type ExistingPlan,
  type FieldError,
  type LicenseOrder,
  type Mode,
  type OrderConfirmation,
  type OrderContext,
  type Product,
  type Quote,
  type ValidationResult,
} from '../model/schemas.js';
import { MOCK_DATA, type MockCustomer, type MockData, type MockPlan } from './data.js';

/** Ways to make the fake backend misbehave, for the demo and for tests. */
export interface Scenario {
  /** Delay every HTTP answer by this many milliseconds (applied by the msw handlers). */
  slow?: number;
  /** Every new order fails with HTTP 500. A repeated idempotency key still gets its first confirmation. */
  failSubmit?: boolean;
  /** The order context breaks the contract: every product's maxQuantity is a string. */
  malformedContext?: boolean;
  /** The order context carries no prices, and validation returns `quote: null`. */
  pricingWithheld?: boolean;
}

export interface FakeBackendOptions {
  /** The backend's idea of today, YYYY-MM-DD. Defaults to the local date. */
  today?: string;
  scenario?: Scenario;
  /** The data to start from (deep-copied). Defaults to MOCK_DATA. */
  data?: MockData;
}

export interface ErrorBody {
  message: string;
}

export interface RejectionBody {
  errors: FieldError[];
}

export type ContextResponse = { status: 200; body: OrderContext } | { status: 400 | 404; body: ErrorBody };
export type ValidateResponse = { status: 200; body: ValidationResult } | { status: 422; body: RejectionBody };
export type SubmitResponse =
  | { status: 201; body: OrderConfirmation }
  | { status: 422; body: RejectionBody }
  | { status: 400 | 500; body: ErrorBody };

/** An order the backend accepted. */
export interface StoredOrder {
  orderId: string;
  idempotencyKey: string;
  order: LicenseOrder;
  confirmation: OrderConfirmation;
  /** The plan the order created (new mode) or changed (change mode). */
  planId: string;
}

type Check =
  | { ok: false; malformed: boolean; errors: FieldError[] }
  | { ok: true; order: LicenseOrder; customer: MockCustomer; product: Product; plan: MockPlan | null; ctx: OrderContext };

const clone = <T>(value: T): T => structuredClone(value);

/** 'monthly', '1-year prepay', … as used in quote lines and messages. */
export function cadenceLabel(cadence: Cadence): string {
  return cadence === 'monthly' ? 'monthly' : `${cadence.charAt(7)}-year prepay`;
}

const countOf = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

const ORDER_KEYS = new Set<string>(Object.keys(LicenseOrderSchema.shape));

/** Field errors for a body that does not match LicenseOrderSchema. */
function schemaErrors(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ field: null, message: 'The order must be a JSON object.' }];
  }
  const parsed = LicenseOrderSchema.safeParse(body);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const key = issue.path[0];
    const field = typeof key === 'string' && ORDER_KEYS.has(key) ? key : null;
    const where = issue.path.length ? issue.path.map(String).join('.') : 'order';
    let what: string;
    switch (issue.code) {
      case 'invalid_type':
        what = `is missing or is not a ${issue.expected}`;
        break;
      case 'too_small':
        what = issue.origin === 'string' || issue.origin === 'array' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
        break;
      case 'invalid_value':
        what = `must be one of ${issue.values.map(String).join(', ')}`;
        break;
      case 'custom':
        what = issue.message;
        break;
      default:
        what = 'is not valid';
    }
    return { field, message: `The order's ${where} ${what}.` };
  });
}

export class FakeBackend {
  /** Mutable at any time; the next call sees the new scenario. */
  scenario: Scenario;
  readonly today: string;

  private readonly data: MockData;
  private readonly stored: StoredOrder[] = [];
  private readonly byKey = new Map<string, OrderConfirmation>();

  constructor({ today = localToday(), scenario = {}, data = MOCK_DATA }: FakeBackendOptions = {}) {
    if (!isRealDate(today)) throw new RangeError(`FakeBackend: today must be a date written YYYY-MM-DD, not "${today}".`);
    this.today = today;
    this.scenario = { ...scenario };
    this.data = clone(data);
  }

  /** The window a new plan may start in: from the first day of the previous month to three months ahead. */
  get startDateWindow(): OrderContext['startDate'] {
    return {
      earliest: firstOfMonth(addMonths(this.today, -1)),
      latest: addMonths(this.today, 3),
      default: this.today,
    };
  }

  /** Orders accepted so far, oldest first (copies). */
  get orders(): StoredOrder[] {
    return clone(this.stored);
  }

  customers(): MockCustomer[] {
    return clone(this.data.customers);
  }

  /** The customer's current plans, as the contract's ExistingPlan (copies); empty for an unknown customer. */
  plans(customerId: string): ExistingPlan[] {
    return this.data.plans.filter((p) => p.customerId === customerId).map(toExistingPlan);
  }

  /** GET …/license-order-context */
  context(customerId: string, mode: string, planId?: string | null): ContextResponse {
    const customer = this.customer(customerId);
    if (!customer) return { status: 404, body: { message: `There is no customer with the id "${customerId}".` } };
    if (!isMode(mode)) return { status: 400, body: { message: `The mode must be "new" or "change", not "${mode}".` } };
    let plan: MockPlan | null = null;
    if (mode === 'change') {
      if (!planId) return { status: 400, body: { message: 'A change needs the id of the plan to change (planId).' } };
      plan = this.plan(customerId, planId) ?? null;
      if (!plan) return { status: 404, body: { message: `${customer.name} has no plan with the id "${planId}".` } };
    }
    const ctx = this.buildContext(customer, plan, !this.scenario.pricingWithheld);
    if (this.scenario.malformedContext) {
      // Deliberately breaks the contract, the way a faulty backend might.
      for (const product of ctx.products) (product as { maxQuantity: unknown }).maxQuantity = String(product.maxQuantity);
    }
    return { status: 200, body: ctx };
  }

  /** Checks an order and prices it. Malformed input is reported as field errors too. */
  validate(order: unknown): ValidationResult {
    const check = this.check(order, false);
    if (!check.ok) return { ok: false, errors: check.errors };
    return { ok: true, quote: this.scenario.pricingWithheld ? null : quote(check.order, check.product, this.effectiveStart(check.order)) };
  }

  /** POST …/license-orders/validate: 422 for a body that does not match the order schema, else 200 with the result. */
  validateRequest(body: unknown): ValidateResponse {
    const errors = schemaErrors(body);
    if (errors.length) return { status: 422, body: { errors } };
    return { status: 200, body: this.validate(body) };
  }

  /** POST …/license-orders. A repeated idempotency key returns the first confirmation and stores nothing. */
  submit(order: unknown, idempotencyKey: string | null | undefined): SubmitResponse {
    if (!idempotencyKey) return { status: 400, body: { message: 'The Idempotency-Key header is required.' } };
    const earlier = this.byKey.get(idempotencyKey);
    if (earlier) return { status: 201, body: clone(earlier) };
    if (this.scenario.failSubmit) {
      return { status: 500, body: { message: 'The ordering system is not available right now. Try again later.' } };
    }
    const check = this.check(order, true);
    if (!check.ok) return { status: 422, body: { errors: check.errors } };

    const orderId = `ORD-${this.today.slice(0, 4)}-${String(this.stored.length + 1).padStart(4, '0')}`;
    const confirmation: OrderConfirmation = {
      orderId,
      confirmationEmail: check.customer.contactEmail,
      effectiveDate: this.today,
    };
    const planId = check.plan ? this.applyChange(check.plan, check.order) : this.createPlan(check.order, check.product);
    this.stored.push({ orderId, idempotencyKey, order: clone(check.order), confirmation: clone(confirmation), planId });
    this.byKey.set(idempotencyKey, confirmation);
    return { status: 201, body: clone(confirmation) };
  }

  // ---------------------------------------------------------------------------

  private customer(id: string): MockCustomer | undefined {
    return this.data.customers.find((c) => c.id === id);
  }

  private plan(customerId: string, planId: string): MockPlan | undefined {
    return this.data.plans.find((p) => p.id === planId && p.customerId === customerId);
  }

  private buildContext(customer: MockCustomer, plan: MockPlan | null, withPrices: boolean): OrderContext {
    const products = customer.productIds.flatMap((id) => {
      const product = this.data.products.find((p) => p.id === id);
      if (!product) return [];
      const copy = clone(product);
      if (!withPrices) copy.paymentOptions = copy.paymentOptions.map(({ cadence }) => ({ cadence }));
      return [copy];
    });
    return {
      customer: { id: customer.id, name: customer.name },
      products,
      usage: { ...customer.usage },
      costCenters: clone(customer.costCenters),
      defaultCostCenterId: customer.defaultCostCenterId,
      startDate: this.startDateWindow,
      plan: plan ? toExistingPlan(plan) : null,
    };
  }

  /** A change takes effect today; a new plan on its start date. */
  private effectiveStart(order: LicenseOrder): string {
    return order.mode === 'new' && order.startDate ? order.startDate : this.today;
  }

  private check(input: unknown, forSubmit: boolean): Check {
    const malformed = schemaErrors(input);
    if (malformed.length) return { ok: false, malformed: true, errors: malformed };
    const order = LicenseOrderSchema.parse(input);
    const fail = (field: keyof LicenseOrder | null, message: string): Check => ({
      ok: false,
      malformed: false,
      errors: [{ field, message }],
    });

    const customer = this.customer(order.customerId);
    if (!customer) return fail('customerId', `There is no customer with the id "${order.customerId}".`);

    let plan: MockPlan | null = null;
    if (order.mode === 'change') {
      if (!order.planId) return fail('planId', 'A change must name the plan to change.');
      plan = this.plan(customer.id, order.planId) ?? null;
      if (!plan) return fail('planId', `${customer.name} has no plan with the id "${order.planId}".`);
    } else if (order.planId !== undefined) {
      return fail('planId', 'A new plan must not name an existing plan.');
    }

    const ctx = this.buildContext(customer, plan, true);
    const product = findProduct(ctx, order.productId);
    if (!product) return fail('productId', `${customer.name} cannot order the product "${order.productId}".`);
    if (plan && order.productId !== plan.productId) {
      return fail('productId', `The product of plan ${plan.id} cannot be changed.`);
    }

    const errors: FieldError[] = [];
    const add = (field: keyof LicenseOrder | null, message: string) => errors.push({ field, message });

    const quantity = parseQuantity(String(order.quantity), product, ctx);
    if (!quantity.ok) add('quantity', quantityMessage(quantity.problem, product));

    if (!isOffered(product, ctx, order.cadence)) {
      const offered = offeredOptions(product, ctx).map((o) => cadenceLabel(o.cadence)).join(', ');
      add(
        'cadence',
        plan
          ? `Plan ${plan.id} cannot be converted to ${cadenceLabel(order.cadence)}. It can be paid: ${offered}.`
          : `${product.name} is not sold with ${cadenceLabel(order.cadence)}. It is sold: ${offered}.`,
      );
    }

    if (plan) {
      if (order.startDate !== undefined) add('startDate', 'A change takes effect at once; it must not have a start date.');
    } else {
      const problem = checkStartDate(order.startDate ?? '', ctx);
      if (problem) add('startDate', startDateMessage(problem));
    }

    if (ctx.costCenters.length) {
      if (!ctx.costCenters.some((c) => c.id === order.costCenterId)) {
        add('costCenterId', `Choose one of ${customer.name}'s cost centers.`);
      }
    } else if (order.costCenterId !== null) {
      add('costCenterId', `${customer.name} has no cost centers; leave the cost center empty.`);
    }

    const refProblem = checkPurchaseRef(order.purchaseRef);
    if (refProblem) add('purchaseRef', purchaseRefMessage(refProblem));

    if (
      plan &&
      order.quantity === plan.quantity &&
      order.cadence === plan.cadence &&
      order.costCenterId === plan.costCenterId &&
      order.purchaseRef.trim() === plan.purchaseRef
    ) {
      add(null, `The order does not change anything on plan ${plan.id}.`);
    }

    if (forSubmit && !order.purchaserConfirmed) {
      add('purchaserConfirmed', 'Confirm that you are allowed to make purchases for this customer.');
    }

    if (errors.length) return { ok: false, malformed: false, errors };
    return { ok: true, order, customer, product, plan, ctx };
  }

  private applyChange(plan: MockPlan, order: LicenseOrder): string {
    plan.quantity = order.quantity;
    plan.cadence = order.cadence;
    plan.costCenterId = order.costCenterId;
    plan.purchaseRef = order.purchaseRef.trim();
    return plan.id;
  }

  private createPlan(order: LicenseOrder, product: Product): string {
    const taken = new Set(this.data.plans.map((p) => p.id));
    let n = this.data.plans.filter((p) => p.customerId === order.customerId).length + 1;
    while (taken.has(`plan-${order.customerId}-${n}`)) n++;
    const id = `plan-${order.customerId}-${n}`;
    const sold = new Set(product.paymentOptions.map((o) => o.cadence));
    this.data.plans.push({
      id,
      customerId: order.customerId,
      productId: order.productId,
      quantity: order.quantity,
      cadence: order.cadence,
      allowedCadences: CADENCES.filter((c) => sold.has(c)),
      costCenterId: order.costCenterId,
      purchaseRef: order.purchaseRef.trim(),
      startDate: order.startDate ?? this.today,
    });
    return id;
  }
}

const isMode = (value: string): value is Mode => (MODES as readonly string[]).includes(value);

function toExistingPlan({ customerId: _customer, ...plan }: MockPlan): ExistingPlan {
  return clone(plan);
}

/**
 * Prices an order: one line, the total for one term of the cadence, and the first
 * invoice (monthly: the rest of the start month, pro rata by days; prepay: the term).
 * Null when the product has no price for the cadence.
 */
export function quote(order: LicenseOrder, product: Product, start: string): Quote | null {
  const unitPrice = product.paymentOptions.find((o) => o.cadence === order.cadence)?.unitPrice;
  if (!unitPrice) return null;
  const total = termTotal(unitPrice, order.quantity, order.cadence);
  const label = `${order.quantity} × ${product.name}, ${cadenceLabel(order.cadence)}`;
  let firstInvoice = total;
  if (order.cadence === 'monthly') {
    const days = daysInMonth(start);
    const remaining = days - Number(start.slice(8, 10)) + 1;
    firstInvoice = multiply(total, remaining / days);
  }
  return { lines: [{ label, amount: total }], total, firstInvoice };
}

function quantityMessage(problem: Problem, product: Product): string {
  switch (problem.code) {
    case 'below-usage':
      return `${countOf(problem.usage, product.unit)} of ${product.name} are in use, so the quantity must be at least ${problem.min}.`;
    case 'below-minimum':
      return `${product.name} is sold in quantities of at least ${problem.min}.`;
    case 'above-maximum':
      return `${product.name} is sold in quantities of at most ${problem.max}.`;
    case 'required':
      return 'Enter the number of licenses.';
    default:
      return 'The quantity must be a whole number of licenses, written with the digits 0–9.';
  }
}

function startDateMessage(problem: Problem): string {
  switch (problem.code) {
    case 'required':
      return 'A new plan needs a start date.';
    case 'date-outside':
      return `The start date must be between ${problem.earliest} and ${problem.latest}.`;
    default:
      return 'The start date must be a real date written YYYY-MM-DD.';
  }
}

function purchaseRefMessage(problem: Problem): string {
  return problem.code === 'too-long'
    ? `The purchase reference must be at most ${problem.max} characters long.`
    : 'The purchase reference must not contain control characters such as line breaks or tabs.';
}
