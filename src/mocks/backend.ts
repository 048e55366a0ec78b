/**
 * An in-memory stand-in for the Partner Portal's license-ordering API. It has no HTTP in it: every
 * method takes plain values and returns `{ status, body }` (or a ValidationResult), so it can be
 * tested directly and served over HTTP by ./routes.ts (msw in the browser, node:http in server/).
 * It checks orders with the model's own rules (src/model/rules.ts), so the two cannot drift apart.
 */
import { addMonths, firstOfMonth, isRealDate, localToday } from '../model/dates.js';
import { multiply } from '../model/money.js';
import type { ExistingPlan, LicenseOrder, OrderConfirmation, OrderContext, Product, ValidationResult } from '../model/schemas.js';
import { CADENCES, LicenseOrderSchema } from '../model/schemas.js';
import { isMode } from '../model/config.js';
import { checkOrder, type OrderWorld } from './check.js';
import { planConflict, quoteConflict, type IssuedQuote } from './conflicts.js';
import { MOCK_DATA, type MockCustomer, type MockData, type MockPlan } from './data.js';
import { schemaErrors } from './messages.js';
import { quote } from './pricing.js';
import type { ContextResponse, ScenarioEvent, StoredOrder, SubmitResponse, ValidateResponse } from './responses.js';
import type { Scenario } from './scenario.js';

export type { Scenario } from './scenario.js';
import { describeProduct, type BackendLocale } from './text.js';

export interface FakeBackendOptions {
  /** The backend's idea of today, YYYY-MM-DD. Defaults to the local date. */
  today?: string;
  scenario?: Scenario;
  /** The data to start from (deep-copied). Defaults to MOCK_DATA. */
  data?: MockData;
  /** The clock quotes expire by, in milliseconds since the epoch. Default Date.now. */
  now?: () => number;
  /** When set, every request must carry `Authorization: Bearer <token>` (checked by ./routes.ts). */
  token?: string;
}

/** How long a quote is honoured unless the scenario says otherwise: 15 minutes. */
export const QUOTE_TTL_MS = 15 * 60_000;
/** The factor by which the "price changes before submit" scenario raises a product's prices. */
export const PRICE_RISE = 1.1;

const clone = <T>(value: T): T => structuredClone(value);

function toExistingPlan({ customerId: _customer, ...plan }: MockPlan): ExistingPlan {
  return clone(plan);
}

export class FakeBackend {
  readonly today: string;
  readonly token: string | undefined;

  private readonly data: MockData;
  private readonly now: () => number;
  private readonly stored: StoredOrder[] = [];
  private readonly byKey = new Map<string, OrderConfirmation>();
  private readonly quotes = new Map<string, IssuedQuote>();
  /** Scenario events that happen once per scenario ("the price changed"), and have. */
  private readonly happened = new Set<ScenarioEvent>();
  private current: Scenario = {};

  constructor({ today = localToday(), scenario = {}, data = MOCK_DATA, now = Date.now, token }: FakeBackendOptions = {}) {
    if (!isRealDate(today)) throw new RangeError(`FakeBackend: today must be a date written YYYY-MM-DD, not "${today}".`);
    this.today = today;
    this.token = token;
    this.now = now;
    this.scenario = scenario;
    this.data = clone(data);
    for (const plan of this.data.plans) plan.version ??= '1';
  }

  /** Mutable at any time; the next call sees the new scenario, and its one-off events can happen again. */
  get scenario(): Scenario {
    return this.current;
  }

  set scenario(scenario: Scenario) {
    this.current = { ...scenario };
    this.happened.clear();
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

  /** Someone else changes the plan: its version moves on. Returns the new version. */
  touchPlan(planId: string): string {
    const plan = this.data.plans.find((p) => p.id === planId);
    if (!plan) throw new RangeError(`FakeBackend: there is no plan "${planId}".`);
    plan.version = String(Number.parseInt(plan.version ?? '0', 10) + 1);
    return plan.version;
  }

  /** Multiplies every price of a product by `factor` (rounded to the minor unit). */
  changePrice(productId: string, factor: number): void {
    const product = this.data.products.find((p) => p.id === productId);
    if (!product) throw new RangeError(`FakeBackend: there is no product "${productId}".`);
    for (const option of product.paymentOptions) {
      if (option.unitPrice) option.unitPrice = multiply(option.unitPrice, factor);
    }
  }

  /** GET …/license-order-context */
  context(customerId: string, mode: string, planId?: string | null, locale: BackendLocale = 'en'): ContextResponse {
    const customer = this.customer(customerId);
    if (!customer) return { status: 404, body: { message: `There is no customer with the id "${customerId}".` } };
    if (!isMode(mode)) return { status: 400, body: { message: `The mode must be "new" or "change", not "${mode}".` } };
    let plan: MockPlan | null = null;
    if (mode === 'change') {
      if (!planId) return { status: 400, body: { message: 'A change needs the id of the plan to change (planId).' } };
      plan = this.plan(customerId, planId) ?? null;
      if (!plan) return { status: 404, body: { message: `${customer.name} has no plan with the id "${planId}".` } };
    }
    const ctx = this.buildContext(customer, plan, !this.scenario.pricingWithheld, locale);
    if (this.scenario.malformedContext) {
      // Deliberately breaks the contract, the way a faulty backend might.
      for (const product of ctx.products) (product as { maxQuantity: unknown }).maxQuantity = String(product.maxQuantity);
    }
    return { status: 200, body: ctx };
  }

  /** Checks an order and prices it. Malformed input is reported as field errors too. */
  validate(input: unknown, locale: BackendLocale = 'en'): ValidationResult {
    const malformed = schemaErrors(input);
    if (malformed.length) return { ok: false, errors: malformed };
    const check = checkOrder(LicenseOrderSchema.parse(input), this.world, false);
    if (!check.ok) return { ok: false, errors: check.errors };
    const result = this.priced(check.order, check.product, check.plan, locale);
    this.afterFirstCheck(check.order, check.product);
    return result;
  }

  /** The answer to a valid order: its quote with an id and an expiry, or none when pricing is withheld. */
  private priced(order: LicenseOrder, product: Product, plan: MockPlan | null, locale: BackendLocale): ValidationResult {
    if (this.scenario.pricingWithheld) return { ok: true, quote: null };
    const priced = quote(order, product, this.effectiveStart(order), { locale, currentPlan: plan });
    if (!priced) return { ok: true, quote: null };
    const id = `Q-${this.quotes.size + 1}`;
    const expiresAt = this.now() + (this.scenario.quoteTtlMs ?? QUOTE_TTL_MS);
    this.quotes.set(id, { expiresAt, total: priced.total });
    return { ok: true, quote: { id, expiresAt: new Date(expiresAt).toISOString(), ...priced } };
  }

  /** POST …/license-orders/validate: 422 for a body that breaks the schema, 409 for a stale plan version, else 200. */
  validateRequest(body: unknown, locale: BackendLocale = 'en'): ValidateResponse {
    const errors = schemaErrors(body);
    if (errors.length) return { status: 422, body: { errors } };
    const conflict = this.stalePlan(LicenseOrderSchema.parse(body));
    if (conflict) return { status: 409, body: conflict };
    return { status: 200, body: this.validate(body, locale) };
  }

  /**
   * POST …/license-orders. A repeated idempotency key returns the first confirmation and stores
   * nothing. A stale plan version or quote is a 409 conflict.
   */
  submit(body: unknown, idempotencyKey: string | null | undefined): SubmitResponse {
    if (!idempotencyKey) return { status: 400, body: { message: 'The Idempotency-Key header is required.' } };
    const earlier = this.byKey.get(idempotencyKey);
    if (earlier) return { status: 201, body: clone(earlier) };
    if (this.scenario.failSubmit) {
      return { status: 500, body: { message: 'The ordering system is not available right now. Try again later.' } };
    }
    const malformed = schemaErrors(body);
    if (malformed.length) return { status: 422, body: { errors: malformed } };
    const order = LicenseOrderSchema.parse(body);
    const planChanged = this.stalePlan(order);
    if (planChanged) return { status: 409, body: planChanged };
    const check = checkOrder(order, this.world, true);
    if (!check.ok) return { status: 422, body: { errors: check.errors } };
    if (check.order.quoteId !== undefined) {
      const issued = this.quotes.get(check.order.quoteId);
      const current = quote(check.order, check.product, this.effectiveStart(check.order), { currentPlan: check.plan });
      const quoteProblem = quoteConflict(issued, this.now(), current);
      if (quoteProblem) return { status: 409, body: quoteProblem };
    }

    const orderId = `ORD-${this.today.slice(0, 4)}-${String(this.stored.length + 1).padStart(4, '0')}`;
    const confirmation: OrderConfirmation = {
      orderId,
      confirmationEmail: check.customer.contactEmail,
      effectiveDate: this.today,
    };
    const planId = check.plan ? this.applyChange(check.order) : this.createPlan(check.order, check.product);
    this.stored.push({ orderId, idempotencyKey, order: clone(check.order), confirmation: clone(confirmation), planId });
    this.byKey.set(idempotencyKey, confirmation);
    if (this.scenario.submitTimesOut) return { status: 201, body: clone(confirmation), delivery: 'never' };
    if (this.scenario.confirmationUnreadable) return { status: 201, body: clone(confirmation), delivery: 'unreadable' };
    return { status: 201, body: clone(confirmation) };
  }

  // ---------------------------------------------------------------------------

  private customer(id: string): MockCustomer | undefined {
    return this.data.customers.find((c) => c.id === id);
  }

  private plan(customerId: string, planId: string): MockPlan | undefined {
    return this.data.plans.find((p) => p.id === planId && p.customerId === customerId);
  }

  /** What checkOrder may look up. */
  private readonly world: OrderWorld = {
    customer: (id) => this.customer(id),
    plan: (customerId, planId) => this.plan(customerId, planId),
    context: (customer, plan) => this.buildContext(customer, plan, true, 'en'),
  };

  private buildContext(customer: MockCustomer, plan: MockPlan | null, withPrices: boolean, locale: BackendLocale): OrderContext {
    const products = customer.productIds.flatMap((id) => {
      const product = this.data.products.find((p) => p.id === id);
      if (!product) return [];
      const copy = clone(product);
      const description = describeProduct(product.id, product.description, locale);
      if (description !== undefined) copy.description = description;
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
    if (order.mode === 'new' && order.startDate) return order.startDate;
    return this.today;
  }

  /** The one-off events of the scenario that follow the first successful check. */
  private afterFirstCheck(order: LicenseOrder, product: Product) {
    if (this.scenario.priceChangesBeforeSubmit && !this.happened.has('price-changed')) {
      this.happened.add('price-changed');
      // The quote just issued is at the old price; the order will be placed at the new one.
      this.changePrice(product.id, PRICE_RISE);
    }
    if (this.scenario.planChangedBySomeoneElse && order.mode === 'change' && order.planId && !this.happened.has('plan-changed')) {
      this.happened.add('plan-changed');
      this.touchPlan(order.planId);
    }
  }

  /** 409 when a change was made against an older version of its plan. */
  private stalePlan(order: LicenseOrder) {
    return planConflict(order, order.planId ? this.plan(order.customerId, order.planId) : undefined);
  }

  private applyChange(order: LicenseOrder): string {
    const plan = this.plan(order.customerId, order.planId ?? '');
    if (!plan) throw new Error('FakeBackend: a checked change lost its plan.');
    plan.quantity = order.quantity;
    plan.cadence = order.cadence;
    plan.costCenterId = order.costCenterId;
    plan.purchaseRef = order.purchaseRef.trim();
    this.touchPlan(plan.id);
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
      version: '1',
    });
    return id;
  }
}
