/**
 * The business rules of a license order, as pure functions of the draft and the
 * loaded context: what a step needs before the user may go on, and what each
 * field may hold. Problems are codes with the facts a message needs; the view
 * writes the words.
 */
import { CADENCES, STEP_IDS } from './codes.js';
import type { Cadence, ExistingPlan, Mode, OrderContext, PaymentOption, Product, StepId } from './schemas.js';
import type { ChangeField, ChangeQuestion, Draft, Problem, Problems, QuantityInput, WizardState } from './state.js';
import { isRealDate } from './dates.js';

export const NEW_STEPS: readonly StepId[] = STEP_IDS;
export const CHANGE_STEPS: readonly StepId[] = ['quantity', 'payment', 'references', 'review'];

export const stepsFor = (mode: Mode): readonly StepId[] => (mode === 'change' ? CHANGE_STEPS : NEW_STEPS);

/**
 * Change mode: the plan can only keep its current cadence, so there is nothing to ask on Payment.
 * True when the plan's product offers no allowed cadence other than the plan's own.
 */
export function isCadenceFixed(ctx: OrderContext): boolean {
  const plan = ctx.plan;
  if (!plan) return false;
  const product = findProduct(ctx, plan.productId);
  if (!product) return false;
  return offeredOptions(product, ctx).every((option) => option.cadence === plan.cadence);
}

/** The steps of an order in this context: a change order skips Payment when the cadence cannot change. */
export function stepsOf(mode: Mode, ctx: OrderContext): readonly StepId[] {
  const steps = stepsFor(mode);
  if (mode !== 'change' || !isCadenceFixed(ctx)) return steps;
  return steps.filter((step) => step !== 'payment');
}

export const PURCHASE_REF_MAX = 100;

/** Change mode: the yes/no question a step asks before its fields ("Change the number of licenses?"). */
export const CHANGE_QUESTION_OF_STEP: Partial<Record<StepId, ChangeQuestion>> = {
  quantity: 'quantity',
  payment: 'payment',
  references: 'references',
};

const QUESTION_OF_FIELD: Record<ChangeField, ChangeQuestion> = {
  'change-quantity': 'quantity',
  'change-payment': 'payment',
  'change-references': 'references',
};

/** The field that holds the answer to a change question, e.g. `change-quantity`. */
export function changeField(question: ChangeQuestion): ChangeField {
  return `change-${question}`;
}

/** The change question whose answer a `change-…` field holds. */
export function questionOfField(field: ChangeField): ChangeQuestion {
  return QUESTION_OF_FIELD[field];
}

export function findProduct(ctx: OrderContext, productId: string | null): Product | undefined {
  return ctx.products.find((p) => p.id === productId);
}

export function usageOf(ctx: OrderContext, productId: string): number {
  return ctx.usage[productId] ?? 0;
}

/** The fewest licenses an order may have: the product's minimum, or the usage when that is higher. */
export function minimumQuantity(product: Product, ctx: OrderContext): number {
  return Math.max(product.minQuantity, usageOf(ctx, product.id));
}

/** Payment options the user may pick, in the canonical cadence order; in change mode only the plan's allowed conversions. */
export function offeredOptions(product: Product, ctx: OrderContext): PaymentOption[] {
  const allowed = ctx.plan?.allowedCadences;
  const offered: PaymentOption[] = [];
  for (const cadence of CADENCES) {
    const option = product.paymentOptions.find((o) => o.cadence === cadence);
    if (!option) continue;
    if (allowed && !allowed.includes(cadence)) continue;
    offered.push(option);
  }
  return offered;
}

export function isOffered(product: Product, ctx: OrderContext, cadence: Cadence | null): boolean {
  return offeredOptions(product, ctx).some((o) => o.cadence === cadence);
}

/** The cadence a draft has after a product is picked: the one it had if still offered, else monthly, else the only one offered. */
export function defaultCadence(product: Product, ctx: OrderContext, current: Cadence | null): Cadence | null {
  const offered = offeredOptions(product, ctx).map((o) => o.cadence);
  if (current !== null && offered.includes(current)) return current;
  if (offered.includes('monthly')) return 'monthly';
  if (offered.length === 1) return offered[0];
  return null;
}

export type { Problem } from './state.js';

export type QuantityResult = { ok: true; value: number } | { ok: false; problem: Problem };

const ASCII_DIGITS = /^[0-9]+$/;
const ANY_DIGITS = /^\p{Nd}+$/u;
const NEGATIVE = /^-\s*[0-9]/;
const FRACTION = /^[0-9]*[.,][0-9]+$/;

/**
 * Why trimmed text is not a whole number written the one way a quantity may be
 * written (ASCII digits, no leading zero), or null when it is one.
 */
function wholeNumberProblem(text: string): Problem | null {
  if (text === '') return { code: 'required' };
  if (ASCII_DIGITS.test(text)) {
    // "010" is what a number field keeps of "0x10": refused rather than read as ten.
    if (text.length > 1 && text.startsWith('0')) return { code: 'leading-zero' };
    return null;
  }
  if (ANY_DIGITS.test(text)) return { code: 'not-ascii-digits' };
  if (NEGATIVE.test(text)) return { code: 'negative' };
  if (FRACTION.test(text)) return { code: 'fraction' };
  return { code: 'not-whole-number' };
}

/**
 * The draft's quantity as a number when it is a well-formed whole number
 * (ASCII digits after trimming, no leading zero), else null. It says nothing of
 * the product's limits: see quantityProblem.
 */
export function quantityValue(draft: Pick<Draft, 'quantity'>): number | null {
  const input = draft.quantity;
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (wholeNumberProblem(text) !== null) return null;
  return Number(text);
}

/**
 * What is wrong with a quantity as typed, or null when it is a valid one. Only
 * plain ASCII digits without leading zeros are a number here: '1e3', '0x10',
 * '010', '1.5', ' 12 users', '١٢' and text the browser could not read are all
 * refused with a reason.
 */
export function quantityProblem(input: QuantityInput, product: Product, ctx: OrderContext): Problem | null {
  if (typeof input !== 'string') return { code: 'not-whole-number' };
  const text = input.trim();
  const notWhole = wholeNumberProblem(text);
  if (notWhole) return notWhole;
  const value = Number(text);
  const max = product.maxQuantity;
  if (value > max) return { code: 'above-maximum', max };
  const min = minimumQuantity(product, ctx);
  if (value >= min) return null;
  const usage = usageOf(ctx, product.id);
  if (usage > product.minQuantity) return { code: 'below-usage', min, usage };
  return { code: 'below-minimum', min };
}

/** Reads a quantity exactly as typed (see quantityProblem): its value, or why it is refused. */
export function parseQuantity(raw: string, product: Product, ctx: OrderContext): QuantityResult {
  const problem = quantityProblem(raw, product, ctx);
  if (problem) return { ok: false, problem };
  return { ok: true, value: Number(raw) };
}

export function checkStartDate(value: string, ctx: OrderContext): Problem | null {
  if (!value) return { code: 'required' };
  if (!isRealDate(value)) return { code: 'not-a-date' };
  const { earliest, latest } = ctx.startDate;
  if (value < earliest || value > latest) return { code: 'date-outside', earliest, latest };
  return null;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function checkPurchaseRef(value: string): Problem | null {
  if (CONTROL.test(value)) return { code: 'control-characters' };
  if (value.trim().length > PURCHASE_REF_MAX) return { code: 'too-long', max: PURCHASE_REF_MAX };
  return null;
}

/** A cost center is required when the customer has any, and must be one of them. */
export function checkCostCenter(costCenterId: string | null, ctx: OrderContext): Problem | null {
  if (ctx.costCenters.length === 0) return null;
  if (ctx.costCenters.some((c) => c.id === costCenterId)) return null;
  return { code: 'required' };
}

/** Change mode: whether the draft differs from the plan in anything an order can change. New mode always has changes. */
export function hasChanges(state: WizardState, ctx: OrderContext): boolean {
  const { plan } = ctx;
  if (!plan) return true;
  const { draft } = state;
  return changesPlan({ ...draft, quantity: quantityValue(draft) }, plan);
}

function checkProductStep(draft: Draft, ctx: OrderContext): Problems {
  if (!findProduct(ctx, draft.productId)) return { productId: { code: 'required' } };
  return {};
}

function checkQuantityStep(draft: Draft, ctx: OrderContext): Problems {
  const product = findProduct(ctx, draft.productId);
  if (!product) return {};
  const problem = quantityProblem(draft.quantity, product, ctx);
  if (problem) return { quantity: problem };
  return {};
}

function checkPaymentStep(draft: Draft, ctx: OrderContext): Problems {
  const product = findProduct(ctx, draft.productId);
  if (!product) return {};
  if (isOffered(product, ctx, draft.cadence)) return {};
  if (draft.cadence === null) return { cadence: { code: 'required' } };
  return { cadence: { code: 'not-offered' } };
}

function checkStartDateStep(draft: Draft, ctx: OrderContext): Problems {
  const problem = checkStartDate(draft.startDate, ctx);
  if (problem) return { startDate: problem };
  return {};
}

function checkReferencesStep(draft: Draft, ctx: OrderContext): Problems {
  const problems: Problems = {};
  const costCenter = checkCostCenter(draft.costCenterId, ctx);
  if (costCenter) problems.costCenterId = costCenter;
  const purchaseRef = checkPurchaseRef(draft.purchaseRef);
  if (purchaseRef) problems.purchaseRef = purchaseRef;
  return problems;
}

function checkReviewStep(state: WizardState, ctx: OrderContext): Problems {
  if (state.mode === 'change' && !hasChanges(state, ctx)) return { form: { code: 'no-change' } };
  if (!state.draft.purchaserConfirmed) return { purchaserConfirmed: { code: 'required' } };
  return {};
}

/** Every problem of one step, in the order its fields appear; no problems when the user may go on. */
export function checkStep(step: StepId, state: WizardState, ctx: OrderContext): Problems {
  const { draft, mode } = state;
  const question = CHANGE_QUESTION_OF_STEP[step];
  // In change mode a step with a question needs its answer first, and after "No" nothing else.
  if (mode === 'change' && question) {
    const answer = draft.change[question];
    if (answer === null) return { [changeField(question)]: { code: 'required' } };
    if (answer === false) return {};
  }
  switch (step) {
    case 'product':
      return checkProductStep(draft, ctx);
    case 'quantity':
      return checkQuantityStep(draft, ctx);
    case 'payment':
      return checkPaymentStep(draft, ctx);
    case 'start-date':
      return checkStartDateStep(draft, ctx);
    case 'references':
      return checkReferencesStep(draft, ctx);
    case 'review':
      return checkReviewStep(state, ctx);
  }
}

/** What a change order may change on a plan: the terms the "no change" rule compares. */
export interface PlanTerms {
  /** Null when the quantity is not a number (it then differs from any plan's). */
  quantity: number | null;
  cadence: Cadence | null;
  costCenterId: string | null;
  purchaseRef: string;
}

/**
 * True when the terms differ from the plan's. Purchase references are compared without the white
 * space around them, on both sides.
 */
export function changesPlan(terms: PlanTerms, plan: ExistingPlan): boolean {
  if (terms.quantity !== plan.quantity) return true;
  if (terms.cadence !== plan.cadence) return true;
  if (terms.costCenterId !== plan.costCenterId) return true;
  return terms.purchaseRef.trim() !== plan.purchaseRef.trim();
}
